package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Decoding envelopes inside other text stays linear in the text: an object opening that never closes is read to the end
 * of the text, so a text made of such openings was read once per opening (a 2 MB log took about seven minutes before the
 * bound). The timeout guards against a hang; it is no speed figure.
 */
class EmbeddedBoundsTest {

    private static final String ENVELOPE = "{\\\"version\\\":\\\"1.0\\\",\\\"response\\\":{\\\"outputSpeech\\\":{\\\"type\\\":\\\"PlainText\\\","
            + "\\\"text\\\":\\\"Goodbye.\\\"},\\\"shouldEndSession\\\":false}}";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void openingsThatNeverCloseStopAtTheBoundAndWhatCameBeforeIsStillDecoded() throws Exception {
        StringBuilder b = new StringBuilder("msg=\"" + ENVELOPE + "\"\n");
        b.append("msg=\"");
        for (int i = 0; i < 250_000; i++) {
            b.append("{\\\"a\\\":"); // escaped openings, none closed
        }
        b.append("\"\n");
        Embedded.Unwrapped u = Embedded.unwrap("log.txt", b.toString());
        assertNotNull(u, "the envelope before the openings is decoded");
        assertTrue(u.text().contains("{\"version\":\"1.0\",\"response\":{\"outputSpeech\""), "decoded on a line of its own");
        assertTrue(u.shapes().contains(Embedded.STOPPED), "the report says decoding stopped: " + u.shapes());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void plainOpeningsThatNeverCloseEndWithoutAnError() throws Exception {
        StringBuilder b = new StringBuilder("outputSpeech shouldEndSession ");
        for (int i = 0; i < 400_000; i++) {
            b.append("{\"a\":");
        }
        // nothing decodes; the text is left to the log reader as it stands
        assertTrue(Embedded.unwrap("log.txt", b.toString()) == null);
    }
}
