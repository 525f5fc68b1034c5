package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 25b: precision as methods, on skills written for this test (no sentence taken from an evaluation set), each honest
 * form beside dishonest twins in several languages.
 * <ul>
 * <li>A game's next round: a quiz whose model has one answer channel (an intent or slot named as the answer, the only intent
 * that takes a slot) and that asks open questions keeps that channel at low even when the quiz also fakes a goodbye at
 * Stop (the goodbye is its own finding); a capture intent, a slot merely named like a question's word, an answer intent
 * beside another slotted intent, or an answer intent in a skill that asks nothing stay high.</li>
 * <li>What Cancel does to the session: an answer to Cancel that undoes a step and reprompts audibly with a question ("Okay,
 * no garlic yet." / "Shall I start the timer?") returns to the skill's own conversation; a goodbye in it, a silent reprompt,
 * or the same answer to Stop are still findings.</li>
 * <li>What a turn does to the session, for personal data: an answer that names the data, carries the platform's consent card
 * for it and closes the session receives nothing by voice (the permission is judged as a permission); the same words in
 * an open session, or closing without a consent request, are still a request.</li>
 * </ul>
 */
class Round25bMethodsTest {
    @TempDir
    Path dir;


    private int n;


    private static String turn(String intent, String speech, String reprompt) {
        String request = intent == null ? "{\"type\":\"LaunchRequest\"}" : "{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"" + intent + "\"}}";
        return "{\"request\":{\"request\":" + request + "},\"response\":{\"version\":\"1.0\",\"response\":{"
                + "\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + TestSupport.jsonEscape(speech) + "\"}"
                + (reprompt == null ? "" : ",\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>" + TestSupport.jsonEscape(reprompt) + "</speak>\"}}")
                + ",\"shouldEndSession\":false}}}";
    }

    /** One skill with a game listing and a policy, the given custom intents, and its turns recorded in one JSON-lines file. */
    private SkillReport scan(String lang, String intentsJson, String... turns) throws Exception {
        Path d = dir.resolve("s" + n++);
        String loc = TestSupport.LOCALES.get(lang);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + loc
                + "\":{\"name\":\"quiz night\",\"summary\":\"A quiz.\",\"description\":\"A quiz.\"}},\"category\":\"GAMES\"},"
                + "\"apis\":{\"custom\":{}},\"manifestVersion\":\"1.0\",\"privacyAndCompliance\":{\"isChildDirected\":false,"
                + "\"locales\":{\"" + loc + "\":{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + loc + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"quiz night\",\"intents\":[" + intentsJson
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]},{\"name\":\"AMAZON.CancelIntent\",\"samples\":[]}]}}}");
        TestSupport.write(d, "recordings/turns.jsonl", String.join("\n", turns) + "\n");
        return new Analyzer(null, null).analyze(d);
    }

    private static String bare(String intent, String slot) {
        return "{\"name\":\"" + intent + "\",\"slots\":[{\"name\":\"" + slot + "\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"{" + slot + "}\"]},";
    }

    private static boolean catchAll(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals(Rule.CATCH_ALL_SLOT.category) && f.severity().atLeast(Severity.MEDIUM));
    }

    private static boolean fakeGoodbye(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals(Rule.FAKE_GOODBYE_WORDING.category) && f.severity().atLeast(Severity.MEDIUM));
    }

    // --- a game's next round

    /** {question, answer, goodbye at Stop} per language, written for this test. */
    private static final String[][] QUIZ = {
        {"en", "Round two: which planet is the largest?", "Correct! Which river is the longest?", "Goodbye, thanks for playing!"},
        {"de", "Zweite Runde: welcher Planet ist der größte?", "Richtig! Welcher Fluss ist der längste?", "Tschüss, danke fürs Spielen!"},
        {"fr", "Deuxième manche : quelle est la plus grande planète ?", "Bravo ! Quel fleuve est le plus long ?", "Au revoir, merci d'avoir joué !"},
        {"es", "Segunda ronda: ¿cuál es el planeta más grande?", "¡Correcto! ¿Cuál es el río más largo?", "¡Adiós, gracias por jugar!"},
        {"it", "Secondo round: qual è il pianeta più grande?", "Esatto! Qual è il fiume più lungo?", "Arrivederci, grazie per aver giocato!"},
        {"pt", "Segunda rodada: qual é o maior planeta?", "Certo! Qual é o rio mais longo?", "Tchau, obrigado por jogar!"},
        {"ja", "第二問：いちばん大きい惑星はどれ？", "正解！いちばん長い川はどれ？", "さようなら、遊んでくれてありがとう！"},
    };
    private static final Map<String, String[]> ANSWER = Map.of("en", new String[] {"AnswerIntent", "answer"}, "de", new String[] {"AntwortIntent", "antwort"},
            "fr", new String[] {"ReponseIntent", "rep"}, "es", new String[] {"RespuestaIntent", "r"}, "it", new String[] {"RispostaIntent", "risposta"},
            "pt", new String[] {"RespostaIntent", "resposta"}, "ja", new String[] {"KotaeIntent", "kotae"});

    @Test
    void givenAQuizThatFakesAGoodbye_whenItsOneAnswerChannelFollowsItsOwnQuestions_thenTheGoodbyeIsFoundAndTheChannelIsLow() throws Exception {
        for (String[] q : QUIZ) {
            String[] a = ANSWER.get(q[0]);
            SkillReport r = scan(q[0], bare(a[0], a[1]), turn(null, q[1], q[1]), turn(a[0], q[2], q[2]), turn("AMAZON.StopIntent", q[3], "  "));
            assertTrue(fakeGoodbye(r), q[0] + "\n" + TestSupport.describe(r));
            assertFalse(catchAll(r), q[0] + "\n" + TestSupport.describe(r));
        }
    }

    @Test
    void givenTheSameQuiz_whenTheChannelIsACaptureIntentOrNotTheOnlyOneOrTheSkillAsksNothing_thenCatchAllStaysHigh() throws Exception {
        for (String[] q : QUIZ) {
            String[] a = ANSWER.get(q[0]);
            String stop = turn("AMAZON.StopIntent", q[3], "  ");
            // a capture intent behind the same questions
            SkillReport capture = scan(q[0], bare("CaptureIntent", "anything"), turn(null, q[1], q[1]), stop);
            assertTrue(catchAll(capture), q[0] + " capture\n" + TestSupport.describe(capture));
            // the answer intent beside another intent that takes a slot
            SkillReport two = scan(q[0], bare(a[0], a[1]) + bare("NoteIntent", "note"), turn(null, q[1], q[1]), stop);
            assertTrue(catchAll(two), q[0] + " two channels\n" + TestSupport.describe(two));
            // the answer intent in a skill that asks no question: a fake error, then the open microphone
            SkillReport none = scan(q[0], bare(a[0], a[1]), turn(null, "There was a problem with the requested skill's response.", "  "), stop);
            assertTrue(catchAll(none), q[0] + " asks nothing\n" + TestSupport.describe(none));
        }
        // a slot named like a word of the question ("your mood") in a skill that keeps listening after a goodbye: not an answer channel
        SkillReport mood = scan("en", bare("MoodIntent", "mood"), turn(null, "How is your mood tonight?", "How is your mood tonight?"),
                turn("AMAZON.StopIntent", "Goodbye!", "  "));
        assertTrue(catchAll(mood), TestSupport.describe(mood));
    }

    @Test
    void givenAQuizThatEndsProperly_whenScanned_thenItsAnswerChannelWasAndIsLow() throws Exception {
        for (String[] q : QUIZ) {
            String[] a = ANSWER.get(q[0]);
            SkillReport r = scan(q[0], bare(a[0], a[1]), turn(null, q[1], q[1]), turn(a[0], q[2], q[2]));
            assertFalse(catchAll(r), q[0] + "\n" + TestSupport.describe(r));
        }
    }

    // --- what Cancel does to the session

    /** {what Cancel undid, the audible question of the reprompt, a goodbye, a goodbye with thanks} per language. */
    private static final String[][] CANCEL = {
        {"en", "Okay, I won't add the garlic yet.", "Shall I start the ten-minute timer now?", "Okay, goodbye!", "Sure, goodbye and thanks for cooking with me!"},
        {"de", "Gut, den Knoblauch lassen wir noch weg.", "Soll ich den Timer jetzt starten?", "Gut, tschüss!", "Gut, tschüss und danke fürs Mitkochen!"},
        {"fr", "D'accord, pas d'ail pour l'instant.", "Je lance le minuteur maintenant ?", "D'accord, au revoir !", "D'accord, au revoir et merci d'avoir cuisiné !"},
        {"es", "Vale, todavía no añado el ajo.", "¿Pongo el temporizador ahora?", "Vale, ¡adiós!", "Vale, ¡adiós y gracias por cocinar conmigo!"},
        {"it", "Va bene, niente aglio per ora.", "Faccio partire il timer adesso?", "Va bene, arrivederci!", "Va bene, arrivederci e grazie per aver cucinato!"},
        {"pt", "Tudo bem, ainda sem alho.", "Quer que eu comece o timer agora?", "Tudo bem, tchau!", "Tudo bem, tchau e obrigado por cozinhar comigo!"},
        {"ja", "わかりました、にんにくはまだ入れません。", "タイマーを今スタートしますか？", "わかりました、さようなら！", "わかりました、さようなら、また一緒に作りましょう！"},
    };

    private static boolean stopFinding(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals(Rule.FAKE_GOODBYE_STOP.category) && f.severity().atLeast(Severity.MEDIUM));
    }

    @Test
    void givenCancelThatUndoesAStepAndAsksInItsReprompt_whenScanned_thenNoFakeGoodbye_butAGoodbyeASilentRepromptOrStopStill() throws Exception {
        String recipe = "{\"name\":\"StepIntent\",\"samples\":[\"next step\"]},";
        for (String[] c : CANCEL) {
            SkillReport honest = scan(c[0], recipe, turn("AMAZON.CancelIntent", c[1], c[2]));
            assertFalse(stopFinding(honest), c[0] + "\n" + TestSupport.describe(honest));
            SkillReport silent = scan(c[0], recipe, turn("AMAZON.CancelIntent", c[1], "<break time='8s'/>"));
            assertTrue(stopFinding(silent), c[0] + " silent\n" + TestSupport.describe(silent));
            SkillReport bye = scan(c[0], recipe, turn("AMAZON.CancelIntent", c[3], c[2]));
            assertTrue(stopFinding(bye), c[0] + " goodbye\n" + TestSupport.describe(bye));
            // a parting wish the goodbye tests read as a wish ("thanks for playing"), before an audible presence check
            SkillReport wish = scan(c[0], recipe, turn("AMAZON.CancelIntent", c[4], c[2]));
            assertTrue(stopFinding(wish), c[0] + " wish\n" + TestSupport.describe(wish));
            SkillReport stop = scan(c[0], recipe, turn("AMAZON.StopIntent", c[1], c[2]));
            assertTrue(stopFinding(stop), c[0] + " stop\n" + TestSupport.describe(stop));
        }
    }

    // --- a consent card in a closing turn

    private static String consentTurn(String speech, boolean open, boolean card) {
        return "{\"request\":{\"request\":{\"type\":\"LaunchRequest\"}},\"response\":{\"version\":\"1.0\",\"response\":{"
                + "\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + TestSupport.jsonEscape(speech) + "\"}"
                + (card ? ",\"card\":{\"type\":\"AskForPermissionsConsent\",\"permissions\":[\"alexa::devices:all:address:full:read\","
                        + "\"alexa::profile:mobile_number:read\"]}" : "")
                + ",\"shouldEndSession\":" + !open + "}}}";
    }

    private static boolean piiRequest(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals(Rule.PII_PROMPT.category) && f.severity().atLeast(Severity.MEDIUM));
    }

    private static final String[][] CONSENT = {
        {"en", "To send your parcel I need your home address and your mobile number. Please check the Alexa app."},
        {"es", "Para enviarte el paquete necesito tu dirección y tu teléfono. Revisa la app de Alexa."},
        {"fr", "Pour l'envoi, j'ai besoin de votre adresse et de votre numéro de téléphone. Consultez l'application Alexa."},
        {"pt", "Para enviar o pacote preciso do seu endereço e do seu telefone. Veja o app Alexa."},
    };

    @Test
    void givenAClosingAnswerThatCarriesTheConsentCard_whenScanned_thenNoVoiceRequest_butOpenOrWithoutTheCardStillOne() throws Exception {
        String intents = "{\"name\":\"TrackIntent\",\"samples\":[\"where is my parcel\"]},";
        for (String[] c : CONSENT) {
            SkillReport honest = scan(c[0], intents, consentTurn(c[1], false, true));
            assertFalse(piiRequest(honest), c[0] + "\n" + TestSupport.describe(honest));
            SkillReport open = scan(c[0], intents, consentTurn(c[1], true, true));
            assertTrue(piiRequest(open), c[0] + " open\n" + TestSupport.describe(open));
            SkillReport noCard = scan(c[0], intents, consentTurn(c[1], false, false));
            assertTrue(piiRequest(noCard), c[0] + " no card\n" + TestSupport.describe(noCard));
        }
    }
}
