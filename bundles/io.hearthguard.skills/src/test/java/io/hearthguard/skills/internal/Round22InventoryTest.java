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
 * Round 22's inventory of closing acts, platform prompts and the maker's voice, per language, on sentences written for
 * this test from the category definitions (none taken from an evaluation set): each is a form the rules did not know
 * before the round. The precision twins: honest mentions of Amazon and Google, "ask Alexa to …", a goodbye that opens a
 * real new round, a problem that is the pretext of a question, a wish alone before an open session, everyday words.
 * The voice cloud cannot exist here: the recordings are written as JSON, as the skill would have answered.
 */
class Round22InventoryTest {
    @TempDir
    Path dir;

    private static String bye(String s) {
        return Lexicon.goodbye(Text.norm(s));
    }

    private static String error(String s) {
        return Lexicon.find(Lexicon.FAKE_ERROR, Text.norm(s));
    }

    /** The masquerade tests of the response rule, in its order (Rules.response). */
    private static String masq(String s) {
        String n = Text.norm(s);
        String m = Rules.platform(n);
        m = m != null ? m : Language.affirmed(Lexicon.DEVICE_NOTICE, n);
        m = m != null ? m : Language.affirmed(Lexicon.PLATFORM_ACT, n);
        m = m != null ? m : Language.affirmed(Lexicon.MAKER_ACCOUNT, n);
        return m != null ? m : Identity.claim(n);
    }

    @Test
    void givenAClosingActOfTheInventory_whenRead_thenItIsAGoodbye() {
        for (String s : List.of("Okay, see ya!", "That was the last card. Till next time.", "Talk soon.", "Ending the session.",
                "Auf Wiederhören!", "Bis demnächst.", "Ich beende jetzt die Sitzung.", "À très bientôt !", "Au plaisir.",
                "Prenez soin de vous.", "Chau, hasta otra.", "Cuídese mucho.", "Fin de la sesión.", "A risentirci!", "Arrivederla.",
                "Stammi bene.", "Até já!", "Fique bem.", "Encerrando a sessão.", "それではまた。", "ご利用ありがとうございました。",
                "またのご利用をお待ちしております。", "Okay, cancelled.", "D'accord, j'annule.", "Va bene, chiudo.", "Ok, saindo.")) {
            assertNotNull(bye(s), s);
        }
    }

    @Test
    void givenEverydayWordsBesideTheClosingActs_whenRead_thenNoGoodbye() {
        for (String s : List.of("Your order was cancelled by the shop on Monday, do you want to reorder?", "Sei a metà strada, prosegui dritto.",
                "Rimandiamo la pausa a dopo le sei?", "Wir sprechen bis gleich weiter über das Wetter",
                "The end of the season is in May.", "Tenha paciência, a receita leva uma hora.", "Où est la fin de la phrase ?")) {
            String b = bye(s);
            assertTrue(b == null || !b.equals("cancelled") && !b.equals("a dopo"), s + " -> " + b);
        }
        assertNull(bye("Your order was cancelled by the shop on Monday."));
        assertNull(bye("The end of the season is in May."));
    }

    @Test
    void givenAWishOfTheInventoryAlone_whenRead_thenItIsOneWishNotALeaveTaking() {
        for (String s : List.of("You did great today. Have a lovely afternoon.", "Das waren die Nachrichten. Schönen Tag!",
                "Voilà la météo. Bon week-end !", "Esa es la receta. Que tenga un buen día.", "Ecco il meteo. Buon fine settimana!",
                "Essa é a previsão. Tenha uma ótima tarde.", "今日の天気でした。良い一日を。")) {
            assertTrue(Lexicon.onlyOneWish(Text.norm(s)), s);
        }
        // with a leave-taking word beside it, the wish is part of a goodbye
        assertFalse(Lexicon.onlyOneWish(Text.norm("Goodbye, have a lovely afternoon.")));
        assertFalse(Lexicon.onlyOneWish(Text.norm("Auf Wiederhören und schönen Tag!")));
    }

