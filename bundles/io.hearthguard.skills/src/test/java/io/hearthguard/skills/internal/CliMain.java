package io.hearthguard.skills.internal;

import java.util.List;

/** Runs the {@code skills} command in a child JVM for {@link BadPackagesLeaveNothingTest}. */
public final class CliMain {
    private CliMain() {
    }

    public static void main(String[] args) {
        System.exit(new SkillsCli(List.of()).run(List.of(args), System.out, System.err));
    }
}
