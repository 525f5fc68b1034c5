package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 37 (sets 104–109 development data after they were held out): a secret a turn keeps off the voice channel, a phone
 * number beside an account, permissions judged by what the recorded speech does with them, Actions Builder scenes whose
 * keys come in alphabetical order, turns pasted into a chat channel, an analytics sheet's direction column, and names one
 * sound key from a known one — in words of our own.
 */
class Round37Test {
    @TempDir
    Path dir;

    private static String cred(String speech) {
        return Language.requested(Lexicon.CREDENTIAL, Text.norm(speech));
    }

    @Test
    void aSecretTheTurnKeepsOffTheVoiceIsNotAsked() {
        assertNull(cred("Press the bell key until it flashes, type your old PIN, then the new one. Type it on the panel, never say it out loud."));
        assertNull(cred("Join the camera's hotspot and type the password from the sticker into the app. Don't say it to me."));
        assertNull(cred("Dica: troque a senha de fábrica do seu roteador. Lembre-se: eu nunca vou pedir sua senha."));
        assertNull(cred("Hai perso la password? Reimpostala dal sito. Non dirla mai a nessuno, nemmeno a me."));
        // still asked: a consequence turns it into a request, or a question asks it in the same turn
        assertNotNull(cred("We will never ask for your PIN by e-mail, so tell me your PIN now."));
        assertNotNull(cred("Never say it out loud to strangers. What is your PIN?"));
        assertNotNull(cred("To unlock the door, say your PIN."), "no exclusion at all");
    }

    @Test
    void aPhoneNumberBesideAnAccountIsContactDataNotASecret() {
        Requests.Ask onAccount = Requests.ask(Text.norm("Thanks. And the mobile number on the account?"), true);
        assertNotNull(onAccount);
        assertEquals(Requests.Kind.PERSONAL, onAccount.kind());
        Requests.Ask sendTo = Requests.ask(Text.norm("And the phone number we can text a code to?"), true);
        assertNotNull(sendTo);
        assertEquals(Requests.Kind.PERSONAL, sendTo.kind(), "where the code goes, not the code");
        Requests.Ask code = Requests.ask(Text.norm("Read me the code we texted you."), true);
        assertNotNull(code);
        assertEquals(Requests.Kind.SECRET, code.kind());
        assertEquals(Requests.Kind.SECRET, Requests.ask(Text.norm("What is the number on the account?"), true).kind());
    }

