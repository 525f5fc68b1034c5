package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 34 (sets 80–85 development data after they were held out): what the seven Google permission misses of those sets
 * had in common — {@code gactions pull} writes a slot's keys in alphabetical order, so the permission list
 * ({@code config}) comes before the slot's type and the reader, which looked only after the type, saw no permission.
 */
class Round34Test {
    @TempDir
    Path dir;

    /** A slot as the Actions console exports it: commitBehavior, config, name, required, type. */
    private static final String PULLED_SCENE = """
            conditionalEvents:
            - condition: scene.slots.status == "FINAL"
              handler:
                webhookHandler: permission_result
            slots:
            - commitBehavior:
                writeSessionParam: permission
              config:
                '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
                context: "To improve your experience"
                permissions:
                - NAME
                - DEVICE_PRECISE_LOCATION
              name: permission
              required: true
              type:
                name: actions.type.Permission
            - name: other
              type:
                name: actions.type.Number
              config:
                permissions:
                - NOT_A_PERMISSION_SLOT
            """;

    @Test
    void aPermissionSlotIsReadWhateverTheOrderOfItsKeys() throws Exception {
        List<String[]> ps = PackageLoader.scenePermissions(PULLED_SCENE);
        assertEquals(2, ps.size(), "the two permissions of the permission slot, not the list of the number slot");
        assertEquals("NAME", ps.get(0)[0]);
        assertEquals("DEVICE_PRECISE_LOCATION", ps.get(1)[0]);
        assertEquals("line 12", ps.get(0)[1]);
        assertEquals("To improve your experience", ps.get(0)[2]);

        TestSupport.write(dir, "sdk/settings/settings.yaml", "defaultLocale: en\nprojectId: p\ncategory: GAMES_AND_TRIVIA\nlocalizedSettings:\n"
                + "  displayName: Joke Jar\n  shortDescription: A new dad joke every time.\n  privacyPolicyUrl: https://example.org/privacy\n");
        TestSupport.write(dir, "sdk/custom/scenes/AskPermission.yaml", PULLED_SCENE);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.excessive-permissions.unneeded", Severity.MEDIUM), TestSupport.describe(r));
    }

    private void model(Path d, String locale, String invocation) throws Exception {
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"" + invocation + "\",\"intents\":[{\"name\":\"RoadIntent\",\"slots\":[],\"samples\":[\"traffic news\"]},"
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
    }

