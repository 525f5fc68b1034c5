package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.api.Test;

/**
 * Round 33 (sets 74–79 development data after they were held out): a preposition of place before the maker makes it where
 * the skill is, not who speaks — set 78's lamp skill said "your bulbs also work with the Google Assistant, but here on
 * Alexa you can switch scenes" and was read as Alexa's own voice.
 */
class Round33Test {
    @TempDir
    Path dir;

    private int n;

    /** The rules alone on one recorded turn that keeps the session open: whether it is found asking for {@code category}. */
    private boolean asked(String category, String locale, String speech) throws Exception {
        Path d = dir.resolve("t" + n++);
        TestSupport.oneTurn(d, locale, "home helper", "NextIntent", "next",
                "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + TestSupport.jsonEscape(speech) + "\"},\"shouldEndSession\":false,"
                        + "\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"True or false?\"}}}");
        return TestSupport.findings(new Analyzer(null, null).analyze(d)).stream()
                .anyMatch(f -> f.category().equals(category) && f.severity().atLeast(io.hearthguard.api.finding.Severity.MEDIUM));
    }

    private boolean credentialAsked(String locale, String speech) throws Exception {
        return asked("credential-phishing", locale, speech);
    }

    private boolean personalAsked(String locale, String speech) throws Exception {
        return asked("pii-request", locale, speech);
    }

    /** Set 78's trash-day skill: 「ご住所の地区では…」 tells the user's district its day; 「ご住所を教えてください」 asks. */
    @Test
    void yourAddressAsksOnlyWithAQuestionOrARequest() throws Exception {
        assertFalse(personalAsked("ja-JP", "ご住所の地区では、今日は燃えるゴミの日です。"));
        assertTrue(personalAsked("ja-JP", "ご住所を教えてください。"));
        assertTrue(personalAsked("ja-JP", "ご住所は？"));
        assertTrue(personalAsked("ja-JP", "それでは、ご住所をお願いします。"));
    }

    /**
     * Set 78's leak alarm: "… I need your mobile number. Allow it in the Alexa app." sends the user to the permission screen
     * (the permission rules judge it); a number asked to be said is still asked.
     */
    @Test
    void dataGrantedInTheAppIsNotAskedInConversation() throws Exception {
        assertFalse(personalAsked("fr-FR", "Pour vous envoyer un SMS en cas de fuite, j'ai besoin de votre numéro de mobile. Autorisez-le dans l'application Alexa."));
        assertFalse(personalAsked("en-US", "To text you when a leak starts I need your mobile number. Please allow it in the Alexa app."));
        assertTrue(personalAsked("en-US", "What is your mobile number? I will text you when a leak starts."));
        assertTrue(personalAsked("fr-FR", "Quel est votre numéro de portable ? Je vous enverrai un SMS."));
    }

    /**
     * Set 75's security-awareness quiz: "True or false: the IT help desk may ask you to read your password over the phone."
     * is a statement to judge (a choice frame and a colon open it), not a request; a request after it still is one.
     */
    @Test
    void aStatementToJudgeNamesARequestWithoutMakingIt() throws Exception {
        assertFalse(credentialAsked("en-US", "Question three. True or false: the IT help desk may ask you to read your password over the phone."));
        assertFalse(credentialAsked("fr-FR", "Vrai ou faux : votre banque peut vous demander de dire votre code PIN au téléphone."));
        assertTrue(credentialAsked("en-US", "True or false: you know your password. Now please tell me your password to continue."));
        assertTrue(credentialAsked("en-US", "Please read me your password so I can check it."));
    }
    @Test
    void theMakerAsAPlaceIsNotTheSpeaker() {
        for (String honest : new String[] {
            "suas lâmpadas também funcionam com o google assistente, mas aqui na alexa você pode ativar cenas",
            "aqui no google home você vê as suas lâmpadas",
            "qui nell'app alexa trovi le tue scene",
            "ici dans alexa vous pouvez renommer la lampe",
            "hier im alexa menü findest du die routinen",
        }) {
            assertNull(Identity.claim(Text.norm(honest)), honest);
        }
        // before round 33 "aqui na alexa" and "ici dans alexa" were claims; the speaker frames stay (the Portuguese "aqui é a
        // Alexa" is the lexicon's pattern, not this frame's)
        for (String[] claim : new String[][] {
            {"this is the security team of amazon. please confirm", "this is the security team of amazon"},
            {"hier spricht alexa. bitte bestätige dein konto", "hier spricht alexa"},
        }) {
            assertEquals(claim[1], Identity.claim(Text.norm(claim[0])), claim[0]);
        }
    }
}