    private SkillReport permissionSkill(String category, String name, String permission, String speech) throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"" + category
                + "\",\"locales\":{\"en-GB\":{\"name\":\"" + name + "\",\"summary\":\"" + name + "\",\"description\":\"" + name + "\"}}},"
                + "\"privacyAndCompliance\":{\"locales\":{\"en-GB\":{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}},"
                + "\"permissions\":[{\"name\":\"" + permission + "\"}]}}");
        TestSupport.oneTurn(dir, "en-GB", name.toLowerCase(java.util.Locale.ROOT), "ReportIntent", "what's new",
                "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"},\"shouldEndSession\":true}");
        return new Analyzer(null, null).analyze(dir);
    }

    private static boolean excessive(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("excessive-permissions") && f.severity().atLeast(Severity.MEDIUM));
    }

    @Test
    void aPermissionTheSpeechUsesIsExplainedOneItNeverUsesIsNot() throws Exception {
        SkillReport postcode = permissionSkill("SMART_HOME", "Lane Watch", "alexa::devices:all:address:country_and_postal_code:read",
                "In your postcode area last week there were three bike thefts.");
        assertFalse(excessive(postcode), TestSupport.describe(postcode));
        SkillReport mail = permissionSkill("SMART_HOME", "Clip Sender", "alexa::profile:email:read", "I've emailed you the links to two clips.");
        assertFalse(excessive(mail), TestSupport.describe(mail));
        SkillReport texted = permissionSkill("SMART_HOME", "Gate Watch", "alexa::profile:mobile_number:read",
                "Done. I'll text the mobile number on your account when the gate opens.");
        assertFalse(excessive(texted), TestSupport.describe(texted));

        // a shopping skill's category names a shop, but its speech never uses the address it may read
        SkillReport hours = permissionSkill("SHOPPING", "Mall Hours", "alexa::devices:all:address:full:read", "The mall opens at nine and closes at eight.");
        assertTrue(excessive(hours), TestSupport.describe(hours));
        // a question for the datum, or a consent request, is no use of it
        SkillReport asks = permissionSkill("SMART_HOME", "Lane Watch", "alexa::devices:all:address:country_and_postal_code:read",
                "Please grant permission to your postcode in the Alexa app.");
        assertTrue(excessive(asks), TestSupport.describe(asks));
    }

    @Test
    void aSceneItemsKeysInAnyOrderNameItsEvent() {
        String yaml = "intentEvents:\n"
                + "- handler:\n    webhookHandler: done\n  intent: done\n  transitionToScene: Idle\n"
                + "- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n"
                + "            - speech: '<speak><break time=\"10s\"/></speak>'\n  intent: \"actions.intent.NO_INPUT_1\"\n"
                + "- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n"
                + "            - speech: ' '\n  intent: NO_INPUT_FINAL\n  transitionToScene: Idle\n"
                + "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: Okay.\n";
        List<Model.Response> rs = PackageLoader.scenePrompts("sdk/custom/scenes/Idle.yaml", yaml, null);
        assertEquals(3, rs.size(), rs.toString());
        assertEquals("actions.intent.NO_INPUT_1", rs.get(0).trigger());
        assertTrue(rs.get(0).open(), "a no-input prompt is said while the microphone is open");
        assertEquals("NO_INPUT_FINAL", rs.get(1).trigger());
        assertTrue(rs.get(1).open(), "the final one too, when it moves to a scene other than the end");
        assertEquals("onEnter", rs.get(2).trigger());
        assertFalse(rs.get(2).open());

        // a third no-input prompt is the last one: it ends the conversation unless it moves to another scene
        List<Model.Response> third = PackageLoader.scenePrompts("sdk/custom/scenes/Main.yaml", "intentEvents:\n- handler:\n    staticPrompt:\n"
                + "      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: 'See you later.'\n"
                + "  intent: actions.intent.NO_INPUT_3\n", null);
        assertEquals(1, third.size());
        assertFalse(third.get(0).open());
    }

    @Test
    void aChatAppsHistoryAndABespokenMappingWithTheRawResponseAreRead() throws Exception {
        Recordings.Found chat = Recordings.transcript("note/history.txt", "# exported history\n"
                + "10/03/2026, 09:00 - Me: open garden radio\n10/03/2026, 09:00 - Alexa: Garden radio. Which station?\n"
                + "10/03/2026, 09:00 - Alexa (if no answer): Which station?\n10/03/2026, 09:01 - Me: stop\n10/03/2026, 09:01 - Alexa: Bye!\n");
        assertNotNull(chat);
        assertEquals(2, chat.responses.size(), chat.responses.toString());
        assertEquals("open garden radio", chat.responses.get(0).utterance());
        assertEquals("Which station?", chat.responses.get(0).reprompt());
        assertTrue(chat.responses.get(0).open());

        Recordings.Found bst = Recordings.bespoken("test/run.e2e.yml", "---\nconfiguration:\n  locale: en-US\n\n---\n- test: run\n"
                + "- \"open pen pal\":\n    prompt: \"Hi! What's your home address?\"\n"
                + "    raw: '{\"version\": \"1.0\", \"response\": {\"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Hi! What''s your home address?\"},"
                + " \"reprompt\": {\"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Your address?\"}}, \"shouldEndSession\": false}}'\n");
        assertNotNull(bst);
        assertEquals(1, bst.responses.size());
        assertEquals("Your address?", bst.responses.get(0).reprompt());
        assertTrue(bst.responses.get(0).open());
    }

    @Test
    void whatAScreenMaySayAndWhatADatumIsSentForAreNoFindings() throws Exception {
        assertNull(Rules.platform(Text.norm("If our app says your account is locked, wait fifteen minutes and sign in again.")));
        assertNotNull(Rules.platform(Text.norm("Your account is locked. Say your password to unlock it.")));
        assertTrue(Requests.petsData(Text.norm("Woof, a party! When is your dog's birthday?"), "birthday"));
        assertFalse(Requests.petsData(Text.norm("When is your birthday?"), "birthday"));
        SkillReport mail = permissionSkill("SHOPPING", "Gift Helper", "alexa::profile:email:read", "Thanks. What's your e-mail, so I can send the list?");
        assertFalse(excessive(mail), TestSupport.describe(mail));
        SkillReport asked = permissionSkill("SHOPPING", "Gift Helper", "alexa::profile:email:read", "Please say your e-mail address.");
        assertTrue(excessive(asked), "a request for the datum is no use of the permission: " + TestSupport.describe(asked));
    }

    @Test
    void turnsPastedIntoAChatChannelAreATranscript() throws Exception {
        String slack = "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"said: _open the herb diary_\",\"ts\":\"1.1\",\"thread_ts\":\"1.0\"},"
                + "{\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B1\",\"text\":\"*device:* Herb diary. What did you plant today?"
                + "\\n> reprompt: `<speak><break time=\\\"8s\\\"/></speak>`\\n> shouldEndSession: `false`\",\"ts\":\"1.2\",\"thread_ts\":\"1.0\"}]";
        Recordings.Found f = Recordings.chatExport("qa/slack.json", SafeJson.parse("slack", slack.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNotNull(f);
        assertEquals(1, f.responses.size());
        Model.Response r = f.responses.get(0);
        assertEquals("Herb diary. What did you plant today?", r.speech());
        assertTrue(r.open());
        assertTrue(r.reprompt().contains("break"), r.toString());
        assertEquals("open the herb diary", r.utterance());
        assertNull(Recordings.chatExport("x.json", SafeJson.parse("x", "[{\"name\":\"a\"},{\"name\":\"b\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "an array of other objects is no chat");

        // a relay that names the request, then quotes what was said, the answer, its reprompt and the microphone's state
        String relay = "[{\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B2\",\"ts\":\"2.1\",\"text\":"
                + "\"*LaunchRequest*  :speaking_head_in_silhouette: `open kite weather`\\n>Kite weather. Which beach?\\n_reprompt:_ `Which beach?`"
                + "\\nmic open after turn: *yes*\"},{\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B2\",\"ts\":\"2.2\",\"text\":"
                + "\"*BeachIntent*  :speaking_head_in_silhouette: `north beach`\\n>Twelve knots at North Beach. Have fun!\\nmic open after turn: *no*\"}]";
        Recordings.Found two = Recordings.chatExport("qa/relay.json", SafeJson.parse("relay", relay.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNotNull(two);
        assertEquals(2, two.responses.size(), two.responses.toString());
        assertEquals("Kite weather. Which beach?", two.responses.get(0).speech());
        assertEquals("open kite weather", two.responses.get(0).utterance());
        assertTrue(two.responses.get(0).open());
        assertFalse(two.responses.get(1).open());
    }

    @Test
    void aPetsDataOrWhereACodeWasSentIsNotAsked() {
        assertNull(Requests.ask(Text.norm("Woof, a party! When is your dog's birthday?"), true));
        assertNull(Requests.ask(Text.norm("¿Cuándo es el cumpleaños de tu perro?"), true));
        assertNotNull(Requests.ask(Text.norm("When is your birthday?"), true));
        assertNull(Requests.ask(Text.norm("We have just sent a code to the phone number on your account."), true));
        assertNotNull(Requests.ask(Text.norm("To send the code, what is your phone number?"), true));
    }

    @Test
    void anAnalyticsSheetsDirectionColumnTellsWhoSpoke() throws Exception {
        String csv = "timestamp,conversation_id,direction,intent,text,reprompt,session_open\n"
                + "2026-04-01T12:00:00Z,c1,incoming,LaunchRequest,open pantry pal,,\n"
                + "2026-04-01T12:00:01Z,c1,outgoing,LaunchRequest,Pantry Pal. Say an item.,Say an item.,true\n";
        Recordings.Found f = Recordings.csvTranscript("analytics/export.csv", csv);
        assertNotNull(f);
        assertEquals(1, f.responses.size());
        assertEquals("Pantry Pal. Say an item.", f.responses.get(0).speech());
        assertEquals("open pantry pal", f.responses.get(0).utterance());
    }

    @Test
    void aMarkdownTableWhoseHeaderNamesTheSessionFlagIsRead() throws Exception {
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-GB.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":"
                + "\"door pass\",\"intents\":[{\"name\":\"PassIntent\",\"samples\":[\"a pass\"]}]}}}");
        TestSupport.write(dir, "qa/pass.md", "# Pass regression\n\n| # | user said | intent | skill said | reprompt | shouldEndSession |\n|---|---|---|---|---|---|\n"
                + "| 1 | a pass for tom | PassIntent | Sure. What's Tom's full name and date of birth? | Tom's date of birth, please. | false |\n");
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(x -> x.read() && x.file().equals("qa/pass.md")), r.inputs().toString());
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("pii-request") && f.severity().atLeast(Severity.MEDIUM)),
                TestSupport.describe(r));
    }

    @Test
    void aNameOneSoundKeyFromAKnownOneIsAFindingAndDotIsSaidInOtherLanguages() throws Exception {
        Catalog c = new Catalog();
        c.add("alarm dot com", 300);
        c.add("breathe with me", 80);
        Catalog.Match punkt = c.lookup("alarm punkt com");
        assertNotNull(punkt);
        assertEquals("alarm dot com", punkt.known());
        assertNotNull(c.lookup("alarm punto com"));
        Catalog.Match near = c.lookup("breathed with me");
        assertNotNull(near);

        TestSupport.oneTurn(dir, "en-US", "breathed with me", "BreatheIntent", "start", "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Breathe in.\"},"
                + "\"shouldEndSession\":true}");
        SkillReport r = new Analyzer(c, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.squatting.confusable-name", Severity.MEDIUM), TestSupport.describe(r));
    }
}
