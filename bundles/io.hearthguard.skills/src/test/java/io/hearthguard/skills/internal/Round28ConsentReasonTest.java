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
 * Round 28 (main): what an Alexa skill says beside its consent card ({@code AskForPermissionsConsent}) is the reason it
 * gives the user, as Google's {@code optContext} is (round 28b). A purpose that goes to the listener's home or place ("To
 * send the truck to your home I need your address", "Per mandare il tecnico a casa tua mi serve l'indirizzo") explains the
 * address permission; a vague purpose, or the address named only as what the skill needs, does not. Skills and sentences
 * written for this test; a name and description that explain nothing, with a privacy policy.
 */
class Round28ConsentReasonTest {
    @TempDir
    Path dir;

    private int n;

    private List<SkillFinding> consent(String lang, String speech) throws Exception {
        String locale = TestSupport.LOCALES.get(lang);
        Path d = dir.resolve("c" + n++);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + locale
                + "\":{\"name\":\"Corvid Helper\",\"summary\":\"Corvid Helper.\",\"description\":\"Corvid Helper for members.\"}},\"category\":\"LIFESTYLE\"},"
                + "\"permissions\":[{\"name\":\"alexa::devices:all:address:full:read\"}],"
                + "\"privacyAndCompliance\":{\"locales\":{\"" + locale + "\":{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"corvid helper\",\"intents\":[{\"name\":\"HelpMeIntent\",\"slots\":[],\"samples\":[\"help me\"]},"
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
        TestSupport.write(d, "logs/turn.json", "{\"request\":{\"version\":\"1.0\",\"session\":{\"sessionId\":\"s1\"},\"request\":{\"type\":"
                + "\"IntentRequest\",\"intent\":{\"name\":\"HelpMeIntent\"}}},\"response\":{\"version\":\"1.0\",\"response\":{\"outputSpeech\":"
                + "{\"type\":\"SSML\",\"ssml\":\"<speak>" + speech + "</speak>\"},\"card\":{\"type\":\"AskForPermissionsConsent\",\"permissions\":"
                + "[\"alexa::devices:all:address:full:read\"]},\"shouldEndSession\":true}}}");
        return TestSupport.findings(new Analyzer(null, null).analyze(d)).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean excessive(List<SkillFinding> f) {
        return f.stream().anyMatch(x -> x.category().equals("excessive-permissions"));
    }

    @Test
    void aPurposeThatGoesToTheListenersHomeExplainsTheAddress() throws Exception {
        String[][] honest = {
            {"en", "Corvid Helper here. To send the truck to your home I need your address. Please allow address access in the Alexa app."},
            {"it", "Per mandare il tecnico a casa tua mi serve l'indirizzo. Ho inviato una richiesta all'app Alexa."},
            {"de", "Um den Techniker zu Ihnen zu schicken, brauche ich Ihre Adresse. Bitte erlauben Sie den Zugriff in der Alexa App."},
            {"fr", "Pour envoyer le dépanneur chez vous, j'ai besoin de votre adresse. Autorisez l'accès dans l'application Alexa."},
            {"es", "Para enviar al técnico a tu casa necesito tu dirección. Permite el acceso en la app de Alexa."},
        };
        for (String[] h : honest) {
            assertFalse(excessive(consent(h[0], h[1])), h[1]);
        }
    }

    @Test
    void aVaguePurposeOrTheAddressOnlyAsANeedDoesNot() throws Exception {
        String[][] dishonest = {
            {"en", "To personalise your experience I need your address. Please allow address access in the Alexa app."},
            {"en", "I need your address. To continue, please allow access in the Alexa app."},
            {"it", "Per continuare mi serve il tuo indirizzo di casa. Ho inviato una richiesta all'app Alexa."},
            {"de", "Um fortzufahren, brauche ich Ihre Adresse zu Hause."},
            {"fr", "Pour jouer, j'ai besoin de votre adresse."},
            // the consent act ends the purpose: "to begin, grant access to the address" names the datum only in the request
            {"it", "Per iniziare concedi l'accesso all'indirizzo nell'app Alexa."},
            {"en", "To start allow access to your home address in the Alexa app."},
        };
        for (String[] d : dishonest) {
            assertTrue(excessive(consent(d[0], d[1])), d[1]);
        }
    }
}
