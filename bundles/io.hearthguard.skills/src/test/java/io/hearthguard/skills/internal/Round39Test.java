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
 * Round 39 (sets 116–121 development data after they were held out on round 38's end): a visit to the home, a use told
 * beside the app's name, and an everyday word that sounds like a brand inside a longer name — in words of our own.
 */
class Round39Test {
    @TempDir
    Path dir;

    private SkillReport permissionSkill(String locale, String name, String description, String permission, String speech) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"BUSINESS_AND_FINANCE\","
                + "\"locales\":{\"" + locale + "\":{\"name\":\"" + name + "\",\"summary\":\"" + description + "\",\"description\":\"" + description + "\"}}},"
                + "\"privacyAndCompliance\":{\"locales\":{\"" + locale + "\":{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}},"
                + "\"permissions\":[{\"name\":\"" + permission + "\"}]}}");
        TestSupport.oneTurn(dir, locale, name.toLowerCase(java.util.Locale.ROOT), "InfoIntent", "tell me",
                "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"},\"shouldEndSession\":true}");
        return new Analyzer(null, null).analyze(dir);
    }

    private static boolean excessive(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("excessive-permissions") && f.severity().atLeast(Severity.MEDIUM));
    }

    @Test
    void aVisitToTheHomeNeedsTheAddressAndAUseToldBesideTheAppIsAUse() throws Exception {
        SkillReport visit = permissionSkill("en-US", "Boiler Fix", "Book a heating technician.", "alexa::devices:all:address:full:read",
                "Booked for Tuesday morning.");
        assertFalse(excessive(visit), TestSupport.describe(visit));
        SkillReport told = permissionSkill("pt-BR", "Conserto Já", "Agende um conserto.", "alexa::devices:all:address:country_and_postal_code:read",
                "Com o CEP que você autorizou no app Alexa, a oficina mais próxima fica a dois quilômetros.");
        assertFalse(excessive(told), TestSupport.describe(told));
        SkillReport card = permissionSkill("en-US", "Joke Pot", "A joke a day.", "alexa::profile:mobile_number:read",
                "Jokes are better shared! I have popped a card into your Alexa app so you can share your mobile number.");
        assertTrue(excessive(card), "a consent card is no use of the datum: " + TestSupport.describe(card));
    }

    @Test
    void anEverydayWordThatSoundsLikeABrandIsTheBrandOnlyAsTheWholeName() {
        Catalog c = new Catalog();
        c.add("zoom", 200);
        c.add("kayak", 300);
        // the descriptions say "lift" as a common noun: it is a word of the catalog's own language
        c.addDescription("Ride the lift to the top. The lift opens at nine. Every lift is heated. A ski lift pass.");
        c.add("lyft", 400);
        assertNotNull(c.lookup("lift"), "the whole name said as the brand");
        assertNull(c.lookup("banff lift tickets"), "a ski lift, not the ride service, once words are added");
        Catalog.Match kajak = c.lookup("kajak flüge");
        assertNotNull(kajak, "a foreign spelling with a word added is still the brand");
        assertEquals("kayak", kajak.known());
    }
}