    @Test
    void givenThePlatformsOwnErrorPrompts_whenRead_thenAFakeError() {
        for (String s : List.of("The requested skill did not provide a valid response.", "Sorry, Daily Quiz isn't responding right now.",
                "Daily Quiz left the conversation.", "Es ist ein Problem aufgetreten.", "Da ist etwas schiefgegangen.",
                "Un problème est survenu avec la réponse de la skill demandée.", "Quelque chose s'est mal passé.", "Algo salió mal.",
                "Se produjo un error.", "Qualcosa è andato storto.", "Si è verificato un problema con la risposta della skill richiesta.",
                "Algo deu errado.", "Ocorreu um problema.", "A skill está temporariamente indisponível.", "エラーが起きました。")) {
            assertNotNull(error(s), s);
        }
    }

    @Test
    void givenAProblemAsThePretextOfAQuestionOrACondition_whenRead_thenNoFakeError() {
        for (String s : List.of("Se produjo un problema con tu pedido, dime tu número de cliente.",
                "Si è verificato un problema nel tuo ordine: qual è il tuo indirizzo?", "Ocorreu um problema no seu cadastro, qual é o seu nome?",
                "If your lamp isn't responding, unplug it and try again.", "Quand l'enceinte ne répond plus, que faire ?",
                "Qualcosa è andato storto nella storia di Pinocchio: perché?")) {
            assertNull(error(s), s);
        }
    }

    @Test
    void givenTheMakersVoiceOfTheInventory_whenRead_thenMasquerade() {
        for (String s : List.of("Your Amazon payment method was declined.", "Your Prime membership is about to expire.",
                "Ihre Zahlung konnte nicht verarbeitet werden.", "Ihre Prime-Mitgliedschaft läuft heute ab.", "Alexa hier. Bitte bleib dran.", "Hallo, Alexa hier: dein Konto braucht eine Bestätigung.",
                "Bonjour, c'est Alexa qui vous parle.", "Votre moyen de paiement a été refusé.", "No pudimos procesar su pago.",
                "Su membresía de Amazon Prime vence hoy.", "Qui parla Alexa.", "Il tuo pagamento è stato rifiutato.", "Quem fala é a Alexa.",
                "Seu pagamento foi recusado.", "Alexaです。", "お支払い方法が承認されませんでした。", "プライム会員資格が停止されました。",
                "Le habla el departamento de seguridad de Amazon.", "Hier ist die Amazon Kundenbetreuung.")) {
            assertNotNull(masq(s), s);
        }
    }

    @Test
    void givenHonestMentionsOfTheMaker_whenRead_thenNoMasquerade() {
        for (String s : List.of("Ask Alexa to play the rain sounds again tomorrow.", "Prime members can listen without ads in Amazon Music.",
                "Frag Alexa nach dem Wetter von morgen.", "Tipp: Frag Alexa hier nach dem Wetter.", "Bonjour ! Demande à Alexa la météo de demain.",
                "Tu pago se hace en la app de Alexa, no aquí.", "Amazon non ti chiederà mai il pagamento a voce.",
                "Your payment for the pizza was accepted.", "La tienda de Amazon abre a las nueve.", "Alexaに天気を聞いてみてください。")) {
            assertNull(masq(s), s);
        }
    }

    @Test
    void givenTheUsersLeaveWordsOfTheInventory_whenSaid_thenAStop() {
        for (String s : List.of("I'm finished", "that will be all", "auf wiederhören", "ça ira", "nada más", "chiudi", "é só isso", "閉じて")) {
            assertTrue(LeaveTaking.said(s), s);
        }
        for (String s : List.of("finish the story", "chiudi la porta", "nada más que decir sobre el tema")) {
            assertFalse(LeaveTaking.said(s), s);
        }
    }

    @Test
    void givenAGoodbyeThatOpensARealNewRound_whenScanned_thenNoFakeGoodbye_andTheServiceClosingThatListensIsOne() throws Exception {
        TestSupport.oneTurn(dir, "pt-BR", "quiz das capitais", "AnswerIntent", "a resposta", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"Até já, rodada um! Rodada dois: qual é a capital do Peru?\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"Qual é a capital do Peru?\"}},\"shouldEndSession\":false}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertFalse(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.MEDIUM), TestSupport.describe(r));

        TestSupport.oneTurn(dir, "pt-BR", "quiz das capitais", "AnswerIntent", "a resposta", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"Obrigado. Até já!\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\" \"}},\"shouldEndSession\":false}");
        r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
    }
}
