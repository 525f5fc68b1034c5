package io.hearthguard.skills.internal;

import static io.hearthguard.skills.internal.TestSupport.describe;
import static io.hearthguard.skills.internal.TestSupport.findings;
import static io.hearthguard.skills.internal.TestSupport.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/** The real packages in the shared corpus (read in place, never copied). */
class RealPackagesTest {
    private static Path root;
    private final Analyzer analyzer = new Analyzer(null);

    @BeforeAll
    static void shared() {
        root = TestSupport.shared();
        Assumptions.assumeTrue(root != null, "shared data absent");
    }

    /** Every package folder listed in INDEX.tsv, plus each Google Actions package. */
    static List<Path> packages() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("INDEX.tsv")).subList(1, Files.readAllLines(root.resolve("INDEX.tsv")).size())) {
            String repo = line.split("\t")[0];
            out.add(root.resolve(repo.replace("/", "__")));
        }
        try (Stream<Path> g = Files.list(root.resolve("google-actions"))) {
            g.sorted().forEach(out::add);
        }
        return out;
    }

    @Test
    void everyPackageInTheCorpusScansWithoutError() throws Exception {
        List<Path> pkgs = packages();
        assertTrue(pkgs.size() >= 85, "packages: " + pkgs.size());
        int skills = 0;
        for (Path p : pkgs) {
            assertTrue(Files.isDirectory(p), p.toString());
            skills += analyzer.analyze(p).skills().size();
        }
        assertTrue(skills >= 100, "skills found: " + skills);
        // the corpus folders that are not packages still load (no skill content is not an error)
        analyzer.analyze(root.resolve("responses"));
        analyzer.analyze(root.resolve("datasets").resolve("voice_assistance"));
    }

    @Test
    void officialSamplesGiveNoHighSeverityFinding() throws Exception {
        List<String> high = new ArrayList<>();
        int official = 0;
        for (Path p : packages()) {
            String n = p.getFileName().toString();
            if (!(n.startsWith("alexa-samples__") || n.startsWith("alexa-labs__"))) {
                continue;
            }
            official++;
            for (SkillFinding f : findings(analyzer.analyze(p))) {
                if (f.severity().atLeast(Severity.HIGH)) {
                    high.add(n + ": " + f.rule() + " " + f.summary());
                }
            }
        }
        assertTrue(official >= 50, "official packages: " + official);
        assertEquals(List.of(), high);
    }

    @Test
    void alwaysRecordingSkillWithCatchAllSlotIsFlaggedCatchAllCapture() throws Exception {
        SkillReport r = analyzer.analyze(root.resolve("ATgump__alexaRecordSkill"));
        assertTrue(findings(r).stream().anyMatch(f -> f.category().equals(Categories.CATCH_ALL_CAPTURE) && f.severity().atLeast(Severity.HIGH)
                && f.text().equals("say the word {Query}")), describe(r));
    }

    @Test
    void temperatureSkillAskingForTenPermissionsIsFlaggedExcessivePermissions() throws Exception {
        SkillReport r = analyzer.analyze(root.resolve("JoergTiedemann__AlexaTemperaturSkill"));
        SkillFinding f = findings(r).stream().filter(x -> x.category().equals(Categories.EXCESSIVE_PERMISSIONS)).findFirst().orElseThrow();
        assertTrue(f.severity().atLeast(Severity.HIGH), f.toString());
        assertTrue(f.text().contains("alexa::profile:mobile_number:read"), f.text());
        assertFalse(f.text().contains("reminders"), "reminders are not personal data: " + f.text());
    }

    @Test
    void legacyJavaSamplesLoadIntentSchemaUtterancesAndSkillBuilderInvocationNames() throws Exception {
        SkillReport r = analyzer.analyze(root.resolve("amazon-archives__legacy-skill-samples-java"));
        assertTrue(r.skills().size() >= 10, "skills: " + r.skills().size());
        assertTrue(r.skills().stream().allMatch(s -> s.platform().equals("alexa-legacy")));
        assertTrue(r.skills().stream().anyMatch(s -> s.invocationNames().contains("space geek")));
    }

    @Test
    void multiLocaleSampleLoadsAllNineLocales() throws Exception {
        SkillReport r = analyzer.analyze(root.resolve("alexa-labs__skill-sample-nodejs-sauce-boss"));
        assertEquals(1, r.skills().size());
        assertEquals(List.of("de-DE", "en-IN", "en-US", "es-ES", "es-MX", "fr-FR", "it-IT", "ja-JP", "pt-BR"),
                r.skills().get(0).locales().stream().sorted().toList());
        assertTrue(r.skills().get(0).invocationNames().contains("ソースボス"));
    }

    @Test
    void recordedAlexaResponseEnvelopesAreAnalysed() throws Exception {
        // Squeezebox ships real lambda invoke results: open session with an audible reprompt -> no silent finding
        Model.Skill s = PackageLoader.load(root.resolve("GeoffAtHome__Alexa-Squeezebox")).get(0);
        assertTrue(s.responses.size() >= 3, "responses: " + s.responses.size());
        assertTrue(s.responses.stream().anyMatch(Model.Response::open));
        assertTrue(findings(analyzer.analyze(root.resolve("GeoffAtHome__Alexa-Squeezebox"))).stream()
                .noneMatch(f -> f.category().equals(Categories.SILENT_KEEPALIVE)));
    }

    @Test
    void skipperCatalogLoadsFromTheConfiguredPathAndFindsConfusableNames() throws Exception {
        Catalog c = new Catalog();
        c.load(root.resolve("datasets").resolve("skipper_all_result_runtime.csv"));
        assertTrue(c.size() > 3_000, "names: " + c.size());
        Catalog.Match m = c.lookup("eighteen solution please");
        assertTrue(m != null && m.known().toLowerCase().contains("eighteen solutions"), String.valueOf(m));
    }
}
