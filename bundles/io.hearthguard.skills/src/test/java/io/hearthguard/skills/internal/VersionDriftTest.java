package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Drift as a comparison of versions of one skill's recordings (dated, numbered or review-vs-live folders and files),
 * whatever the shapes and requests of each version; a conversation spread over numbered files is one recording.
 */
class VersionDriftTest {
    @TempDir
    Path dir;

    private static String envelope(String speech, String reprompt, boolean end) {
        return "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"}"
                + (reprompt == null ? "" : ",\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"" + reprompt + "\"}}")
                + ",\"shouldEndSession\":" + end + "}}";
    }

    private void write(String file, String text) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private SkillReport scan() throws Exception {
        return new Analyzer(null).analyze(dir);
    }

    @Test
    void aLaterVersionWithADifferentRequestAndShapeIsCompared() throws Exception {
        // the early version is a text transcript of the launch; the later build answers another request, as an envelope
        write("qa/2025-02-launch.txt", "[2025-02-01T08:00:00Z] USER: open garden bell\n[2025-02-01T08:00:00Z] SKILL: The bell rings.\n"
                + "session_open=false\n");
        write("qa/2025-09-build-7/answer-1.json", envelope("The bell rings.", "<speak><break time='10s'/></speak>", false));
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.drift.response-changed", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void versionFoldersAreOrderedByTheirNumbers() throws Exception {
        write("sims/v2/out.json", envelope("Welcome back. What is your home address?", "<speak>Your address?</speak>", false));
        write("sims/v1/out.json", envelope("Welcome. Next bus in four minutes.", null, true));
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.drift.response-changed", Severity.HIGH), TestSupport.describe(r));
        // reversed (the harmful answer is the old one): no drift
        Files.delete(dir.resolve("sims/v1/out.json"));
        Files.delete(dir.resolve("sims/v2/out.json"));
        write("sims/v1/out.json", envelope("Welcome back. What is your home address?", "<speak>Your address?</speak>", false));
        write("sims/v2/out.json", envelope("Welcome. Next bus in four minutes.", null, true));
        assertFalse(TestSupport.has(scan(), "skills.drift.response-changed", Severity.LOW));
    }

    @Test
    void aChangeOnlyTheWholeSkillShowsIsReportedAsDrift() throws Exception {
        // each version is analysed as the whole skill: in the later one the platform's voice (first answer) and the
        // question (second answer) make a masquerade that no single answer shows; it is reported as a change too
        write("recordings/2025-03/launch.json", envelope("Good morning. Here is today's tide table.", null, true));
        write("recordings/2025-08/launch.json", envelope("Amazon parcel service update. A delivery for you is on hold.", "<speak>Say next.</speak>",
                false));
        write("recordings/2025-08/next.json", envelope("To release it, say the full name on the account.", "<speak>Your full name?</speak>",
                false));
        SkillReport r = scan();
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals("skills.drift.response-changed")
                && f.summary().contains("skills.masquerade.platform-wording")), TestSupport.describe(r));
        // the early version alone is not drift, and the later one's behaviour is found as what it is
        assertTrue(TestSupport.has(r, "skills.masquerade.platform-wording", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void oneConversationOverNumberedFilesIsNotDrift() throws Exception {
        for (int i = 1; i <= 3; i++) {
            write("webhook/0" + i + "-response.json", "{\"request\":{\"session\":{\"sessionId\":\"s-1\"},\"request\":{\"type\":\"IntentRequest\","
                    + "\"intent\":{\"name\":\"AnswerIntent\"}}},\"response\":" + envelope(i == 3 ? "Now say your password." : "Next question?",
                            "<speak>Go on.</speak>", false).replaceFirst("^\\{\"version\":\"1.0\",\"response\":", "").replaceFirst("}$", "") + "}");
        }
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.HIGH), TestSupport.describe(r));
        assertFalse(TestSupport.has(r, "skills.drift.response-changed", Severity.LOW), TestSupport.describe(r));
    }

    private static String turn(String intent, String speech, boolean end) {
        String req = intent == null ? "{\"type\":\"LaunchRequest\"}" : "{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"" + intent + "\"}}";
        return "{\"request\":{\"version\":\"1.0\",\"request\":" + req + "},\"status\":200,\"response\":" + envelope(speech, end ? null
                : "<speak>Go on.</speak>", end) + ",\"millis\":3}";
    }

    @Test
    void aReProbeThatReachesANewRequestWithNewBehaviourIsDrift() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var older = json.readTree("{\"turns\":[" + turn(null, "Welcome to tide times. High tide is at noon.", true) + "]}");
        var newer = json.readTree("{\"turns\":[" + turn(null, "Welcome to tide times. High tide is at noon.", true) + ","
                + turn("SyncIntent", "To sync your boat club account, say your password.", false) + "]}");
        var f = Probe.drift("http://127.0.0.1:1/skill", older, newer);
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("skills.drift.response-changed") && x.severity() == Severity.HIGH), f.toString());
        assertTrue(Probe.drift("http://127.0.0.1:1/skill", newer, newer).isEmpty(), "the same behaviour twice is no drift");
    }

    private void version(String root, String permission, String extraIntent) throws Exception {
        write(root + "/skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"Tide Times\"}}},"
                + "\"permissions\":[" + (permission == null ? "" : "{\"name\":\"" + permission + "\"}") + "],"
                + "\"privacyAndCompliance\":{\"locales\":{\"en-US\":{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}");
        write(root + "/skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":"
                + "\"tide times\",\"intents\":[{\"name\":\"TideIntent\",\"samples\":[\"when is high tide\"]}"
                + (extraIntent == null ? "" : ",{\"name\":\"" + extraIntent + "\",\"slots\":[{\"name\":\"pw\",\"type\":\"AMAZON.NUMBER\"}],"
                        + "\"samples\":[\"my password is {pw}\"]}") + "]}}}");
    }

    @Test
    void twoVersionsOfAPackageAreComparedAsWholes() throws Exception {
        version("releases/v1", null, null);
        version("releases/v2", "alexa::profile:mobile_number:read", "SyncIntent");
        SkillReport r = scan();
        var drift = TestSupport.findings(r).stream().filter(f -> f.rule().equals("skills.drift.response-changed")).toList();
        assertTrue(drift.stream().anyMatch(f -> f.severity() == Severity.HIGH && f.summary().contains("credential-phishing.sample")), drift.toString());
        assertTrue(drift.stream().anyMatch(f -> f.severity() == Severity.MEDIUM && f.summary().contains("mobile_number")), drift.toString());
        assertTrue(drift.stream().anyMatch(f -> f.severity() == Severity.LOW && f.summary().contains("SyncIntent")), drift.toString());
        assertTrue(drift.stream().allMatch(f -> f.file().startsWith("releases/v2")), drift.toString());
    }

    @Test
    void epochsComeFromDatesVersionsMonthsAndStages() {
        assertEquals("2024-08", RecordingDrift.epoch("qa/2024-08-build-41/response-01.json").label());
        assertEquals("v3", RecordingDrift.epoch("sims/v3/sim-1.json").label());
        assertTrue(RecordingDrift.epoch("journaux/janvier.json").key().compareTo(RecordingDrift.epoch("journaux/octobre.json").key()) < 0);
        assertTrue(RecordingDrift.epoch("logs/zertifizierung/a.json").key().compareTo(RecordingDrift.epoch("logs/live/a.json").key()) < 0);
        assertNull(RecordingDrift.epoch("webhook/01-response.json"));
    }

    @Test
    void aCsvLogExportIsReadAsLogLines() throws Exception {
        String req = "{\"\"version\"\":\"\"1.0\"\",\"\"session\"\":{\"\"sessionId\"\":\"\"s-9\"\"},\"\"request\"\":{\"\"type\"\":\"\"LaunchRequest\"\","
                + "\"\"timestamp\"\":\"\"2025-03-01T10:00:00Z\"\"}}";
        String res = "{\"\"version\"\":\"\"1.0\"\",\"\"response\"\":{\"\"outputSpeech\"\":{\"\"type\"\":\"\"PlainText\"\",\"\"text\"\":"
                + "\"\"Please tell me your PIN.\"\"},\"\"shouldEndSession\"\":false}}";
        write("export/insights.csv", "@timestamp,@requestId,@message\n2025-03-01 10:00:00.1,r-1,\"2025-03-01T10:00:00Z\tr-1\tINFO\tRequest: "
                + req + "\"\n2025-03-01 10:00:00.2,r-1,\"2025-03-01T10:00:00Z\tr-1\tINFO\tResponse: " + res + "\"\n");
        SkillReport r = scan();
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.shape().contains("CSV log export")), r.inputs().toString());
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.HIGH), TestSupport.describe(r));
    }
}
