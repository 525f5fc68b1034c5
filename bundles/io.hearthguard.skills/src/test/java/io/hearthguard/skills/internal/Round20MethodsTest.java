package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 20's methods on sentences and packages written for this test (none copied from an evaluation set): a one-time
 * code asked for by its channel in any word order and language; an answer slot framed by generic words that answers the
 * skill's own question; Google's Cancel answered with a question; a postal code's kind by its Brazilian name; a secret asked
 * back by a question whose subject is only a pronoun ("What are they?", "Qual è?", "Wie lautet sie?"); the skill's own end
 * announced before a single parting wish.
 */
class Round20MethodsTest {
    @TempDir
    Path dir;

    private static String n(String s) {
        return Text.norm(s);
    }

    @Test
    void givenACodeNamedWithItsChannelAndAnAsk_whenReadInAnyWordOrder_thenItIsAsked() {
        // the verb before the code, a verb no list holds, the ask in the next sentence, the ask in the reprompt
        assertEquals("código", CodeByChannel.asked(n("Acabamos de enviar por WhatsApp um código de quatro números. Qual é?"), ""));
        assertEquals("codice", CodeByChannel.asked(n("Sul cellulare trovi adesso un codice di conferma. Dimmelo pure, ripetimi le cifre."), ""));
        assertEquals("code", CodeByChannel.asked(n("Your phone should be showing a six digit code by now."), n("What is the code?")));
        assertEquals("code", CodeByChannel.asked(n("Wir haben dir eben einen Code aufs Handy geschickt, lies ihn mir bitte vor."), ""));
        assertEquals("código", CodeByChannel.asked(n("En tu móvil verás un código nuevo; dime los números."), ""));
        assertEquals("code", CodeByChannel.asked(n("Un code vient de s'afficher sur votre téléphone. Lisez-le moi."), n("Quel est le code ?")));
        assertEquals("コード", CodeByChannel.asked(n("スマホに届いた6桁のコードを教えてください。"), ""));
    }

    @Test
    void givenACodeAndAChannelThatAskNothingOrForbidIt_whenRead_thenNothingIsAsked() {
        // a code on the phone to be typed into the app, nothing said back
        assertNull(CodeByChannel.asked(n("We sent a code to your phone. Type it into the app to finish linking."), ""));
        // warned never to say it
        assertNull(CodeByChannel.asked(n("Never read out the code we send to your phone, not even to me."), ""));
        // read to the user, not asked
        assertNull(CodeByChannel.asked(n("The code sent to your phone is 4 7 2 9."), ""));
        // a code without a channel ("what is the code word of the spy game?") is for other rules
        assertNull(CodeByChannel.asked(n("What is the secret code of the pirate ship?"), ""));
        // a code that is a place or a price: the ZIP code beside a phone number, a postal code, a promo code by e-mail
        assertNull(CodeByChannel.asked(n("And the ZIP code and a phone number the driver can reach you on, what are they?"), ""));
        assertNull(CodeByChannel.asked(n("Qual é o seu código postal e o seu telefone?"), ""));
        assertNull(CodeByChannel.asked(n("Which promo code did the e-mail give you?"), ""));
        // a channel and an ask without a code
        assertNull(CodeByChannel.asked(n("Which phone number should the shop call?"), ""));
        // the ask two sentences later is about something else
        assertNull(CodeByChannel.asked(n("A code is on its way to your phone. Keep it for the app. Which song next?"), ""));
    }

    @Test
    void givenManySentences_whenSplit_thenTheCountAndLengthAreBounded() {
        String many = "a. ".repeat(500);
        assertEquals(CodeByChannel.MAX_SENTENCES, CodeByChannel.sentences(many).length);
        String longOne = "x".repeat(5_000);
        assertEquals(CodeByChannel.MAX_SENTENCE, CodeByChannel.sentences(longOne)[0].length());
    }

