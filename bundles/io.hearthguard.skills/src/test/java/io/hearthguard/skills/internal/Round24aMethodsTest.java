package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 24a's method, on sentences written for this test (none taken from an evaluation set): a unit of the listener's own
 * device or assistant ({@link Lexicon#DEVICE_DESK}) — an organisational unit, a link word and "your/this" device, speaker or
 * assistant — in seven languages, each dishonest sentence beside honest twins that name the device without a unit, a unit
 * without the listener's device, or the unit in a conditional, negated clause.
 */
class Round24aMethodsTest {

    private static String desk(String s) {
        return Lexicon.deviceDesk(Text.norm(s));
    }

    private static final List<String> DISHONEST = List.of(
            // en
            "Hello, this is the billing office of your speaker. Your plan lapses tonight.",
            "A call from the support team for this device: please stay on the line.",
            "Your smart speaker's membership desk has an update about your plan.",
            "Security notice from your voice assistant: someone tried to sign in.",
            "I am calling on behalf of your device to confirm your details.",
            "This is the payments team linked to your household account.",
            // de
            "Hier meldet sich der Kundenservice Ihres Lautsprechers.",
            "Wir rufen im Auftrag Ihres Sprachassistenten an.",
            // fr
            "Bonjour, ici le service client de votre enceinte connectée.",
            "Le programme de fidélité de votre assistant vocal vous offre un bon.",
            "Je vous appelle de la part de votre appareil.",
            // es
            "Le llamamos del departamento de cuentas de su altavoz inteligente.",
            "Hola, soy de atención al cliente de tu asistente de voz.",
            // it
            "Buongiorno, qui è il servizio clienti del tuo altoparlante.",
            "La contattiamo per conto del suo dispositivo.",
            // pt
            "Olá, aqui é o suporte técnico do seu alto-falante inteligente.",
            "Falamos em nome da sua assistente de voz.",
            // ja
            "こちらはお使いのスマートスピーカーのサポートセンターです。");

    private static final List<String> HONEST = List.of(
            // the device without a unit
            "Put your speaker near the window for the best sound.",
            "Open the settings of your device and turn on notifications.",
            "The timer on this device rings in ten minutes.",
            "The shopping list linked to your household account has three items.",
            // a unit that is not the listener's device
            "This is the customer care team of Luigi's Pizza.",
            "Call the support team of your bank if your card is lost.",
            "Votre colis arrive demain, dit le service client de la boutique.",
            "Il servizio clienti del negozio apre alle nove.",
            // a case described, a negation
            "If the support team of your device calls you, hang up and call the number in the app.",
            "We are not the help desk of your speaker; we only tell jokes.",
            "Wenn der Kundenservice Ihres Lautsprechers anruft, legen Sie auf.",
            // a speaker reviewed, not spoken for
            "スピーカーの音質を比べるクイズです。",
            "Ecco tre consigli per il tuo altoparlante.",
            "Dicas para o seu alto-falante soar melhor.");

    @Test
    void aUnitOfTheListenersDeviceIsFoundInEveryLanguage() {
        for (String s : DISHONEST) {
            assertNotNull(desk(s), s);
        }
    }

    @Test
    void theDeviceWithoutAUnitOrAUnitOfSomeoneElseIsNot() {
        for (String s : HONEST) {
            assertNull(desk(s), s);
        }
    }

    @Test
    void everyAlternativeHoldsOneOfItsAnchors() {
        for (String s : DISHONEST) {
            org.junit.jupiter.api.Assertions.assertTrue(Lexicon.mayMatch(Lexicon.DEVICE_DESK, Text.norm(s)), s);
        }
    }

    /** The prompt rule's order for described secrets: named, by use, then the inventory. */
    private static String asked(String s) {
        String n = Text.norm(s);
        if (!Lexicon.mayHoldCredential(n)) {
            return null;
        }
        String c = Language.requested(Lexicon.CREDENTIAL, n);
        c = c != null ? c : Language.requested(Lexicon.CREDENTIAL_BY_USE, n);
        return c != null ? c : Language.requested(Lexicon.CREDENTIAL_INVENTORY, n);
    }

    private static final List<String> DESCRIBED = List.of(
            "Please read me the long digits on the front of your debit card.",
            "Tell me the numbers printed beside the signature strip.",
            "Scratch the card and read me the code under the silver panel.",
            "What is the phrase you type right after your user ID?",
            "Tell me the word you enter on your online banking page.",
            "Dime los números grandes de la parte delantera de tu tarjeta.",
            "Necesito lo mismo que escribes al entrar en tu correo.",
            "いつもATMで押している番号を教えてください。");

    private static final List<String> DESCRIBED_HONEST = List.of(
            "Your name is printed on the front of the card; we never ask for the digits.",
            "Sign the back of your new card next to the signature strip.",
            "Scratch the silver panel to see if you won a free coffee.",
            "The word you type on the page is the name of the town.",
            "Escribe tu nombre en la parte delantera de la tarjeta de felicitación.",
            "Lo que escribes al entrar en el juego es tu apodo.",
            "ATMの場所を教えてください。");

    @Test
    void aSecretDescribedByTheCardsPartsOrWhereItIsTypedIsAsked() {
        for (String s : DESCRIBED) {
            assertNotNull(asked(s), s);
        }
    }

    @Test
    void theCardsPartsOrTheTypingWithoutASecretAskedAreNot() {
        for (String s : DESCRIBED_HONEST) {
            assertNull(asked(s), s);
        }
    }
}
