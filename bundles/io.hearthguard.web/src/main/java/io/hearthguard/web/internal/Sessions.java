package io.hearthguard.web.internal;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Login sessions, in memory (a hub restart logs everyone out). Looked up by the SHA-256 of
 * the cookie value; each has its own CSRF token. Sessions end after
 * {@value #IDLE_MINUTES} minutes without a request or {@value #MAX_HOURS} hours in all;
 * at most {@value #MAX_SESSIONS} exist (the least recently used goes first).
 */
final class Sessions {
    static final int IDLE_MINUTES = 30;
    static final int MAX_HOURS = 12;
    static final int MAX_SESSIONS = 200;

    record Session(String user, String csrf, long created) {
    }

    private static final class Live {
        final Session session;
        long lastUsed;

        Live(Session s, long now) {
            session = s;
            lastUsed = now;
        }
    }

    private final Clock clock;
    private final Map<String, Live> byHash = new LinkedHashMap<>(64, 0.75f, true);

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** @return the new cookie value */
    synchronized String create(String user) {
        String id = Passwords.randomToken(32);
        long now = clock.millis();
        byHash.put(Passwords.sha256(id), new Live(new Session(user, Passwords.randomToken(32), now), now));
        if (byHash.size() > MAX_SESSIONS) {
            Iterator<String> it = byHash.keySet().iterator();
            it.next();
            it.remove();
        }
        return id;
    }

    /** @return the live session for a cookie value, touching it */
    synchronized Optional<Session> get(String cookie) {
        return find(cookie, true);
    }

    /** @return whether the session is still live, without counting this as use (for long-lived streams) */
    synchronized boolean alive(String cookie) {
        return find(cookie, false).isPresent();
    }

    private Optional<Session> find(String cookie, boolean touch) {
        if (cookie == null || cookie.length() > 100) {
            return Optional.empty();
        }
        String key = Passwords.sha256(cookie);
        Live l = byHash.get(key);
        if (l == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (now - l.lastUsed > IDLE_MINUTES * 60_000L || now - l.session.created() > MAX_HOURS * 3_600_000L) {
            byHash.remove(key);
            return Optional.empty();
        }
        if (touch) {
            l.lastUsed = now;
        }
        return Optional.of(l.session);
    }

    synchronized void remove(String cookie) {
        if (cookie != null) {
            byHash.remove(Passwords.sha256(cookie));
        }
    }

    /** Ends every session of a user (after a password change), except {@code keep}. */
    synchronized void removeUser(String user, String keep) {
        String keepHash = keep == null ? null : Passwords.sha256(keep);
        byHash.entrySet().removeIf(e -> e.getValue().session.user().equals(user) && !e.getKey().equals(keepHash));
    }
}
