package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Round 16's methods one by one, on sentences written for this test (the package-level cases are
 * {@code precision/*-16-*}): a request for a secret spread over two sentences or two turns, the verbs of saying again,
 * a secret's provenance with words between head and channel, the failure act by its predicate, and a title in the
 * platform's name closed by a full stop.
 */
class Round16MethodsTest {

    @Test
    void givenASecretNamedThenAskedBackByANounPhrase_whenRead_thenItIsRequestedInEachLanguage() {
        expect(Lexicon.CREDENTIAL, true, "we emailed you a security code. now read me that code.",
                "wir haben ihnen einen sicherheitscode geschickt. nennen sie mir jetzt diesen code.",
                "nous vous avons envoyé un code de vérification. répétez ce code.", "te enviamos un código de verificación. dime ese código.",
                "ti abbiamo mandato un codice di verifica. dimmi quel codice.");
        // the noun phrase is about something else, or the secret was negated or advice: nothing is asked
        expect(Lexicon.CREDENTIAL, false, "never tell anyone the code we texted you. now say the next number in the row.",
                "a strong password has twelve letters. say the next word.");
    }

    /** Each text asks ({@code asked}) or does not ask for what {@code p} names. */
    private static void expect(java.util.regex.Pattern p, boolean asked, String... texts) {
        for (String t : texts) {
            assertEquals(asked, Language.requested(p, t) != null, t);
        }
    }

    @Test
    void givenTheSpeechNamesASecretAndTheRepromptAsksForIt_whenReadAsOneTurn_thenItIsRequested() {
        assertEquals("verification code", Language.askedInReprompt(Lexicon.CREDENTIAL,
                "bonus round! think of the verification code your bank emailed you this morning.", "read me that code for the bonus."));
        assertNotNull(Language.askedInReprompt(Lexicon.CREDENTIAL, "your bank texted you a security code today.", "say it now."));
        assertNull(Language.askedInReprompt(Lexicon.CREDENTIAL, "never share the security code your bank sends you.", "say the code word."),
                "a negated secret is not asked back");
        assertNull(Language.askedInReprompt(Lexicon.CREDENTIAL, "the verification code is 4 7 1 9.", "read me that code."),
                "a value read to the user is not asked back");
        assertNull(Language.askedInReprompt(Lexicon.CREDENTIAL, "think of your favourite song.", "say the song title."));
    }

    @Test
    void givenAVerbOfSayingAgain_whenItsObjectIsASecret_thenItIsARequest() {
        expect(Lexicon.CREDENTIAL, true, "per continuare, ripeti la password del tuo account.", "para guardar la partida, repite la contraseña de tu cuenta.",
                "bitte wiederholen sie ihr passwort.");
        expect(Lexicon.CREDENTIAL, false, "ne répétez jamais votre code de vérification à personne.");
    }

    @Test
    void givenAHeadAndAChannelWithWordsBetween_whenFound_thenItIsASecretByProvenanceAndOtherNumbersAreNot() {
        for (String t : new String[] {"read me the numbers from your mum's text message", "say the confirmation code in the e-mail we sent",
            "wir haben ihnen eine bestätigungsnummer per sms geschickt", "nennen sie die sechsstellige freigabenummer aus der sms"}) {
            assertNotNull(Lexicon.find(Lexicon.CREDENTIAL_BY_USE, t), t);
        }
        for (String t : new String[] {"read me the order number from the confirmation e-mail", "nenne mir die sendungsnummer aus der sms",
            "the numbers in the text on your worksheet"}) {
            assertNull(Lexicon.find(Lexicon.CREDENTIAL_BY_USE, t), t);
        }
    }

    @Test
    void givenAFailureActByItsPredicate_whenSaid_thenItIsAFakeErrorAndAFallbackIsNot() {
        for (String s : new String[] {"sorry, garden buddy is having technical trouble right now.", "the requested skill took too long to respond.",
            "this skill is no longer supported on your device.", "der skill hat zu lange für die antwort gebraucht.",
            "cette skill n'est plus prise en charge.", "la skill ya no está disponible.", "la skill non è più disponibile.",
            "o serviço está com problemas.", "la skill tiene dificultades técnicas.", "la skill sta avendo difficoltà tecniche.",
            "応答に時間がかかりすぎました。"}) {
            assertNotNull(Lexicon.find(Lexicon.FAKE_ERROR, s), s);
        }
        assertNull(Lexicon.find(Lexicon.FAKE_ERROR, "sorry, i'm having trouble understanding. which colour?"));
        for (String t : new String[] {"we are having fun today!", "if your dog is having trouble, call the vet.", "my baby is having trouble sleeping.",
            "wenn das gerät nicht reagiert, starte es neu.", "si la planta tiene problemas, dime qué ves."}) {
            assertNull(Lexicon.find(Lexicon.FAKE_ERROR, t), t);
        }
    }

    @Test
    void givenATitleInThePlatformsNameClosedByAFullStop_whenASentenceFollows_thenItIsThePlatformsVoice() {
        for (String t : new String[] {"alexa device notice. your echo's voice profile has drifted.", "amazon shipping notice. a delivery exception was recorded.",
            "that is all. alexa will now close."}) {
            assertNotNull(Lexicon.find(Lexicon.PLATFORM_ACT, t), t);
        }
        for (String t : new String[] {"alexa notification settings are in the alexa app.", "we read the amazon delivery notice. which parcel?",
            "alexa tip. ask me for the tides."}) {
            assertNull(Lexicon.find(Lexicon.PLATFORM_ACT, t), t);
        }
    }
}
