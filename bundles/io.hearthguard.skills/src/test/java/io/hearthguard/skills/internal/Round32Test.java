package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;

/**
 * Round 32 (skills and listings written for this test): what a skill does explains a permission — a household's waste
 * collection is by street, an emergency service on duty is the nearest one, a phone finder rings the user's own phone, a
 * booking is in a person's name — in the languages the sets use; and the guards: a quiz still needs no address, "determine"
 * is no "Termin".
 */
class Round32Test {
    @TempDir
    Path dir;

    private int n;

    /** The rules alone on a skill with this listing and one permission, with a privacy policy. */
    private List<SkillFinding> listed(String locale, String name, String description, String permission) throws Exception {
        Path d = dir.resolve("c" + n++);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + locale
                + "\":{\"name\":\"" + name + "\",\"summary\":\"" + name + ".\",\"description\":\"" + description + "\"}},\"category\":\"LIFESTYLE\"},"
                + "\"permissions\":[{\"name\":\"" + permission + "\"}],"
                + "\"privacyAndCompliance\":{\"locales\":{\"" + locale + "\":{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"" + name.toLowerCase(java.util.Locale.ROOT) + "\",\"intents\":[{\"name\":\"WhenIntent\",\"slots\":[],"
                + "\"samples\":[\"when\"]},{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
        return TestSupport.findings(new Analyzer(null, null).analyze(d)).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean excessive(List<SkillFinding> f) {
        return f.stream().anyMatch(x -> x.category().equals("excessive-permissions"));
    }

    @Test
    void whatTheSkillDoesExplainsThePermission() throws Exception {
        String postcode = "alexa::devices:all:address:country_and_postal_code:read";
        String address = "alexa::devices:all:address:full:read";
        String[][] justified = {
            {"en-GB", "Bin Day", "Tells you which bins go out this week.", postcode},
            {"en-US", "Curbside Schedule", "Your pickup days for trash and recycling.", postcode},
            {"de-DE", "Müllabfuhr Kalender", "Sagt dir, wann die gelbe Tonne abgeholt wird.", address},
            {"fr-FR", "Collecte Facile", "Les jours de collecte des déchets de votre rue.", address},
            {"es-ES", "Día de la Basura", "Qué contenedor sacar esta noche.", postcode},
            {"it-IT", "Raccolta Porta a Porta", "Il calendario dei rifiuti del tuo quartiere.", postcode},
            {"ja-JP", "ゴミの日", "今日出せるゴミを教えます。", postcode},
            {"de-DE", "Tierarzt-Notdienst", "Findet den diensthabenden Tierarzt.", "read::alexa:device:all:address"},
            {"fr-FR", "Pharmacie de Garde", "La pharmacie de garde ce soir.", address},
            {"en-US", "Phone Locator Plus", "Find my phone: it rings your phone.", "alexa::profile:mobile_number:read"},
            {"fr-CA", "Rendez-vous Permis", "Prenez rendez-vous pour l'examen de conduite.", "alexa::profile:name:read"},
            {"de-DE", "Praxis Termin", "Vereinbaren Sie einen Termin in der Praxis.", "alexa::profile:name:read"},
            {"es-MX", "Cita Médica", "Agenda tu cita con el médico.", "alexa::profile:name:read"},
        };
        for (String[] j : justified) {
            assertFalse(excessive(listed(j[0], j[1], j[2], j[3])), String.join(" | ", j));
        }
    }

    @Test
    void aListingThatExplainsNothingStillAsksTooMuch() throws Exception {
        assertTrue(excessive(listed("en-US", "Capital Quiz", "Guess the capitals of the world.", "alexa::devices:all:address:full:read")));
        assertTrue(excessive(listed("en-US", "Mind Reader", "I determine the number you are thinking of.", "alexa::profile:name:read")));
        assertTrue(excessive(listed("de-DE", "Witze Box", "Ein Witz am Tag.", "alexa::profile:mobile_number:read")));
        assertTrue(excessive(listed("ja-JP", "情報収集クイズ", "クイズで遊ぼう。", "alexa::devices:all:address:full:read")));
    }
}
