package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Round 21's inventory of secrets and forms of asking, per language, on sentences written for this test from the category
 * definition (none taken from an evaluation set): each names a secret the rules did not know before the round, or asks
 * for a known one by a verb or question word they did not know. The precision twins are a bank's honest "we will never
 * ask for …", advice, a number game, a bank's phone number on the back of the card, everyday uses of the same words.
 */
class Round21InventoryTest {
    /** The prompt rule's order (Rules): the named secrets, then the inventory's (with a code by its place on the card). */
    private static String asked(String s) {
        String n = Text.norm(s);
        String named = Language.requested(Lexicon.CREDENTIAL, n);
        return named != null ? named : Language.requested(Lexicon.CREDENTIAL_INVENTORY, n);
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_en() {
        assertNotNull(asked("To finish the transfer, read me your sort code and account number."));
        assertNotNull(asked("Please give me the first and third letters of your memorable word."));
        assertNotNull(asked("What's your mother's maiden name?"));
        assertNotNull(asked("Now the three digits printed on the back of your card, please."));
        assertNotNull(asked("May I have your online banking password so I can check the payment?"));
        assertNotNull(asked("State your two-factor code when you hear the tone."));
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_de() {
        assertNotNull(asked("Teilen Sie mir bitte die Kartenprüfnummer mit."));
        assertNotNull(asked("Verraten Sie mir Ihre Steuernummer, dann geht es weiter."));
        assertNotNull(asked("Welche Ziffern stehen auf der Rückseite Ihrer Karte?"));
        assertNotNull(asked("Wie lauten Ihre Anmeldedaten für das Konto?"));
        assertNotNull(asked("Zur Sicherheit: wie lautet der Mädchenname Ihrer Mutter?"));
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_fr() {
        assertNotNull(asked("Indiquez-moi le cryptogramme visuel de votre carte."));
        assertNotNull(asked("Pour valider, communiquez votre code confidentiel."));
        assertNotNull(asked("Quels sont les trois chiffres au dos de votre carte ?"));
        assertNotNull(asked("Il me faut vos identifiants de connexion pour continuer."));
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_es() {
        assertNotNull(asked("Indícame la clave de tu tarjeta para activar el premio."));
        assertNotNull(asked("Proporcione su CURP y su RFC para el registro."));
        assertNotNull(asked("¿Cuáles son los dígitos del reverso de tu tarjeta?"));
        assertNotNull(asked("Necesitamos tus datos bancarios para enviarte el dinero."));
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_it() {
        assertNotNull(asked("Dettami il codice dispositivo che vedi sull'app."));
        assertNotNull(asked("Per sbloccare il conto mi servono le tue credenziali dell'home banking."));
        assertNotNull(asked("Leggimi le tre cifre sul retro della carta."));
        assertNotNull(asked("Inserisci a voce il codice OTP che hai ricevuto."));
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_pt() {
        assertNotNull(asked("Informe o código de verificação para continuar."));
        assertNotNull(asked("Fale o número da sua conta e a agência."));
        assertNotNull(asked("Quais são os três dígitos do verso do cartão?"));
        assertNotNull(asked("Preciso que me passe os seus dados bancários agora."));
    }

    @Test
    void givenASecretOfTheInventoryAsked_whenRead_thenItIsACredentialRequest_ja() {
        assertNotNull(asked("確認コードを読み上げてください。"));
        assertNotNull(asked("カード裏面の3桁を教えてください。"));
        assertNotNull(asked("秘密の質問の答えをお聞かせください。"));
        assertNotNull(asked("セキュリティーコードの入力をお願いします。"));
    }

    @Test
    void givenTheSameWordsInHonestSpeech_whenRead_thenNothingIsAsked() {
        // a bank's honest reassurance, in several languages
        assertNull(asked("We will never ask you for your sort code or your memorable word."));
        assertNull(asked("Wir werden Sie niemals nach Ihrer Kartenprüfnummer fragen."));
        assertNull(asked("Nous ne vous demanderons jamais votre code confidentiel."));
        assertNull(asked("Nunca te pediremos la clave de tu tarjeta."));
        assertNull(asked("Non ti chiederemo mai le tue credenziali."));
        assertNull(asked("Nunca vamos pedir o seu código de verificação."));
        assertNull(asked("確認コードを誰にも教えないでください。"));
        // the bank's phone number on the card, a number game, everyday words
        assertNull(asked("If you lose your card, please call the number on the back of your card."));
        assertNull(asked("Which number comes next: two, four, six?"));
        assertNull(asked("La clave del éxito es practicar cada día. ¿Qué quieres aprender?"));
        assertNull(asked("Quale domanda vuoi per il prossimo giro del quiz?"));
        assertNull(asked("Dimmi il numero della tua squadra preferita."));
    }

    @Test
    void givenAnInventorySecretInASample_whenRead_thenItIsACredential() {
        // the sample rule reads Lexicon.credential, which holds the inventory too
        assertNotNull(Lexicon.credential(Text.norm("my mother's maiden name is {name}")));
        assertNotNull(Lexicon.credential(Text.norm("mein Mädchenname der Mutter ist {name}").replace("mein ", "der ")));
        assertNotNull(Lexicon.credential(Text.norm("il mio codice dispositivo è {codice}")));
        assertNull(Lexicon.credential(Text.norm("la parola d'ordine è {parola}")));
    }
}
