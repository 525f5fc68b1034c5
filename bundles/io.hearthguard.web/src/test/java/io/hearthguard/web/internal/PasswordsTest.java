package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashVerifiesOnlyItsOwnPasswordAndRecordsAtLeast310000Iterations() {
        long t0 = System.nanoTime();
        String h = Passwords.hash("correct horse battery");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("PBKDF2-HMAC-SHA256 with " + Passwords.ITERATIONS + " iterations: " + ms + " ms");
        String[] parts = h.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 310_000);
        assertTrue(Passwords.verify("correct horse battery", h));
        assertFalse(Passwords.verify("correct horse batterz", h));
        assertNotEquals(h, Passwords.hash("correct horse battery", 1_000), "salted: the same password hashes differently");
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        assertFalse(Passwords.verify("x", null));
        assertFalse(Passwords.verify("x", ""));
        assertFalse(Passwords.verify("x", "md5$1$aa$bb"));
        assertFalse(Passwords.verify("x", "pbkdf2-sha256$notanumber$aa$bb"));
        assertFalse(Passwords.verify("x", "pbkdf2-sha256$0$aa$bb"));
        assertFalse(Passwords.verify("x", "pbkdf2-sha256$999999999$aa$bb"));
        assertFalse(Passwords.verify("x", "pbkdf2-sha256$1000$!!$bb"));
    }

    @Test
    void thePolicyRejectsShortRepetitiveAndHugePasswordsWithAClearMessage() {
        assertTrue(assertThrows(Problem.class, () -> Passwords.checkPolicy("short")).getMessage().contains("at least 10"));
        assertTrue(assertThrows(Problem.class, () -> Passwords.checkPolicy("aaaaaaaaaaaa")).getMessage().contains("4 different"));
        assertTrue(assertThrows(Problem.class, () -> Passwords.checkPolicy("ab1!".repeat(300))).getMessage().contains("at most"));
        Passwords.checkPolicy("correct horse battery");
    }

    @Test
    void setupCodesUseTheUnambiguousAlphabetInThreeGroups() {
        for (int i = 0; i < 100; i++) {
            assertTrue(Passwords.setupCode().matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"));
        }
        assertNotEquals(Passwords.setupCode(), Passwords.setupCode());
    }
}
