package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionsTest {

    @Test
    void aSessionEndsAfterIdlingAndEachHasItsOwnCsrfToken() {
        ThrottleTest.ManualClock clock = new ThrottleTest.ManualClock();
        Sessions s = new Sessions(clock);
        String a = s.create("admin");
        String b = s.create("admin");
        assertNotEquals(s.get(a).orElseThrow().csrf(), s.get(b).orElseThrow().csrf());
        clock.millis += (Sessions.IDLE_MINUTES - 1) * 60_000L;
        assertTrue(s.get(a).isPresent(), "used within the idle time");
        clock.millis += (Sessions.IDLE_MINUTES - 1) * 60_000L;
        assertTrue(s.alive(a), "an open event stream checks the session");
        clock.millis += 2 * 60_000L;
        assertTrue(!s.alive(a), "but does not keep it alive");
        a = s.create("admin");
        clock.millis += (Sessions.IDLE_MINUTES + 1) * 60_000L;
        assertTrue(s.get(a).isEmpty(), "idle too long");
        assertTrue(s.get("made-up").isEmpty());
        assertTrue(s.get("x".repeat(1000)).isEmpty());
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsAndTheCountIsBounded() {
        Sessions s = new Sessions(new ThrottleTest.ManualClock());
        String keep = s.create("admin");
        String other = s.create("admin");
        s.removeUser("admin", keep);
        assertTrue(s.get(keep).isPresent());
        assertTrue(s.get(other).isEmpty());
        String first = s.create("u");
        s.get(keep); // used after 'first' was created
        for (int i = 0; i < Sessions.MAX_SESSIONS - 1; i++) {
            s.create("u" + i);
        }
        assertTrue(s.get(first).isEmpty(), "the least recently used session went first");
        assertEquals("admin", s.get(keep).map(Sessions.Session::user).orElse("evicted"), "recently used sessions stay");
    }
}
