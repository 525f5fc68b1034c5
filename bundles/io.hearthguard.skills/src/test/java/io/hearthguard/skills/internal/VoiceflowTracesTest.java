package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;
import io.hearthguard.skills.internal.Model.Response;

/**
 * Conversations kept as Voiceflow traces (written for this test, in the shape the Voiceflow runtime documents: an array
 * of {@code {"type", "payload"}} traces per answer; transcript exports with the user's requests between them; a log of
 * {@code {"action", "traces"}} calls). The voice cloud cannot run here, so the recordings are written by hand.
 */
class VoiceflowTracesTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private void write(String file, String text) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String MODEL = "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"garden planner\",\"intents\":["
            + "{\"name\":\"PlantIntent\",\"slots\":[{\"name\":\"plant\",\"type\":\"AMAZON.Food\"}],\"samples\":[\"when do I plant {plant}\"]},"
            + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}";

    /** A transcript export: request entries, then the traces the runtime answered with. */
    private static String transcript(String... turns) {
        return "[" + String.join(",", turns) + "]";
    }

    private static String request(String type, String query, String intent) {
        String payload = query == null ? "{}" : "{\"query\":\"" + query + "\"" + (intent == null ? "" : ",\"intent\":{\"name\":\"" + intent + "\"}") + "}";
        return "{\"format\":\"request\",\"type\":\"" + type + "\",\"startTime\":\"2026-03-01T09:00:00.000Z\",\"payload\":" + payload + "}";
    }

    private static String speak(String message) {
        return "{\"format\":\"trace\",\"type\":\"speak\",\"payload\":{\"type\":\"message\",\"message\":\"" + message + "\"}}";
    }

    private static final String NO_REPLY = "{\"format\":\"trace\",\"type\":\"no-reply\",\"payload\":{\"timeout\":8}}";
    /** The runtime's end trace often carries no payload, or a null one. */
    private static final String END = "{\"format\":\"trace\",\"type\":\"end\"}";
    private static final String END_NULL = "{\"format\":\"trace\",\"type\":\"end\",\"payload\":null}";

    @Test
    void turnsAreReadWithTheirTriggerWhatWasSaidAndWhetherTheMicrophoneStaysOpen() throws Exception {
        JsonNode a = JSON.readTree(transcript(request("launch", null, null), speak("Welcome to the garden planner. What are you planting?"),
                NO_REPLY, request("intent", "when do I plant basil", "PlantIntent"), speak("Basil goes out after the last frost."), END,
                request("launch", null, null), speak("Welcome back."), NO_REPLY));
        assertTrue(VoiceflowTraces.looksLike(a));
        TreeSet<String> sessions = new TreeSet<>();
        List<Response> rs = VoiceflowTraces.read("t.json", a, "", null, sessions);
        assertEquals(3, rs.size(), rs.toString());
        assertEquals("LaunchRequest", rs.get(0).trigger());
        assertTrue(rs.get(0).open());
        assertEquals("/1/payload/message", rs.get(0).speechPointer());
        assertEquals("PlantIntent", rs.get(1).trigger());
        assertEquals("when do I plant basil", rs.get(1).utterance());
        assertFalse(rs.get(1).open(), "an end trace closes the session");
        assertEquals(Boolean.TRUE, rs.get(1).shouldEndSession());
        assertEquals(2, sessions.size(), "an ended conversation and the launch after it: two sessions " + sessions);
        assertEquals(rs.get(0).session(), rs.get(1).session());
    }

    @Test
    void otherArraysAreNotTraces() throws Exception {
        assertFalse(VoiceflowTraces.looksLike(JSON.readTree("[{\"type\":\"speak\",\"payload\":{\"message\":1}}]")));
        assertFalse(VoiceflowTraces.looksLike(JSON.readTree("[{\"type\":\"text\",\"payload\":{\"message\":\"hi\"}}, 3]")));
        assertFalse(VoiceflowTraces.looksLike(JSON.readTree("[{\"type\":\"end\",\"payload\":{}}]")), "nothing said");
        assertFalse(VoiceflowTraces.looksLike(JSON.readTree("[]")));
        assertFalse(VoiceflowTraces.looksLike(JSON.readTree("[{\"type\":\"text\",\"payload\":{\"message\":\"hi\"}}, {\"kind\":\"end\"}]")));
        assertFalse(VoiceflowTraces.looksLike(JSON.readTree("{\"type\":\"text\",\"payload\":{\"message\":\"hi\"}}")));
    }

    /** Scans a skill whose recorded answer to Stop is "Goodbye!" followed by {@code after}; @return the report */
    private SkillReport goodbyeFollowedBy(String after) throws Exception {
        write("skill-package/interactionModels/custom/en-US.json", MODEL);
        write("voiceflow/transcripts/2026-03-01.json", transcript(request("launch", null, null), speak("What are you planting this spring?"),
                NO_REPLY, request("intent", "stop", "AMAZON.StopIntent"), speak("Goodbye!"), after));
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("2026-03-01.json") && i.shape().contains("Voiceflow")),
                r.inputs().toString());
        return r;
    }

    @Test
    void aGoodbyeThatLeavesTheConversationWaitingIsAFakeGoodbye() throws Exception {
        SkillReport r = goodbyeFollowedBy(NO_REPLY);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().startsWith("skills.fake-goodbye")
                && f.severity().atLeast(Severity.MEDIUM)), TestSupport.describe(r));
    }

    @Test
    void aGoodbyeThatEndsTheConversationIsNotFlagged() throws Exception {
        SkillReport r = goodbyeFollowedBy(END_NULL);
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
    }

    @Test
    void aRuntimeLogOfActionsAndTheirTracesIsRead() throws Exception {
        // one interact call per line: the action sent and the traces the runtime answered with
        write("skill-package/interactionModels/custom/en-US.json", MODEL);
        write("logs/interact.json", "{\"calls\":[{\"action\":{\"type\":\"launch\"},\"traces\":[" + speak("Hi! For your reward, say your card's "
                + "security code.") + "]},{\"action\":{\"type\":\"text\",\"payload\":\"cancel\"},\"traces\":[" + speak("Okay.")
                + "," + NO_REPLY + "]}]}");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().startsWith("skills.credential")), TestSupport.describe(r));
        Recordings.Found f = Recordings.json("logs/interact.json", JSON.readTree(Files.readString(dir.resolve("logs/interact.json"))), null);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals("LaunchRequest", f.responses.get(0).trigger());
        assertEquals("AMAZON.CancelIntent", f.responses.get(1).trigger());
        assertTrue(f.responses.get(1).open());
        assertNull(f.responses.get(1).reprompt());
    }
}
