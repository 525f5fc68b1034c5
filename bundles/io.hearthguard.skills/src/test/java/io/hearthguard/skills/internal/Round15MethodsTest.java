package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 15's methods one by one, on inputs written for this test (the package-level cases are
 * {@code precision/*-15-*}): Jest 29's unescaped strings, a QA sheet whose skill column is named "speech", the
 * plural of a paraphrase noun in an invocation name, a Japanese clause ending in a predicate's inflection, a secret
 * named by where it is typed.
 */
class Round15MethodsTest {

    @Test
    void givenJest29RawQuotesInAString_whenRepaired_thenTheObjectIsJsonAndOtherLinesStay() throws Exception {
        String snap = "{\n  \"ssml\": \"<speak><audio src=\"https://a.example/x.mp3\"/> hi</speak>\",\n  \"text\": \"plain\",\n"
                + "  \"already\": \"say \\\"cheese\\\"\",\n  \"ph\": \"<phoneme ph=\"\"></phoneme>\"\n}";
        String fixed = Recordings.rawQuotes(snap);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fixed);
        assertEquals("<speak><audio src=\"https://a.example/x.mp3\"/> hi</speak>", node.get("ssml").asText());
        assertEquals("plain", node.get("text").asText());
        assertEquals("say \"cheese\"", node.get("already").asText(), "an escaped quote stays one");
        assertEquals("<phoneme ph=\"\"></phoneme>", node.get("ph").asText());
        String noQuotes = "{\n  \"a\": \"b\",\n}";
        assertEquals(noQuotes, Recordings.rawQuotes(noQuotes), "nothing to repair: the text is returned as it is");
    }

    @Test
    void givenAQaSheetWithUserSaidAndSpeechColumns_whenRead_thenTheSpeechIsTheSkills() throws Exception {
        String csv = "run,session,user_said,intent,speech,reprompt,should_end_session\n"
                + "1,s1,,,Hello. Which bird is this?,Which bird?,FALSE\n1,s1,a robin,AnswerIntent,Right. Bye!,,TRUE\n";
        Recordings.Found f = Recordings.csvTranscript("qa/run.csv", csv);
        assertNotNull(f, "a sheet with a user column and a speech column is a transcript");
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertTrue(f.responses.get(0).speech().contains("Which bird is this?"), f.responses.toString());
        assertNull(Recordings.csvTranscript("prices.csv", "item,price,output\npear,2,ok\n"), "no column of what a user said: not a conversation");
    }

    @Test
    void givenThePluralOfAParaphraseNoun_whenLookedUp_thenItIsTheSameNameAndAnInnerWordStays() {
        Catalog c = new Catalog();
        c.add("the bible app", 400);
        assertEquals("the bible app", java.util.Optional.ofNullable(c.lookup("the bible apps")).map(Catalog.Match::known).orElse(null));
        assertNull(c.lookup("the bible app"), "the listed name itself is no squatting");
        // only at the end: a plural inside a name is a word of it
        assertEquals(java.util.List.of("life", "skills", "quiz"), Catalog.rawWords("life skills quiz"));
        assertEquals(java.util.List.of("bible"), Catalog.rawWords("the bible skills"));
    }

    @Test
    void givenJapaneseValues_whenEndingInAPredicatesInflection_thenTheyAreClausesAndNamesAreNot() {
        for (String v : new String[] {"会社やめたい", "宿題やらない", "病院行かなきゃ", "片付けなくちゃ", "明日どこ行こう", "もう帰ろう",
            "お金どうしよう", "会社やめよう"}) {
            assertTrue(Rules.phraseLike(v), v);
        }
        for (String v : new String[] {"黒ぶどう", "たいよう", "抹茶アイス", "北海道メロン", "白桃", "ありがとう"}) {
            assertFalse(Rules.phraseLike(v), v);
        }
    }

    @Test
    void givenASecretNamedByWhereItIsTyped_whenAsked_thenItIsACredentialAndTheNounAloneIsNot() {
        assertNotNull(Lexicon.find(Lexicon.CREDENTIAL_BY_USE, "say the numbers you punch in at the cash point"));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL_BY_USE, "whisper the four numbers you tap at the cash machine, slowly."));
        assertNotNull(Requests.ask("whisper your four cash machine numbers.", true), "a verb of uttering asks in the request model too");
        assertNull(Requests.ask("whisper goodnight to the stars.", true));
        assertNull(Lexicon.find(Lexicon.CREDENTIAL_BY_USE, "say three numbers between one and ten"));
        assertNull(Lexicon.find(Lexicon.CREDENTIAL_BY_USE, "the numbers you see on the dice"));
    }

    @Test
    void givenAQuestionAboutAKindOfSecret_whenNoOneIsAddressed_thenNothingIsAsked() {
        assertNull(Requests.ask("next question: is a strong password long or short?", true));
        assertNull(Requests.ask("nächste frage: ist ein sicheres passwort lang oder kurz?", true));
        assertNotNull(Requests.ask("fun question: what is a password you use every day?", true), "the listener is addressed");
        assertNotNull(Requests.ask("what is your password?", true));
    }

    @Test
    void givenAYesOrNoQuestionAboutWhereSomethingGoes_whenTheDataIsTheDestination_thenItIsNotAsked() {
        assertTrue(SpeechAct.destination("shall i send the shopping list to your email address?", "email"));
        assertTrue(SpeechAct.destination("quer que eu envie o pedido para o seu endereço de sempre?", "seu endereço"));
        assertFalse(SpeechAct.destination("which home address should the courier go to?", "home address"), "a question word asks for a value");
        assertFalse(SpeechAct.destination("und auf welche schule gehst du?", "welche schule"), "the question word may be in the data's words");
        assertFalse(SpeechAct.destination("what is your address?", "address"));
        assertFalse(SpeechAct.destination("please tell me the address to send it to?", "address"), "an imperative asks");
        assertNull(Requests.ask("shall i send the recipe to your email address?", true));
        assertNotNull(Requests.ask("can you tell me your home address?", true));
    }

    @Test
    void givenALetteredQuestion_whenAnOptionNamesASecret_thenItIsNotAskedUnlessAVerbTellsToSayIt() {
        String quiz = "what does two factor authentication mean: a, a second proof like a one-time code; or b, typing your password twice?";
        assertNull(Language.requested(Lexicon.CREDENTIAL, quiz));
        assertNull(Requests.ask(quiz, true));
        assertNull(Requests.ask("which is safer: a) a long passphrase, or b) your birthday as a pin?", true));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, "to unlock your prize pick one: a) tell me your pin, or b) tell me your card number?"));
        assertNotNull(Requests.ask("quiz time. a) apples, b) pears: which one? and what is your pin?", true), "the options belong to another sentence");
    }
}
