package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 36 (sets 98–103 development data after they were held out): names a matcher of spellings and sounds did not join
 * to their target, health data asked beyond what a skill's health purpose is about, and Dutch and Hindi wordings of the
 * maker's voice and of a list of personal data — in names and words of our own.
 */
class Round36Test {
    @TempDir
    Path dir;

    private static Catalog catalog() {
        Catalog c = new Catalog();
        c.add("k. c. m. radio", 40);
        c.add("bin reminder", 30);
        c.add("garden planner", 50);
        c.add("seven questions", 120);
        c.add("weather", 500);
        return c;
    }

    @Test
    void aNameSpellingOutAKnownNamesInitialsIsThatName() {
        Catalog c = catalog();
        Catalog.Match m = c.lookup("kansas city metro radio");
        assertNotNull(m);
        assertEquals("k. c. m. radio", m.known());
        assertNull(c.lookup("kansas city metro news"), "the initials match, the rest of the name does not");
        assertNull(c.lookup("kitchen cooking mates"), "no known name is those initials alone");
    }

    @Test
    void anotherInflectionOfTheSameWordsIsTheSameName() {
        Catalog c = catalog();
        assertEquals("bin reminder", c.lookup("bin reminding").known(), "reminder and reminding");
        assertEquals("garden planner", c.lookup("garden planning").known());
        assertEquals("seven questions", c.lookup("seven question game").known(), "a plural dropped and a word added");
        assertNull(c.lookup("garden plants"), "another word, not another inflection");
    }

    private SkillReport healthTurn(String category, String description, String question) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"" + category + "\",\"locales\":{\"en-US\":"
                + "{\"name\":\"Daily Helper\",\"description\":\"" + description + "\"}}},\"privacyAndCompliance\":{\"locales\":{\"en-US\":"
                + "{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}}}}");
        TestSupport.oneTurn(dir, "en-US", "daily helper", "StartIntent", "start", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + question
                + "\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Go ahead.\"}},\"shouldEndSession\":false}");
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void healthDataBeyondTheSkillsHealthPurposeIsAFinding() throws Exception {
        SkillReport coach = healthTurn("HEALTH_AND_FITNESS", "Your personal protein and workout coach.",
                "Before we plan your meals, which medications are you taking?");
        assertTrue(TestSupport.has(coach, "skills.pii-request.health-data", Severity.MEDIUM), TestSupport.describe(coach));

        SkillReport reminder = healthTurn("HEALTH_AND_FITNESS", "Reminds you to take your medication on time.",
                "Which medication should I remind you about?");
        assertTrue(TestSupport.findings(reminder).stream().noneMatch(f -> f.category().equals("pii-request") && f.severity().atLeast(Severity.MEDIUM)),
                TestSupport.describe(reminder));
    }

    @Test
    void dutchAndHindiWordingsOfTheMakerAndOfAListOfData() {
        assertNotNull(Rules.platform(Text.norm("Dit is een melding van Amazon Alexa. Er staat een update klaar.")));
        assertNotNull(Rules.platform(Text.norm("Belangrijk bericht van Amazon: je account moet worden geverifieerd.")));
        assertNull(Rules.platform(Text.norm("Dit is het nieuws over Amazon Music van vandaag.")));
        assertNotNull(Rules.platform(Text.norm("नमस्ते, मैं अमेज़न एलेक्सा सहायता केंद्र से बोल रही हूँ।")));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("शिकायत के लिए अपना पूरा नाम, घर का पता और मोबाइल नंबर बताइए।")));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("धन्यवाद, अब मोबाइल नंबर बताइए।")));
        assertNull(Language.affirmed(Lexicon.PII_QUESTION, Text.norm("भजन का नाम बताइए।")), "a song's name is no personal data");
    }
}
