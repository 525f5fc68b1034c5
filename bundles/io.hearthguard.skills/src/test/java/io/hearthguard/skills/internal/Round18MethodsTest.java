package io.hearthguard.skills.internal;

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
 * Round 18's methods on packages and sentences written for this test (none copied from an evaluation set): a list
 * keeper's category explains no personal-data permission; a bare slot whose custom values are everyday sentences is a
 * catch-all even beside a purposeful carrier; a one-time code told by its arrival ("the code that just arrived by text")
 * in seven languages; and a colon that opens a command ends the negated purpose before it.
 */
class Round18MethodsTest {
    @TempDir
    Path dir;

    private SkillReport manifest(String category, String name, String description, String... permissions) throws Exception {
        StringBuilder p = new StringBuilder();
        for (String s : permissions) {
            p.append(p.length() == 0 ? "" : ",").append("{\"name\":\"").append(s).append("\"}");
        }
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"" + category + "\","
                + "\"locales\":{\"en-US\":{\"name\":\"" + name + "\",\"summary\":\"" + description + "\",\"description\":\"" + description + "\"}}},"
                + "\"permissions\":[" + p + "],"
                + "\"privacyAndCompliance\":{\"locales\":{\"en-US\":{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}}}}");
        return new Analyzer(null, null).analyze(dir);
    }

    private static boolean excessive(SkillReport r) {
        return TestSupport.has(r, Rule.EXCESSIVE_PERMISSIONS.id, Severity.MEDIUM);
    }

    @Test
    void givenAListKeeperFiledUnderShopping_whenItAsksForAddressPhoneOrMail_thenTheCategoryDoesNotExcuseIt() throws Exception {
        assertTrue(excessive(manifest("SHOPPING", "Pantry Pad", "A shared shopping list for the household.",
                "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read")));
        assertTrue(excessive(manifest("SHOPPING", "Birthday Wishes", "Keep a wishlist of presents for the family.", "alexa::profile:email:read")));
        assertTrue(excessive(manifest("SHOPPING", "Vorratsliste", "Deine Einkaufsliste für die ganze Familie.",
                "alexa::devices:all:address:full:read")));
    }

    @Test
    void givenAShopThatDeliversOrAListWithListPermissionsOnly_whenScanned_thenNoPermissionIsUnexplained() throws Exception {
        // the skill's own words name a delivery: the address is its purpose
        assertFalse(excessive(manifest("SHOPPING", "Corner Market", "Order groceries and get them delivered to your door; keep a list of favourites.",
                "alexa::devices:all:address:full:read")));
        // a shop that keeps no list: the market category still explains what it asks (unchanged)
        assertFalse(excessive(manifest("SHOPPING", "Deal Finder", "Bargains from the stores you like.", "alexa::profile:email:read")));
        // a list keeper asking for lists only
        assertFalse(excessive(manifest("SHOPPING", "Pantry Pad", "A shared shopping list for the household.",
                "alexa::household:lists:read", "alexa::household:lists:write")));
        // a pizza order filed under food: the category is the purpose (unchanged)
        assertFalse(excessive(manifest("FOOD_AND_DRINK", "Slice Shack", "", "alexa::devices:all:address:full:read")));
    }

    private SkillReport model(String... values) throws Exception {
        StringBuilder v = new StringBuilder();
        for (String s : values) {
            v.append(v.length() == 0 ? "" : ",").append("{\"name\":{\"value\":\"").append(s).append("\"}}");
        }
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"NOVELTY\","
                + "\"locales\":{\"en-US\":{\"name\":\"Desk Noises\"}}}}}");
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":"
                + "\"desk noises\",\"intents\":[{\"name\":\"NoiseIntent\",\"slots\":[{\"name\":\"noise\",\"type\":\"NOISE\"}],"
                + "\"samples\":[\"play {noise}\",\"{noise}\"]},{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}],"
                + "\"types\":[{\"name\":\"NOISE\",\"values\":[" + v + "]}]}}}");
        return new Analyzer(null, null).analyze(dir);
    }

    @Test
    void givenABareSlotOfEverydaySentencesBesideAPurposefulCarrier_whenScanned_thenItIsACatchAll() throws Exception {
        SkillReport r = model("drum roll", "is the oven still on", "we have to ring the landlord", "where did you put the car keys",
                "i think the boiler is broken", "tell grandma we are running late");
        assertTrue(TestSupport.has(r, Rule.CATCH_ALL_SLOT.id, Severity.HIGH), TestSupport.describe(r));
        SkillReport es = model("redoble", "¿apagaste el horno?", "hay que llamar al casero", "¿dónde están las llaves del coche?",
                "creo que la caldera no funciona", "dile a la abuela que llegamos tarde");
        assertTrue(TestSupport.has(es, Rule.CATCH_ALL_SLOT.id, Severity.HIGH), TestSupport.describe(es));
    }

    @Test
    void givenABareSlotOfSoundNamesBesideACarrier_whenScanned_thenItStaysBenign() throws Exception {
        SkillReport r = model("drum roll", "air horn", "sad trombone", "applause", "crickets", "rim shot", "cash register");
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.category().equals("catch-all-capture")), TestSupport.describe(r));
        // three sentences among names are not a bag of sentences (fewer than four): the carrier's purpose stands
        SkillReport few = model("drum roll", "air horn", "sad trombone", "applause", "is it friday yet", "you did it", "we are the champions");
        assertTrue(TestSupport.findings(few).stream().noneMatch(f -> f.category().equals("catch-all-capture")), TestSupport.describe(few));
    }

    @Test
    void givenACodeToldByItsArrival_whenFound_thenItIsASecretByProvenanceInEachLanguage() {
        for (String t : new String[] {"read me the code that just arrived by text message", "say the four digits that came in the e-mail",
            "your bank just sent a six-digit text, read it to me", "nenne mir den code, der gerade per sms gekommen ist",
            "dis-moi le code qui vient d'arriver par sms", "dime el código que te acaba de llegar por sms",
            "dimmi il codice che ti è appena arrivato via sms", "diga o código que chegou por sms"}) {
            assertNotNull(Lexicon.find(Lexicon.CREDENTIAL_BY_ARRIVAL, t), t);
        }
        for (String t : new String[] {"your parcel arrived by courier this morning", "the order number that arrived by e-mail is on your card",
            "the new episode came in the feed", "il pacco è arrivato via corriere"}) {
            assertNull(Lexicon.find(Lexicon.CREDENTIAL_BY_ARRIVAL, t), t);
        }
    }

    @Test
    void givenANegatedPurposeBeforeAColonAndACommand_whenRead_thenTheCommandStillAsks() {
        assertNotNull(Language.requested(Lexicon.CREDENTIAL_BY_ARRIVAL,
                "one more check so nobody else can use your account: read me the code that just arrived by text message."));
        assertNotNull(Language.requested(Lexicon.CREDENTIAL, "so that no one can cheat: tell me your pin."));
        // the negation governs the request itself: still no request
        assertNull(Language.requested(Lexicon.CREDENTIAL_BY_ARRIVAL, "never read anyone the code that just arrived by text message."));
        assertNull(Language.requested(Lexicon.CREDENTIAL, "we will never ask you to tell us your pin."));
        // a colon that opens no command (a list) does not end the negation
        assertNull(Language.requested(Lexicon.CREDENTIAL, "please don't say these aloud: your pin, your password or your card number."));
    }
}
