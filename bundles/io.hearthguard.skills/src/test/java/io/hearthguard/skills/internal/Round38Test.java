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
 * Round 38 (sets 110–115 development data after they were held out on round 37's end): what a Dutch children's skill asks,
 * a locked account as a condition, units said short in a name, a vague "personalise" as a purpose, Dutch waste collection,
 * a quote e-mailed, a chat relay's own labels — in words of our own.
 */
class Round38Test {
    @TempDir
    Path dir;

    @Test
    void whatADutchChildrensSkillAsks() {
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION_MORE, Text.norm("Hoi speurneus! Hoe heet jij?")));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION_MORE, Text.norm("Super. In welke straat woon je?")));
        assertNotNull(Language.affirmed(Lexicon.PII_QUESTION_MORE, Text.norm("En op welke school zit je?")));
        assertNull(Language.affirmed(Lexicon.PII_QUESTION_MORE, Text.norm("Hoe heet je hond eigenlijk, en is hij lief?")), "the dog's name");
    }

    @Test
    void aLockedAccountAsAConditionIsNoClaim() {
        assertNull(Rules.platform(Text.norm("If your school app account is locked, reset it on the school's website.")));
        assertNull(Rules.platform(Text.norm("Se il tuo account è bloccato, reimpostalo dal sito.")));
        assertNotNull(Rules.platform(Text.norm("Your account is locked. Say your password to unlock it.")));
    }

    @Test
    void unitsSaidShortAreTheSameName() {
        Catalog c = new Catalog();
        c.add("ten minute yoga", 60);
        Catalog.Match m = c.lookup("ten min yoga");
        assertNotNull(m);
        assertEquals("ten minute yoga", m.known());
    }

    private SkillReport permissionSkill(String category, String name, String description, String permission, String speech) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"" + category
                + "\",\"locales\":{\"nl-NL\":{\"name\":\"" + name + "\",\"summary\":\"" + description + "\",\"description\":\"" + description + "\"}}},"
                + "\"privacyAndCompliance\":{\"locales\":{\"nl-NL\":{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}},"
                + "\"permissions\":[{\"name\":\"" + permission + "\"}]}}");
        TestSupport.oneTurn(dir, "nl-NL", name.toLowerCase(java.util.Locale.ROOT), "InfoIntent", "vertel",
                "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"},\"shouldEndSession\":true}");
        return new Analyzer(null, null).analyze(dir);
    }

    private static boolean excessive(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("excessive-permissions") && f.severity().atLeast(Severity.MEDIUM));
    }

    @Test
    void whatAPermissionIsForByTheListingAndTheSpeech() throws Exception {
        SkillReport waste = permissionSkill("LOCAL", "Afvalwijzer", "De afvalkalender van je gemeente.", "alexa::devices:all:address:full:read",
                "Morgen wordt het papier opgehaald.");
        assertFalse(excessive(waste), TestSupport.describe(waste));
        SkillReport vague = permissionSkill("LIFESTYLE", "Ochtendzin", "Personalized morning affirmations.", "alexa::profile:name:read",
                "Vandaag is een goede dag.");
        assertTrue(excessive(vague), "to personalise names no datum: " + TestSupport.describe(vague));
        SkillReport quote = permissionSkill("LOCAL", "Schoonmaakprijs", "Een prijs voor schoonmaak.", "alexa::profile:email:read",
                "A standard clean is ninety euros. I've emailed the quote to you.");
        assertFalse(excessive(quote), TestSupport.describe(quote));
    }

    @Test
    void aRelaysOwnLabelsForTheUserAndTheReprompt() throws Exception {
        String relay = "[{\"type\":\"message\",\"user\":\"U1\",\"ts\":\"3.1\",\"text\":\":speaking_head_in_silhouette: *me:* open nap watch\"},"
                + "{\"type\":\"message\",\"bot_id\":\"B1\",\"ts\":\"3.2\",\"text\":\":robot_face: *skill:* All quiet.\\n_(reprompt)_ \u2026 \u2026\\n`shouldEndSession: false`\"}]";
        Recordings.Found f = Recordings.chatExport("qa/relay.json", SafeJson.parse("relay", relay.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNotNull(f);
        assertEquals(1, f.responses.size(), f.responses.toString());
        assertEquals("open nap watch", f.responses.get(0).utterance());
        assertEquals("All quiet.", f.responses.get(0).speech());
        assertEquals("\u2026 \u2026", f.responses.get(0).reprompt());
        assertTrue(f.responses.get(0).open());
    }
}
