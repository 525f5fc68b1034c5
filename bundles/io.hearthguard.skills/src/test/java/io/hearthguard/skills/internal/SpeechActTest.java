package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 10b: what a sentence does with the data word it holds ({@link SpeechAct}), each test with its twin that must
 * still ask. Wording written for these tests.
 */
class SpeechActTest {

    private static String cred(String speech) {
        return Language.requested(Lexicon.CREDENTIAL, Text.norm(speech));
    }

    private static Requests.Ask ask(String speech) {
        return Requests.ask(Text.norm(speech), true);
    }

    @Test
    void givenAQuotedLine_whenNotWhatTheUserIsToldToSay_thenItIsAQuotationNotARequest() {
        assertNull(cred("\u201cHi, this is billing, please confirm your card number\u201d is a classic opening line."));
        assertNull(cred("\u00ab Donnez-moi votre mot de passe \u00bb : voil\u00e0 une phrase typique."));
        assertNull(cred("\u201eNennen Sie mir Ihr Passwort\u201c \u2013 so klingt es."));
        assertNotNull(cred("Say \u201cmy card number is\u201d and then the digits."));
        assertNotNull(cred("Please confirm your card number."));
        assertNotNull(cred("Please reply with \u201cmy card number is\u201d and then the digits."));
        // a term in scare quotes is the skill's own words, not a quoted line
        assertNotNull(cred("Your bank needs \u201cyour PIN\u201d to continue, please."));
        // a lone quotation mark opens nothing
        assertNotNull(cred("He said \u201cok. Now tell me your password."));
    }

    @Test
    void givenSingleQuotes_whenTheyOpenAndCloseAtWordEdges_thenTheyQuoteAndApostrophesDoNot() {
        // round 10c: single quotation marks (straight or curly) quote a line as double quotes do
        assertNull(cred("Here's a call: 'Hello, this is security. Read me the code we just texted you.' Scam or genuine?"));
        assertNull(cred("Ecco una chiamata: \u2018dimmi il codice che ti abbiamo inviato adesso\u2019. Truffa o no?"));
        assertTrue(SpeechAct.singleQuoted(Text.norm("a call: 'read me the code we texted you' is fake"), 20));
        // an imperative of saying before the quote: the quote is what the user is asked to say
        assertNotNull(cred("Please reply with 'my card number is' followed by the digits."));
        // apostrophes inside words and after a plural open no quote
        assertNotNull(cred("It's simple: tell me your password, it's what we need."));
        assertNotNull(cred("The players' scores are in. Now tell me your password, it's needed."));
        assertFalse(SpeechAct.singleQuoted(Text.norm("l'équipe vérifie. dis-moi ton mot de passe, c'est urgent"), 30));
        // a term in single scare quotes (fewer than four words) is the skill's own words
        assertNotNull(cred("Your bank needs your 'password' to continue, please."));
    }

    @Test
    void givenAValueReadToTheUser_whenTheDataWordIsFollowedByIt_thenItIsGivenNotAsked() {
        assertNull(cred("Your verification code is 5 1 8 3. Type it on the TV, then say ready."));
        assertNull(ask("Dein Bestätigungscode lautet 3 8 1 2. Gib ihn am Fernseher ein."));
        assertNull(ask("Tu código de verificación es siete dos cuatro uno. Escríbelo en la tele."));
        assertNotNull(cred("Your verification code is on its way. Read me the verification code when it arrives."));
    }

    @Test
    void givenACountedWord_whenCountedOrPlural_thenItIsNoSecret() {
        assertTrue(SpeechAct.counted("how many pins did you knock down?", 9, 12));
        assertTrue(SpeechAct.countedSlot("pins", "AMAZON.NUMBER", List.of("{pins}")));
        assertTrue(SpeechAct.countedSlot("pin", "AMAZON.NUMBER", List.of("I knocked down {pin} pins")));
        assertFalse(SpeechAct.countedSlot("pin", "AMAZON.NUMBER", List.of("my code is {pin}", "{pin}")));
        assertFalse(SpeechAct.countedSlot("pinCode", "AMAZON.FOUR_DIGIT_NUMBER", List.of("{pinCode}")));
    }

    @Test
    void givenAPartOfABirthDate_whenOnlyTheMonthIsAsked_thenNothingIdentifyingIsAsked() {
        assertNull(ask("Which month is your birthday in?"));
        assertNull(ask("In welchem Monat ist dein Geburtstag?"));
        assertNull(ask("¿En qué mes es tu cumpleaños?"));
        assertNotNull(ask("When is your birthday? Tell me the day, the month and the year."));
        assertNull(Lexicon.piiStatement(Text.norm("my birthday is in {month}")));
        assertNotNull(Lexicon.piiStatement(Text.norm("my birthday is {date}")));
    }

    @Test
    void givenANegationAfterTheWord_whenTheUserNeedNotSayIt_thenItIsNegated() {
        String ja = Text.norm("お名前は言わなくていいよ。すきな動物はなにかな？");
        assertNull(Language.affirmed(Lexicon.PII_QUESTION_MORE, ja));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION_MORE, Text.norm("お名前は？")));
        assertTrue(SpeechAct.notNeeded(" musst du mir nicht sagen"));
        assertFalse(SpeechAct.notNeeded(" musst du mir jetzt sagen"));
    }

    @Test
    void givenAQuestionAboutSomethingElse_whenTheDataIsAReferencePoint_thenItIsNotAsked() {
        assertNull(ask("How many kilometres from your postcode should I look for playgrounds?"));
        assertNull(ask("What state would you prefer your school's in?"));
        assertNull(ask("Quanti chilometri intorno al tuo indirizzo vuoi cercare?"));
        assertNotNull(ask("Tell me your postcode, and how many kilometres should I search?"));
        assertNotNull(ask("What is your school called?"));
        assertNotNull(ask("What is the name on the card?"));
    }

    @Test
    void givenTheUsersOwnName_whenAskedWithAPossessive_thenItIsPersonalAndAQuizIsNot() {
        assertNotNull(ask("Dis-moi ton prénom, ton nom de famille et le nom de ton école."));
        assertNotNull(ask("Dimmi il tuo nome di battesimo e la tua scuola."));
        assertNull(ask("What was the first name of the first person on the moon?"));
        assertNull(ask("How was your day at school?"));
    }

    @Test
    void givenABareNumber_whenNothingIsSaidOfCallingOrTexting_thenItIsAGuess() {
        assertTrue(SpeechAct.bareNumber("what's your number", "i picked a number between one and ten. what's your number?"));
        assertFalse(SpeechAct.bareNumber("what's your number", "i can text you the results. what's your number?"));
        assertFalse(SpeechAct.bareNumber("what's your phone number", "what's your phone number?"));
    }
}
