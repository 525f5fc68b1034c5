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
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * Round 19's methods on packages written for this test (none copied from an evaluation set): drift that was found but
 * never compared. A package that keeps only its current model beside recordings of several versions dates a model-level
 * finding by the version whose recordings first answer its intent; folders named by a bare dotted version
 * ("versions/2.0.0") are versions; a consent request of the second form ({@code permissionScopes}) is read; a dated
 * manifest kept alone with the current package's listed name is an earlier version of it.
 */
class Round19MethodsTest {
    private static final String DRIFT = Rule.DRIFT.id;

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        TestSupport.write(dir, file, text);
    }

    private SkillReport scan() throws Exception {
        return new Analyzer(null, null).analyze(dir);
    }

    /** A model with a purposeful intent and a bare free-form one (a catch-all at high). */
    private void model() throws Exception {
        write("skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"EDUCATION_AND_REFERENCE\","
                + "\"locales\":{\"en-US\":{\"name\":\"Tea Tips\",\"summary\":\"Tips on brewing tea.\"}}}}}");
        write("skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"tea tips\","
                + "\"intents\":[{\"name\":\"TipIntent\",\"samples\":[\"give me a tip\",\"a tea tip\"]},"
                + "{\"name\":\"ChatIntent\",\"slots\":[{\"name\":\"any\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"{any}\"]},"
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
    }

    /** One request/response pair on one line. */
    private static String pair(String session, String intent, String speech, boolean end) {
        return "{\"request\":{\"version\":\"1.0\",\"session\":{\"sessionId\":\"" + session + "\"},\"request\":{\"type\":\"IntentRequest\","
                + "\"intent\":{\"name\":\"" + intent + "\"}}},\"response\":{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":"
                + "\"PlainText\",\"text\":\"" + speech + "\"},\"shouldEndSession\":" + end + "}}}\n";
    }

    private static List<SkillFinding> drift(SkillReport r, Severity atLeast) {
        return TestSupport.findings(r).stream().filter(f -> f.rule().equals(DRIFT) && f.severity().atLeast(atLeast)).toList();
    }

    @Test
    void givenOneModelAndTwoVersionsOfRecordings_whenOnlyTheLaterAnswersTheCatchAllIntent_thenTheCatchAllIsDrift() throws Exception {
        model();
        write("logs/2026-03/pairs.jsonl", pair("a", "TipIntent", "Warm the pot first.", true));
        write("logs/2026-09/pairs.jsonl", pair("b", "TipIntent", "Use fresh water.", true) + pair("b", "ChatIntent", "I see.", false));
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, Rule.CATCH_ALL_SLOT.id, Severity.HIGH), TestSupport.describe(r));
        List<SkillFinding> d = drift(r, Severity.HIGH);
        assertEquals(1, d.size(), TestSupport.describe(r));
        assertTrue(d.get(0).summary().contains("ChatIntent") && d.get(0).summary().contains("2026-09"), d.get(0).summary());
    }

    @Test
    void givenTheEarliestVersionAlreadyAnswersTheCatchAll_orOnlyItDoes_orThereIsOneVersion_thenNoDrift() throws Exception {
        model();
        // the earliest version already used the intent: the catch-all is old, not a change
        write("logs/2026-03/pairs.jsonl", pair("a", "ChatIntent", "I see.", false));
        write("logs/2026-09/pairs.jsonl", pair("b", "ChatIntent", "I see.", false));
        SkillReport r = scan();
        assertTrue(TestSupport.has(r, Rule.CATCH_ALL_SLOT.id, Severity.HIGH), TestSupport.describe(r));
        assertTrue(drift(r, Severity.MEDIUM).isEmpty(), TestSupport.describe(r));
        // only the earlier version answers it
        write("logs/2026-03/pairs.jsonl", pair("a", "ChatIntent", "I see.", false));
        write("logs/2026-09/pairs.jsonl", pair("b", "TipIntent", "Use fresh water.", true));
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
        // one version only: nothing to compare with
        java.nio.file.Files.delete(dir.resolve("logs/2026-03/pairs.jsonl"));
        write("logs/2026-09/pairs.jsonl", pair("b", "TipIntent", "Use fresh water.", true) + pair("b", "ChatIntent", "I see.", false));
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
    }

    @Test
    void givenAPurposefulModel_whenALaterVersionAnswersAnotherIntent_thenNoDrift() throws Exception {
        // the intent first answered later has no finding: a skill that grows is not drift at medium or above
        write("skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"EDUCATION_AND_REFERENCE\","
                + "\"locales\":{\"en-US\":{\"name\":\"Tea Tips\",\"summary\":\"Tips on brewing tea.\"}}}}}");
        write("skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"tea tips\","
                + "\"intents\":[{\"name\":\"TipIntent\",\"samples\":[\"give me a tip\"]},{\"name\":\"SteepIntent\",\"samples\":[\"how long to steep\"]}]}}}");
        write("logs/2026-03/pairs.jsonl", pair("a", "TipIntent", "Warm the pot first.", true));
        write("logs/2026-09/pairs.jsonl", pair("b", "SteepIntent", "Three minutes.", true));
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
    }

    @Test
    void dottedVersionFoldersAreVersions_andAFileNameIsNot() {
        assertNotNull(RecordingDrift.epoch("versions/2.0.0/live-pairs.jsonl"));
        assertNotNull(RecordingDrift.epoch("releases/1.4/out.json"));
        assertTrue(RecordingDrift.epoch("versions/1.0.0/a.json").key().compareTo(RecordingDrift.epoch("versions/2.0.0/a.json").key()) < 0);
        assertTrue(RecordingDrift.epoch("versions/1.9/a.json").key().compareTo(RecordingDrift.epoch("versions/1.10/a.json").key()) < 0);
        assertNull(RecordingDrift.epoch("data/1.2.json"));
        assertNull(RecordingDrift.epoch("data/10.0.0.1/a.json")); // four numbers: an address, not a version
    }

    @Test
    void givenDottedVersionFolders_whenTheLaterKeepsListeningSilently_thenDrift_andReversedNone() throws Exception {
        String closes = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Your tea is ready.\"},"
                + "\"shouldEndSession\":true}}";
        String silent = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Your tea is ready.\"},"
                + "\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>\u200b</speak>\"}},\"shouldEndSession\":false}}";
        // 9.0.0 comes before 10.0.0 by its numbers, after it by its letters
        write("versions/9.0.0/tea.json", closes);
        write("versions/10.0.0/tea.json", silent);
        SkillReport r = scan();
        assertFalse(drift(r, Severity.HIGH).isEmpty(), TestSupport.describe(r));
        write("versions/9.0.0/tea.json", silent);
        write("versions/10.0.0/tea.json", closes);
        r = scan();
        assertTrue(drift(r, Severity.MEDIUM).isEmpty(), TestSupport.describe(r));
    }

    private static String consent(String... scopes) {
        StringBuilder s = new StringBuilder();
        for (String x : scopes) {
            s.append(s.length() == 0 ? "" : ",").append("{\"permissionScope\":\"").append(x).append("\",\"consentLevel\":\"ACCOUNT\"}");
        }
        return "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Please allow access in the Alexa app.\"},"
                + "\"directives\":[{\"type\":\"Connections.SendRequest\",\"name\":\"AskFor\",\"payload\":{\"@type\":\"AskForPermissionsConsentRequest\","
                + "\"@version\":\"2\",\"permissionScopes\":[" + s + "]},\"token\":\"\"}],\"shouldEndSession\":true}}";
    }

    private static final String TIDE = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"High tide at noon.\"},"
            + "\"shouldEndSession\":true}}";

    @Test
    void givenAConsentRequestWithSeveralScopes_whenOnlyTheLaterVersionAsks_thenThePermissionsAreDrift() throws Exception {
        write("captures/2026-10/tide.json", TIDE);
        write("captures/2026-11/tide.json", consent("alexa::profile:email:read", "alexa::profile:mobile_number:read"));
        SkillReport r = scan();
        List<SkillFinding> d = drift(r, Severity.MEDIUM);
        // the permissions the later version asks for (medium), whatever else its answer newly triggers
        assertTrue(d.stream().anyMatch(f -> f.severity() == Severity.MEDIUM && f.summary().contains("alexa::profile:mobile_number:read")
                && f.pointer().contains("permissionScopes/0")), TestSupport.describe(r));
    }

    @Test
    void givenBothVersionsAskTheSame_orTheLaterAsksForNoPersonalData_thenNoDrift() throws Exception {
        write("captures/2026-10/tide.json", consent("alexa::profile:email:read"));
        write("captures/2026-11/tide.json", consent("alexa::profile:email:read"));
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
        write("captures/2026-10/tide.json", TIDE);
        write("captures/2026-11/tide.json", consent("alexa::alerts:reminders:skill:readwrite"));
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
    }

    private void current(String name, String permissions) throws Exception {
        write("skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"BUSINESS_AND_FINANCE\","
                + "\"locales\":{\"en-US\":{\"name\":\"" + name + "\",\"summary\":\"Split the bill between friends.\"}}},"
                + "\"permissions\":[" + permissions + "]}}");
        write("skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"bill halver\","
                + "\"intents\":[{\"name\":\"SplitIntent\",\"samples\":[\"split the bill\"]}]}}}");
    }

    private void snapshot(String name, String permissions) throws Exception {
        write("snapshots/2026-05/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"BUSINESS_AND_FINANCE\","
                + "\"locales\":{\"en-US\":{\"name\":\"" + name + "\"}}},\"permissions\":[" + permissions + "]}}");
    }

    @Test
    void givenADatedManifestAloneWithTheSameListedName_whenTheCurrentPackageAddsPersonalPermissions_thenDrift() throws Exception {
        current("Bill Halver", "{\"name\":\"alexa::profile:email:read\"}");
        snapshot("Bill Halver", "");
        SkillReport r = scan();
        List<SkillFinding> d = drift(r, Severity.MEDIUM);
        assertFalse(d.isEmpty(), TestSupport.describe(r));
        assertTrue(d.stream().anyMatch(f -> f.summary().contains("alexa::profile:email:read")), TestSupport.describe(r));
        // the snapshot had no model: its intents are unknown, so no "adds intents" finding at any severity
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.rule().equals(DRIFT) && f.summary().contains("adds intents")),
                TestSupport.describe(r));
    }

    @Test
    void givenADatedManifestOfAnotherName_orTheSamePermissions_thenNoDrift() throws Exception {
        current("Bill Halver", "{\"name\":\"alexa::profile:email:read\"}");
        snapshot("Rent Reminder", "");
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
        snapshot("Bill Halver", "{\"name\":\"alexa::profile:email:read\"}");
        assertTrue(drift(scan(), Severity.MEDIUM).isEmpty());
    }
}
