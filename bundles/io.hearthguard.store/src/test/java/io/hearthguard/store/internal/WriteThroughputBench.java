package io.hearthguard.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable writes per second through {@link SqliteStore#write}, not a unit test: surefire runs
 * it only when named ({@code -Dtest=WriteThroughputBench -Dstore.bench=true}, docs/benchmarks.md).
 * Each write is what {@code FindingService.publish()} of a new finding does: look up its
 * group by index (a miss), insert the finding row with its JSON, insert the journal row with a
 * snapshot, read {@code last_insert_rowid()}. {@code store.bench.threads} (default
 * {@code 1,4,16,64}) writer threads run for {@code store.bench.seconds} each (default 10) on
 * one database file on disk with {@code synchronous=FULL}; every write that returned is then
 * counted in the file (reopened), so the figure is of writes that are really there.
 */
@EnabledIfSystemProperty(named = "store.bench", matches = "true")
class WriteThroughputBench {

    @TempDir
    Path dir;

    @Test
    void durableWritesPerSecondByWriterThreads() throws Exception {
        int seconds = Integer.getInteger("store.bench.seconds", 10);
        String json = "{\"rule\":\"bench.rule\",\"category\":\"abnormal-upload\",\"severity\":\"low\",\"summary\":\""
                + "x".repeat(300) + "\",\"evidence\":{\"n\":1}}";
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "# %s, %d cores, load before %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load()));
        report.append("threads\twrites\twrites_per_s\tp50_ms\tp99_ms\tmax_ms\tload1\n");
        for (String t : System.getProperty("store.bench.threads", "1,4,16,64").split(",")) {
            int threads = Integer.parseInt(t.trim());
            Path file = dir.resolve("bench-" + threads + ".db");
            AtomicLong done = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            long elapsed;
            try (SqliteStore store = new SqliteStore(file, "FULL")) {
                store.migrate("bench", List.of("CREATE TABLE finding (id TEXT PRIMARY KEY, group_key TEXT NOT NULL, latest TEXT NOT NULL,"
                        + " last_seen INTEGER NOT NULL); CREATE INDEX finding_group ON finding(group_key, last_seen);"
                        + " CREATE TABLE finding_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, finding_id TEXT NOT NULL, snapshot TEXT NOT NULL)"));
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                List<Thread> workers = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < threads; i++) {
                    long[] mine = new long[200_000];
                    latencies.add(mine);
                    Thread worker = new Thread(() -> {
                        int n = 0;
                        while (System.nanoTime() < end && n < mine.length) {
                            String id = "f-" + UUID.randomUUID();
                            long t0 = System.nanoTime();
                            store.write(c -> {
                                try (PreparedStatement q = c.prepareStatement(
                                        "SELECT id FROM finding WHERE group_key = ? ORDER BY last_seen DESC LIMIT 1")) {
                                    q.setString(1, id);
                                    try (ResultSet rs = q.executeQuery()) {
                                        rs.next();
                                    }
                                }
                                try (PreparedStatement i1 = c.prepareStatement("INSERT INTO finding VALUES (?, ?, ?, ?)")) {
                                    i1.setString(1, id);
                                    i1.setString(2, id);
                                    i1.setString(3, json);
                                    i1.setLong(4, System.currentTimeMillis());
                                    i1.executeUpdate();
                                }
                                try (PreparedStatement i2 = c.prepareStatement("INSERT INTO finding_change(finding_id, snapshot) VALUES (?, ?)")) {
                                    i2.setString(1, id);
                                    i2.setString(2, json);
                                    i2.executeUpdate();
                                }
                                try (ResultSet rs = c.createStatement().executeQuery("SELECT last_insert_rowid()")) {
                                    return rs.next() ? rs.getLong(1) : -1;
                                }
                            });
                            mine[n++] = System.nanoTime() - t0;
                            done.incrementAndGet();
                        }
                        if (n < mine.length) {
                            mine[n] = -1;
                        }
                    }, "bench-writer-" + i);
                    workers.add(worker);
                }
                workers.forEach(Thread::start);
                for (Thread w : workers) {
                    w.join();
                }
                elapsed = System.nanoTime() - start;
            }
            try (SqliteStore reopened = new SqliteStore(file, "FULL")) {
                long rows = reopened.read(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM finding")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                assertEquals(done.get(), rows, "every write that returned is in the reopened file");
            }
            long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).takeWhile(v -> v > 0))
                    .sorted().toArray();
            report.append(String.format(Locale.ROOT, "%d\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%s%n", threads, done.get(),
                    done.get() / (elapsed / 1e9), pct(all, 0.50), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    load().split(" ")[0]));
            Files.deleteIfExists(file);
        }
        System.out.print(report);
        Path out = Path.of(System.getProperty("store.bench.out", "target/store-bench.txt"));
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
