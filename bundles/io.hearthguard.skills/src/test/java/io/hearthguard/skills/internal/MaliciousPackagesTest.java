package io.hearthguard.skills.internal;

import static io.hearthguard.skills.internal.TestSupport.describe;
import static io.hearthguard.skills.internal.TestSupport.findings;
import static io.hearthguard.skills.internal.TestSupport.has;
import static io.hearthguard.skills.internal.TestSupport.malicious;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;

/** Every rule against packages crafted for it (src/test/resources/malicious). */
class MaliciousPackagesTest {
    private final Analyzer analyzer = new Analyzer(null);

    private SkillReport scan(String name) throws SkillInputException {
        return analyzer.analyze(malicious(name));
    }

    @Test
    void srlabsHoroscopeSilentGoodbyeCatchAllAndPasswordPromptAreAllCaught() throws Exception {
        SkillReport r = scan("srlabs-horoscope");
        String d = describe(r);
        assertTrue(has(r, "skills.silent-keepalive.unpronounceable", Severity.CRITICAL), d);
        assertTrue(has(r, "skills.fake-goodbye.wording", Severity.HIGH), d);
        assertTrue(has(r, "skills.credential-phishing.prompt", Severity.CRITICAL), d);
        assertTrue(has(r, "skills.masquerade.platform-wording", Severity.HIGH), d);
        assertTrue(has(r, "skills.catch-all-capture.free-form-slot", Severity.HIGH), d);
        SkillFinding silent = findings(r).stream().filter(f -> f.rule().equals("skills.silent-keepalive.unpronounceable")
                && f.file().endsWith("stop-response.json")).findFirst().orElseThrow();
        assertEquals("/response/reprompt/outputSpeech/text", silent.pointer());
        assertTrue(silent.text().startsWith("\\uD801. \\uD801. "), silent.text());
        SkillFinding code = findings(r).stream().filter(f -> f.rule().equals("skills.silent-keepalive.unpronounceable")
                && f.file().endsWith("index.js")).findFirst().orElseThrow();
        assertTrue(code.pointer().startsWith("line "), code.pointer());
        assertEquals(Categories.SILENT_KEEPALIVE, code.category());
        assertTrue(findings(r).stream().allMatch(f -> !f.rationale().isBlank() && !f.source().isBlank() && !f.fix().isBlank()));
    }

