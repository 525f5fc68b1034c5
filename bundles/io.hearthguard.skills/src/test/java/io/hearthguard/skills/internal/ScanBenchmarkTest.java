package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static-scan throughput: reading from disk, loading and all static rules, one thread. Runs
 * only with {@code -Dhearthguard.bench=true} (the machine is shared; see docs/benchmarks.md
 * for the command and figures).
 */
class ScanBenchmarkTest {

    @Test
    void staticScanReachesOneThousandPackagesPerSecond(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("hearthguard.bench"), "benchmark: run with -Dhearthguard.bench=true");
        List<Path> pkgs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Path p = tmp.resolve("pkg" + i);
            Path models = Files.createDirectories(p.resolve("skill-package/interactionModels/custom"));
            Files.writeString(p.resolve("skill-package/skill.json"), "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":"
                    + "{\"name\":\"Skill " + i + "\",\"description\":\"Facts about number " + i + "\"}},\"category\":\"EDUCATION_AND_REFERENCE\"},"
                    + "\"permissions\":[{\"name\":\"alexa::profile:email:read\"}],\"privacyAndCompliance\":{\"locales\":{}}}}");
            StringBuilder intents = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                intents.append(k == 0 ? "" : ",").append("{\"name\":\"Intent").append(k).append("\",\"slots\":[{\"name\":\"q\",\"type\":\"")
                        .append(k == 3 ? "AMAZON.SearchQuery" : "AMAZON.NUMBER").append("\"}],\"samples\":[");
                for (int s = 0; s < 10; s++) {
                    intents.append(s == 0 ? "" : ",").append("\"tell me fact ").append(s).append(" about {q}\"");
                }
                intents.append("]}");
            }
            Files.writeString(models.resolve("en-US.json"), "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"number facts " + i
                    + "\",\"intents\":[" + intents + "]}}}");
            Files.createDirectories(p.resolve("recordings"));
            Files.writeString(p.resolve("recordings/stop.json"), "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\","
                    + "\"text\":\"" + (i % 10 == 0 ? "Goodbye \\ud801. \\ud801. " : "Goodbye!") + "\"},\"shouldEndSession\":" + (i % 10 != 0) + "}}");
            pkgs.add(p);
        }
        Analyzer a = new Analyzer(null);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1_000; i++) {
                a.analyze(pkgs.get(i));
            }
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int findings = 0;
        for (Path p : pkgs) {
            findings += TestSupport.findings(a.analyze(p)).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double rate = pkgs.size() / secs;
        System.out.printf("static scan, one thread: %d synthetic packages (3 files, 12 intents, 120 samples each) in %.2f s wall (%.2f s CPU)"
                + " = %.0f packages/s wall, %.0f packages/s per CPU second, %d findings; load average %.1f%n",
                pkgs.size(), secs, cpu, rate, pkgs.size() / cpu, findings,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path shared = TestSupport.shared();
        if (shared != null) {
            List<Path> real = new ArrayList<>();
            try (var s = Files.list(shared)) {
                s.filter(Files::isDirectory).filter(d -> !List.of("datasets", "responses", "google-actions").contains(d.getFileName().toString()))
                        .forEach(real::add);
            }
            long r0 = System.nanoTime();
            int n = 0;
            for (int round = 0; round < 5; round++) {
                for (Path p : real) {
                    a.analyze(p);
                    n++;
                }
            }
            double rs = (System.nanoTime() - r0) / 1e9;
            System.out.printf("static scan: real corpus %d package scans in %.2f s = %.0f packages/s%n", n, rs, n / rs);
        }
        // judged per CPU second: the build machine is shared (load average is printed); wall time is reported alongside
        assertTrue(pkgs.size() / cpu >= 1_000, "packages per CPU second " + pkgs.size() / cpu);
    }
}
