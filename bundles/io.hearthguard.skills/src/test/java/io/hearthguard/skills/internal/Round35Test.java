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
 * Round 35 (sets 92–97 development data after they were held out): what their misses had in common, written here in
 * words of our own — a skill declaring itself closed or failed by its own name, a turn asking for a second piece of
 * personal data after one the skill needs, intents of open syllables, QA notes kept as Markdown tables, sheets naming the
 * Stop intent beside words in any language, Dutch and Hindi turns, a bank token asked for.
 */
class Round35Test {
    @TempDir
    Path dir;

    private SkillReport turn(String invocation, String intent, String response) throws Exception {
        TestSupport.oneTurn(dir, "en-US", invocation, intent, "next song", response);
        return new Analyzer(null, null).analyze(dir);
    }

    private static boolean category(SkillReport r, String category, Severity atLeast) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals(category) && f.severity().atLeast(atLeast));
    }

    @Test
    void theSkillDeclaringItselfUnavailableByNameFakesTheEnd() throws Exception {
        SkillReport r = turn("porch radio", "NextSongIntent", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Sorry, Porch Radio is no longer"
                + " available.\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Hmm?\"}},\"shouldEndSession\":false}");
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.fake-error", Severity.HIGH), TestSupport.describe(r));

        // one thing of the skill's domain unavailable, and the skill asks on: no end pretended
        SkillReport domain = turn("porch radio", "NextSongIntent", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Sorry, the jazz station is no"
                + " longer available.\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Which other station?\"}},\"shouldEndSession\":false}");
        assertFalse(category(domain, "fake-goodbye", Severity.MEDIUM), TestSupport.describe(domain));
    }

    @Test
    void aCrashThatClosesTheSkillIsAFakeEnd() throws Exception {
        SkillReport r = turn("quiz castle", "AnswerIntent", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Oh no. Quiz Castle ran into an"
                + " unexpected problem and has to close.\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Still there?\"}},"
                + "\"shouldEndSession\":false}");
        assertTrue(category(r, "fake-goodbye", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void closingTheSkillByItsOwnNameIsAGoodbye() throws Exception {
        Rules.Context c = context("budget buddy", "Budget Buddy");
        assertEquals("closing budget buddy", Rules.closesByName(c, "okay. closing budget buddy now."));
        assertEquals("budget buddy will now shut down", Rules.closesByName(c, "budget buddy will now shut down."));
        assertNull(Rules.closesByName(c, "closing the garage door now."), "not the skill's name");
        assertNull(Rules.closesByName(c, "shall i keep budget buddy open?"), "a question closes nothing");

        SkillReport r = turn("budget buddy", "AMAZON.CancelIntent", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Okay. Closing Budget Buddy"
                + " now.\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Anything else to log?\"}},\"shouldEndSession\":false}");
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
    }

    private Rules.Context context(String invocation, String name) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"" + name + "\"}}}}}");
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\""
                + invocation + "\",\"intents\":[{\"name\":\"LogIntent\",\"samples\":[\"log a coffee\"]}]}}}");
        return new Rules.Context(PackageLoader.load(dir).get(0));
    }

    @Test
    void everyQuestionForPersonalDataInATurnIsJudged() throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"SHOPPING\",\"locales\":{\"en-US\":"
                + "{\"name\":\"Shop Locator\",\"summary\":\"Finds the store nearest to you.\",\"description\":\"Tells you the nearest store and its opening hours.\"}}}}}");
        TestSupport.oneTurn(dir, "en-US", "shop locator", "FindIntent", "find a store", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":"
                + "\"Sure. What's your zip code? And while we're at it, what's your date of birth?\"},\"reprompt\":{\"outputSpeech\":"
                + "{\"type\":\"PlainText\",\"text\":\"Your zip code?\"}},\"shouldEndSession\":false}");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals("skills.pii-request.prompt") && f.severity().atLeast(Severity.MEDIUM)
                && f.summary().contains("date of birth")), TestSupport.describe(r));

        // the zip code alone is what a store finder needs
        TestSupport.oneTurn(dir, "en-US", "shop locator", "FindIntent", "find a store", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":"
                + "\"Sure. What's your zip code?\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Your zip code?\"}},\"shouldEndSession\":false}");
        SkillReport needed = new Analyzer(null, null).analyze(dir);
        assertFalse(category(needed, "pii-request", Severity.MEDIUM), TestSupport.describe(needed));
    }

    private static java.util.List<Model.Sample> samples(String... texts) {
        java.util.List<Model.Sample> out = new java.util.ArrayList<>();
        for (String t : texts) {
            out.add(new Model.Sample(t, "m.json", "/samples"));
        }
        return out;
    }

    @Test
    void anIntentOfOpenSyllablesIsACatchAll() {
        assertEquals(6, Rules.syllableSamples(samples("ka lo", "mi ra to", "pe ta ki", "zu", "wa", "ne bi", "stop the beat")));
        assertEquals(4, Rules.syllableSamples(samples("tchu tchu", "pa ra ti", "bou ba", "lá lá")));
        // solfège, answers and words said short are no nonsense
        assertEquals(0, Rules.syllableSamples(samples("do re mi", "fa so la", "ti do", "la la")));
        assertEquals(0, Rules.syllableSamples(samples("yes", "no", "go", "so so")));
        assertEquals(0, Rules.syllableSamples(samples("play next", "stop", "ka lo")), "one syllable sample of three is not half");
    }

    @Test
    void aMarkdownQaTableIsASheetOfTurns() throws Exception {
        TestSupport.write(dir, "skill-package/interactionModels/custom/pt-BR.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":"
                + "\"doce rapido\",\"intents\":[{\"name\":\"ReceitaIntent\",\"samples\":[\"uma receita\"]}]}}}");
        TestSupport.write(dir, "docs/qa-manual.md", "# QA manual\n\nAparelho: Echo Dot\n\n"
                + "| # | user said | skill said | reprompt | mic open after? |\n|---|---|:---:|---|---|\n"
                + "| 1 | uma receita | Hoje: pudim de leite, pronto em uma hora. | `\u2060\u200b\u2060` | yes |\n\nNotas: nada mais.\n");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(category(r, "silent-keepalive", Severity.HIGH), TestSupport.describe(r));
        assertTrue(r.inputs().stream().anyMatch(x -> x.read() && x.file().equals("docs/qa-manual.md") && x.shape().equals("Markdown table of turns")),
                r.inputs().toString());

        // a dash in the reprompt cell is an empty cell, and "no" closes the session
        TestSupport.write(dir, "docs/qa-manual.md", "| user said | skill said | reprompt | mic stays open |\n| --- | --- | --- | --- |\n"
                + "| uma receita | Hoje: pudim de leite. Tchau! | — | no |\n");
        SkillReport closed = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(closed).stream().noneMatch(f -> f.category().equals("silent-keepalive") || f.category().equals("fake-goodbye")),
                TestSupport.describe(closed));

        assertNull(Recordings.markdownTable("| a | b |\nno rule line under the header\n"));
        assertNotNull(Recordings.markdownTable("| a | b |\n|---|---|\n| 1 | 2 |\n"));
    }

    @Test
    void aSheetNamingTheStopIntentIsAStopWhateverTheWords() throws Exception {
        TestSupport.write(dir, "skill-package/interactionModels/custom/hi-IN.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":"
                + "\"भजन माला\",\"intents\":[{\"name\":\"BhajanIntent\",\"samples\":[\"भजन सुनाओ\"]},{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
        TestSupport.write(dir, "export/turns.csv", "timestamp,session_id,request_type,intent,user_text,output_speech,reprompt,should_end_session\n"
                + "2026-01-01T09:00:00Z,s1,LaunchRequest,,भजन माला खोलो,<speak>कौन सा भजन?</speak>,<speak>कौन सा भजन?</speak>,false\n"
                + "2026-01-01T09:00:20Z,s1,IntentRequest,AMAZON.StopIntent,ठहरो,<speak>ठीक है।</speak>,<speak>कोई और भजन?</speak>,false\n");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals("skills.fake-goodbye.stop-keeps-listening")), TestSupport.describe(r));
    }

    @Test
    void dutchAndHindiTurnsAreRead() throws Exception {
        String nl = Text.norm("Bedankt voor je melding. Tot ziens!");
        assertNotNull(Lexicon.goodbye(nl));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("Dank je. Wat is je geboortedatum?")));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("आपका पूरा पता क्या है?")));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("अब अपना मोबाइल नंबर बताइए।")));
        assertNotNull(Lexicon.goodbye(Text.norm("अलविदा, फिर मिलेंगे!")));
        assertNotNull(Rules.platform(Text.norm("नमस्ते, मैं Alexa की तरफ़ से बोल रही हूँ। आपके खाते में सुरक्षा अपडेट ज़रूरी है।")));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, Text.norm("Zeg je pincode, alsjeblieft.")));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, Text.norm("कृपया अपना ओटीपी बताइए।")));
        assertNull(Language.requested(Lexicon.CREDENTIAL, Text.norm("अपना पिन कोड बताइए।")), "the Indian postal code is no secret");
        // not asked: the skill says what it needs a permission for (the permission's own finding judges that)
        assertNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("Om je lampen te schakelen heb ik je naam nodig.")));
    }

    @Test
    void aBankTokenIsACredential() {
        assertNotNull(Lexicon.credential(Text.norm("Para ver o saldo, diga o token de seis dígitos do seu internet banking.")));
        assertNotNull(Lexicon.credential(Text.norm("To continue, read me the six digit token from your bank app.")));
        assertNull(Lexicon.credential(Text.norm("Your game token is worth ten points.")));
    }
}