    /** Set 82's analytics stream: one turn per line, the speech, reprompt and session state in flat fields of their own. */
    @Test
    void aTurnWrittenFlatIsARecordedTurn() throws Exception {
        model(dir, "en-GB", "motorway news");
        String session = "amzn1.echo-api.session.1";
        TestSupport.write(dir, "analytics/stream.jsonl", String.join("\n",
                "{\"event_time\": \"2025-03-03T10:05:00Z\", \"session_id\": \"" + session + "\", \"request_type\": \"LaunchRequest\", \"intent\": null, "
                        + "\"utterance\": \"open motorway news\", \"output_ssml\": \"<speak>Which road?</speak>\", \"reprompt_ssml\": \"<speak>Which road?</speak>\", "
                        + "\"should_end_session\": false}",
                "{\"event_time\": \"2025-03-03T10:05:18Z\", \"session_id\": \"" + session + "\", \"request_type\": \"IntentRequest\", "
                        + "\"intent\": \"AMAZON.StopIntent\", \"utterance\": \"stop\", \"output_ssml\": \"<speak>Stopping now. Drive safely!</speak>\", "
                        + "\"reprompt_ssml\": \"<speak>Another road?</speak>\", \"should_end_session\": false}"));
        // a translation file's entry has speech and reprompt too, but no turn around it: not a recording
        TestSupport.write(dir, "lambda/i18n/en.json", "{\"WELCOME\": {\"speech\": \"Goodbye!\", \"reprompt\": \"Anything else?\"}}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("fake-goodbye") && f.severity().atLeast(Severity.HIGH)
                && f.file().equals("analytics/stream.jsonl") && f.pointer().equals("line 2 /output_ssml")), TestSupport.describe(r));
        var read = r.inputs();
        assertTrue(read.stream().anyMatch(x -> x.read() && x.file().equals("analytics/stream.jsonl") && x.shape().contains("turn record") && x.responses() == 2),
                read.toString());
        assertTrue(read.stream().noneMatch(x -> x.file().equals("lambda/i18n/en.json") && x.responses() > 0), read.toString());
    }

    /** Set 83's analytics sheet: the request named by its intent, no column of what the user said. */
    @Test
    void aSheetOfTurnsThatNamesTheIntentsIsATranscript() throws Exception {
        model(dir, "de-DE", "tages quiz");
        TestSupport.write(dir, "export/analytics.csv", "timestamp,session_id,request_type,intent,slots,output_speech,reprompt,should_end_session\n"
                + "2025-05-02T19:00:12Z,s1,IntentRequest,AntwortIntent,\"{\"\"a\"\": \"\"1989\"\"}\",\"<speak>Richtig! Das war die letzte Frage.</speak>\","
                + "<speak><break time='10s'/><break time='10s'/></speak>,false\n");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    /** Set 82's Actions API test run (sendInteraction results): a goodbye after which the Action waits for the user. */
    @Test
    void anActionsApiTestRunIsARecordedConversation() throws Exception {
        TestSupport.write(dir, "sdk/settings/settings.yaml", "defaultLocale: en\nprojectId: p\nlocalizedSettings:\n  displayName: Fuel Finder\n");
        String turn = "{\"input\": {\"query\": \"%s\", \"type\": \"VOICE\"}, \"output\": {\"text\": \"%s\", \"speech\": [\"%s\"]}, "
                + "\"diagnostics\": {\"actionsBuilderEvents\": [{\"eventTime\": \"2025-04-01T09:1%d:00Z\", \"executionState\": {\"currentSceneId\": \"Start\"}, "
                + "\"intentMatch\": {\"intentId\": \"%s\"}, \"%s\": {}}]}}";
        TestSupport.write(dir, "test/results/run.jsonl", String.join("\n",
                turn.formatted("talk to fuel finder", "Which fuel?", "Which fuel?", 0, "actions.intent.MAIN", "waitingUserInput"),
                turn.formatted("that's all", "No worries. Cheers, goodbye!", "No worries. Cheers, goodbye!", 1, "Done", "waitingUserInput")));
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));

        // the same goodbye that ends the conversation is no finding
        TestSupport.write(dir, "test/results/run.jsonl", String.join("\n",
                turn.formatted("talk to fuel finder", "Which fuel?", "Which fuel?", 0, "actions.intent.MAIN", "waitingUserInput"),
                turn.formatted("that's all", "No worries. Cheers, goodbye!", "No worries. Cheers, goodbye!", 1, "Done", "endConversation")));
        SkillReport closed = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(closed).stream().noneMatch(f -> f.category().equals("fake-goodbye")), TestSupport.describe(closed));
    }

    /** Set 85's Cloud Logging export: the entry's message only names it; the webhook's request and response are fields beside it. */
    @Test
    void aStructuredLogEntryIsReadBesideItsMessage() throws Exception {
        TestSupport.write(dir, "agent.json", "{\"displayName\": \"Calm Minutes\", \"language\": \"en\"}");
        String request = "{\"responseId\": \"r1\", \"queryResult\": {\"queryText\": \"stop\", \"intent\": {\"displayName\": \"Stop\"}, \"languageCode\": \"en\"},"
                + " \"session\": \"projects/calm/agent/sessions/1\"}";
        String response = "{\"fulfillmentText\": \"Goodbye, be well.\", \"payload\": {\"google\": {\"expectUserResponse\": true, \"richResponse\": {\"items\":"
                + " [{\"simpleResponse\": {\"textToSpeech\": \"Goodbye, be well.\"}}]}, \"noInputPrompts\": [{\"textToSpeech\": \"<speak><break time=\\\"10s\\\"/></speak>\"}]}}}";
        TestSupport.write(dir, "logs/export.json", "[{\"insertId\": \"a\", \"jsonPayload\": {\"message\": \"Conversation request\", \"request\": " + request + "},"
                + " \"timestamp\": \"2025-04-22T19:00:00.100Z\", \"logName\": \"projects/calm/logs/cloudfunctions\"},"
                + " {\"insertId\": \"b\", \"jsonPayload\": {\"message\": \"Conversation response\", \"response\": " + response + "},"
                + " \"timestamp\": \"2025-04-22T19:00:00.300Z\", \"logName\": \"projects/calm/logs/cloudfunctions\"}]");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    /**
     * Set 83's Bespoken report: each interaction holds the raw request and response envelopes beside the test's own
     * expectation ({@code shouldEndSession}); the interaction is not a response itself.
     */
    @Test
    void aTestReportsInteractionIsReadThroughItsRawEnvelopes() throws Exception {
        model(dir, "en-US", "sleep piano");
        String req = "{\"version\": \"1.0\", \"session\": {\"new\": false, \"sessionId\": \"amzn1.echo-api.session.9\"}, "
                + "\"request\": {\"type\": \"IntentRequest\", \"requestId\": \"r2\", \"intent\": {\"name\": \"AMAZON.CancelIntent\"}}}";
        String res = "{\"version\": \"1.0\", \"response\": {\"outputSpeech\": {\"type\": \"SSML\", \"ssml\": \"<speak>Okay, cancelled. Goodbye!</speak>\"}, "
                + "\"reprompt\": {\"outputSpeech\": {\"type\": \"SSML\", \"ssml\": \"<speak><break time='8s'/><break time='8s'/></speak>\"}}, \"shouldEndSession\": false}}";
        TestSupport.write(dir, "test/bst/results.json", "{\"success\": true, \"testSuites\": [{\"name\": \"Timer\", \"tests\": [{\"interactions\": ["
                + "{\"utterance\": \"cancel\", \"passed\": true, \"rawRequest\": " + req + ", \"rawResponse\": " + res
                + ", \"transcript\": \"Okay, cancelled. Goodbye!\", \"shouldEndSession\": false}]}]}]}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("fake-goodbye") && f.severity().atLeast(Severity.HIGH)),
                TestSupport.describe(r));
    }

    /**
     * Set 85's deal finder: the location it asks for is what it needs, but its Actions Builder settings declare no privacy
     * policy — as for an Alexa skill, personal data without a policy is a pii-request finding; with the policy, none.
     */
    @Test
    void anActionsBuilderProjectAskingPersonalDataWithoutAPolicyIsFound() throws Exception {
        String settings = "defaultLocale: en\nprojectId: p\ncategory: SHOPPING\nlocalizedSettings:\n  displayName: Deal Finder\n"
                + "  shortDescription: Finds grocery deals near you.\n";
        TestSupport.write(dir, "sdk/settings/settings.yaml", settings);
        TestSupport.write(dir, "sdk/custom/scenes/AskPermission.yaml", PULLED_SCENE.replace("- NAME\n", "").replace("To improve your experience",
                "To find deals near you"));
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.pii-request.no-privacy-policy", Severity.MEDIUM), TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.category().equals("excessive-permissions") && f.severity().atLeast(Severity.MEDIUM)),
                "the location is what a deal finder near you needs: " + TestSupport.describe(r));

        TestSupport.write(dir, "sdk/settings/settings.yaml", settings + "  privacyPolicyUrl: https://example.org/privacy\n");
        SkillReport withPolicy = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(withPolicy).stream().noneMatch(f -> f.category().equals("pii-request") && f.severity().atLeast(Severity.MEDIUM)),
                TestSupport.describe(withPolicy));
    }
}
