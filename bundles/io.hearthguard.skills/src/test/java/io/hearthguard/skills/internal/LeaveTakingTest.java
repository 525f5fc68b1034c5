package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.skills.SkillReport;
import io.hearthguard.skills.internal.Model.Intent;
import io.hearthguard.skills.internal.Model.Sample;
import io.hearthguard.skills.internal.Model.Slot;

/** The user asking to leave in their own words, and a skill's own intent for leaving (cases written for this test). */
class LeaveTakingTest {
    @TempDir
    Path dir;

    @Test
    void wholeUtterancesThatAskToLeaveInEachLanguage() {
        for (String u : List.of("stop", "I'm done", "Alexa, that's all, thanks", "j'arrête", "Bon, j’arrête pour aujourd'hui", "das war's",
                "tschüss", "ya está, gracias", "ho finito", "chega", "tchau", "もういい", "おしまい")) {
            assertTrue(LeaveTaking.said(u), u);
        }
        for (String u : List.of("stop the timer", "done with level one", "ciao", "salut", "au revoir means goodbye", "what does tchau mean",
                "", "enough sugar")) {
            assertFalse(LeaveTaking.said(u), u);
        }
        assertFalse(LeaveTaking.said(null));
        assertFalse(LeaveTaking.said("stop ".repeat(40)), "long utterances are not looked at");
    }

    private static Intent intent(String name, List<Slot> slots, String... samples) {
        return new Intent(name, slots, List.of(samples).stream().map(s -> new Sample(s, "m.json", "")).toList(), "m.json", "");
    }

    @Test
    void anIntentIsTheWayOutWhenMostOfItsSamplesAreLeaveWords() {
        assertTrue(LeaveTaking.intent(intent("quitter", List.of(), "j'arrête", "au revoir", "on arrête là")));
        assertFalse(LeaveTaking.intent(intent("AnswerIntent", List.of(new Slot("w", "AMAZON.SearchQuery", "")), "stop", "{w}")),
                "an intent with a slot receives content");
        assertFalse(LeaveTaking.intent(intent("ScoreIntent", List.of(), "what is my score", "how many points", "stop")));
        assertFalse(LeaveTaking.intent(intent("AMAZON.StopIntent", List.of(), "stop")), "the built-in intents are known by name");
    }

    private static final String MODEL = "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"grille du jour\",\"intents\":["
            + "{\"name\":\"FinIntent\",\"slots\":[],\"samples\":[\"j'arrête\",\"c'est tout\",\"au revoir\"]},"
            + "{\"name\":\"MotIntent\",\"slots\":[{\"name\":\"mot\",\"type\":\"MOTS\"}],\"samples\":[\"le mot est {mot}\",\"{mot}\"]}],"
            + "\"types\":[{\"name\":\"MOTS\",\"values\":[{\"name\":{\"value\":\"chat\"}},{\"name\":{\"value\":\"au revoir\"}}]}]}}}";

    private SkillReport scan(String intent, String said, String speech) throws Exception {
        TestSupport.write(dir, "skill-package/interactionModels/custom/fr-FR.json", MODEL);
        TestSupport.write(dir, "journal/pairs.jsonl", "{\"request\":{\"session\":{\"sessionId\":\"s1\"},\"request\":{\"type\":\"IntentRequest\","
                + "\"intent\":{\"name\":\"" + intent + "\"}}},\"utterance\":\"" + said + "\",\"response\":{\"version\":\"1.0\",\"response\":"
                + "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"},\"shouldEndSession\":false}}}\n");
        return new Analyzer(null).analyze(dir);
    }

    @Test
    void aGoodbyeAnsweringTheSkillsOwnWayOutThatKeepsListeningIsAFakeGoodbye() throws Exception {
        SkillReport r = scan("FinIntent", "j'arrête", "Au revoir et à bientôt pour une nouvelle grille !");
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals("skills.fake-goodbye.stop-keeps-listening")),
                TestSupport.describe(r));
    }

    @Test
    void aQuizThatTakesLeaveWordsAsAnAnswerAndGoesOnIsNotFlagged() throws Exception {
        SkillReport r = scan("MotIntent", "au revoir", "Bravo ! Au revoir veut dire goodbye. Et comment dit-on merci ?");
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.category().equals("fake-goodbye")), TestSupport.describe(r));
    }
}
