package io.hearthguard.protection.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition, polling every 10 ms, instead of a fixed sleep. */
public final class Await {
    private Await() {
    }

    /**
     * @param what      what is awaited, for the failure message
     * @throws AssertionError when the condition is still false after the timeout
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
