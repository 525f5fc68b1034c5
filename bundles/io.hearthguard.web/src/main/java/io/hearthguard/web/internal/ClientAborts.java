package io.hearthguard.web.internal;

import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Clients that hang up mid-request (an aborted upload, a closed tab) are normal, not errors
 * of the hub: they are summed up in at most one short log line per {@value #PERIOD_SECONDS} s,
 * never with a stack trace, so a flood of aborts cannot rotate the real log away.
 */
final class ClientAborts {
    static final long PERIOD_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(ClientAborts.class.getName());

    private final LongSupplier nanos;
    private final AtomicLong suppressed = new AtomicLong();
    private long lastLogged = Long.MIN_VALUE;

    ClientAborts(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** @return true when the exception means the client closed or reset the connection */
    static boolean clientGone(Throwable t) {
        for (int i = 0; t != null && i < 8; i++, t = t.getCause()) {
            if (t instanceof EOFException) {
                return true; // Jetty's EofException is one
            }
            String m = t.getMessage();
            if (t instanceof IOException && m != null && (m.contains("Broken pipe") || m.contains("Connection reset") || m.equals("Closed")
                    || m.contains("Early EOF"))) {
                return true;
            }
        }
        return false;
    }

    /** Notes one abort; logs a line when the last one was long enough ago. */
    void note(String method, String uri, String address) {
        long now = nanos.getAsLong();
        long more;
        synchronized (this) {
            if (lastLogged != Long.MIN_VALUE && now - lastLogged < PERIOD_SECONDS * 1_000_000_000L) {
                suppressed.incrementAndGet();
                return;
            }
            lastLogged = now;
            more = suppressed.getAndSet(0);
        }
        String u = uri.length() > 80 ? uri.substring(0, 80) + "…" : uri;
        LOG.info("client " + address + " closed the connection during " + method + " " + u.replaceAll("[^\\x20-\\x7e]", "?")
                + (more > 0 ? " (and " + more + " more aborted requests in the last " + PERIOD_SECONDS + " s)" : "")
                + "; such aborts are logged at most once per " + PERIOD_SECONDS + " s");
    }
}
