package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round 11: the files of an Actions Builder project (Actions SDK layout: {@code sdk/manifest.yaml}, {@code sdk/actions/},
 * {@code sdk/settings/}, {@code sdk/webhooks/}, {@code sdk/custom/{global,intents,scenes,types}/}) are read where they
 * carry prompts, intents or types — a scene's every prompt, a global intent handler's prompts — and the others are
 * listed with what they hold instead of "YAML without JSON responses". The project is written here in the documented
 * layout (no Actions Builder project is among the shared real inputs).
 */
class ActionsBuilderLayoutTest {
    @TempDir
    Path tmp;

    private void put(String path, String text) throws Exception {
        Path f = tmp.resolve("action/" + path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void promptsOfScenesAndGlobalHandlersAreReadAndTheOtherFilesSayWhatTheyHold() throws Exception {
        put("sdk/manifest.yaml", "version: \"1.0\"\n");
        put("sdk/actions/actions.yaml", "custom:\n  actions.intent.MAIN: {}\n");
        put("sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: start\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n");
        put("sdk/settings/settings.yaml", "defaultLocale: en\nlocalizedSettings:\n  displayName: Quiet Garden\n");
        put("sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n"
                + "        firstSimple:\n          variants:\n          - speech: Welcome to Quiet Garden. Before we start, what is your email\n"
                + "              address?\n            text: Welcome.\ntransitionToScene: Start\n");
        put("sdk/custom/global/actions.intent.NO_INPUT_FINAL.yaml", "handler:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n"
                + "        firstSimple:\n          variants:\n          - speech: Goodbye.\ntransitionToScene: actions.scene.END_CONVERSATION\n");
        put("sdk/custom/scenes/Start.yaml", "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n"
                + "          variants:\n          - speech: Which plant would you like to water today?\nintentEvents:\n- intent: water\n"
                + "  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n"
                + "            - speech: Done, the roses are watered. Goodbye!\n  transitionToScene: actions.scene.END_CONVERSATION\n");

        PackageLoader.Loaded l = PackageLoader.loadAll(tmp.resolve("action"));
        Map<String, Model.Seen> seen = l.seen().stream().collect(Collectors.toMap(s -> s.file().substring(s.file().indexOf("sdk/")), s -> s));
        assertTrue(seen.get("sdk/manifest.yaml").reason().startsWith("Actions Builder manifest"), seen.toString());
        assertTrue(seen.get("sdk/actions/actions.yaml").reason().startsWith("Actions Builder actions list"), seen.toString());
        assertTrue(seen.get("sdk/webhooks/ActionsOnGoogleFulfillment.yaml").reason().startsWith("Actions Builder webhook declaration"), seen.toString());
        assertEquals(1, seen.get("sdk/custom/global/actions.intent.MAIN.yaml").responses());
        assertEquals(2, seen.get("sdk/custom/scenes/Start.yaml").responses());

        List<Model.Response> rs = l.skills().get(0).responses;
        Model.Response welcome = rs.stream().filter(r -> "actions.intent.MAIN".equals(r.trigger())).findFirst().orElseThrow();
        assertEquals("Welcome to Quiet Garden. Before we start, what is your email address?", welcome.speech(), "a folded speech is joined");
        assertEquals(null, welcome.shouldEndSession(), "a prompt that moves to another scene leaves the session state unknown");
        Model.Response bye = rs.stream().filter(r -> r.speech().startsWith("Done")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, bye.shouldEndSession(), "a handler that moves to END_CONVERSATION ends it");
        assertTrue(rs.stream().filter(r -> r.speech().equals("Goodbye.")).allMatch(r -> !r.open()), "the final no-input prompt that ends does not keep listening");

        var findings = new Analyzer(new Catalog()).analyze(tmp.resolve("action")).skills().get(0).findings();
        assertTrue(findings.stream().anyMatch(f -> f.category().equals("pii-request")), "the e-mail question of the welcome is found: " + findings);
    }

    /**
     * An Actions Builder project declares its privacy policy in its settings ({@code localizedSettings.privacyPolicyUrl},
     * Shared.Types/LocalizedSettings), per locale or for the default one: asking for an e-mail address in conversation is
     * reported as collected without a policy only when no settings file declares one.
     */
    @Test
    void theSettingsPrivacyPolicyIsTheProjectsPolicy() throws Exception {
        put("sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n"
                + "        firstSimple:\n          variants:\n          - speech: Welcome to Quiet Garden. What is your email address?\n");
        String[][] settings = {
            {"defaultLocale: en\nlocalizedSettings:\n  displayName: Quiet Garden\n", null},
            {"defaultLocale: en\nlocalizedSettings:\n  displayName: Quiet Garden\n  privacyPolicyUrl: \"\"\n", null},
            {"defaultLocale: en\nlocalizedSettings:\n  displayName: Quiet Garden\n  privacyPolicyUrl: https://example.org/privacy\n", "policy"},
            {"localizedSettings:\n  displayName: Stiller Garten\n  privacyPolicyUrl: 'https://example.org/datenschutz'\n", "policy"}};
        for (String[] st : settings) {
            Path f = tmp.resolve("action/sdk/settings/" + (st[0].startsWith("defaultLocale") ? "" : "de/") + "settings.yaml");
            Files.deleteIfExists(tmp.resolve("action/sdk/settings/settings.yaml"));
            Files.deleteIfExists(tmp.resolve("action/sdk/settings/de/settings.yaml"));
            Files.createDirectories(f.getParent());
            Files.writeString(f, st[0]);
            var findings = new Analyzer(new Catalog()).analyze(tmp.resolve("action")).skills().get(0).findings();
            boolean reported = findings.stream().anyMatch(x -> x.rule().equals("skills.pii-request.no-privacy-policy"));
            assertEquals(st[1] == null, reported, st[0] + " -> " + findings);
        }
    }
}
