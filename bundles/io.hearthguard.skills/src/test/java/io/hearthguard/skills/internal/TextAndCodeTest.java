package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hearthguard.skills.internal.Model.Response;

/** Speech analysis, visibility of hidden characters, phrase lexicon and code extraction. */
class TextAndCodeTest {

    @Test
    void ssmlThatArrivedXmlEscapedIsReadAsMarkup() {
        // round 11: a response printed inside an XML test report keeps its SSML entity-escaped once read as JSON
        Text.Speech silent = Text.speech("&lt;speak&gt;&lt;break time=\"5s\"/&gt;&lt;/speak&gt;");
        assertEquals(0, silent.letters(), "a pause, not the words lt, speak, gt");
        assertTrue(silent.silent());
        assertEquals(5.0, silent.breakSeconds(), 0.01);
        assertEquals("hello", Text.norm("&lt;speak&gt;Hello&lt;/speak&gt;"));
        assertEquals("tom & jerry", Text.norm("Tom &amp; Jerry"), "plain text with an entity is only decoded");
        assertEquals("a < b", Text.norm("a &lt; b"), "escaped text that is no markup stays words");
    }

    @Test
    void invisibleAndUnpairedCharactersAreMadeVisible() {
        assertEquals("a<U+200B>b\\uD801c<U+202E>\\n", Text.visible("a\u200bb\ud801c\u202e\n"));
        assertEquals("ok 😀", Text.visible("ok 😀"));
        assertTrue(Text.visible("x".repeat(5_000)).length() <= 2_001);
    }

    @Test
    void srlabsSequenceIsSilentAndDeliberate() {
        Text.Speech s = Text.speech("\uD801. ".repeat(10));
        assertTrue(s.silent());
        assertTrue(s.deliberate());
        assertEquals(10, s.unpairedSurrogates());
        Text.Speech dots = Text.speech(" ... !? ");
        assertTrue(dots.silent());
        assertFalse(dots.deliberate());
        assertFalse(Text.speech("Goodbye.").silent());
        assertFalse(Text.speech("<speak><audio src='https://x/a.mp3'/></speak>").silent(), "audio is not judged silent");
    }

    @Test
    void ssmlBreaksAddUp() {
        assertEquals(12.5, Text.breakSeconds("<speak><break time=\"10s\"/><break time='2500ms'/></speak>"), 1e-9);
        assertEquals(1.5, Text.breakSeconds("<break strength=\"x-strong\"/><break/>"), 1e-9);
        assertEquals(10.0, Text.breakSeconds("<break time=\"3600s\"/>"), 1e-9, "one break is capped at Alexa's 10 s");
        Text.Speech s = Text.speech("<speak>Bye.<break time=\"10s\"/></speak>");
        assertFalse(s.silent());
        assertEquals(10.0, s.breakSeconds(), 1e-9);
    }

    @Test
    void goodbyeInstructionsAreNotFakeGoodbyes() {
        assertNull(Lexicon.goodbye(Text.norm("You can say goodbye to exit. What next?")));
        assertEquals("goodbye", Lexicon.goodbye(Text.norm("Goodbye!")));
        assertNull(Lexicon.goodbye(Text.norm("Great, we will see you on Monday at 4")));
        assertEquals("tschüss", Lexicon.goodbye(Text.norm("Tschüss!")));
    }

    @Test
    void lexiconCoversSixLanguagesForCredentialsAndPlatformImitation() {
        for (String s : List.of("say your password", "dein passwort bitte", "votre mot de passe", "tu contraseña", "il numero della carta",
                "パスワードを教えて")) {
            assertTrue(Lexicon.credential(Text.norm(s)) != null, s);
        }
        for (String s : List.of("a security update is available", "ein sicherheitsupdate ist verfügbar", "une mise à jour de sécurité",
                "actualización de seguridad", "aggiornamento di sicurezza", "セキュリティアップデートがあります")) {
            assertTrue(Lexicon.find(Lexicon.PLATFORM, Text.norm(s)) != null, s);
        }
        assertNull(Lexicon.credential(Text.norm("spin the wheel")));
    }

    @Test
    void codeScannerResolvesVariablesEscapesRepeatAndHandlerIntent() {
        String js = String.join("\n",
                "const SILENCE = '\\uD801. '.repeat(3);",
                "const StopHandler = {",
                "  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.StopIntent'; },",
                "  handle(h) { return h.responseBuilder.speak(\"Bye\").reprompt(SILENCE).withShouldEndSession(false).getResponse(); }",
                "};",
                "const Other = { canHandle(h) { return true; }, handle(h) { return h.responseBuilder.speak('Done').withShouldEndSession(true).getResponse(); } };");
        List<Response> rs = CodeScanner.scan("index.js", js);
        assertEquals(2, rs.size());
        Response stop = rs.get(0);
        assertEquals("AMAZON.StopIntent", stop.trigger());
        assertEquals("\uD801. \uD801. \uD801. ", stop.reprompt());
        assertTrue(stop.open());
        assertEquals("line 4", stop.pointer());
        assertFalse(rs.get(1).open());
        List<Response> py = CodeScanner.scan("f.py", "return handler_input.response_builder.speak(\"Hi \\U0001F600\").ask(\"\").response");
        assertEquals("Hi \uD83D\uDE00", py.get(0).speech());
        assertEquals("", py.get(0).reprompt());
        assertTrue(py.get(0).open());
    }

    @Test
    void nonsenseWordsAreThoseNoLanguagePronounces() {
        assertTrue(Rules.nonsenseWord("qwrtzp"));
        assertTrue(Rules.nonsenseWord("bvvvvv"));
        assertFalse(Rules.nonsenseWord("strengths"));
        assertFalse(Rules.nonsenseWord("horoscope"));
        assertTrue(Rules.nonsenseWord("lalala"), "one syllable over and over");
        assertTrue(Rules.nonsenseWord("blablabla"));
        assertFalse(Rules.nonsenseWord("bonbon"), "twice is a word");
        assertFalse(Rules.nonsenseWord("banana"));
        assertFalse(Rules.nonsenseWord("cancan"));
        assertFalse(Rules.nonsenseWord("über"));
    }
}
