package io.hearthguard.skills.internal;

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
 * Round 23a's inventory, per language, on sentences written for this test from the category definitions (none taken from
 * an evaluation set): (a) the platform's voice without the brand word the older patterns match — its products, the device
 * speaking of itself, its desks, its account notices, the assistant as the sender; (b) a secret described instead of named
 * — the digits typed at the till, the word one logs in with, the code an app shows, the Pix key — asked in one turn or
 * across two. Each dishonest sentence has an honest twin beside it.
 */
class Round23aInventoryTest {
    @TempDir
    Path dir;

    /** The masquerade tests of the response rule, in its order (Rules.response). */
    private static String masq(String s) {
        String n = Text.norm(s);
        String m = Rules.platform(n);
        m = m != null ? m : Language.affirmed(Lexicon.DEVICE_NOTICE, n);
        m = m != null ? m : Language.affirmed(Lexicon.PLATFORM_ACT, n);
        m = m != null ? m : Language.affirmed(Lexicon.MAKER_ACCOUNT, n);
        m = m != null ? m : Lexicon.platformVoice(n);
        return m != null ? m : Identity.claim(n);
    }

    /** The new pattern alone, to show each sentence is one the older patterns did not hold. */
    private static String voice(String s) {
        return Lexicon.platformVoice(Text.norm(s));
    }

    /** The prompt rule's order (Rules): named secrets, by use, then the inventory's. */
    private static String asked(String s) {
        String n = Text.norm(s);
        String c = Language.requested(Lexicon.CREDENTIAL, n);
        c = c != null ? c : Language.requested(Lexicon.CREDENTIAL_BY_USE, n);
        return c != null ? c : Language.requested(Lexicon.CREDENTIAL_INVENTORY, n);
    }

    private static final List<String> VOICE_EN = List.of(
            "Your Echo Dot needs a security update before it can play music again.",
            "This device requires an urgent verification.",
            "Hi, this is your Nest Hub. Please stay on the line.",
            "Google Assistant here. I need to confirm a few details.",
            "This is the account security team calling about your recent purchase.",
            "We have detected an unusual sign-in on your account.",
            "Device registration has expired. Please say your email address.",
            "Your package could not be delivered.",
            "Alexa has an important message for you.",
            "Alexa Guard has detected suspicious activity.");
    private static final List<String> VOICE_DE = List.of(
            "Dein Echo Dot muss neu registriert werden.",
            "Hier spricht das Sicherheitsteam, bitte bleiben Sie dran.",
            "Wir haben eine verdächtige Anmeldung festgestellt.",
            "Ihr Konto wird vorübergehend gesperrt.",
            "Alexa hat eine wichtige Nachricht für Sie.",
            "Ihr Paket konnte nicht zugestellt werden.");
    private static final List<String> VOICE_FR = List.of(
            "Votre enceinte doit être mise à jour.",
            "Ici le service de sécurité, restez en ligne.",
            "Nous avons détecté une connexion inhabituelle sur votre compte.",
            "Votre compte sera suspendu demain.",
            "Alexa vous informe d'un problème.",
            "Votre colis n'a pas pu être livré.");
    private static final List<String> VOICE_ES = List.of(
            "Tu Echo Dot necesita una actualización.",
            "Le habla el departamento de seguridad.",
            "Hemos detectado un inicio de sesión inusual.",
            "Su cuenta será suspendida hoy.",
            "Alexa tiene un mensaje importante para ti.",
            "Su paquete no pudo ser entregado.");
    private static final List<String> VOICE_IT = List.of(
            "Il tuo Echo Dot deve essere aggiornato.",
            "Qui il team di sicurezza.",
            "Abbiamo rilevato un accesso insolito.",
            "Il tuo account sarà sospeso domani.",
            "Alexa ha un messaggio importante per te.",
            "Il tuo pacco non è stato consegnato.");
    private static final List<String> VOICE_PT = List.of(
            "Seu Echo Dot precisa de uma atualização.",
            "Aqui é a central de segurança.",
            "Detectamos um acesso suspeito na sua conta.",
            "Sua conta será suspensa amanhã.",
            "A Alexa tem uma mensagem importante para você.",
            "Seu pacote não pôde ser entregue.");
    private static final List<String> VOICE_JA = List.of(
            "お使いのエコーはアップデートが必要です。",
            "こちらはセキュリティセンターです。",
            "不審なログインを検知しました。",
            "アレクサから重要なメッセージがあります。");

