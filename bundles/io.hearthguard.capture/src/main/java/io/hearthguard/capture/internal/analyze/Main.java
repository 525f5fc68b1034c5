package io.hearthguard.capture.internal.analyze;

import java.util.List;

/** Runs {@code analyze} without OSGi (benchmarks, debugging): {@code java -cp ... Main FILE [--json]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int rc = new Analyzer(List.of(), null, null).run(List.of(args), System.out, System.err);
        System.exit(rc);
    }
}
