package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * Round 25a's methods, on packages and sentences written for this test (none taken from an evaluation set), each dishonest
 * form beside honest twins: (1) the listing that presents the skill as the platform's own office or work; (2) a card that
 * asks for personal data; (3) a Google project that asks for personal-data permissions and declares no privacy policy;
 * (4) the ASK CLI's folder read for its recordings, not its build copies; (5) the national numbers of more locales; (6) the
 * assistant named in its language in a notice title, and the assistant as the sender in Japanese copula form.
 */
class Round25aMethodsTest {
    @TempDir
    Path dir;

    private static final String MODEL = "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"party charades\",\"intents\":["
            + "{\"name\":\"PlayIntent\",\"slots\":[],\"samples\":[\"start the game\"]}]}}}";

    private static String manifest(String name, String summary, String description) {
        return "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"en-US\":{\"name\":\"" + name + "\",\"summary\":\"" + summary
                + "\",\"description\":\"" + description + "\"}},\"category\":\"GAMES\"},\"privacyAndCompliance\":{\"locales\":{\"en-US\":"
                + "{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}";
    }

    private List<SkillFinding> listing(String sub, String name, String summary, String description) throws Exception {
        Path d = dir.resolve(sub);
        TestSupport.write(d, "skill-package/skill.json", manifest(name, summary, description));
        TestSupport.write(d, "skill-package/interactionModels/custom/en-US.json", MODEL);
        SkillReport r = new Analyzer(null, null).analyze(d);
        return TestSupport.findings(r).stream().filter(f -> f.category().equals("masquerade") && f.severity().atLeast(io.hearthguard.api.finding.Severity.MEDIUM))
                .toList();
    }

    @Test
    void aListingThatPresentsTheSkillAsThePlatformsOwnIsMasquerade() throws Exception {
        String[][] dishonest = {
            {"Alexa Game Night – Official", "Party games.", "Charades for the family."},
            {"Assistenza Alexa Ufficiale", "Consigli.", "Consigli per la casa."},
            {"Party Charades", "Charades.", "The party game made by the Amazon Alexa team."},
            {"Scharade", "Spiele.", "Ein Partyspiel, von Amazon entwickelt."},
            {"Charades", "Jeux.", "Un jeu conçu par l'équipe Amazon pour toute la famille."},
            {"Charadas", "Juegos.", "Juego creado por el equipo de Alexa."},
            {"Centre de mises à jour", "Service officiel de votre enceinte : notifications et sécurité.", "Conseils."},
            {"Sprachhilfe", "Der Kundenservice Ihres Lautsprechers.", "Hilfe."},
        };
        int i = 0;
        for (String[] l : dishonest) {
            assertFalse(listing("d" + i++, l[0], l[1], l[2]).isEmpty(), String.join(" | ", l));
        }
    }

    @Test
    void aListingMadeForThePlatformOrByItsOwnAuthorIsNot() throws Exception {
        String[][] honest = {
            {"NPR News", "The official NPR skill for Amazon Alexa.", "News every hour."},
            {"Acme Weather for Alexa", "Official Acme forecasts on Alexa.", "Made for Alexa by Acme Labs."},
            {"Rezepte", "Offizielle Rezepte von Chefkoch für Alexa.", "Entwickelt für Amazon Alexa von einem kleinen Team."},
            {"Météo", "Application officielle de Météo Ville pour Alexa.", "Développée par Acme pour Alexa."},
            {"Quiz", "Juego oficial de la liga para Alexa.", "Creado por un fan de Alexa."},
            {"Party Charades", "Charades for Alexa.", "Works with Google Assistant and Alexa; made by two teachers."},
            {"Consigli Echo", "Consigli per il tuo altoparlante.", "Come usare al meglio il tuo dispositivo Echo."},
            // a speaker frame in a listing, without a request (as in real sample skills)
            {"Demo Store", "A demo shop.", "Learn more about Amazon Pay here: https://pay.amazon.com"},
            {"Chat Helper", "This is a sample Alexa skill.", "A sample."},
        };
        int i = 0;
        for (String[] l : honest) {
            assertTrue(listing("h" + i++, l[0], l[1], l[2]).isEmpty(), String.join(" | ", l));
        }
    }

    private static final String TIMER = "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"focus timer\",\"intents\":["
            + "{\"name\":\"StartIntent\",\"slots\":[],\"samples\":[\"start a sprint\"]}]}}}";

