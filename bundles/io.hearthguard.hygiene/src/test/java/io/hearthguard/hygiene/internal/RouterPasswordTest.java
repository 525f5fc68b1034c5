package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.hearthguard.platform.hygiene.RouterPasswordCheck;
import io.hearthguard.platform.hygiene.RouterPasswordCheck.Verdict;

/** The router password check with the real zxcvbn4j. */
class RouterPasswordTest {
    private final RouterPassword check = new RouterPassword();

    private Verdict of(String s) {
        return check.check(s.toCharArray());
    }

    @Test
    void wellKnownDefaultsScoreZeroWhateverZxcvbnWouldSay() {
        for (String d : new String[] { "admin", "password", "1234", "xc3511", "vizxv", "changeme" }) {
            Verdict v = of(d);
            assertTrue(v.wellKnownDefault(), d);
            assertEquals(0, v.score(), d);
            assertTrue(v.verdict().contains("default"), v.verdict());
        }
        Verdict empty = of("");
        assertTrue(empty.wellKnownDefault());
        assertTrue(empty.verdict().contains("no password"), empty.verdict());
        assertFalse(of("Admin").wellKnownDefault()); // case matters, like at the router's login
    }

    @Test
    void zxcvbnScoresTheRest() {
        Verdict weak = of("qwerty123");
        assertFalse(weak.wellKnownDefault());
        assertTrue(weak.score() <= 1, weak.toString());
        assertFalse(weak.advice().isEmpty(), weak.toString());
        Verdict homeWord = of("hearthguardrouter");
        assertTrue(homeWord.score() <= 2, homeWord.toString()); // made of the words it was told about
        Verdict strong = of("vivid-quartz-otter-umbrella-71");
        assertEquals(4, strong.score(), strong.toString());
        assertEquals("strong", strong.strength());
        assertTrue(strong.advice().isEmpty(), strong.toString());
    }

    @Test
    void thePasswordIsWipedAndAppearsNowhereInTheVerdict() {
        for (String pw : new String[] { "vizxv", "qwerty123", "vivid-quartz-otter-umbrella-71" }) {
            char[] a = pw.toCharArray();
            Verdict v = check.check(a);
            assertArrayEquals(new char[pw.length()], a, "the array is zeroed");
            String shown = v.toString();
            assertFalse(shown.contains(pw), shown);
        }
    }

    @Test
    void badInputIsRefusedClearlyAndStillWiped() {
        char[] tooLong = new char[RouterPasswordCheck.MAX_LENGTH + 1];
        java.util.Arrays.fill(tooLong, 'x');
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> check.check(tooLong));
        assertTrue(e.getMessage().contains("longer than 256"), e.getMessage());
        assertArrayEquals(new char[tooLong.length], tooLong);
        assertThrows(IllegalArgumentException.class, () -> check.check(null));
    }
}
