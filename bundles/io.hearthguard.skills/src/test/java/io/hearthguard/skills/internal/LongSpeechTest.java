package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response's speech is analysed up to the platform's own limit (8,000 characters): the language tests look at each
 * phrase's clause, quotation and negation, and on a speech of nearly a megabyte made of personal-data questions they ran
 * for longer than a minute and a half (the scan was stopped there). The timeout guards against a hang; it is no speed figure.
 */
class LongSpeechTest {
    @TempDir
    Path dir;

    @Test
    void speechAndRepromptAreCutAtThePlatformsLimit() {
        String longText = "a".repeat(20_000);
        Model.Response r = new Model.Response("f", "/p", null, longText, "/s", longText, "/r", false, true);
        assertEquals(Model.Response.MAX_SPEECH, r.speech().length());
        assertEquals(Model.Response.MAX_SPEECH, r.reprompt().length());
        assertEquals("short", new Model.Response("f", "/p", null, "short", "/s", null, null, true, false).speech());
        // a pair across the cut is dropped whole: a lone half would break the UTF-8 of every report that quotes it
        String split = "a".repeat(Model.Response.MAX_SPEECH - 1) + "\uD83D\uDE00" + "tail";
        String cut = new Model.Response("f", "/p", null, split, "/s", null, null, true, false).speech();
        assertEquals(Model.Response.MAX_SPEECH - 1, cut.length());
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSpeechOfAMegabyteOfQuestionsIsScannedInBoundedTime() throws Exception {
        Files.createDirectories(dir.resolve("skill-package"));
        Files.writeString(dir.resolve("skill-package/skill.json"),
                "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"x\"}}}}}");
        String speech = "your name, your address, your phone and your birthday. ".repeat(17_000);
        Files.writeString(dir.resolve("resp.json"), "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\""
                + speech + "\"},\"shouldEndSession\":false}}");
        var report = new Analyzer(new Catalog()).analyze(dir);
        assertFalse(report.skills().isEmpty(), "the package is read");
    }
}