    private List<SkillFinding> card(String sub, String speech, String content, boolean open) throws Exception {
        Path d = dir.resolve(sub);
        TestSupport.write(d, "skill-package/interactionModels/custom/en-US.json", TIMER);
        TestSupport.write(d, "tests/launch.json", "{\"request\":{\"session\":{\"sessionId\":\"s1\"},\"request\":{\"type\":\"LaunchRequest\"}},"
                + "\"response\":{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"},"
                + "\"card\":{\"type\":\"Simple\",\"title\":\"Focus\",\"content\":\"" + content + "\"},\"shouldEndSession\":" + !open
                + (open ? ",\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Ready?\"}}" : "") + "}}}");
        return TestSupport.findings(new Analyzer(null, null).analyze(d)).stream()
                .filter(f -> f.rule().equals("skills.pii-request.prompt") && f.severity().atLeast(io.hearthguard.api.finding.Severity.MEDIUM)).toList();
    }

    @Test
    void aCardThatAsksForPersonalDataAsksInTheSkillsName() throws Exception {
        assertFalse(card("c1", "Sprint started.", "Tell me your home address to unlock the bonus.", true).isEmpty());
        assertFalse(card("c2", "Sprint gestartet.", "Sag mir deine Handynummer, um weiterzumachen.", true).isEmpty());
        assertFalse(card("c3", "Sprint iniciado.", "Diga seu e-mail para continuar.", true).isEmpty());
        assertFalse(card("c4", "Sprint lancé.", "Quelle est votre date de naissance ?", true).isEmpty());
    }

    @Test
    void aCardThatShowsOrAdvisesAsksForNothing() throws Exception {
        assertTrue(card("n1", "Sprint started.", "Twenty five minutes. Stay focused.", true).isEmpty());
        assertTrue(card("n2", "Sprint started.", "Never tell a stranger your home address.", true).isEmpty());
        assertTrue(card("n3", "Sprint started.", "Your sprint summary goes to the e-mail address in your account settings.", true).isEmpty());
        assertTrue(card("n4", "Sprint gestartet.", "Fünfundzwanzig Minuten. Viel Erfolg!", true).isEmpty());
    }

    private List<SkillFinding> google(String sub, String privacy) throws Exception {
        return google(sub, privacy, "Coin Flipper", "To personalise your flips", "\"NAME\",\"DEVICE_PRECISE_LOCATION\"");
    }

    private List<SkillFinding> google(String sub, String privacy, String name, String why, String permissions) throws Exception {
        Path d = dir.resolve(sub);
        TestSupport.write(d, "action.json", "{\"locale\":\"en\",\"manifest\":{\"displayName\":\"" + name + "\",\"invocationName\":\"" + name.toLowerCase() + "\""
                + (privacy == null ? "" : ",\"privacyUrl\":\"" + privacy + "\"") + ",\"category\":\"GAMES_AND_TRIVIA\"},"
                + "\"actions\":[{\"name\":\"actions.intent.MAIN\",\"intent\":{\"name\":\"actions.intent.MAIN\"},\"fulfillment\":{\"conversationName\":\"c\"}}],"
                + "\"conversations\":{\"c\":{\"name\":\"c\",\"url\":\"https://example.org/f\"}}}");
        TestSupport.write(d, "test/conversation.json", "{\"request\":{\"user\":{\"locale\":\"en-US\"},\"conversation\":{\"conversationId\":\"1\",\"type\":\"NEW\"},"
                + "\"inputs\":[{\"intent\":\"actions.intent.MAIN\",\"rawInputs\":[{\"inputType\":\"VOICE\",\"query\":\"talk to coin flipper\"}]}]},"
                + "\"response\":{\"expectUserResponse\":true,\"expectedInputs\":[{\"inputPrompt\":{\"richInitialPrompt\":{\"items\":[{\"simpleResponse\":"
                + "{\"textToSpeech\":\"" + why + "\"}}]}},\"possibleIntents\":[{\"intent\":\"actions.intent.PERMISSION\",\"inputValueData\":"
                + "{\"@type\":\"type.googleapis.com/google.actions.v2.PermissionValueSpec\",\"optContext\":\"" + why + "\","
                + "\"permissions\":[" + permissions + "]}}]}]}}");
        return TestSupport.findings(new Analyzer(null, null).analyze(d)).stream().filter(f -> f.rule().equals("skills.pii-request.no-privacy-policy")).toList();
    }

    @Test
    void aGoogleProjectAskingPersonalPermissionsDeclaresItsPolicyOrIsReported() throws Exception {
        assertFalse(google("g1", null).isEmpty());
        assertFalse(google("g2", "").isEmpty());
        assertTrue(google("g3", "https://example.org/privacy").isEmpty());
        // the permission the Action's purpose explains, alone: what it needs
        assertTrue(google("g4", null, "Pharmacy Finder", "To find the pharmacy nearest to you", "\"DEVICE_PRECISE_LOCATION\"").isEmpty());
    }

    @Test
    void theAskCliFolderIsReadForRecordingsNotForBuildCopiesOrState() {
        assertFalse(PackageReader.askBuild(".ask/"));
        assertFalse(PackageReader.askBuild(".ask/replays/replay-output.json"));
        assertFalse(PackageReader.askBuild("skill/.ask/simulations/sim-1.json"));
        assertTrue(PackageReader.askBuild(".ask/lambda/"));
        assertTrue(PackageReader.askBuild(".ask/lambda/index.js"));
        assertTrue(PackageReader.askBuild("x/.ask/build/out.json"));
        assertFalse(PackageReader.askBuild("lambda/index.js"));
        assertFalse(PackageReader.wanted(".ask/ask-states.json"));
    }

    @Test
    void aRecordingInTheAskCliFolderIsRead() throws Exception {
        Path d = dir.resolve("ask");
        TestSupport.write(d, "skill-package/interactionModels/custom/en-US.json", TIMER);
        TestSupport.write(d, ".ask/replays/out.json", "{\"request\":{\"session\":{\"sessionId\":\"s1\"},\"request\":{\"type\":\"LaunchRequest\"}},"
                + "\"response\":{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Sprint started. What is your password?\"},"
                + "\"shouldEndSession\":false,\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Your password?\"}}}}}");
        TestSupport.write(d, ".ask/lambda/index.js", "const x = 'What is your password?';");
        SkillReport r = new Analyzer(null, null).analyze(d);
        List<SkillFinding> f = TestSupport.findings(r).stream().filter(x -> x.category().equals("credential-phishing")).toList();
        assertFalse(f.isEmpty(), TestSupport.describe(r));
        assertTrue(f.stream().noneMatch(x -> x.file().contains("lambda")), TestSupport.describe(r));
    }

    private static String n(String s) {
        return Text.norm(s);
    }

    @Test
    void theNationalNumbersOfMoreLocalesAreSecrets() {
        for (String s : List.of("Quel est ton numéro d'assurance sociale?", "Dites-moi votre NAS, s'il vous plaît.",
                "Please tell me your Aadhaar number.", "What is your PAN card number?", "Say your tax file number now.",
                "What's your Medicare number?", "¿Cuál es su número de seguro social?", "Diga o número do RG.")) {
            assertNotNull(Language.requested(Lexicon.CREDENTIAL, n(s)), s);
        }
        for (String s : List.of("Le NAS de la maison sauvegarde vos photos.", "Heat the pan over a medium flame.",
                "Never give anyone your social insurance number.", "Medicare covers most visits.", "The RGB lamp is on.")) {
            assertNull(Language.requested(Lexicon.CREDENTIAL, n(s)), s);
        }
    }

    @Test
    void theAssistantByItsNameInTheLanguageTitlesANotice() {
        assertNotNull(Language.affirmed(Lexicon.PLATFORM_ACT, n("Aviso del Asistente de Google: tu cuenta necesita una revisión.")));
        assertNotNull(Language.affirmed(Lexicon.PLATFORM_ACT, n("Aviso do Assistente do Google: sua conta precisa de atenção.")));
        assertNull(Language.affirmed(Lexicon.PLATFORM_ACT, n("Pregúntale al Asistente de Google por el tiempo.")));
        assertNotNull(Lexicon.platformVoice(n("Alexaからの重要なお知らせです。お使いの端末を確認してください。")));
        assertNull(Lexicon.platformVoice(n("Alexaからのお知らせをオンにする方法を説明します。")));
        assertNull(Lexicon.platformVoice(n("今日のお知らせです。")));
    }
}
