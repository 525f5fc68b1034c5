package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 17's methods on packages and sentences written for this test (none copied from an evaluation set): bodies
 * carried as Node Buffer bytes, as base64 marked {@code isBase64Encoded}, or as a JSON string quoted twice, each read by
 * its structure wherever it sits; an HTTP exchange (a Newman run report's execution) read in order; the bounds and bad
 * shapes of each decoder; and a single parting wish in a sleep skill that is no goodbye.
 */
class Round17MethodsTest {
    @TempDir
    Path dir;

    private static final String LAUNCH = "{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s-17\"},\"request\":{\"type\":\"LaunchRequest\","
            + "\"timestamp\":\"2026-03-01T21:00:00Z\"}}";
    private static final String STOP = "{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s-17\"},\"request\":{\"type\":\"IntentRequest\","
            + "\"intent\":{\"name\":\"AMAZON.StopIntent\"},\"timestamp\":\"2026-03-01T21:05:00Z\"}}";
    /** Open session behind a reprompt of breaks only. */
    private static final String SILENT = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":"
            + "\"<speak>Here is the sound of the creek.</speak>\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\","
            + "\"ssml\":\"<speak><break time='10s'/></speak>\"}},\"shouldEndSession\":false}}";
    /** A proper close. */
    private static final String CLOSED = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":"
            + "\"Here is the sound of the creek. Good night.\"},\"shouldEndSession\":true}}";

    private void write(String file, String text) throws Exception {
        TestSupport.write(dir, file, text);
    }

    private static String quoted(String json) {
        return MoreRecordingShapesTest.quoted(json);
    }

    /** Node's Buffer JSON of the UTF-8 bytes of {@code text}. */
    private static String buffer(String text) {
        StringBuilder b = new StringBuilder("{\"type\":\"Buffer\",\"data\":[");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            b.append(i == 0 ? "" : ",").append(bytes[i] & 0xff);
        }
        return b.append("]}").toString();
    }

    /** A Newman run report with one execution per request/response, the response as {@code response.stream}. */
    private static String newman(String... requestResponse) {
        StringBuilder b = new StringBuilder("{\"collection\":{\"info\":{\"name\":\"creek\"},\"item\":[]},\"run\":{\"executions\":[");
        for (int i = 0; i < requestResponse.length; i += 2) {
            b.append(i == 0 ? "" : ",").append("{\"cursor\":{\"position\":").append(i / 2).append("},\"item\":{\"name\":\"step ").append(i / 2)
                    .append("\"},\"request\":{\"url\":{\"host\":[\"localhost\"]},\"method\":\"POST\",\"body\":{\"mode\":\"raw\",\"raw\":")
                    .append(quoted(requestResponse[i])).append("}},\"response\":{\"code\":200,\"header\":[],\"stream\":")
                    .append(buffer(requestResponse[i + 1])).append("}}");
        }
        return b.append("]}}").toString();
    }

    private SkillReport scan() throws Exception {
        write("skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"Creek Sounds\"}}}}}");
        return new Analyzer(null, null).analyze(dir);
    }

    private static SkillReport.Input input(SkillReport r, String suffix) {
        return r.inputs().stream().filter(i -> i.file().endsWith(suffix)).findFirst().orElseThrow(() -> new AssertionError(r.inputs().toString()));
    }

    @Test
    void givenANewmanRunReport_whenTheResponseIsKeptAsNodeBufferBytes_thenItIsReadAfterItsRequest() throws Exception {
        write("tests/run.json", newman(LAUNCH, SILENT));
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        SkillReport.Input in = input(r, "tests/run.json");
        assertTrue(in.read() && in.shape().contains("Node Buffer"), in.toString());
    }

    @Test
    void givenANewmanRunReportOfABenignSkill_whenRead_thenNothingIsFlagged() throws Exception {
        write("tests/run.json", newman(LAUNCH, CLOSED));
        SkillReport r = scan();
        assertTrue(input(r, "tests/run.json").read(), r.inputs().toString());
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.severity().compareTo(Severity.MEDIUM) >= 0), TestSupport.describe(r));
    }

    @Test
    void givenAnApiGatewayEventAndProxyResponseWithBase64Bodies_whenRead_thenTheyArePaired() throws Exception {
        String b64req = Base64.getEncoder().encodeToString(LAUNCH.getBytes(StandardCharsets.UTF_8));
        String b64res = Base64.getEncoder().encodeToString(SILENT.getBytes(StandardCharsets.UTF_8));
        write("events/exchange.json", "[{\"resource\":\"/alexa\",\"httpMethod\":\"POST\",\"isBase64Encoded\":true,\"body\":\"" + b64req + "\"},"
                + "{\"statusCode\":200,\"headers\":{},\"isBase64Encoded\":true,\"body\":\"" + b64res + "\"}]");
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(input(r, "events/exchange.json").shape().contains("base64"), r.inputs().toString());
    }

    @Test
    void givenABodySerialisedTwice_whenRead_thenTheInnerDocumentIsWalked() throws Exception {
        write("fixtures/double.json", "{\"name\":\"launch\",\"request\":{\"raw\":" + quoted(quoted(LAUNCH)) + "},\"result\":" + quoted(quoted(SILENT)) + "}");
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void givenBuffersThatAreNotBodies_whenRead_thenTheyAreLeftAloneWithoutAnError() throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode png = f.objectNode().put("type", "Buffer");
        png.putArray("data").add(137).add(80).add(78).add(71);
        assertNull(CarriedBodies.buffer(png), "an image's bytes are not decoded (first byte is not an opening brace)");
        ObjectNode out = f.objectNode().put("type", "Buffer");
        out.putArray("data").add(123).add(34).add(300).add(125);
        assertNull(CarriedBodies.buffer(out), "a byte out of range makes it no Buffer");
        ObjectNode text = f.objectNode().put("type", "Buffer");
        text.putArray("data").add(123).add("x").add(125);
        assertNull(CarriedBodies.buffer(text), "a non-number in data makes it no Buffer");
        ObjectNode blank = f.objectNode().put("type", "Buffer");
        var d = blank.putArray("data");
        for (int i = 0; i < 100; i++) {
            d.add(32);
        }
        assertNull(CarriedBodies.buffer(blank), "only the first 64 bytes are looked at for the opening brace");
        assertNull(CarriedBodies.base64("!!!!not base64 at all!!!!"));
        assertNull(CarriedBodies.base64(Base64.getEncoder().encodeToString("GIF89a.....".getBytes(StandardCharsets.UTF_8))));
        assertNull(CarriedBodies.base64("e" + "A".repeat(CarriedBodies.MAX_BODY)), "a body over the bound is not decoded");
        // in a package: a Buffer with a bad byte and a base64 body that does not decode are skipped, the file still read
        write("tests/run.json", "{\"run\":{\"executions\":[{\"request\":{\"body\":{\"raw\":" + quoted(LAUNCH) + "}},\"response\":{\"stream\":"
                + "{\"type\":\"Buffer\",\"data\":[123,34,999]}}},{\"isBase64Encoded\":true,\"body\":\"eyJ%%%%\"}]}}");
        SkillReport r = scan();
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
    }

    @Test
    void givenBuffersNestedInBuffers_whenRead_thenTheNestingIsBounded() throws Exception {
        String doc = SILENT;
        for (int i = 0; i < 6; i++) {
            doc = "{\"note\":\"wrapped\",\"response\":{\"stream\":" + buffer(doc) + "}}";
        }
        write("nested/deep.json", doc);
        SkillReport r = scan();
        // read only MAX_STRING_NESTING deep: the silent response at depth 6 is not reached, and nothing fails
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
        dir.resolve("nested/deep.json").toFile().delete();
        String two = "{\"response\":{\"stream\":" + buffer("{\"response\":{\"stream\":" + buffer(SILENT) + "}}") + "}}";
        write("nested/two.json", two);
        assertTrue(TestSupport.has(scan(), "skills.silent-keepalive.empty-reprompt", Severity.HIGH), "two levels are read");
    }

    @Test
    void givenOnePartingWishAlone_whenNotTheAnswerToStop_thenItIsNoGoodbye() {
        for (String t : new String[] {"here is the ocean breeze. sleep well.", "voici le jazz de nuit. bonne nuit.", "chiudi gli occhi. buonanotte.",
            "gute nacht.", "muito bem. até amanhã.", "yoga logged. see you tomorrow."}) {
            assertTrue(Lexicon.onlyOneWish(t), t);
        }
        for (String t : new String[] {"sweet dreams. goodbye.", "gute nacht, bis morgen!", "sleep well, and goodnight.", "goodbye!", "おやすみなさい。",
            "say good night to exit."}) {
            assertFalse(Lexicon.onlyOneWish(t), t);
        }
    }

    @Test
    void givenASleepSkillThatWishesGoodNightBehindASilentReprompt_whenScanned_thenKeepaliveNotGoodbyeAndStopStillCounts() throws Exception {
        String wish = SILENT.replace("Here is the sound of the creek.", "Here is the sound of the creek. Sleep well.");
        write("rec/01.json", "[{\"request\":" + LAUNCH + ",\"response\":" + wish + "}]");
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertEquals(0, TestSupport.findings(r).stream().filter(f -> f.category().equals("fake-goodbye")).count(), TestSupport.describe(r));
        // the same wish as the answer to Stop is a goodbye that keeps listening
        write("rec/01.json", "[{\"request\":" + STOP + ",\"response\":" + wish + "}]");
        SkillReport s = scan();
        assertTrue(TestSupport.findings(s).stream().anyMatch(f -> f.category().equals("fake-goodbye")), TestSupport.describe(s));
        // the wish followed by the skill announcing its own end is a goodbye
        write("rec/01.json", "[{\"request\":" + LAUNCH + ",\"response\":" + SILENT.replace("Here is the sound of the creek.",
                "Here is the sound of the creek. Good night, Creek Sounds is closing now.") + "}]");
        SkillReport c = scan();
        assertTrue(TestSupport.findings(c).stream().anyMatch(f -> f.rule().equals("skills.fake-goodbye.wording")), TestSupport.describe(c));
        // two wishes, or a leave-taking word, make it a goodbye whatever the trigger
        write("rec/01.json", "[{\"request\":" + LAUNCH + ",\"response\":" + SILENT.replace("Here is the sound of the creek.",
                "Here is the sound of the creek. Good night, see you tomorrow.") + "}]");
        SkillReport t = scan();
        assertTrue(TestSupport.findings(t).stream().anyMatch(f -> f.rule().equals("skills.fake-goodbye.wording")), TestSupport.describe(t));
    }
    @Test
    void givenRecordingsVersionedByDifferentKinds_whenTheLiveOneNewlyMisbehaves_thenItIsDriftAndOtherwiseNot() throws Exception {
        String launch = "{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s-a\"},\"request\":{\"type\":\"LaunchRequest\"}}";
        String asked = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Which creek do you like?\"},"
                + "\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Which creek?\"}},\"shouldEndSession\":false}}";
        write("test/e2e/v1.2/launch.json", "[{\"request\":" + launch + ",\"response\":" + asked + "}]");
        write("exports/2026-10-prod/launch.json", "[{\"request\":" + launch + ",\"response\":" + asked + "}]");
        SkillReport same = scan();
        assertTrue(TestSupport.findings(same).stream().noneMatch(f -> f.category().equals("drift")), TestSupport.describe(same));
        // a test script "v1.2" and a production export dated 2026-10: the live one is the later version
        write("exports/2026-10-prod/launch.json", "[{\"request\":" + launch + ",\"response\":" + SILENT + "}]");
        SkillReport drift = scan();
        assertTrue(TestSupport.findings(drift).stream().anyMatch(f -> f.rule().equals("skills.drift.response-changed")
                && f.summary().contains("live")), TestSupport.describe(drift));
    }
    @Test
    void givenAQaSheetWhoseRowsNameTheRequestButNotWhatWasSaid_whenRead_thenItIsARecordingAndItsVersionsCompare() throws Exception {
        String head = "run_at,session_id,user_said,request_type,intent,speech,reprompt,should_end_session\n";
        write("qa/creek_v1.csv", head + "2026-01-10 20:00,a1,,LaunchRequest,,Here is the creek for tonight.,,TRUE\n");
        SkillReport one = scan();
        SkillReport.Input in = input(one, "qa/creek_v1.csv");
        assertTrue(in.read() && in.responses() == 1, in.toString());
        assertTrue(TestSupport.findings(one).isEmpty(), TestSupport.describe(one));
        write("qa/creek_v2.csv", head + "2026-05-10 20:00,b1,,LaunchRequest,,Here is the creek for tonight.,\"<speak><break time='10s'/></speak>\",FALSE\n");
        SkillReport two = scan();
        assertTrue(TestSupport.findings(two).stream().anyMatch(f -> f.rule().equals("skills.drift.response-changed")), TestSupport.describe(two));
        // a cell that is no request name (free text in the intent column) is not taken as what the user did (since round 29
        // the sheet is still read, as a one-shot answer whose session state it gives, without a trigger)
        Recordings.Found notes = Recordings.csvTranscript("qa/creek_v1.csv", head + "2026-01-10 20:00,a1,,,see notes,Here is the creek for tonight.,,TRUE\n");
        assertEquals(1, notes.responses.size(), notes.responses.toString());
        assertNull(notes.responses.get(0).trigger());
        assertNull(notes.responses.get(0).utterance());
    }
    @Test
    void givenAGermanCompoundOfTwoTranslatableWords_whenLookedUp_thenItIsATranslationAndOtherLongWordsAreNot() throws Exception {
        Path cat = Files.createDirectories(dir.resolve("catalog"));
        Catalog c = CatalogTest.reviewed(cat, "\"Rain Sounds\",\"400\",\"rain sounds\"\n\"Magic Door\",\"900\",\"magic door\"\n"
                + "\"Word Games\",\"5\",\"word games\"\n");
        Catalog.Match m = c.lookup("regengeräusche");
        assertTrue(m != null && m.known().equals("rain sounds"), String.valueOf(m));
        assertTrue(c.lookup("zaubertür") == null || !c.lookup("zaubertür").known().equals("word games"));
        assertNull(c.lookup("worterspiele"), "translates an obscure name (5 reviews)");
        assertNull(c.lookup("gartenhelfer"), "parts the table does not know");
    }
}
