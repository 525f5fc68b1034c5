package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 29: what a Google project's own files say (all written here): the permissions an Actions Builder scene asks for
 * through an {@code actions.type.Permission} slot, the listing in its settings (category and descriptions) as the
 * skill's purpose, and its scenes as one package rather than recordings to compare.
 */
class Round29ProjectFilesTest {
    @TempDir
    Path dir;

    /** A scene whose onEnter says one line (%s). */
    private static final String SCENE = """
            onEnter:
              staticPrompt:
                candidates:
                - promptResponse:
                    firstSimple:
                      variants:
                      - speech: %s
            """;

    private static final String PERMISSION_SCENE = SCENE.formatted("Heads!") + """
            slots:
            - name: perm
              type:
                name: actions.type.Permission
              required: true
              config:
                '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
                context: To make it more fun
                permissions:
                - NAME
                - DEVICE_PRECISE_LOCATION
            conditionalEvents:
            - condition: scene.slots.status == "FINAL"
              transitionToScene: actions.scene.END_CONVERSATION
            """;

    private void settings(String category, String description) throws Exception {
        TestSupport.write(dir, "sdk/settings/settings.yaml", "defaultLocale: en\nprojectId: p\ncategory: " + category + "\nlocalizedSettings:\n"
                + "  displayName: Coin Flip Fun\n  shortDescription: " + description + "\n  privacyPolicyUrl: https://example.org/privacy\n");
    }

    @Test
    void aPermissionSlotOfAsceneIsAPermissionRequestedWithItsContext() throws Exception {
        List<String[]> ps = PackageLoader.scenePermissions(PERMISSION_SCENE);
        assertEquals(2, ps.size());
        assertEquals("NAME", ps.get(0)[0]);
        assertEquals("DEVICE_PRECISE_LOCATION", ps.get(1)[0]);
        assertEquals("To make it more fun", ps.get(1)[2]);
        assertEquals("line 17", ps.get(0)[1]);
        assertTrue(PackageLoader.scenePermissions("permissions:\n- NAME\n").isEmpty(), "no permission slot: nothing");
        assertEquals(1, PackageLoader.scenePermissions("slots:\n- name: p\n  type:\n    name: actions.type.Permission\n  config:\n"
                + "    permissions: [DEVICE_COARSE_LOCATION]\n").size(), "the flow form of the list");

        settings("GAMES_AND_TRIVIA", "Flip a coin by voice.");
        TestSupport.write(dir, "sdk/custom/scenes/Flip.yaml", PERMISSION_SCENE);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.excessive-permissions.unneeded", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void theSettingsCategoryAndDescriptionAreThePurpose() throws Exception {
        TestSupport.write(dir, "sdk/custom/scenes/Main.yaml", SCENE.formatted("Which medicine did you take this morning?"));
        settings("HEALTH_AND_FITNESS", "Log each dose by voice and share the log with your care team.");
        SkillReport health = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(health).stream().noneMatch(f -> f.category().equals("pii-request") && f.severity().atLeast(Severity.MEDIUM)),
                TestSupport.describe(health));
        settings("GAMES_AND_TRIVIA", "Flip a coin by voice.");
        SkillReport game = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.has(game, "skills.pii-request.health-data", Severity.HIGH), TestSupport.describe(game));
    }

    @Test
    void aBusinessListingDoesNotExplainALocation() throws Exception {
        settings("BUSINESS_AND_FINANCE", "Answers to common questions about your insurance.");
        TestSupport.write(dir, "sdk/custom/scenes/Flip.yaml", PERMISSION_SCENE.replace("- NAME\n", ""));
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().equals("skills.excessive-permissions.unneeded")
                && f.summary().contains("DEVICE_PRECISE_LOCATION")), TestSupport.describe(r));
    }

    @Test
    void twoScenesAreNotTwoVersionsOfOneAnswer() throws Exception {
        TestSupport.write(dir, "sdk/custom/scenes/A.yaml", SCENE.formatted("Your lucky number is 17!"));
        TestSupport.write(dir, "sdk/custom/scenes/B.yaml", SCENE.formatted("Before the draw, what is your e-mail address?"));
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.category().equals("pii-request")), TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.category().equals("drift")), TestSupport.describe(r));
        // a version of the project named in its path is still one
        TestSupport.write(dir, "v1/sdk/custom/scenes/A.yaml", SCENE.formatted("Your lucky number is 17!"));
        TestSupport.write(dir, "v2/sdk/custom/scenes/A.yaml", SCENE.formatted("Before the draw, what is your e-mail address?"));
        assertTrue(RecordingDrift.recorded(new Model.Response("v2/sdk/custom/scenes/A.yaml", "line 7", "onEnter", "x", "line 7", null, null, null, false)));
        assertTrue(!RecordingDrift.recorded(new Model.Response("sdk/custom/scenes/A.yaml", "line 7", "onEnter", "x", "line 7", null, null, null, false)));
    }
}
