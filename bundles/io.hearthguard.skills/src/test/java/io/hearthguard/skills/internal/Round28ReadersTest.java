package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 28: two recording shapes that held-out sets had and the scan skipped as "no skill content" (all documents here
 * are written for this test): ngrok's traffic inspector export ({@code /api/requests/http}, each exchange's whole HTTP
 * request and response in base64, newest first), and QA transcripts whose lines carry JSON ({@code DIRECTIVE: {…}}) and
 * session markers ({@code --- new session … ---}).
 */
class Round28ReadersTest {
    @TempDir
    Path dir;

    private static String request(String session, String type, String intent, String time) {
        return "{\"version\":\"1.0\",\"session\":{\"new\":false,\"sessionId\":\"" + session + "\"},\"request\":{\"type\":\"" + type + "\","
                + (intent == null ? "" : "\"intent\":{\"name\":\"" + intent + "\"},") + "\"locale\":\"en-GB\",\"timestamp\":\"" + time + "\"}}";
    }

    private static final String STOP_SILENT = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":"
            + "\"<speak>Okay, goodbye.</speak>\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak><break time='10s'/></speak>\"}},"
            + "\"shouldEndSession\":false}}";
    private static final String WELCOME = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Which station?\"},"
            + "\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Which station?\"}},\"shouldEndSession\":false}}";

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static String httpRequest(String body) {
        return b64(("POST /alexa HTTP/1.1\r\nHost: 6b1f.ngrok-free.app\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static String httpResponse(String body) {
        return b64(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    /** A response sent gzip-compressed in two chunks, as a Node server behind ngrok may send it. */
    private static String httpResponseGzipChunked(String body) throws Exception {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(z)) {
            g.write(body.getBytes(StandardCharsets.UTF_8));
        }
        byte[] gz = z.toByteArray();
        int half = gz.length / 2;
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        m.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        m.write(gz, 0, half);
        m.write(("\r\n" + Integer.toHexString(gz.length - half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        m.write(gz, half, gz.length - half);
        m.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return b64(m.toByteArray());
    }

    private static String exchange(String start, String rawRequest, String rawResponse) {
        return "{\"uri\":\"/api/requests/http/req_" + start.hashCode() + "\",\"start\":\"" + start + "\",\"duration\":2010000,"
                + "\"request\":{\"method\":\"POST\",\"uri\":\"/alexa\",\"raw\":\"" + rawRequest + "\"},"
                + "\"response\":{\"status\":\"200 OK\",\"status_code\":200,\"raw\":\"" + rawResponse + "\"}}";
    }

    @Test
    void anNgrokInspectorExportIsReadOldestFirstWithChunkedGzipBodies() throws Exception {
        // newest first, as the inspector lists them: the Stop answer (gzip, chunked) before the launch
        String doc = "{\"uri\":\"/api/requests/http\",\"requests\":["
                + exchange("2024-05-14T18:20:17.5+00:00", httpRequest(request("s-1", "IntentRequest", "AMAZON.StopIntent", "2024-05-14T18:20:17Z")),
                        httpResponseGzipChunked(STOP_SILENT))
                + "," + exchange("2024-05-14T18:20:07.5+00:00", httpRequest(request("s-1", "LaunchRequest", null, "2024-05-14T18:20:07Z")),
                        httpResponse(WELCOME))
                + "]}";
        Recordings.Found f = Recordings.json("debug/ngrok.json", SafeJson.parse("t", doc.getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals("Which station?", f.responses.get(0).speech(), "the older exchange is read first");
        assertEquals("AMAZON.StopIntent", f.responses.get(1).trigger());
        assertTrue(f.shape().contains("ngrok"), f.shape());

        TestSupport.write(dir, "debug/ngrok.json", doc);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().equals("debug/ngrok.json")), r.inputs().toString());
        // the goodbye kept open sits in the first exchange of the file (the newest), its body inside the base64 response
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("fake-goodbye") && x.severity().atLeast(Severity.HIGH)
                && x.pointer().startsWith("/requests/0/response/raw#/response/")), r.skills().toString());
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), r.skills().toString());
    }

    @Test
    void httpMessagesThatAreNotJsonOrAreBrokenGiveNothingAndNoError() throws Exception {
        assertNotNull(CarriedBodies.httpMessageBody(httpResponse(WELCOME)));
        // a body of another kind, no blank line after the headers, base64 that is not an HTTP message, broken chunks
        assertNull(CarriedBodies.httpMessageBody(httpResponse("<html>hello</html>")));
        assertNull(CarriedBodies.httpMessageBody(b64("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{\"a\":1}".getBytes(StandardCharsets.UTF_8))));
        assertNull(CarriedBodies.httpMessageBody(b64("{\"version\":\"1.0\",\"response\":{}} plain JSON, no start line".getBytes(StandardCharsets.UTF_8))));
        assertNull(CarriedBodies.httpMessageBody(b64(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfff\r\n{\"a\":1}\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        assertNull(CarriedBodies.httpMessageBody(b64("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n{\"not\":\"gzip\"}".getBytes(StandardCharsets.UTF_8))));
        assertNull(CarriedBodies.httpMessageBody("POST /alexa HTTP/1.1 — not base64 at all, just text"));
    }

    @Test
    void aGzipBodyThatInflatesPastTheBoundIsNotRead() throws Exception {
        // 9 MiB of spaces before the object compress to a few KiB: inflating stops at the bound, nothing is read, no error
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(z)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 9; i++) {
                g.write(spaces);
            }
            g.write(STOP_SILENT.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        m.write(z.toByteArray());
        assertTrue(z.size() < 100_000, "the bomb is small: " + z.size());
        assertNull(CarriedBodies.httpMessageBody(b64(m.toByteArray())));
        TestSupport.write(dir, "debug/ngrok.json", "{\"requests\":[" + exchange("2024-05-14T18:20:17Z",
                httpRequest(request("s-1", "IntentRequest", "AMAZON.StopIntent", "2024-05-14T18:20:17Z")), b64(m.toByteArray())) + "]}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
    }

    private static final String QA = """
            # QA transcript Storm Sounds en-US
            --- new session 561b078a1d03 ---
            [2025-03-02T19:00:01Z] USER: alexa open storm sounds
            [2025-03-02T19:00:01Z] SKILL: Here comes the storm.
            [2025-03-02T19:00:01Z] DIRECTIVE: {"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example.com/storm.mp3", "token": "t-1", "offsetInMilliseconds": 0}}}
            --- new session 77aa01 ---
            [2025-03-03T19:00:01Z] USER: open storm sounds
            [2025-03-03T19:00:02Z] SKILL: Welcome back.
            [2025-03-03T19:00:02Z] DIRECTIVE: {"type": "Alexa.Presentation.APL.RenderDocument", "token": "t", "document": {"type": "APL", "mainTemplate": {"items": [{"type": "Text", "text": "Account check: please say your PIN"}]}}}
            [2025-03-03T19:00:02Z] DIRECTIVE: {"type": "Dialog.ElicitSlot", "slotToElicit": "answer"}
            """;

    @Test
    void aQaTranscriptWithDirectiveLinesAndSessionMarkersIsReadAsATranscript() throws Exception {
        Recordings.Found f = Recordings.transcript("qa/t.txt", QA);
        assertNotNull(f);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals(2, f.sessions(), "the marker line opens a new session even though nothing closed the first");
        assertNull(f.responses.get(0).display(), "audio is not shown text");
        assertEquals("Account check: please say your PIN", f.responses.get(1).display());
        assertTrue(f.responses.get(1).open(), "a dialog directive reopens the microphone");
        assertFalse(f.responses.get(0).open(), "nothing in the first session keeps the microphone open");

        TestSupport.write(dir, "qa/transcript-0211.txt", QA);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().equals("qa/transcript-0211.txt")), r.inputs().toString());
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void aBrokenDirectiveLineIsIgnoredAndTheTurnStillRead() throws Exception {
        String qa = "USER: open storm sounds\nSKILL: Here comes the storm.\nDIRECTIVE: {\"type\": \"Alexa.Presentation.APL.RenderDocument\", \"document\": \n"
                + "session_open=false\n";
        Recordings.Found f = Recordings.transcript("qa/t.txt", qa);
        assertNotNull(f);
        assertEquals(1, f.responses.size());
        assertNull(f.responses.get(0).display());
    }

    @Test
    void aFileNamedForStopWithALaunchAnswerFirstGivesStopToItsLastAnswerOnly() throws Exception {
        // a Jest snapshot of a stop handler's test: the skill is opened (an honest open question), then stopped (closed)
        String snap = "// Jest Snapshot v1\n\nexports[`stop handler turn 1: open 1`] = `\n{\n  \"version\": \"1.0\",\n  \"response\": {\n"
                + "    \"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"The alarm is armed in stay mode.\"},\n"
                + "    \"reprompt\": {\"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Do you want to change it?\"}},\n"
                + "    \"shouldEndSession\": false\n  }\n}\n`;\n\nexports[`stop handler turn 2: stop 1`] = `\n{\n  \"version\": \"1.0\",\n"
                + "  \"response\": {\n    \"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Okay, the alarm stays armed. Goodbye.\"},\n"
                + "    \"shouldEndSession\": true\n  }\n}\n`;\n";
        TestSupport.write(dir, "test/__snapshots__/stop.spec.ts.snap", snap);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.responses() == 2), r.inputs().toString());
        assertTrue(TestSupport.findings(r).stream().noneMatch(x -> x.category().equals("fake-goodbye")), r.skills().toString());
        // the same file whose last answer keeps listening is still a Stop that keeps the session open
        TestSupport.write(dir, "test/__snapshots__/stop.spec.ts.snap", snap.replace("\"shouldEndSession\": true", "\"shouldEndSession\": false"));
        r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("fake-goodbye") && x.severity().atLeast(Severity.HIGH)),
                r.skills().toString());
    }
}