    @Test
    void givenThePlatformsVoiceWithoutTheBrandWord_whenRead_thenMasquerade_allSevenLanguages() {
        for (List<String> l : List.of(VOICE_EN, VOICE_DE, VOICE_FR, VOICE_ES, VOICE_IT, VOICE_PT, VOICE_JA)) {
            for (String s : l) {
                assertNotNull(voice(s), s);
                assertNotNull(masq(s), s);
            }
        }
    }

    @Test
    void givenTheHonestTwins_whenRead_thenNoMasquerade() {
        for (String s : List.of(
                // products named honestly, the device doing its job, a question about it
                "This skill works best on an Echo Show with a screen.", "Put your Echo Dot in the kitchen to hear the timer.",
                "If your Echo Dot needs an update, the Alexa app will tell you.", "This is the Echo Dot quiz: question one.",
                "When this device needs a restart, unplug it for ten seconds.", "Ask your Google Home to dim the lights.",
                // desks that are not the platform's, advice about notices
                "This is the Acme Bank security team trivia: how long should a password be?",
                "If you see an unusual sign-in, change your password in the app.", "Scammers say your account will be suspended; hang up.",
                "We will never tell you that your account will be suspended.", "Your order from Luigi's is on its way.",
                "Found it! We have detected three planets in your star chart.",
                // other languages
                "Wenn dein Echo Dot ein Update braucht, zeigt es die App.", "Frag deinen Lautsprecher nach dem Wetter.",
                "Si votre enceinte doit être mise à jour, l'application vous prévient.", "Pon tu altavoz en la cocina.",
                "Se il tuo Echo Dot deve essere aggiornato, te lo dice l'app.", "Coloque seu alto-falante na sala.",
                "エコーを台所に置いてください。", "Hemos encontrado tres recetas para ti.", "Abbiamo trovato tre ricette per te.")) {
            assertNull(voice(s), s);
        }
    }

    @Test
    void givenASecretDescribedInsteadOfNamed_whenAsked_thenACredentialRequest() {
        for (String s : List.of(
                "Tell me the four digits you type at the till.", "What are the numbers you enter when you pay by card?",
                "Say the word you log in with.", "Read me the code shown in your banking app.",
                "Nennen Sie mir die Ziffern, die Sie an der Kasse eingeben.", "Sag mir den Freigabecode.",
                "Dites-moi les chiffres que vous tapez en caisse.", "Donnez-moi le code affiché dans votre application.",
                "Dime los dígitos que marcas al pagar.", "Dime el código que aparece en tu app.",
                "Dimmi le cifre che digiti alla cassa.", "Dimmi il codice che compare nell'app.",
                "Me diga os dígitos que você digita na maquininha.", "Qual é a sua chave Pix?",
                "Me diga o código que aparece no aplicativo.", "アプリに表示されたコードを教えてください。", "レジで入力する数字を教えてください。")) {
            assertNotNull(asked(s), s);
        }
    }

    @Test
    void givenTheHonestTwinsOfDescribedSecrets_whenRead_thenNoRequest() {
        for (String s : List.of(
                "Never tell anyone the four digits you type at the till.", "The till is open until six.",
                "Sign in to the app to see your list.", "The code shown in your banking app is only for you; never read it aloud.",
                "Unsere Kasse schließt um sechs.", "Ne donnez jamais le code affiché dans votre application.",
                "Nunca digas el código que aparece en tu app.", "Non dire mai le cifre che digiti alla cassa.",
                "A chave Pix da loja está na tela.", "アプリに表示されたコードは誰にも教えないでください。")) {
            assertNull(asked(s), s);
        }
    }

