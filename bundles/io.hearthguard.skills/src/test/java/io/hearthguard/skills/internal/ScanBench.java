package io.hearthguard.skills.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of {@code skills scan} on the real corpus, on all cores: every package folder
 * of {@code ../shared/data/skills} (and every Google Actions package), scanned again and
 * again by N threads for a fixed time. Run by bench/scan-bench.sh; not a test.
 *
 * <p>usage: ScanBench CORPUS [SECONDS] [THREADS]
 */
public final class ScanBench {
    private ScanBench() {
    }

    static List<Path> packages(Path corpus) throws Exception {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(corpus)) {
            for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
                String n = d.getFileName().toString();
                if (n.equals("google-actions")) {
                    try (var g = Files.list(d)) {
                        g.filter(Files::isDirectory).sorted().forEach(out::add);
                    }
                } else if (!List.of("datasets", "responses", "catalogs").contains(n)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/skills");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<Path> pkgs = packages(corpus);
        Analyzer a = new Analyzer(null);
        Map<String, Long> slowest = new TreeMap<>();
        int findings = 0;
        for (int round = 0; round < 3; round++) {
            for (Path p : pkgs) {
                long t0 = System.nanoTime();
                findings = TestSupport.findings(a.analyze(p)).size();
                if (round == 2) {
                    slowest.put(p.getFileName().toString(), (System.nanoTime() - t0) / 1_000);
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong threadCpu = new java.util.concurrent.atomic.AtomicLong();
        var mx = ManagementFactory.getThreadMXBean();
        var os = ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int offset = t * pkgs.size() / threads;
            fs.add(pool.submit(() -> {
                int i = offset;
                long c0 = mx.getCurrentThreadCpuTime();
                while (System.nanoTime() < end) {
                    try {
                        a.analyze(pkgs.get(i++ % pkgs.size()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    done.incrementAndGet();
                }
                threadCpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - cpu0) / 1e9;
        pool.shutdown();
        double scanCpu = threadCpu.get() / 1e9;
        System.out.printf("real corpus: %d packages, %d threads, %d scans in %.2f s wall = %.0f packages/s wall;"
                + " scanning threads %.2f s CPU = %.0f packages per scanning-CPU second (x%d cores = %.0f/s when the cores are free);"
                + " process %.2f s CPU (with JIT and GC); load average %.1f%n", pkgs.size(), threads, done.get(), wall, done.get() / wall,
                scanCpu, done.get() / scanCpu, threads, threads * done.get() / scanCpu, cpu, os.getSystemLoadAverage());
        slowest.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(5)
                .forEach(e -> System.out.printf("  slowest: %-60s %6.1f ms%n", e.getKey(), e.getValue() / 1000.0));
        System.out.println("  (last package's findings: " + findings + ")");
    }
}
