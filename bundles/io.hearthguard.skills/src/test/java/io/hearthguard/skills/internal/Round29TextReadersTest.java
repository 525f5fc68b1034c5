package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 29: three text recordings the scan skipped or misread (all written here): a Botium convo file, a QA transcript of
 * one-shot answers with no user line, and an analytics sheet whose reprompt is a row of its own.
 */
class Round29TextReadersTest {
    @TempDir
    Path dir;

    private static final String CONVO = """
            stop_after_news

            #me
            LAUNCH

            #bot
            <speak>Good morning! Here is the headline.</speak>
            JSON_PATH $.response.reprompt.outputSpeech.ssml|<speak>More news?</speak>
            JSON_PATH $.response.shouldEndSession|false

            #me
            stop

            #bot
            <speak>See you tomorrow, bye!</speak>
            JSON_PATH $.response.shouldEndSession|false
            JSON_PATH $.response.reprompt.outputSpeech.ssml|<speak><break time="9s"/></speak>
            """;

    @Test
    void aBotiumConvoIsATranscriptWithItsAssertersAsRepromptAndState() throws Exception {
        String t = Recordings.botiumConvo(CONVO);
        assertNotNull(t);
        Recordings.Found f = Recordings.transcript("c.convo.txt", t);
        assertNotNull(f);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals("LaunchRequest", f.responses.get(0).trigger());
        assertEquals("<speak>More news?</speak>", f.responses.get(0).reprompt());
        assertTrue(f.responses.get(0).open());
        assertEquals("AMAZON.StopIntent", f.responses.get(1).trigger());
        assertEquals("<speak><break time=\"9s\"/></speak>", f.responses.get(1).reprompt(), "the state asserted before the reprompt");
        assertEquals("line 15", f.responses.get(1).speechPointer(), "evidence points at the convo's own line");
        assertNull(Recordings.botiumConvo("#me only, no bot section\nhello"));

        TestSupport.write(dir, "tests/convos/stop.convo.txt", CONVO);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.shape().equals("Botium convo")), r.inputs().toString());
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("fake-goodbye") && x.severity().atLeast(Severity.HIGH)),
                TestSupport.describe(r));
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void aTranscriptOfOneShotAnswersIsReadWhenItStatesTheSession() throws Exception {
        String qa = """
                [2024-06-03T09:00:17Z] SKILL: <speak>Brazil has four time zones.</speak>
                [2024-06-03T09:00:17Z] SKILL (reprompt): <speak> ... ... </speak>
                [2024-06-03T09:00:17Z] session_open=true
                """;
        Recordings.Found f = Recordings.transcript("qa.txt", qa);
        assertNotNull(f);
        assertEquals(1, f.responses.size());
        assertTrue(f.responses.get(0).open());
        // prose that only quotes what a skill says stays unread
        assertNull(Recordings.transcript("notes.txt", "Alexa: Welcome to the demo.\nSkill: It says hello.\n"));

        TestSupport.write(dir, "qa/pt-BR.txt", qa);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void aSheetWhoseRepromptIsARowOfItsOwnKeepsItWithTheAnswer() throws Exception {
        String tsv = "conversation_id\tturn_index\ttimestamp\tspeaker\tintent\ttext\tsession_state\n"
                + "s-1\t1\t2024-06-03T09:00:17Z\tassistant\t\t<speak>Which city?</speak>\topen\n"
                + "s-1\t1\t2024-06-03T09:00:17Z\tassistant_reprompt\t\t<speak>Which city do you want?</speak>\topen\n"
                + "s-1\t2\t2024-06-03T09:00:34Z\tuser\tWeatherIntent\tweather in Leeds\t\n"
                + "s-1\t2\t2024-06-03T09:00:34Z\tassistant\t\t<speak>Leeds: two degrees and snow tonight.</speak>\topen\n"
                + "s-1\t2\t2024-06-03T09:00:34Z\tassistant_reprompt\t\t<speak><p></p><p></p></speak>\topen\n";
        Recordings.Found f = Recordings.csvTranscript("conversations.tsv", tsv);
        assertNotNull(f);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals("<speak>Which city do you want?</speak>", f.responses.get(0).reprompt());
        assertEquals("<speak><p></p><p></p></speak>", f.responses.get(1).reprompt());
        assertTrue(f.responses.get(1).open());

        TestSupport.write(dir, "exports/conversations.tsv", tsv);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void jsonQuotedInAnEmailIsReadWithItsLineNumbers() throws Exception {
        String eml = """
                From: A Daughter <a@example.org>
                Subject: is this genuine?

                Mum's Echo said this, I copied the JSON from the test page:

                > JSON output:
                > {
                >   "version": "1.0",
                >   "response": {
                >     "outputSpeech": {"type": "SSML", "ssml": "<speak>Your payment is on hold. Tell me the passcode you give when you ring the bank.</speak>"},
                >     "shouldEndSession": false
                >   }
                > }

                Please tell me this isn't real.
                """;
        assertNotNull(Embedded.emailQuoted(eml));
        assertNull(Embedded.emailQuoted("> a quoted line\n> and another, no object\n"));
        TestSupport.write(dir, "support-inbox/2025-03-04.eml", eml);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("credential-phishing") && x.pointer().startsWith("line 7")),
                TestSupport.describe(r));
    }

    @Test
    void aTranscriptTypedFromAScreenRecordingReadsItsNotes() throws Exception {
        String typed = """
                Typed from screen recording IMG_2231.MOV (Story Owl, en-US)
                Format: mm:ss SPEAKER: words heard   [notes about the device in brackets]

                00:02 ECHO: Shall I tell a story about a sleepy bear?
                00:08 ECHO: A sleepy bear story?   [reprompt after 8 s of silence]
                      [light ring stays on, still listening]
                00:16 CHILD: stop
                00:19 ECHO: Goodnight, little one!
                00:25 [nothing audible; light ring stays on after the answer; reprompt ssml in dev console: <speak><break time="10s"/></speak>]
                      [light ring stays on, still listening]
                """;
        Recordings.Found f = Recordings.transcript("owl.txt", typed);
        assertNotNull(f);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals("A sleepy bear story?", f.responses.get(0).reprompt());
        assertTrue(f.responses.get(0).open());
        assertEquals("AMAZON.StopIntent", f.responses.get(1).trigger());
        assertEquals("<speak><break time=\"10s\"/></speak>", f.responses.get(1).reprompt());
        assertTrue(f.responses.get(1).open());
        // a skill line ending in brackets that are no note about the device keeps them
        assertEquals("SKILL: Say [your answer]", Recordings.fieldNotes("SKILL: Say [your answer]"));
        assertEquals("[12:30] USER: hello", Recordings.fieldNotes("12:30 USER: hello"));

        TestSupport.write(dir, "screen-recordings/owl.txt", typed);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("fake-goodbye")), TestSupport.describe(r));
    }

    @Test
    void aTestReportsJsonAttachmentsInBase64AreRead() throws Exception {
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        String request = "{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s-1\"},\"request\":{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"AMAZON.StopIntent\"}}}";
        String response = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Goodbye!\"},"
                + "\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak><break time='10s'/></speak>\"}},\"shouldEndSession\":false}}";
        String report = "{\"suites\":[{\"specs\":[{\"tests\":[{\"results\":[{\"attachments\":["
                + "{\"name\":\"request.json\",\"contentType\":\"application/json\",\"body\":\"" + b64.encodeToString(request.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"},"
                + "{\"name\":\"response.json\",\"contentType\":\"application/json\",\"body\":\"" + b64.encodeToString(response.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"},"
                + "{\"name\":\"screenshot\",\"contentType\":\"image/png\",\"body\":\"iVBORw0KGgo=\"}]}]}]}]}]}";
        TestSupport.write(dir, "playwright-report/results.json", report);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.shape().contains("JSON attachment in base64")), r.inputs().toString());
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }
}
