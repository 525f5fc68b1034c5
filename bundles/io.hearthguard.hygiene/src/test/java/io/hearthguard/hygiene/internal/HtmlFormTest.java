package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.hearthguard.hygiene.internal.CredentialCheck.FormAnswer;
import io.hearthguard.hygiene.internal.CredentialCheck.Outcome;

/** Which forms are simple enough to try, where they post, and how an answer is judged. */
class HtmlFormTest {
    static Object read(String html) {
        return HtmlForm.read(html, "10.0.0.5", 80);
    }

    static String reason(String html) {
        return ((HtmlForm.NotSimple) read(html)).reason();
    }

    @Test
    void simpleFormsAndTheirTargets() {
        assertEquals(new HtmlForm("/cgi-bin/login", "user", "pass"), read("<FORM METHOD=POST ACTION='/cgi-bin/login'>"
                + "<input name=user><input type=password name=pass><input type=submit></FORM>"));
        assertEquals(new HtmlForm("/", "u", "p"), read("<form method=\"post\"><input type=\"email\" name=\"u\"><input type=\"password\" name=\"p\"></form>"));
        assertEquals("/a/b", HtmlForm.action("http://10.0.0.5/a/b", "10.0.0.5", 80));
        assertEquals("/x", HtmlForm.action("http://10.0.0.5:8080/x", "10.0.0.5", 8080));
        assertNull(HtmlForm.action("http://10.0.0.6/x", "10.0.0.5", 80));
        assertNull(HtmlForm.action("https://10.0.0.5/x", "10.0.0.5", 80));
        assertNull(HtmlForm.action("//evil.example/x", "10.0.0.5", 80));
        assertNull(HtmlForm.action("/x\r\nHost: other", "10.0.0.5", 80), "no header injection through the action");
        assertNull(read("<html><body>no form</body></html>"));
    }

    @Test
    void formsThatAreNotSimpleSayWhy() {
        assertEquals("the form is sent with GET (the password would go into the address)",
                reason("<form action=/l><input name=u><input type=password name=p></form>"));
        assertEquals("the form has hidden fields (a token or session value)",
                reason("<form method=post><input type=hidden name=t value=1><input name=u><input type=password name=p></form>"));
        assertEquals("the form has 2 password and 1 user-name fields (one of each is simple)",
                reason("<form method=post><input name=u><input type=password name=p><input type=password name=p2></form>"));
        assertEquals("the form is sent to another address or over https",
                reason("<form method=post action=https://10.0.0.5/l><input name=u><input type=password name=p></form>"));
        assertEquals("the form's fields have no usable names",
                reason("<form method=post><input name='u\"><script>'><input type=password name=p></form>"));
    }

    @Test
    void hostileMarkupIsReadQuickly() {
        String evil = "<form " + "a=".repeat(50_000) + "><input " + "type=".repeat(50_000) + "password";
        // bounded by the reading thread's CPU time, not the wall clock, so a loaded machine does not fail it;
        // the wall-clock bound only stops a read that never ends
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            long start = threads.getCurrentThreadCpuTime();
            read(evil + "<form method=post>".repeat(2_000));
            return threads.getCurrentThreadCpuTime() - start;
        });
        assertTrue(cpu < Duration.ofSeconds(5).toNanos(), "read in " + cpu / 1_000_000 + " ms of CPU");
    }

    @Test
    void anAnswerCountsAsALoginOnlyWhenItDiffersFromTheWrongOnesAnswer() {
        FormAnswer formAgain = new FormAnswer(200, null, true, false);
        assertEquals(Outcome.REFUSED, CredentialCheck.formVerdict(formAgain, formAgain));
        assertEquals(Outcome.ACCEPTED, CredentialCheck.formVerdict(new FormAnswer(302, "/status.html", false, false), formAgain));
        assertEquals(Outcome.REFUSED, CredentialCheck.formVerdict(new FormAnswer(302, "/login.html?error=1", false, false), formAgain));
        FormAnswer back = new FormAnswer(302, "/index.html", false, false);
        assertEquals(Outcome.REFUSED, CredentialCheck.formVerdict(back, back), "the same redirect as the wrong login's");
        assertEquals(Outcome.ACCEPTED, CredentialCheck.formVerdict(new FormAnswer(200, null, false, false), back));
        assertEquals(Outcome.LOCKOUT, CredentialCheck.formVerdict(new FormAnswer(200, null, false, true), formAgain));
        assertEquals(Outcome.UNKNOWN, CredentialCheck.formVerdict(new FormAnswer(500, null, false, false), formAgain));
    }
}
