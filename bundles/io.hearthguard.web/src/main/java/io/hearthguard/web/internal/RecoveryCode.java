package io.hearthguard.web.internal;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * The administrator's way past a login lock: when a login is refused because its address is
 * locked, the hub prints a one-time recovery code on its console (standard output, never the
 * log files), at most once per {@value #PRINT_EVERY_SECONDS} s. Sent with the login, the code
 * lifts the lock for that one attempt; the password is still checked. The code is 60 random
 * bits, works once, and is dropped after {@value #MAX_WRONG} wrong tries (a new one is printed
 * at the next lock).
 */
final class RecoveryCode {
    static final long PRINT_EVERY_SECONDS = 60;
    static final int MAX_WRONG = 10;

    private final LongSupplier nanos;
    private final PrintStream console;
    private String code;
    private int wrong;
    private long printed = Long.MIN_VALUE;

    RecoveryCode(LongSupplier nanos, PrintStream console) {
        this.nanos = nanos;
        this.console = console;
    }

    /** A login was refused by the lock: make sure the console shows a code (rate-limited). */
    synchronized void offer(String user, String address) {
        long now = nanos.getAsLong();
        if (printed != Long.MIN_VALUE && now - printed < PRINT_EVERY_SECONDS * 1_000_000_000L) {
            return;
        }
        printed = now;
        if (code == null) {
            code = Passwords.setupCode();
            wrong = 0;
        }
        String u = (user.length() > 64 ? user.substring(0, 64) : user).replaceAll("[^\\x20-\\x7e]", "?");
        console.println("Login is locked after failed attempts (last: user '" + u + "' from " + address + "). If you are the administrator, enter"
                + " the one-time recovery code " + code + " with your password on the login page (under 'Locked out?') to log in now.");
        console.flush();
    }

    /** @return true when {@code given} is the current code, which is then used up */
    synchronized boolean use(String given) {
        if (code == null || given == null) {
            return false;
        }
        if (Passwords.same(given.trim().toUpperCase(java.util.Locale.ROOT), code)) {
            code = null;
            return true;
        }
        if (++wrong >= MAX_WRONG) {
            code = null;
        }
        return false;
    }
}
