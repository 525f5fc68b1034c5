package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/** Recordings in the shapes people keep them, recognised by content wherever they lie. */
class RecordingShapesTest {

    static Path recording(String name) {
        try {
            return Path.of(RecordingShapesTest.class.getResource("/recordings/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SkillReport scan(String name) throws Exception {
        return new Analyzer(null).analyze(recording(name));
    }

    private static SkillReport.Input input(SkillReport r, String file) {
        return r.inputs().stream().filter(i -> i.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not listed in " + r.inputs()));
    }

    private static void assertFinds(SkillReport r, String rule, Severity atLeast) {
        assertTrue(TestSupport.has(r, rule, atLeast), rule + " >= " + atLeast + " expected in\n" + TestSupport.describe(r));
    }

    @Test
    void givenPairsOneALineInATextFileDeepInTheFolder_whenScanned_thenTheStopAnswerIsJudgedAsAnswerToStop() throws Exception {
        SkillReport r = scan("pairs-lines");
        assertEquals(1, r.skills().size(), "the recording attaches to the skill of the package");
        assertFinds(r, Rule.SILENT_EMPTY_REPROMPT.id, Severity.HIGH);
        assertFinds(r, Rule.FAKE_GOODBYE_STOP.id, Severity.HIGH);
        SkillReport.Input in = input(r, "qa/runs/2025/session-export.txt");
        assertTrue(in.read());
        assertEquals("request/response pair", in.shape());
        assertEquals(3, in.responses());
        assertEquals(1, in.sessions());
    }

    @Test
    void givenAnArrayOfPairs_whenScanned_thenPinPhishingWhileListeningIsHigh() throws Exception {
        SkillReport r = scan("pairs-array");
        assertFinds(r, Rule.CREDENTIAL_PROMPT.id, Severity.HIGH);
        assertEquals(2, input(r, "data/history.json").responses());
    }

    @Test
    void givenASmapiSimulationResult_whenScanned_thenTheFakeGoodbyeIsCritical() throws Exception {
        SkillReport r = scan("smapi");
        assertFinds(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.CRITICAL);
        assertEquals("SMAPI invocation", input(r, "tests/out/result-7.json").shape());
    }

    @Test
    void givenAskDialogOutputAndAReplayFile_whenScanned_thenOutputIsReadAndReplayIsSkippedWithReason() throws Exception {
        SkillReport r = scan("ask-dialog");
        assertFinds(r, Rule.MASQUERADE_WORDING.id, Severity.HIGH);
        assertFinds(r, Rule.CREDENTIAL_PROMPT.id, Severity.CRITICAL);
        assertFinds(r, Rule.FAKE_GOODBYE_STOP.id, Severity.HIGH);
        SkillReport.Input replay = input(r, "dialog/replay.json");
        assertFalse(replay.read());
        assertTrue(replay.reason().contains("user inputs only"), replay.reason());
        assertEquals(2, input(r, "dialog/output.json").responses());
    }

    @Test
    void givenALambdaLogWithPrefixesAndAPrettyPrintedResponse_whenScanned_thenRequestIdsLinkTheStopAnswer() throws Exception {
        SkillReport r = scan("lambda-log");
        assertFinds(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.HIGH);
        assertFinds(r, Rule.SILENT_EMPTY_REPROMPT.id, Severity.HIGH);
        SkillReport.Input in = input(r, "logs/lambda-2025-03-01.log");
        assertEquals(2, in.responses());
    }

    @Test
    void givenACloudWatchJsonExport_whenScanned_thenMessagesAreReadAsLogLines() throws Exception {
        SkillReport r = scan("cloudwatch-json");
        assertFinds(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.HIGH);
        assertTrue(input(r, "export/filter-log-events.json").shape().contains("CloudWatch export"));
    }

    @Test
    void givenAHarFileWithABase64Body_whenScanned_thenTheFakeErrorIsFound() throws Exception {
        SkillReport r = scan("har");
        assertFinds(r, Rule.FAKE_GOODBYE_ERROR.id, Severity.CRITICAL);
        assertEquals("HAR", input(r, "network/endpoint-capture.har").shape());
    }

    @Test
    void givenAGoogleV2WebhookLog_whenTheUserSaysStopAndTheActionKeepsListening_thenItIsFound() throws Exception {
        SkillReport r = scan("google-v2");
        assertEquals("google-actions", r.skills().get(0).platform());
        assertFinds(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.HIGH);
        assertEquals(1, input(r, "webhook/requests.jsonl").sessions());
    }

    @Test
    void givenTheNewerGoogleWebhookShape_whenItAsksForAnEmail_thenPersonalDataIsFound() throws Exception {
        SkillReport r = scan("google-new");
        assertFinds(r, Rule.PII_PROMPT.id, Severity.MEDIUM);
        assertEquals("recording", r.skills().get(0).platform());
    }

    @Test
    void givenAProbeTranscriptUnderAnyName_whenScanned_thenItIsRead() throws Exception {
        SkillReport r = scan("probe-transcript");
        assertFinds(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.CRITICAL);
        assertEquals("probe transcript", input(r, "history/last.json").shape());
    }

    @Test
    void givenTwoSessionsOfTheSameRequests_whenTheLaterTurnsMalicious_thenDriftIsHigh() throws Exception {
        SkillReport r = scan("drift-sessions");
        assertFinds(r, Rule.DRIFT.id, Severity.HIGH);
        assertEquals(2, input(r, "recordings/all.jsonl").sessions());
    }

    @Test
    void givenTwoRecordingFilesWithoutSessionIds_whenTheLaterPhishes_thenDriftIsHigh() throws Exception {
        SkillReport r = scan("drift-files");
        assertFinds(r, Rule.DRIFT.id, Severity.HIGH);
        assertFinds(r, Rule.CREDENTIAL_PROMPT.id, Severity.HIGH);
    }

    @Test
    void givenBenignRecordingsWithChangingFactsAndACancelThatAsks_whenScanned_thenNothingAtMediumOrAbove() throws Exception {
        SkillReport r = scan("benign-sessions");
        assertFalse(TestSupport.findings(r).stream().anyMatch(f -> f.severity().atLeast(Severity.MEDIUM)), TestSupport.describe(r));
        assertEquals(5, input(r, "logs/conversations.log").responses());
        assertEquals(2, input(r, "logs/conversations.log").sessions());
        // round 10a: files of other types are read by content; a README without an envelope is listed with that reason
        assertTrue(input(r, "README.md").reason().contains("without a request or response envelope"), input(r, "README.md").reason());
        assertTrue(input(r, "logs/notes.txt").reason().contains("without JSON"));
    }

    @Test
    void givenARecordingPackage_whenWrittenAsJson_thenTheReportListsWhatWasReadAndSkipped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new SkillsCli(List.of()).run(List.of("scan", recording("ask-dialog").toString(), "--format", "json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        JsonNode n = SafeJson.parse("out", out.toString(StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
        assertTrue(n.at("/inputs/read").size() >= 2);
        assertEquals("dialog/replay.json", n.at("/inputs/skipped/0/file").asText());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new SkillsCli(List.of()).run(List.of("scan", recording("ask-dialog").toString()), new PrintStream(text, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String t = text.toString(StandardCharsets.UTF_8);
        assertTrue(t.contains("skipped  dialog/replay.json  dialog replay file"), t);
        assertTrue(t.contains("read     dialog/output.json  SMAPI invocation, 2 response(s)"), t);
    }

    @Test
    void givenResponsesWithoutRequestsInDatedFolders_whenTheLaterOneTurnsMalicious_thenDriftIsHigh() throws Exception {
        SkillReport r = scan("drift-folders");
        assertFinds(r, Rule.DRIFT.id, Severity.HIGH);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals(Rule.DRIFT.id) && f.summary().contains("launch.json")),
                TestSupport.describe(r));
    }

    @Test
    void givenUtterancesOrIntentNamesAsTextBesideResponses_whenTheUserSaysStop_thenTheAnswerIsJudgedAsAnswerToStop() throws Exception {
        SkillReport r = scan("utterance-pairs");
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals(Rule.FAKE_GOODBYE_STOP.id) && f.summary().contains("AMAZON.StopIntent")),
                TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals(Rule.FAKE_GOODBYE_STOP.id) && f.summary().contains("AMAZON.CancelIntent")),
                TestSupport.describe(r));
        assertEquals("utterance/response pair", input(r, "chat/history.json").shape());
    }

    @Test
    void givenConsoleInputAndOutputInSeparateFiles_whenScanned_thenTheOutputAnswersTheInputOfItsFolder() throws Exception {
        SkillReport r = scan("console-io");
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals(Rule.FAKE_GOODBYE_STOP.id) && f.file().endsWith("turn-2/output.json")),
                TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.file().endsWith("turn-1/output.json")), TestSupport.describe(r));
        assertFalse(input(r, "console/turn-1/input.json").read());
        assertEquals("requests only, no responses", input(r, "console/turn-1/input.json").reason());
    }

    @Test
    void givenADialogDirectiveWithoutShouldEndSession_whenTheSpeechIsSilent_thenTheOpenMicrophoneIsFound() throws Exception {
        assertFinds(scan("elicit-silent"), Rule.SILENT_UNPRONOUNCEABLE.id, Severity.CRITICAL);
    }
}
