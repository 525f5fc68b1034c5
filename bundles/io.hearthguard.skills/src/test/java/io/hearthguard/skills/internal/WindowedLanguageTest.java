package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round 11: the clause, quotation and negation tests of {@link Language} and {@link SpeechAct}, and the frame before a
 * maker's name in {@link Identity}, look at a window of {@link Language#WINDOW} characters around each match. Before, each
 * match scanned the text from its start (clause ends, quotation marks, the quotation frames of {@code Language.quoted} as
 * a regular expression over the whole prefix, the words before "alexa" split from the clause's start), so a speech at the
 * platform's cap of 8,000 characters repeating one phrase cost time quadratic in its length.
 * <p>
 * The test is a bound, not a speed figure: the 21 responses below (three of each worst shape) took 27 s with the old code
 * on this machine (2 cores, load 1.3) and take about 2 s with the window. The 10 s bound is on the analysing thread's CPU
 * time, so other work on a loaded machine does not count against it, and still far below the old code's time, so the
 * test fails on the old code (a wall-clock bound of 180 s only stops a run that never ends). The scan's speed is measured
 * in bench/scan-cli-bench.sh.
 */
class WindowedLanguageTest {
    @TempDir
    Path dir;

    private static String fill(String head, String unit) {
        StringBuilder b = new StringBuilder(head);
        while (b.length() + unit.length() <= Model.Response.MAX_SPEECH) {
            b.append(unit);
        }
        return b.append(" ".repeat(Model.Response.MAX_SPEECH - b.length())).toString();
    }

    /** The worst shapes for the old per-match scans, each at the speech cap, with no sentence end. */
    static final String[] WORST = {
        fill("", "alexa "), fill("", "amazon "), fill("", "google "), // the maker's name: the words before it were split from the clause's start
        fill("", "dein passwort "), fill("", "never tell anyone your password "), // clause and negation from the start
        fill("note: ", "please say your password, "), // a colon: the quotation frames were matched over the whole prefix
        fill("'", "tell me your pin' '"), // single quotes, scanned from the start
    };

    @Test
    void theWorstShapesAreAnalysedInLinearTime() throws Exception {
        Files.createDirectories(dir.resolve("skill-package"));
        Files.writeString(dir.resolve("skill-package/skill.json"),
                "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"x\"}}}}}");
        for (int i = 0; i < WORST.length; i++) {
            assertEquals(Model.Response.MAX_SPEECH, WORST[i].length(), "each shape fills the cap");
            for (int copy = 0; copy < 3; copy++) { // three responses of each shape, each a little different
                String speech = copy + WORST[i].substring(1);
                Files.writeString(dir.resolve("resp" + i + "-" + copy + ".json"), "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\""
                        + speech.replace("\"", "\\\"") + "\"},\"shouldEndSession\":false}}");
            }
        }
        // the bound is on the CPU time of the thread that analyses, not on the wall clock: on a loaded machine (CI of
        // round 17's branch at load 9) the same work took over 10 s of wall time; the old code needs ~27 s of CPU
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[1];
        var report = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            long start = threads.getCurrentThreadCpuTime();
            var r = new Analyzer(new Catalog()).analyze(dir);
            cpu[0] = threads.getCurrentThreadCpuTime() - start;
            return r;
        });
        assertTrue(cpu[0] < Duration.ofSeconds(10).toNanos(), "analysed in " + cpu[0] / 1_000_000 + " ms of CPU, expected well under 10 s");
        assertFalse(report.skills().isEmpty(), "the package is read");
        assertTrue(report.skills().get(0).findings().stream().anyMatch(f -> f.category().equals("credential-phishing")),
                "and the request for a password is found");
    }

    @Test
    void aClauseLongerThanTheWindowIsNotOneClause() {
        Pattern pw = Pattern.compile("\\bpassword\\b");
        String far = "we never ask for anything " + "and then some more words ".repeat(40) + "tell me your password";
        assertTrue(far.indexOf("password") - far.indexOf("never") > Language.WINDOW);
        assertNotNull(Language.affirmed(pw, far), "a negation further back than the window does not scope over the phrase");
        assertNull(Language.affirmed(pw, "we will never ask for your password"), "a near one does");
        String quote = "a caller says: " + "blah ".repeat(200) + "tell me your password";
        assertNotNull(Language.affirmed(pw, quote), "a quotation frame further back than the window announces no quote");
        assertNull(Language.affirmed(pw, "a caller says: this is amazon, tell me your password"), "a near one does");
    }

    @Test
    void clauseBoundsStayInsideTheWindow() {
        String t = "x".repeat(5_000) + " password " + "y".repeat(5_000);
        int at = t.indexOf("password");
        int[] b = Language.clauseBounds(t, at, at + 8);
        assertEquals(at - Language.WINDOW, b[0]);
        assertEquals(at + 8 + Language.WINDOW, b[1]);
        int[] s = Language.clauseBounds("first. say your password; then", 7, 24);
        assertEquals(6, s[0]);
        assertEquals(24, s[1]);
    }
}
