package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.capture.internal.analyze.Analyzer;

/** Access to /work/shared/data for tests (skips when absent) and Zeek log parsing. */
public final class Shared {
    private Shared() {
    }

    public static Path data() {
        String s = System.getProperty("hearthguard.shared");
        assumeTrue(s != null, "hearthguard.shared not set");
        Path p = Path.of(s, "data");
        assumeTrue(Files.isDirectory(p.resolve("pcap")), "shared data not present at " + p);
        return p;
    }

    public static Path pcap(String rel) {
        Path p = data().resolve("pcap").resolve(rel);
        assumeTrue(Files.isRegularFile(p), "missing " + p);
        return p;
    }

    public static Analyzer.Result analyze(Path file) throws IOException {
        return new Analyzer(List.of(), null, null).analyze(file, true, null, null);
    }

    /** Rows of a Zeek ASCII log as field → value maps ("-" unset, "(empty)" empty). */
    public static List<Map<String, String>> zeekLog(String name) throws IOException {
        Path p = pcap("zeek/expected/" + name);
        String[] fields = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            if (line.startsWith("#fields")) {
                String[] f = line.split("\t");
                fields = java.util.Arrays.copyOfRange(f, 1, f.length);
            } else if (!line.startsWith("#") && fields != null && !line.isBlank()) {
                String[] v = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < fields.length && i < v.length; i++) {
                    row.put(fields[i], v[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