    @Test
    void germanVariantWithZeroWidthRepromptFakeErrorAndPasswortIsCaught() throws Exception {
        SkillReport r = scan("srlabs-zufallszahl-de");
        String d = describe(r);
        SkillFinding zw = findings(r).stream().filter(f -> f.rule().equals("skills.silent-keepalive.unpronounceable")).findFirst().orElseThrow();
        assertTrue(zw.text().contains("<U+200B><U+200B><U+200C><U+2060>"), zw.text());
        assertTrue(zw.pointer().startsWith("line 2 "), zw.pointer());
        assertTrue(has(r, "skills.fake-goodbye.fake-error", Severity.HIGH), d);
        assertTrue(has(r, "skills.fake-goodbye.wording", Severity.HIGH), d);
        assertTrue(has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), d);
        assertTrue(has(r, "skills.credential-phishing.prompt", Severity.CRITICAL), d);
        assertTrue(has(r, "skills.masquerade.platform-wording", Severity.HIGH), d);
    }

    @Test
    void srlabsVariationsWithOtherInvisibleCharactersBreaksAndAudioAreCaught() throws Exception {
        SkillReport r = scan("srlabs-variations");
        java.util.Map<String, List<String>> byFile = new java.util.HashMap<>();
        for (SkillFinding f : findings(r)) {
            byFile.computeIfAbsent(f.file().replaceAll(".*/", "").replace(".json", ""), k -> new java.util.ArrayList<>()).add(f.severity() + " " + f.rule());
        }
        String d = byFile.toString();
        assertTrue(byFile.get("braille-blank-reprompt").contains("CRITICAL skills.silent-keepalive.unpronounceable"), d);
        assertTrue(byFile.get("hangul-filler-speech").contains("CRITICAL skills.silent-keepalive.unpronounceable"), d);
        assertTrue(byFile.get("private-use-reprompt").contains("CRITICAL skills.silent-keepalive.unpronounceable"), d);
        assertTrue(byFile.get("bidi-and-zero-width-joiners").contains("CRITICAL skills.silent-keepalive.unpronounceable"), d);
        assertTrue(byFile.get("break-only-reprompt").contains("HIGH skills.silent-keepalive.empty-reprompt"), d);
        assertTrue(byFile.get("goodbye-audio-and-breaks").contains("HIGH skills.fake-goodbye.wording"), d);
        assertTrue(byFile.get("goodbye-audio-and-breaks").contains("MEDIUM skills.silent-keepalive.long-silence"), d);
        assertTrue(!byFile.containsKey("closed-session-is-fine"), d);
    }

    @Test
    void goodbyeWhileListeningIsCaughtInFrenchSpanishItalianJapaneseAndEnglish() throws Exception {
        SkillReport r = scan("fake-goodbye-locales");
        List<String> files = findings(r).stream().filter(f -> f.rule().equals("skills.fake-goodbye.wording")).map(SkillFinding::file).toList();
        for (String loc : List.of("fr-FR", "es-ES", "it-IT", "ja-JP", "en-US-bye")) {
            assertTrue(files.stream().anyMatch(f -> f.endsWith(loc + ".json")), loc + " missing in " + files);
        }
        assertTrue(has(r, "skills.fake-goodbye.fake-error", Severity.HIGH), describe(r));
        assertTrue(findings(r).stream().anyMatch(f -> f.rule().equals("skills.fake-goodbye.stop-keeps-listening") && f.file().endsWith("cancel-still-open.json")));
    }

    @Test
    void legacyLayoutWithLiteralSlotAndNonsenseSamplesIsCatchAll() throws Exception {
        SkillReport r = scan("legacy-eavesdropper");
        assertEquals("alexa-legacy", r.skills().get(0).platform());
        assertTrue(has(r, "skills.catch-all-capture.free-form-slot", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.catch-all-capture.nonsense-samples", Severity.MEDIUM), describe(r));
    }

    @Test
    void platformImitationByNameAndDialogPromptIsMasquerade() throws Exception {
        SkillReport r = scan("masquerade-alexa-update");
        assertTrue(has(r, "skills.masquerade.name", Severity.MEDIUM), describe(r));
        assertTrue(has(r, "skills.masquerade.platform-wording", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.credential-phishing.prompt", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.credential-phishing.sample", Severity.HIGH), describe(r));
    }

    @Test
    void flashlightWithPersonalPermissionsAndNoPolicyIsFlagged() throws Exception {
        SkillReport r = scan("permissions-flashlight");
        assertTrue(has(r, "skills.excessive-permissions.unneeded", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.pii-request.no-privacy-policy", Severity.HIGH), "child-directed raises severity: " + describe(r));
    }

    @Test
    void kidsSkillAskingForAddressInPythonCodeIsRaisedToCritical() throws Exception {
        SkillReport r = scan("kids-pii-python");
        assertTrue(has(r, "skills.pii-request.prompt", Severity.CRITICAL), describe(r));
        assertTrue(has(r, "skills.pii-request.sample", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.credential-phishing.sample", Severity.HIGH), describe(r));
        assertTrue(findings(r).stream().anyMatch(f -> f.rule().startsWith("skills.fake-goodbye") && f.file().endsWith("lambda_function.py")), describe(r));
    }

    @Test
    void googleActionWithAnyTextPatternAndInvisibleNoInputPromptIsCaught() throws Exception {
        SkillReport r = scan("google-catchall");
        assertEquals("google-actions", r.skills().get(0).platform());
        assertTrue(has(r, "skills.catch-all-capture.free-form-slot", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.silent-keepalive.unpronounceable", Severity.CRITICAL), describe(r));
        assertTrue(has(r, "skills.fake-goodbye.wording", Severity.HIGH), describe(r));
        assertTrue(has(r, "skills.masquerade.name", Severity.MEDIUM), describe(r));
    }

    @Test
    void nonsenseSlotValuesUsedAsWholeUtterancesAreCatchAll() throws Exception {
        SkillReport r = scan("nonsense-slot-values");
        assertTrue(has(r, "skills.catch-all-capture.nonsense-slot-values", Severity.HIGH), describe(r));
    }

    @Test
    void soundAlikeAndParaphrasedInvocationNamesAreSquattingWithTheKnownName() throws Exception {
        Catalog c = new Catalog();
        c.load(malicious("catalog-known-names.txt"));
        SkillReport r = new Analyzer(c).analyze(malicious("squatting-capital-won"));
        List<SkillFinding> sq = findings(r).stream().filter(f -> f.category().equals(Categories.SQUATTING)).toList();
        assertEquals(2, sq.size(), describe(r));
        assertTrue(sq.stream().anyMatch(f -> f.text().equals("capital won ~ capital one")), describe(r));
        assertTrue(sq.stream().anyMatch(f -> f.text().equals("the sleep sounds please ~ sleep sounds")), describe(r));
    }

    @Test
    void zippedPackageGivesTheSameFindingsAsTheFolder(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("horoscope.zip");
        TestSupport.zip(malicious("srlabs-horoscope"), zip);
        SkillReport folder = scan("srlabs-horoscope");
        SkillReport zipped = analyzer.analyze(zip);
        assertEquals(findings(folder).stream().map(f -> f.rule() + f.file() + f.pointer()).sorted().toList(),
                findings(zipped).stream().map(f -> f.rule() + f.file() + f.pointer()).sorted().toList());
        assertTrue(Files.size(zip) > 0);
    }
}