    @Test
    void givenASecretNamedAndThenAQuestionWhoseSubjectIsOnlyAPronoun_whenRead_thenTheSecretIsAsked() {
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, n("For the chart I need the last four of your social security number. What are they?")));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, n("Per finire serve il tuo codice fiscale. Qual è?")));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, n("Zum Abschluss brauche ich Ihre Steuer-ID. Wie lautet sie?")));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, n("Il me faut votre numéro de sécurité sociale. Quel est-il ?")));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, n("Para terminar necesito tu contraseña. ¿Cuál es?")));
    }

    @Test
    void givenAPronounQuestionThatGoesOnOrIsNegated_whenRead_thenNothingIsAsked() {
        // the question goes on past the pronoun: it asks about the secret, not for it
        assertNull(Language.requested(Lexicon.CREDENTIAL, n("Your social security number has nine digits. What are they used for?")));
        // told never to give it
        assertNull(Language.requested(Lexicon.CREDENTIAL, n("Never tell a caller your PIN. What is it?")));
        // the secret is read to the user
        assertNull(Language.requested(Lexicon.CREDENTIAL, n("Your new PIN is 4 7 2 9. What is it?")));
    }

    private static String pair(String intent, String speech, boolean end) {
        return "{\"request\":{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s1\"},\"request\":{\"type\":\"IntentRequest\","
                + "\"intent\":{\"name\":\"" + intent + "\"}}},\"response\":{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":"
                + "\"PlainText\",\"text\":\"" + speech + "\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech
                + "\"}},\"shouldEndSession\":" + end + "}}}\n";
    }

    private SkillReport quiz(String category, String carrier, String question, String intent) throws Exception {
        return quiz(category, carrier, question, intent, "guess");
    }

    private SkillReport quiz(String category, String carrier, String question, String intent, String slot) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"" + category + "\","
                + "\"locales\":{\"en-US\":{\"name\":\"Harbour Riddles\"}}}}}");
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":"
                + "\"harbour riddles\",\"intents\":[{\"name\":\"" + intent + "\",\"slots\":[{\"name\":\"" + slot + "\",\"type\":\"AMAZON.SearchQuery\"}],"
                + "\"samples\":[\"" + carrier + "\"]},{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
        TestSupport.write(dir, "tests/run.jsonl", pair("AMAZON.LaunchIntent", question, false));
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void givenAnAnswerSlotFramedByGenericWords_whenTheSkillAsksItsOwnQuestion_thenItIsNoCatchAll() throws Exception {
        SkillReport r = quiz("GAMES", "is it {guess}", "What has keys but opens no locks? Is it a piano or a map?", "AnswerIntent");
        assertFalse(TestSupport.has(r, Rule.CATCH_ALL_SLOT.id, Severity.MEDIUM), TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals(Rule.CATCH_ALL_SLOT.id) && f.severity() == Severity.LOW),
                TestSupport.describe(r));
    }

    @Test
    void givenTheSameFramedSlot_whenNoQuestionIsAskedOrTheIntentIsNoAnswer_thenItStaysACatchAll() throws Exception {
        // no question of the skill's own: generic words only reach the slot (as before)
        assertTrue(TestSupport.has(quiz("GAMES", "is it {guess}", "Welcome to the harbour.", "AnswerIntent"), Rule.CATCH_ALL_SLOT.id, Severity.HIGH));
        // a question, but the intent is not named as an answer and the question does not name it
        assertTrue(TestSupport.has(quiz("GAMES", "is it {words}", "How was your day?", "ChatIntent", "words"), Rule.CATCH_ALL_SLOT.id, Severity.HIGH));
    }

    private SkillReport wish(String speech) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"GAMES\","
                + "\"locales\":{\"en-US\":{\"name\":\"Evening Quiz\"}}}}}");
        // the speech is what is tested; the reprompt asks (round 28: a reprompt that is itself a farewell is a fake goodbye of
        // its own, whatever the speech said)
        TestSupport.write(dir, "tests/run.jsonl", pair("NextIntent", speech, false).replaceFirst(
                "(\"reprompt\":\\{\"outputSpeech\":\\{\"type\":\"PlainText\",\"text\":\")[^\"]*", "$1Another round?"));
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void givenTheSkillsOwnEndAnnouncedBeforeOneWish_whenTheSessionStaysOpen_thenItIsAFakeGoodbye() throws Exception {
        SkillReport r = wish("The quiz is closing for today. Sleep well!");
        assertTrue(TestSupport.has(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.MEDIUM), TestSupport.describe(r));
        // one wish alone, no end announced: a wish to a listener who may stay (round 17, unchanged)
        r = wish("Here is the last song of the evening. Sleep well!");
        assertFalse(TestSupport.has(r, Rule.FAKE_GOODBYE_WORDING.id, Severity.MEDIUM), TestSupport.describe(r));
    }

    private SkillReport googleCancel(String speech, String next) throws Exception {
        TestSupport.write(dir, "sdk/settings/settings.yaml", "defaultLocale: en\nlocalizedSettings:\n  displayName: Stretch Coach\n");
        TestSupport.write(dir, "logs/webhook.json", "[{\"request\":{\"handler\":{\"name\":\"cancel\"},\"intent\":{\"name\":\"actions.intent.CANCEL\","
                + "\"params\":{},\"query\":\"cancel\"},\"scene\":{\"name\":\"Run\"},\"session\":{\"id\":\"g1\",\"params\":{}}},"
                + "\"response\":{\"session\":{\"id\":\"g1\",\"params\":{}},\"prompt\":{\"override\":false,\"firstSimple\":{\"speech\":\"" + speech
                + "\"}},\"scene\":{\"name\":\"Run\",\"next\":{\"name\":\"" + next + "\"}}}}]");
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void givenGooglesCancelAnsweredByAnAudibleQuestion_whenScanned_thenItIsNoFakeGoodbye() throws Exception {
        SkillReport r = googleCancel("Run cancelled. Shall we try the stretching one instead?", "Run");
        assertFalse(TestSupport.has(r, Rule.FAKE_GOODBYE_STOP.id, Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void givenGooglesCancelThatKeepsListeningWithoutAQuestion_whenScanned_thenItIsStillFound() throws Exception {
        SkillReport r = googleCancel("Run cancelled.", "Run");
        assertTrue(TestSupport.has(r, Rule.FAKE_GOODBYE_STOP.id, Severity.MEDIUM), TestSupport.describe(r));
    }

    private SkillReport postcode(String category, String name) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"" + category + "\","
                + "\"locales\":{\"pt-BR\":{\"name\":\"" + name + "\"}}},\"privacyAndCompliance\":{\"locales\":{\"pt-BR\":"
                + "{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}");
        TestSupport.write(dir, "testes/par.jsonl", pair("ConsultaIntent", "Qual é o seu CEP?", false));
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void givenAPostalCodeByItsBrazilianName_whenTheSkillsPurposeIsLocal_thenItIsExplained() throws Exception {
        assertFalse(TestSupport.has(postcode("WEATHER", "Chuva na Rua"), Rule.PII_PROMPT.id, Severity.MEDIUM));
        // the same question from a joke skill is still personal data asked without a reason
        SkillReport r = postcode("NOVELTY", "Piadas do Dia");
        assertTrue(TestSupport.has(r, Rule.PII_PROMPT.id, Severity.MEDIUM), TestSupport.describe(r));
        assertNotNull(r);
    }
}
