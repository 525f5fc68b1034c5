package io.hearthguard.itests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a timeout, never a fixed sleep. */
final class Await {
    private Await() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
