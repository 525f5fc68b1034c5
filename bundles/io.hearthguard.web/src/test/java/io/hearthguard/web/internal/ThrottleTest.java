package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void theBudgetIsFiveAttemptsThenEachFailureDoublesTheLockUpTo15Minutes() {
        ManualClock clock = new ManualClock();
        Throttle t = new Throttle(clock);
        for (int i = 0; i < Throttle.FREE - 1; i++) {
            t.failure("ip:a");
            assertEquals(0, t.waitSeconds("ip:a"));
        }
        t.failure("ip:a");
        assertEquals(1, t.waitSeconds("ip:a"));
        t.failure("ip:a");
        assertEquals(2, t.waitSeconds("ip:a"));
        for (int i = 0; i < 30; i++) {
            t.failure("ip:a");
        }
        assertEquals(Throttle.MAX_LOCK_SECONDS, t.waitSeconds("ip:a"));
        assertEquals(0, t.waitSeconds("ip:b"), "other keys are not affected");
        clock.millis += Throttle.MAX_LOCK_SECONDS * 1000;
        assertEquals(0, t.waitSeconds("ip:a"));
    }

    @Test
    void acquireCountsTheAttemptBeforeTheCheckSoParallelCallersGetAtMostTheBudget() throws Exception {
        Throttle t = new Throttle(new ManualClock());
        java.util.concurrent.atomic.AtomicInteger granted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (t.acquire("ip:a", "user:admin@a") == 0) {
                    granted.incrementAndGet();
                }
            });
            th.start();
            threads.add(th);
        }
        go.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(Throttle.FREE, granted.get());
        assertTrue(t.acquire("ip:a") > 0, "locked while the budget's checks run");
        for (int i = 0; i < Throttle.FREE; i++) {
            t.failed("ip:a", "user:admin@a");
        }
        assertEquals(1, t.waitSeconds("ip:a"), "and for 1 s after the last of them failed");
        assertTrue(t.acquire("ip:a") > 0);
        assertEquals(0, t.acquire("ip:b"), "other keys are not affected");
    }

    @Test
    void aSuccessClearsTheKeyAndTheTableStaysBounded() {
        Throttle t = new Throttle(new ManualClock());
        for (int i = 0; i < 10; i++) {
            t.failure("user:x");
        }
        assertTrue(t.waitSeconds("user:x") > 0);
        t.success("user:x");
        assertEquals(0, t.waitSeconds("user:x"));
        for (int i = 0; i < Throttle.MAX_KEYS + 50; i++) {
            t.failure("ip:" + i);
        }
        for (int i = 0; i < 10; i++) {
            t.failure("ip:last");
        }
        assertTrue(t.waitSeconds("ip:last") > 0);
    }
}
