package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.skills.SkillReport;

/**
 * Round 30 (all inputs written here): several JSON objects on one line of a text recording, secrets by their regional
 * names and by where they are printed, a code announced as sent to a phone, and words typed without their accents.
 */
class Round30Test {
    @TempDir
    java.nio.file.Path dir;

    private static final String ENVELOPE = "{\"version\": \"1.0\", \"response\": {\"outputSpeech\": {\"type\": \"SSML\", \"ssml\": "
            + "\"<speak>%s</speak>\"}, \"shouldEndSession\": false}}";

    @Test
    void everyObjectOfALineIsRead() throws Exception {
        // an SQLite dump's row keeps the slots as JSON before the response envelope: both rows' responses are read
        String sql = "CREATE TABLE turns (id INTEGER, slots_json TEXT, raw_response TEXT);\n"
                + "INSERT INTO turns VALUES(1,'{\"answer\": \"paris\"}','" + ENVELOPE.formatted("Correct. Next question?") + "');\n"
                + "INSERT INTO turns VALUES(2,'{\"answer\": \"rome\"}','" + ENVELOPE.formatted("Say your card number.") + "');\n";
        List<Model.Response> rs = Recordings.text("db/dump.sql", sql, "IntentRequest").responses;
        assertEquals(2, rs.size());
        assertTrue(rs.get(1).speech().contains("card number"), rs.get(1).speech());
        // a line whose first object does not parse still has its envelope read
        String bad = "row {'python': 'dict'} " + ENVELOPE.formatted("Hello there.") + "\n";
        assertEquals(1, Recordings.text("log.txt", bad, "LaunchRequest").responses.size());
    }

    private static String inventory(String speech) {
        return Language.requested(Lexicon.CREDENTIAL_INVENTORY, Text.norm(speech));
    }

    private static String named(String speech) {
        return Language.requested(Lexicon.CREDENTIAL, Text.norm(speech));
    }

    @Test
    void regionalAndSpokenNamesOfAPin() {
        assertNotNull(named("Pour afficher le taux, dites-moi le NIP de votre carte de débit."));
        assertNull(named("Il fait un petit nip dans l'air ce matin."), "no determiner: not the PIN");
        assertNotNull(named("カードのあんしょうばんごうを言ってください。"));
    }

    @Test
    void digitsPrintedByTheSignature() {
        assertNotNull(inventory("Dime los tres numeritos que vienen atrás, junto a la firma."));
        assertNotNull(inventory("Please tell me the three digits next to the signature strip."));
        assertNotNull(inventory("Nenne mir die drei Ziffern neben dem Unterschriftsfeld."));
        assertNull(inventory("Never tell anyone the digits next to the signature strip."), "negated");
        assertNull(inventory("Sign the card in the box next to the signature strip."), "no digits asked");
        String d = "dime los tres numeritos que vienen atrás";
        assertFalse(SpeechAct.counted(d, d.indexOf("numeritos"), d.length()), "a described secret is one thing");
        String p = "how many pins are left";
        assertTrue(SpeechAct.counted(p, p.indexOf("pins"), p.indexOf("pins") + 4), "bowling pins are still counted");
    }

    @Test
    void aCodeSentToAPhoneIsAMessageDelivered() {
        assertTrue(CodeByChannel.messageDelivered(Text.norm("A text with a verification number has gone to the mobile on your account.")));
        assertTrue(CodeByChannel.messageDelivered(Text.norm("Je viens d'envoyer un petit code sur le téléphone de maman.")));
        assertTrue(CodeByChannel.messageDelivered(Text.norm("I've sent a six digit code to your phone.")));
        assertFalse(CodeByChannel.messageDelivered(Text.norm("We will never send a code to your phone.")), "negated");
        assertFalse(CodeByChannel.messageDelivered(Text.norm("Your phone has a code scanner in the camera app.")), "nothing sent");
    }

    @Test
    void secretsByTheirUse() {
        assertNotNull(Language.requested(Lexicon.CREDENTIAL_BY_USE, Text.norm("Read me the verification number we texted to your mobile.")));
        assertNull(Language.requested(Lexicon.CREDENTIAL_BY_USE, Text.norm("Read me the confirmation number we emailed you.")), "a booking reference");
        assertNotNull(Language.requested(Lexicon.CREDENTIAL_BY_USE,
                Text.norm("Ich brauche die Ziffernfolge, die du an der Kasse eintippst, wenn du mit der Tankkarte zahlst.")));
        assertNotNull(inventory("Para entrar a tu banca necesito algo. ¿Qué clave usas para entrar?"));
        assertNotNull(inventory("Ahora dime los seis números que muestra tu token."));
    }

    @Test
    void wordsTypedWithoutAccentsAreRestored() {
        assertEquals("léeme los dieciséis números del frente", Text.norm("Leeme los dieciseis numeros del frente"));
        assertEquals("il numero di telefono", Text.norm("il numero di telefono"), "Italian words stay as they are");
        String s = "tu numero de la seguridad social, cifra a cifra";
        assertEquals(s.length(), Text.norm(s).length(), "lengths kept: positions stay valid");
        assertNotNull(named("Dime tu numero de la seguridad social, cifra a cifra."));
        assertEquals("ñandú reçu", Text.norm("Ñandú recu"));
        assertEquals("añonumeros", Text.norm("añonumeros"), "only whole words");
    }

    private static String health(String speech) {
        java.util.regex.Matcher m = Lexicon.HEALTH_QUESTION.matcher(Text.norm(speech));
        return m.find() ? m.group() : null;
    }

