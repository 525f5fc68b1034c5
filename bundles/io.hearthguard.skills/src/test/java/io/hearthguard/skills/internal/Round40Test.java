package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 40 (sets 122–127 development data after they were held out on round 39's end): Dutch and Hindi failures and health
 * questions, a close announced as coming, a goodbye before a question after Cancel, Jest snapshots' names, a farewell an
 * earlier recording closed with, a kind word after a popular name, alarm and lock codes, a skill introducing itself as the
 * maker's service, types of chatter, quiz questions about secrets, "pin" as a verb, a reprompt the code scanner cannot read,
 * e-mail as a channel — in words of our own.
 */
class Round40Test {
    @TempDir
    Path dir;

    private SkillReport turn(String locale, String intent, String response) throws Exception {
        TestSupport.oneTurn(dir, locale, "garden helper", intent, "go", response);
        return new Analyzer(null, null).analyze(dir);
    }

    private static boolean has(SkillReport r, String category) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals(category) && f.severity().atLeast(Severity.MEDIUM));
    }

    private static String speech(String text, String reprompt, boolean end) {
        return "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + text + "\"}"
                + (reprompt == null ? "" : ",\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + reprompt + "\"}}")
                + ",\"shouldEndSession\":" + end + "}";
    }

    @Test
    void dutchAndHindiFailuresAndACloseAnnouncedAsComing() throws Exception {
        SkillReport nl = turn("nl-NL", "InfoIntent", speech("Deze dienst is op dit moment niet beschikbaar. Probeer het straks opnieuw.", "Waarmee kan ik nog helpen?", false));
        assertTrue(has(nl, "fake-goodbye"), TestSupport.describe(nl));
        assertNotNull(Lexicon.retryLater(Text.norm("कृपया बाद में दोबारा प्रयास करें।")));
        assertNotNull(Lexicon.find(Lexicon.FAKE_ERROR, Text.norm("माफ़ कीजिए, कुछ गड़बड़ हो गई।")));
        assertNotNull(Lexicon.sessionClosed(Text.norm("Hubo un error y la skill se va a cerrar.")));
        assertNull(Lexicon.sessionClosed(Text.norm("La piscina se va a cerrar a las ocho, ¿quieres otro horario?")), "a place closing is news");
    }

    @Test
    void aGoodbyeBeforeAQuestionAfterCancelIsNoReturnToAStep() throws Exception {
        SkillReport bye = turn("de-DE", "AMAZON.CancelIntent", speech("Gut, tschüss! Übrigens, möchtest du noch ein Rezept?", null, false));
        assertTrue(has(bye, "fake-goodbye"), TestSupport.describe(bye));
        SkillReport ack = turn("es-ES", "AMAZON.CancelIntent", speech("Entrenamiento cancelado. ¿Probamos el de estiramientos?", "¿Probamos otro?", false));
        assertFalse(has(ack, "fake-goodbye"), "an acknowledged Cancel that asks on: " + TestSupport.describe(ack));
    }

    @Test
    void aJestSnapshotsNameGivesTheRequestAndAFarewellAnEarlierRecordingClosedWithStaysOne() throws Exception {
        String snap = "// Jest Snapshot v1\n\nexports[`tour > turn 2 AMAZON.StopIntent (stop) 1`] = `\n{\n  \"version\": \"1.0\",\n  \"response\": {\n"
                + "    \"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Sweet dreams under the stars!\"},\n"
                + "    \"reprompt\": {\"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Another constellation?\"}},\n"
                + "    \"shouldEndSession\": false,\n  },\n}\n`;\n";
        TestSupport.write(dir, "__tests__/__snapshots__/tour.test.js.snap", snap);
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-GB.json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"star tour\",\"intents\":[{\"name\":\"NextIntent\",\"samples\":[\"next\"]}]}}}");
        List<Model.Response> rs = PackageLoader.loadAll(dir).skills().get(0).responses;
        assertEquals("AMAZON.StopIntent", rs.get(0).trigger());

        Path drift = dir.resolve("drift");
        for (String[] v : new String[][] {{"2026-01", "true", ""}, {"2026-06", "false", ",\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Anything else?\"}}"}}) {
            TestSupport.write(drift, "logs/" + v[0] + "/turn.json", "{\"request\":{\"session\":{\"sessionId\":\"s-" + v[0] + "\"},\"request\":{\"type\":\"IntentRequest\","
                    + "\"timestamp\":\"" + v[0] + "-03T18:00:00Z\",\"intent\":{\"name\":\"ClockOutIntent\"}}},\"response\":{\"version\":\"1.0\",\"response\":{"
                    + "\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Clocked out at six. See you tomorrow!\"}" + v[2] + ",\"shouldEndSession\":" + v[1] + "}}}");
        }
        TestSupport.write(drift, "skill-package/interactionModels/custom/en-GB.json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"shift clock\",\"intents\":[{\"name\":\"ClockOutIntent\",\"samples\":[\"clock me out\"]}]}}}");
        SkillReport r = new Analyzer(null, null).analyze(drift);
        assertTrue(has(r, "drift") && has(r, "fake-goodbye"), TestSupport.describe(r));
    }

    @Test
    void aKindWordBesideAPopularNameKeepsItTheOtherSkills() {
        Catalog c = new Catalog();
        c.add("word ladder", 120);
        c.add("owl hoot", 2);
        Catalog.Match m = c.lookup("the word ladder game");
        assertNotNull(m);
        assertEquals("word ladder", m.known());
        assertNotNull(c.lookup("quiz word ladder"));
        assertNull(c.lookup("owl hoot quiz"), "an obscure name: the kind word alone says nothing");
    }

    @Test
    void alarmAndLockCodesAreSecrets() {
        assertNotNull(Requests.ask(Text.norm("To finish pairing, tell me your garage door code."), true));
        assertNotNull(Requests.ask(Text.norm("Nennen Sie bitte Ihren Alarmcode."), true));
        assertNotNull(Lexicon.credential(Text.norm("dime el código de la alarma")));
    }

    @Test
    void aSkillIntroducingItselfAsTheMakersServiceButNotAPlace() throws Exception {
        Path own = dir.resolve("own");
        TestSupport.write(own, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"Google Garden Helper\"}}}}}");
        TestSupport.oneTurn(own, "en-US", "garden helper", "LaunchRequest", "go", speech("Welcome to Google Garden, your plants' new home.", null, true));
        assertTrue(has(new Analyzer(null, null).analyze(own), "masquerade"));
        Path river = dir.resolve("river");
        TestSupport.write(river, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"Amazon River Facts\"}}}}}");
        TestSupport.oneTurn(river, "en-US", "river facts", "LaunchRequest", "go", speech("Welcome to Amazon River Facts.", null, true));
        assertFalse(has(new Analyzer(null, null).analyze(river), "masquerade"));
    }

    @Test
    void aTypeOfChatterIsACatchAllButSightWordsAreNot() {
        assertTrue(Rules.chatter(List.of("meh", "whatever", "you know what i mean", "right", "basically", "table")));
        assertFalse(Rules.chatter(List.of("the", "and", "you", "is", "was", "are")), "a reading game's sight words");
        assertFalse(Rules.chatter(List.of("yes", "no", "yeah", "nope", "sure")), "an answer type");
    }

    @Test
    void hindiAndDutchHealthQuestions() {
        assertNotNull(Lexicon.find(Lexicon.HEALTH_QUESTION, Text.norm("क्या आपको डायबिटीज़ है?")));
        assertNotNull(Lexicon.find(Lexicon.HEALTH_QUESTION, Text.norm("Welke medicijnen gebruikt u?")));
    }

    @Test
    void quizQuestionsAndReassurancesAboutSecretsAskForNone() {
        assertNull(Language.requested(Lexicon.CREDENTIAL, Text.norm("Question two: would you ever give your bank PIN to someone who calls you? Say yes or no.")));
        assertNull(Requests.ask(Text.norm("Ton mot de passe se tape uniquement dans l'application. Ne donnez jamais votre code à personne."), true));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, Text.norm("Never share it with others. Now, what is your PIN?")));
    }

    @Test
    void pinAsAVerbStatesNoSecret() throws Exception {
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"open homes\",\"intents\":[{\"name\":\"PinIntent\",\"slots\":[{\"name\":\"n\",\"type\":\"AMAZON.NUMBER\"}],"
                + "\"samples\":[\"pin house {n}\",\"pin number {n}\"]}]}}}");
        assertFalse(has(new Analyzer(null, null).analyze(dir), "credential-phishing"));
    }

    @Test
    void aRepromptTheCodeScannerCannotReadIsNotSilent() {
        List<Model.Response> rs = CodeScanner.scan("index.py", "def h(i):\n    q = pick()\n    return i.response_builder.speak(\"Round one. \" + q).ask(q).response\n");
        assertEquals(1, rs.size());
        assertNull(rs.get(0).reprompt());
        assertTrue(rs.get(0).open());
        List<Model.Response> empty = CodeScanner.scan("index.js", "return h.responseBuilder.speak('Hi.').reprompt().getResponse();");
        assertEquals("", empty.get(0).reprompt());
    }

    @Test
    void eMailAsAChannelOrAnActAsksForNoAddress() {
        assertNull(Requests.ask(Text.norm("Want the full recipe by e-mail?"), true));
        assertNull(Requests.ask(Text.norm("Shall I e-mail the recipe?"), true));
        assertNotNull(Requests.ask(Text.norm("What is your e-mail address?"), true));
    }
}
