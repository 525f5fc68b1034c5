package io.hearthguard.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.store.StoreException;

/**
 * Group commit: writes queued while the committer works share one transaction and one fsync,
 * each keeps its own outcome, and a full queue or a closed store is a clear error. The
 * committer is held on a gate (a work that waits) so that a batch is known, not hoped for.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static void table(SqliteStore s) {
        s.migrate("o", List.of("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT)"));
    }

    private static Set<Integer> rows(SqliteStore s) {
        return s.read(c -> {
            Set<Integer> out = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT a FROM t")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    /** Holds the committer inside a work until the returned latch is counted down. */
    private CountDownLatch holdCommitter(SqliteStore s) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        pool.submit(() -> s.write(c -> {
            inside.countDown();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(inside.await(10, TimeUnit.SECONDS), "the committer took the gate");
        return gate;
    }

    private static void awaitQueued(SqliteStore s, int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (s.queued() < n) {
            assertTrue(System.nanoTime() < end, "writes queued: " + s.queued() + " of " + n);
            Thread.sleep(2);
        }
    }

    /** Queues inserts of 1..n behind the held committer, in that order. */
    private List<Future<Object>> queueInserts(SqliteStore s, int n) throws InterruptedException {
        List<Future<Object>> writes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int a = i;
            writes.add(pool.submit(() -> s.write(c -> insert(c, a))));
            awaitQueued(s, i);
        }
        return writes;
    }

    private static Object insert(java.sql.Connection c, int a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t(a, b) VALUES (?, 'x')")) {
            ps.setInt(1, a);
            ps.executeUpdate();
        }
        return a;
    }

    @Test
    void writesQueuedTogetherShareOneCommitAndEachGetsItsOwnResult() throws Exception {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            table(s);
            CountDownLatch gate = holdCommitter(s);
            long commitsBefore = s.commits();
            List<Future<Object>> writes = queueInserts(s, 40);
            gate.countDown();
            for (int i = 0; i < 40; i++) {
                assertEquals(i + 1, writes.get(i).get(10, TimeUnit.SECONDS));
            }
            // the gate's own commit, then the 40 queued writes in one
            assertEquals(commitsBefore + 2, s.commits());
            assertEquals(40, rows(s).size());
        }
        try (SqliteStore reopened = new SqliteStore(dir.resolve("db"), "FULL")) {
            assertEquals(40, rows(reopened).size(), "durable: in the file after closing");
        }
    }

    @Test
    void aFailingWorkInABatchIsRolledBackAloneAndTheOthersAreStored() throws Exception {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            table(s);
            s.write(c -> insert(c, 1000));
            CountDownLatch gate = holdCommitter(s);
            Map<Integer, Future<Object>> writes = new ConcurrentHashMap<>();
            for (int i = 1; i <= 10; i++) {
                int a = i;
                writes.put(a, pool.submit(() -> s.write(c -> {
                    insert(c, a);
                    if (a == 5) {
                        insert(c, 1000); // duplicate key: this work fails after its first insert
                    }
                    if (a == 7) {
                        throw new IllegalStateException("work 7 gives up");
                    }
                    return a;
                })));
                awaitQueued(s, i);
            }
            gate.countDown();
            Exception five = assertThrows(Exception.class, () -> writes.get(5).get(10, TimeUnit.SECONDS));
            StoreException cause = assertInstanceOf(StoreException.class, five.getCause());
            assertTrue(cause.getMessage().startsWith("write failed: "), cause.getMessage());
            Exception seven = assertThrows(Exception.class, () -> writes.get(7).get(10, TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, seven.getCause(), "a work's own exception reaches its caller unchanged");
            for (int a : new int[] { 1, 2, 3, 4, 6, 8, 9, 10 }) {
                assertEquals(a, writes.get(a).get(10, TimeUnit.SECONDS));
            }
            assertEquals(Set.of(1, 2, 3, 4, 6, 8, 9, 10, 1000), rows(s), "5 and 7 left nothing, the others are all there");
        }
    }

    /**
     * SQLite rolls the whole transaction back by itself on a full disk or an I/O error in the
     * middle of a batch; a work that ends the transaction stands in for that here. The works
     * before it in the batch were not stored and must be told so; the works after it get a
     * transaction of their own.
     */
    @Test
    void whenTheTransactionIsLostMidBatchTheWritesBeforeFailAndTheWritesAfterAreStored() throws Exception {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            table(s);
            CountDownLatch gate = holdCommitter(s);
            Map<Integer, Future<Object>> writes = new ConcurrentHashMap<>();
            for (int i = 1; i <= 6; i++) {
                int a = i;
                writes.put(a, pool.submit(() -> s.write(c -> {
                    insert(c, a);
                    if (a == 3) {
                        c.createStatement().execute("ROLLBACK");
                    }
                    return a;
                })));
                awaitQueued(s, i);
            }
            gate.countDown();
            for (int a : new int[] { 1, 2, 3 }) {
                Exception e = assertThrows(Exception.class, () -> writes.get(a).get(10, TimeUnit.SECONDS), "write " + a);
                assertTrue(e.getCause().getMessage().startsWith("write failed: "), e.getCause().getMessage());
            }
            for (int a : new int[] { 4, 5, 6 }) {
                assertEquals(a, writes.get(a).get(10, TimeUnit.SECONDS));
            }
            assertEquals(Set.of(4, 5, 6), rows(s));
        }
    }

    @Test
    void aFullQueueIsAClearErrorAfterTheWaitAndTheAcceptedWritesStillComplete() throws Exception {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL", false, 3, 300)) {
            table(s);
            CountDownLatch gate = holdCommitter(s);
            List<Future<Object>> accepted = queueInserts(s, 3);
            long t0 = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> s.write(c -> insert(c, 99)));
            long waitedMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
            assertTrue(e.getMessage().contains("accepted no write within 0.3 s") && e.getMessage().contains("3 writes are waiting")
                    && e.getMessage().contains("nothing of this write was stored"), e.getMessage());
            gate.countDown();
            for (Future<Object> f : accepted) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertEquals(Set.of(1, 2, 3), rows(s));
        }
    }

    @Test
    void aWriteFromInsideAWorkIsRefusedInsteadOfWaitingForever() {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            table(s);
            StoreException e = assertThrows(StoreException.class, () -> s.write(c -> s.write(c2 -> insert(c2, 1))));
            assertTrue(e.getMessage().contains("from inside a work item"), e.getMessage());
            assertEquals(Set.of(), rows(s));
        }
    }

    @Test
    void closingFinishesTheAcceptedWritesAndRefusesLaterOnes() throws Exception {
        SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL");
        table(s);
        CountDownLatch gate = holdCommitter(s);
        List<Future<Object>> accepted = queueInserts(s, 5);
        Future<?> closing = pool.submit(s::close);
        Thread.sleep(100);
        gate.countDown();
        closing.get(30, TimeUnit.SECONDS);
        for (Future<Object> f : accepted) {
            f.get(10, TimeUnit.SECONDS);
        }
        StoreException e = assertThrows(StoreException.class, () -> s.write(c -> insert(c, 6)));
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        try (SqliteStore reopened = new SqliteStore(dir.resolve("db"), "FULL")) {
            assertEquals(Set.of(1, 2, 3, 4, 5), rows(reopened));
        }
    }
}
