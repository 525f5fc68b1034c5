package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Bespoken test scripts ({@code bst test}, YAML) as recordings: the utterances a developer's tests send and the prompts,
 * reprompts and session ends they expect (scripts written for this test in the syntax of Bespoken's public docs).
 */
class BespokenScriptTest {
    @TempDir
    Path dir;

    private static final String MODEL = "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"lantern tales\",\"intents\":["
            + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]},{\"name\":\"TaleIntent\",\"samples\":[\"tell me a tale\"]}]}}}";

    private void write(String file, String text) throws Exception {
        TestSupport.write(dir, file, text);
    }

    @Test
    void aStopAnsweredWithAFarewellWhileTheScriptExpectsTheSessionOpenIsAFakeGoodbye() throws Exception {
        write("skill-package/interactionModels/custom/en-US.json", MODEL);
        write("test/unit/tales.test.yml", """
                ---
                configuration:
                  locale: en-US
                  handler: lambda/index.handler
                ---
                - test: a tale, then stop
                - LaunchRequest:
                  - prompt: Welcome to lantern tales. Shall I tell you a tale?
                  - response.shouldEndSession: false
                - tell me a tale: "*"
                - AMAZON.StopIntent:
                  - prompt:
                    - Good night, sleep tight.
                    - Sweet dreams.
                  - reprompt: /^$/   # nothing is said, the microphone stays open
                  - response.shouldEndSession: false
                """);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("fake-goodbye")
                && f.severity().compareTo(Severity.HIGH) >= 0 && f.file().endsWith("tales.test.yml")), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("tales.test.yml")), r.inputs().toString());
    }

    @Test
    void aScriptWhoseStopEndsTheSessionGivesNoFinding() throws Exception {
        write("skill-package/interactionModels/custom/en-US.json", MODEL);
        write("test/e2e/tales.yml", """
                ---
                - test: open and stop
                - open lantern tales: welcome to lantern tales*
                - stop:
                  - response.outputSpeech.ssml =~ "Good night"
                  - response.shouldEndSession == true
                """);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.category().equals("fake-goodbye")), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("tales.yml")), r.inputs().toString());
    }

    @Test
    void aStopThatAsksAnAudibleQuestionIsWorthKnowingButAStopThatSaysItStopsAndListensIsNot() throws Exception {
        write("skill-package/interactionModels/custom/en-US.json", MODEL);
        String script = """
                ---
                - test: stop during a round
                - LaunchRequest:
                  - prompt: Round one. Which planet is the largest?
                  - reprompt: Which planet is the largest?
                - stop:
                  - prompt: "%s"
                  - reprompt: "%s"
                  - response.shouldEndSession: false
                """;
        write("test/round.test.yml", String.format(script, "Clock paused. Shall we play another round? Say yes or no.", "Another round, yes or no?"));
        SkillReport asks = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(asks).stream().filter(f -> f.category().equals("fake-goodbye"))
                .allMatch(f -> f.severity() == Severity.LOW), TestSupport.describe(asks));
        assertTrue(TestSupport.has(asks, "skills.fake-goodbye.stop-keeps-listening", Severity.LOW), TestSupport.describe(asks));
        write("test/round.test.yml", String.format(script, "Okay, stopping now.", "Is there anything else?"));
        SkillReport ends = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(ends).stream().anyMatch(f -> f.category().equals("fake-goodbye")
                && f.severity().compareTo(Severity.MEDIUM) >= 0), TestSupport.describe(ends));
    }

    @Test
    void turnsSessionsAndExpectationsAreReadAsTheScriptStatesThem() throws Exception {
        Recordings.Found f = Recordings.bespoken("t.yml", """
                ---
                - test: first
                - LaunchRequest: "Hello there"
                - GetScoreIntent Player=ann: /.*your score is.*/i
                - "what's new": "*"
                - cancel:
                  - prompt: ""
                  - response.shouldEndSession != true
                ---
                - test: second
                - open the app:
                  - Hi again  # a comment
                """);
        assertEquals(4, f.responses.size(), f.responses.toString());
        Model.Response launch = f.responses.get(0);
        assertEquals("LaunchRequest", launch.trigger());
        assertEquals("Hello there", launch.speech());
        assertFalse(launch.open(), "no reprompt and no session assertion: not known to stay open");
        assertEquals("your score is", f.responses.get(1).speech());
        Model.Response cancel = f.responses.get(2);
        assertEquals("AMAZON.CancelIntent", cancel.trigger());
        assertEquals("", cancel.speech(), "an expected empty prompt is silence");
        assertTrue(cancel.open());
        assertEquals("Hi again", f.responses.get(3).speech());
        assertNull(f.responses.get(3).trigger());
        assertEquals(4, f.sessions(), "a turn that does not stay open ends its session; each test begins one");
    }

    @Test
    void yamlThatIsNoTestScriptIsNotTakenForOne() throws Exception {
        assertFalse(Recordings.bespokenScript("steps:\n  - run: npm test\n"));
        assertFalse(Recordings.bespokenScript("---\nconfiguration:\n  locale: en-US\n"));
        assertNull(Recordings.bespoken("t.yml", "---\n- test: nothing expected\n- open the app\n"));
    }
}
