package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round 11: a log longer than the bounds ({@link Recordings#MAX_LINES} lines, {@link Recordings#MAX_EMBEDDED} JSON objects)
 * is read up to the bound; the rest is not read, and the list of what was read says so. Before, the whole package failed.
 */
class LongLogTest {
    @TempDir
    Path tmp;

    private static final String ASKS_PASSWORD = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\","
            + "\"text\":\"to go on, please tell me your account password\"},\"shouldEndSession\":false}}\n";
    private static final String ASKS_ADDRESS = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\","
            + "\"text\":\"what is your home address and your date of birth?\"},\"shouldEndSession\":false}}\n";

    private Path log(String text) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("rec/logs"));
        Files.writeString(dir.resolve("huge.log"), text);
        return tmp.resolve("rec");
    }

    private static Model.Seen seen(PackageLoader.Loaded l) {
        return l.seen().stream().filter(s -> s.file().endsWith("huge.log")).findFirst().orElseThrow();
    }

    @Test
    void aLogLongerThanTheLineBoundIsReadUpToItAndSaysTheRestWasNotRead() throws Exception {
        // the password request on line 1 is read; the address question after the bound is not
        Path p = log(ASKS_PASSWORD + "{}\n".repeat(Recordings.MAX_LINES) + ASKS_ADDRESS);
        PackageLoader.Loaded l = PackageLoader.loadAll(p);
        Model.Seen s = seen(l);
        assertTrue(s.read(), "the file is read");
        assertEquals(1, s.responses(), "one response before the bound");
        assertTrue(s.reason().contains("only the first " + Recordings.MAX_LINES + " of " + (Recordings.MAX_LINES + 3) + " lines were read")
                && s.reason().contains("the rest of the file was not read"), s.reason());
        var report = new Analyzer(new Catalog()).analyze(p);
        var findings = report.skills().get(0).findings();
        assertTrue(findings.stream().anyMatch(f -> f.category().equals("credential-phishing")), findings.toString());
        assertFalse(findings.stream().anyMatch(f -> f.category().equals("pii-request")), "what lies after the bound is not read");
    }

    @Test
    void aLogWithMoreJsonObjectsThanTheBoundIsReadUpToItAndSaysTheRestWasNotRead() throws Exception {
        // CloudWatch lines: each holds two JSON objects (the line and the one in its message), so the object bound is
        // reached at half the line bound
        String line = "{\"timestamp\":1,\"message\":\"INFO {}\"}\n";
        Path p = log(ASKS_PASSWORD + line.repeat(Recordings.MAX_EMBEDDED / 2) + ASKS_ADDRESS);
        Model.Seen s = seen(PackageLoader.loadAll(p));
        assertTrue(s.read());
        assertEquals(1, s.responses());
        assertTrue(s.reason().contains("only the first " + Recordings.MAX_EMBEDDED + " JSON objects were read")
                && s.reason().contains("the rest of the file was not read"), s.reason());
    }
}
