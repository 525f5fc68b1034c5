package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Recordings kept in more of the shapes people have (written for this test): requests and responses as JSON strings
 * inside another document (a Postman collection), the output of {@code sam local invoke} ({@code .out}), request/response
 * pairs as YAML flow mappings, and a Dialogflow agent's display name as the Action's invocation name.
 */
class MoreRecordingShapesTest {
    @TempDir
    Path dir;

    private static final String OPEN_SILENT = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":"
            + "\"<speak>Sorry, this skill is not available right now. Goodbye.</speak>\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\","
            + "\"ssml\":\"<speak><break time='10s'/></speak>\"}},\"shouldEndSession\":false}}";
    private static final String LAUNCH = "{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s-9\"},\"request\":{\"type\":\"LaunchRequest\","
            + "\"timestamp\":\"2026-02-01T10:00:00Z\"}}";

    private void write(String file, String text) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** @return {@code json} as a JSON string literal (a body kept as a string inside another document) */
    static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aPostmanCollectionWithRequestAndResponseAsStringsIsRead() throws Exception {
        write("postman/skill.postman_collection.json", "{\"info\":{\"name\":\"skill\"},\"item\":[{\"name\":\"launch\",\"request\":{\"method\":"
                + "\"POST\",\"body\":{\"mode\":\"raw\",\"raw\":" + quoted(LAUNCH) + "}},\"response\":[{\"name\":\"saved\",\"originalRequest\":"
                + "{\"method\":\"POST\",\"body\":{\"mode\":\"raw\",\"raw\":" + quoted(LAUNCH) + "}},\"code\":200,\"body\":" + quoted(OPEN_SILENT)
                + "}]}]}");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith(".postman_collection.json")), r.inputs().toString());
    }

    @Test
    void jsonStringsInsideJsonStringsAreReadOnlyAFewLevelsDeep() throws Exception {
        // a response wrapped in a string six times: read up to the nesting bound, never an error or a deep recursion
        String doc = OPEN_SILENT;
        for (int i = 0; i < 6; i++) {
            doc = "{\"request\":\"x\",\"body\":" + quoted(doc) + "}";
        }
        write("nested/doc.json", doc);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
        Files.writeString(dir.resolve("nested/doc.json"), "{\"request\":\"x\",\"body\":" + quoted("{\"request\":\"x\",\"body\":"
                + quoted(OPEN_SILENT) + "}") + "}");
        assertTrue(TestSupport.has(new Analyzer(null).analyze(dir), "skills.silent-keepalive.empty-reprompt", Severity.HIGH));
    }

    @Test
    void samLocalInvokeOutputIsRead() throws Exception {
        write("local/events/01.json", LAUNCH);
        write("local/output/01.out", "Invoking index.handler (nodejs18.x)\nSTART RequestId: 1f0c Version: $LATEST\nEND RequestId: 1f0c\n"
                + "REPORT RequestId: 1f0c\tDuration: 20.1 ms\n" + OPEN_SILENT + "\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void yamlPairsAreReadAndOtherYamlIsSkippedWithAReason() throws Exception {
        write("tests/run.recording.yaml", "# recorded by hand\nturns:\n- utterance: \"open the skill\"\n  request: " + LAUNCH + "\n  response: "
                + OPEN_SILENT + "\n");
        write("ci/pipeline.yml", "steps:\n  - run: npm test\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> !i.read() && i.file().endsWith("pipeline.yml") && i.reason().contains("YAML")),
                r.inputs().toString());
    }

    @Test
    void aDialogflowAgentIsInvokedByItsDisplayName() throws Exception {
        write("agent.json", "{\"displayName\":\"Harbor Ferries\",\"language\":\"en\",\"googleAssistant\":{\"googleAssistantCompatible\":true}}");
        write("intents/times.json", "{\"name\":\"times\",\"responses\":[{\"parameters\":[]}]}");
        write("intents/times_usersays_en.json", "[{\"data\":[{\"text\":\"when is the next ferry\"}]}]");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertEquals(java.util.List.of("Harbor Ferries"), r.skills().get(0).invocationNames(), TestSupport.describe(r));
    }

    private static final String STOP = "{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s-9\"},\"request\":{\"type\":\"IntentRequest\","
            + "\"intent\":{\"name\":\"AMAZON.StopIntent\"}}}";
    /** An answer to Stop that keeps the session open with an audible question: only a finding when its trigger is known. */
    private static final String OKAY_OPEN = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":"
            + "\"Okay.\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Still there?\"}},\"shouldEndSession\":false}}";

    @Test
    void aVcrCassetteWithBodiesAsQuotedYamlScalarsIsRead() throws Exception {
        // vcrpy keeps bodies as double-quoted YAML strings (escaped quotes), here one folded over two lines
        String res = quoted(OPEN_SILENT);
        int cut = res.indexOf("Goodbye.");
        write("tests/cassettes/launch.yaml", "interactions:\n- request:\n    body: " + quoted(LAUNCH) + "\n    method: POST\n  response:\n"
                + "    body:\n      string: " + res.substring(0, cut) + "\n        " + res.substring(cut) + "\n    status:\n      code: 200\n"
                + "- request:\n    body: '" + STOP.replace("'", "''") + "'\n  response:\n    body:\n      string: '" + OKAY_OPEN + "'\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.CRITICAL), TestSupport.describe(r));
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.stop-keeps-listening", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void aYamlScalarThatNeverClosesIsLeftAsItIs() {
        String text = "a: '{\"y\": 2}'\nb: \"{\\\"x\\\": 1\nc: 3\n";
        assertEquals("a: {\"y\": 2}\nb: \"{\\\"x\\\": 1\nc: 3\n", Recordings.yamlScalars(text));
        assertEquals("k: {\"a\": \"it's\"}\n", Recordings.yamlScalars("k: '{\"a\": \"it''s\"}'\n"));
    }

    @Test
    void aJupyterNotebookIsReadCellByCell() throws Exception {
        // nbformat sorts keys: a cell's outputs come before its source, and text is kept as arrays of lines
        String printed = OKAY_OPEN.replace("{\"version\"", "{\n \"version\"");
        StringBuilder lines = new StringBuilder();
        for (String l : printed.split("(?<=\n)")) {
            lines.append(lines.length() == 0 ? "" : ",").append(quoted(l).replace("\n", "\\n"));
        }
        String q3 = "'''";
        write("notebooks/smoke.ipynb", "{\"cells\":[{\"cell_type\":\"code\",\"execution_count\":2,\"metadata\":{},\"outputs\":[{\"name\":"
                + "\"stdout\",\"output_type\":\"stream\",\"text\":[" + lines + "]}],\"source\":[" + quoted("req = json.loads(r" + q3 + STOP
                + q3 + ")\n").replace("\n", "\\n") + "," + quoted("print(json.dumps(call(req), indent=1))") + "]}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.stop-keeps-listening", Severity.MEDIUM), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith(".ipynb")), r.inputs().toString());
    }

    @Test
    void samOutputNamingItsEventFileTakesThatRequestAsTrigger() throws Exception {
        write("events/01-stop.json", STOP);
        write("events/02-launch.json", LAUNCH);
        write("events/sam-output.txt", "$ sam local invoke SkillFunction -e events/01-stop.json\nSTART RequestId: 9c74\nEND RequestId: 9c74\n"
                + OKAY_OPEN + "\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.stop-keeps-listening", Severity.MEDIUM), TestSupport.describe(r));
        // the same output without the event argument: the answer is taken as the last request's (the launch): no finding
        write("events/sam-output.txt", "START RequestId: 9c74\nEND RequestId: 9c74\n" + OKAY_OPEN + "\n");
        assertTrue(TestSupport.findings(new Analyzer(null).analyze(dir)).isEmpty(), TestSupport.describe(new Analyzer(null).analyze(dir)));
    }

    @Test
    void anOlderJestSnapshotWithPrototypeLabelsIsRead() throws Exception {
        // the snapshot format before Jest 29: "Object {", "Array [" and a comma after every last member
        write("test/__snapshots__/skill.test.js.snap", "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`launch 1`] = `\nObject {\n"
                + "  \"response\": Object {\n    \"directives\": Array [],\n    \"outputSpeech\": Object {\n      \"ssml\": \"<speak>Sorry, this skill is"
                + " not available right now. Goodbye.</speak>\",\n      \"type\": \"SSML\",\n    },\n    \"reprompt\": Object {\n      \"outputSpeech\":"
                + " Object {\n        \"ssml\": \"<speak><break time='10s'/></speak>\",\n        \"type\": \"SSML\",\n      },\n    },\n"
                + "    \"shouldEndSession\": false,\n  },\n  \"version\": \"1.0\",\n}\n`;\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void aJestSnapshotsTemplateStringEscapesAreUndone() throws Exception {
        // round 12: Jest writes every backslash of a template string twice, so a JSON string's \" stands as \\" in the
        // .snap file; a backtick and ${ are escaped too. The object is read once the escapes go; the name's backtick as well
        write("test/__snapshots__/voice.test.js.snap", "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`ask \\`story\\` 1`] = `\n{\n"
                + "  \"response\": {\n    \"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Once upon a time. The end. Costs \\${0}.\"},\n"
                + "    \"reprompt\": {\"outputSpeech\": {\"type\": \"SSML\", \"ssml\": \"<speak><break time=\\\\\"10s\\\\\"/></speak>\"}},\n"
                + "    \"shouldEndSession\": false\n  },\n  \"version\": \"1.0\"\n}\n`;\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("voice.test.js.snap")), r.inputs().toString());
        assertEquals("a \\ b ` c ${d} \\\\\"", Recordings.jestTemplate("a \\\\ b \\` c \\${d} \\\\\\\""));
    }

    @Test
    void aJest29SnapshotWithTrailingCommasButNoLabelsIsRead() throws Exception {
        // round 13: Jest 29 prints plain braces but keeps a comma after every last member; before, such a file was skipped
        // ("line(s) … without a readable JSON object") unless it also had the older "Object {" labels
        write("lambda/__tests__/__snapshots__/handler.test.js.snap", "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`launch 1`] = `\n{\n"
                + "  \"response\": {\n    \"outputSpeech\": {\n      \"text\": \"Your lights are on, and so is the porch.\",\n      \"type\": \"PlainText\",\n    },\n"
                + "    \"reprompt\": {\n      \"outputSpeech\": {\n        \"ssml\": \"<speak><break time='10s'/></speak>\",\n        \"type\": \"SSML\",\n      },\n"
                + "    },\n    \"shouldEndSession\": false,\n  },\n  \"version\": \"1.0\",\n}\n`;\n");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("handler.test.js.snap")), r.inputs().toString());
        // a comma inside a string stays: only one before a closing bracket goes
        assertEquals("{\"a\": \"x, y\"}", Recordings.jestPrettyFormat("{\"a\": \"x, y\",}"));
    }

    @Test
    void anActionsBuilderScenesNoInputPromptsAreWhatItSaysWhileListening() throws Exception {
        String scene = "intentEvents:\n- intent: answer\n  handler:\n    webhookHandler: answer\n  transitionToScene: Main\n"
                + "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n"
                + "          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n"
                + "- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n"
                + "          firstSimple:\n            variants:\n            - speech: Are you still there?\n";
        write("sdk/custom/scenes/Main.yaml", scene);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("Main.yaml")), r.inputs().toString());
        // audible no-input prompts ("Which fish? Say A, B or C.") keep listening the way every Action does: nothing to report
        write("sdk/custom/scenes/Main.yaml", scene.replace("<speak><break time=\"10s\"/></speak>", "Which fish? Say A, B or C."));
        assertTrue(TestSupport.findings(new Analyzer(null).analyze(dir)).stream().noneMatch(f -> f.severity().atLeast(Severity.MEDIUM)),
                TestSupport.describe(new Analyzer(null).analyze(dir)));
    }

    @Test
    void yamlFullOfUnclosedScalarsAndEventLinesIsReadInOnePassWithoutFindings() throws Exception {
        // 50,000 scalars that never close and 50,000 runner lines naming event files that do not exist: bounded work, no error
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.append("k").append(i).append(": \"{\\\"response\\\": \\uD801\n");
        }
        write("tests/cassettes/bad.yaml", b.toString());
        write("events/01.json", LAUNCH);
        write("events/run.txt", "$ sam local invoke Fn -e events/none.json\n".repeat(50_000));
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> !i.read() && i.file().endsWith("bad.yaml")), r.inputs().toString());
    }

    @Test
    void dialogflowsNoInputPromptsAreTheReprompt() throws Exception {
        // Dialogflow's Actions on Google payload keeps the no-input prompts at its top, not under expectedInputs
        write("df/fulfillment-log.json", "[{\"request\":{\"session\":\"projects/p/agent/sessions/s1\",\"queryResult\":{\"queryText\":"
                + "\"read the tides\",\"intent\":{\"displayName\":\"tides\"}}},\"response\":{\"fulfillmentText\":\"High water at six.\","
                + "\"payload\":{\"google\":{\"expectUserResponse\":true,\"richResponse\":{\"items\":[{\"simpleResponse\":{\"textToSpeech\":"
                + "\"High water at six.\"}}]},\"noInputPrompts\":[{\"textToSpeech\":\"<speak><break time=\\\"10s\\\"/></speak>\"}]}}}}]");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
    }
}