    @Test
    void givenADescribedSecretAskedAcrossTwoTurns_whenScanned_thenACredentialFinding_andTheAdviceIsNone() throws Exception {
        TestSupport.oneTurn(dir, "en-US", "pay helper", "PayIntent", "help me pay", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"To unlock your refund I need the four digits you type at the till.\"},\"reprompt\":{\"outputSpeech\":{\"type\":"
                + "\"PlainText\",\"text\":\"Say them now.\"}},\"shouldEndSession\":false}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.HIGH), TestSupport.describe(r));

        TestSupport.oneTurn(dir, "en-US", "pay helper", "PayIntent", "help me pay", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"Never tell anyone the four digits you type at the till. Want another tip?\"},\"reprompt\":{\"outputSpeech\":{\"type\":"
                + "\"PlainText\",\"text\":\"Another tip?\"}},\"shouldEndSession\":false}");
        r = new Analyzer(null, null).analyze(dir);
        assertFalse(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void givenTheDeviceSpeakingOfItselfThatKeepsListening_whenScanned_thenMasquerade() throws Exception {
        TestSupport.oneTurn(dir, "en-GB", "kitchen helper", "HelpIntent", "help", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"Your Echo Dot needs a security update. Say your email address to start.\"},\"reprompt\":{\"outputSpeech\":{\"type\":"
                + "\"PlainText\",\"text\":\"What is your email address?\"}},\"shouldEndSession\":false}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.masquerade.platform-wording", Severity.HIGH), TestSupport.describe(r));

        TestSupport.oneTurn(dir, "en-GB", "kitchen helper", "HelpIntent", "help", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"Put your Echo Dot near the oven and say start timer.\"},\"reprompt\":{\"outputSpeech\":{\"type\":"
                + "\"PlainText\",\"text\":\"Say start timer.\"}},\"shouldEndSession\":false}");
        r = new Analyzer(null, null).analyze(dir);
        assertFalse(TestSupport.has(r, "skills.masquerade.platform-wording", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void givenEverySentenceHere_whenThePatternsMatch_thenTheirAnchorsDoToo() {
        for (List<String> l : List.of(VOICE_EN, VOICE_DE, VOICE_FR, VOICE_ES, VOICE_IT, VOICE_PT, VOICE_JA)) {
            for (String s : l) {
                String n = Text.norm(s);
                assertTrue(Lexicon.PLATFORM_VOICE.matcher(n).find(), "example does not match: " + s);
                assertTrue(Lexicon.mayMatch(Lexicon.PLATFORM_VOICE, n), "anchors hide a match: " + s);
            }
        }
        for (String s : List.of("say the word you log in with", "read me the code shown in your banking app", "sag mir den freigabecode",
                "donnez-moi le code affiché dans votre application", "dime el código que aparece en tu app", "dimmi il codice che compare nell'app",
                "qual é a sua chave pix?", "アプリに表示されたコードを教えてください", "tell me the four digits you type at the till",
                "dimmi le cifre che digiti alla cassa", "レジで入力する数字を教えてください")) {
            assertTrue(Lexicon.mayHoldCredential(s), "credential anchors hide: " + s);
            boolean inv = Lexicon.CREDENTIAL_INVENTORY.matcher(s).find();
            boolean use = Lexicon.CREDENTIAL_BY_USE.matcher(s).find();
            assertTrue(inv || use, "no pattern: " + s);
            assertTrue(!inv || Lexicon.mayMatch(Lexicon.CREDENTIAL_INVENTORY, s), "inventory anchors hide: " + s);
            assertTrue(!use || Lexicon.mayMatch(Lexicon.CREDENTIAL_BY_USE, s), "by-use anchors hide: " + s);
        }
    }
}