    @Test
    void theHealthFormsQuestionsInEveryLanguage() {
        assertNotNull(health("Antes de tu frase, cuentame cuanto pesas."));
        assertNotNull(health("Prima del proverbio: quali medicine prende ogni giorno?"));
        assertNotNull(health("E che malattie le hanno diagnosticato i medici?"));
        assertNotNull(health("Tem alguma doença crônica?"));
        assertNotNull(health("How much do you weigh?"));
        assertNotNull(health("Welche Medikamente nehmen Sie täglich?"));
        // a quiz about the weight of things and an animal's illnesses asks nothing of the listener
        assertNull(health("Cuánto pesa un elefante?"));
        assertNull(health("Quanto pesa la Torre Eiffel?"));
        assertNull(health("Che malattie ha il gatto di solito?"));
    }

    @Test
    void aTranscriptsTurnDetailsOnLinesOfTheirOwn() throws Exception {
        String t = """
                User  > status of order 5512
                Alexa > Order five five one two shipped yesterday.
                        (reprompt) <speak>Another order?</speak>
                        (shouldEndSession: False)
                User  > cancel
                Alexa > Order tracking closed. Goodbye.
                        (reprompt) <speak>Still there?</speak>
                        (shouldEndSession: not set)
                User  > stop
                Alexa > Bye.
                        (shouldEndSession: True)
                """;
        List<Model.Response> rs = Recordings.transcript("dialog/output.txt", t).responses;
        assertEquals(3, rs.size());
        assertEquals("<speak>Another order?</speak>", rs.get(0).reprompt());
        assertTrue(rs.get(0).open());
        assertTrue(rs.get(1).open(), "a flag not set with a reprompt: the session stays open");
        assertNull(rs.get(1).shouldEndSession());
        assertFalse(rs.get(2).open());
        // the detail may print the reprompt's output-speech object
        String j = "User  > open the bus times\nAlexa > Which route?\n        (reprompt) {\"type\": \"PlainText\", \"text\": \"Another route?\"}\n"
                + "        (shouldEndSession: false)\n";
        assertEquals("Another route?", Recordings.transcript("dialog/output.txt", j).responses.get(0).reprompt());
    }

    @Test
    void theSkillSwitchingItselfOffClosesItsOwnGoodbye() {
        assertTrue(Lexicon.closesItself("i'm switching off now."));
        assertTrue(Lexicon.closesItself("ich schalte mich jetzt aus."));
        assertFalse(Lexicon.closesItself("i'm switching off the lights, shall i?"), "a question");
        assertFalse(Lexicon.closesItself("switch off the lights in the kitchen."), "an instruction about a device");
    }

    @Test
    void requiringAndDigitByDigitAreRequests() {
        assertNotNull(named("El sistema sanitario requiere tu número de la seguridad social."));
        assertNotNull(named("Tu numero de la seguridad social, cifra a cifra."));
        assertNotNull(named("Your card number, one digit at a time."));
        assertNull(named("Never read your card number digit by digit to anyone."), "negated");
    }

    private SkillReport agent(String assistantSettings) throws Exception {
        TestSupport.write(dir, "agent.json", "{\"description\":\"Book museum tickets and get them by e-mail.\",\"language\":\"it\","
                + "\"googleAssistant\":{\"googleAssistantCompatible\":true,\"invocationName\":\"biglietti musei\"" + assistantSettings + "}}");
        TestSupport.write(dir, "intents/send.json", "{\"name\":\"send\",\"responses\":[{\"messages\":[{\"type\":0,\"lang\":\"it\","
                + "\"speech\":[\"Perfetto. Qual è il tuo indirizzo e-mail per i biglietti?\"]}]}]}");
        TestSupport.write(dir, "intents/send_usersays_it.json", "[{\"data\":[{\"text\":\"la mia email è \"},{\"text\":\"mario@example.org\","
                + "\"alias\":\"email\",\"meta\":\"@sys.email\"}]}]");
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void aDialogflowAgentsAssistantSettingsNameItAndDeclareItsPolicy() throws Exception {
        SkillReport with = agent(",\"privacyPolicyUrl\":\"https://example.org/privacy\"");
        assertEquals(List.of("biglietti musei"), with.skills().get(0).invocationNames(), TestSupport.describe(with));
        assertTrue(TestSupport.findings(with).stream().anyMatch(f -> f.category().equals("pii-request")), TestSupport.describe(with));
        assertTrue(TestSupport.findings(with).stream().noneMatch(f -> f.summary().contains("no privacy policy")), TestSupport.describe(with));
        SkillReport without = agent("");
        assertTrue(TestSupport.findings(without).stream().anyMatch(f -> f.summary().contains("no privacy policy")), TestSupport.describe(without));
        assertTrue(TestSupport.findings(without).stream().noneMatch(f -> f.summary().contains("Actions project declares no privacy policy")),
                "an export without the field says nothing about the console's policy: " + TestSupport.describe(without));
    }

    @Test
    void oneThingOfTheDomainUnavailableIsNoFakeShutdown() {
        assertTrue(Rules.domainThing("la ruta 40 no está disponible hoy por obras.", "no está disponible"));
        assertFalse(Rules.domainThing("this skill is not available in your country.", "not available"), "the skill itself");
        assertFalse(Rules.domainThing("sorry, not available right now.", "not available"), "no thing named");
        assertFalse(Rules.domainThing("lo siento. el servicio no está disponible.", "no está disponible"), "the service");
    }
}
