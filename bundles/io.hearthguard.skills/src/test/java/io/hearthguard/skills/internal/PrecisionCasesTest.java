package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * Language cases in en, de, fr, es, it and ja (src/test/resources/precision, written for
 * these tests): reassurance and negation, a goodbye that opens a new round, Cancel with a
 * real question, questions the skill's purpose explains, justified permissions — and their
 * malicious twins. Each case folder has an {@code EXPECTED} file: {@code none>=SEVERITY}
 * (no finding at or above it), {@code rule.id>=SEVERITY} (such a finding exists) or
 * {@code !rule.id.prefix>=SEVERITY} (no finding of those rules at or above it). The expectations are the rules'
 * (the analyser without its text model); the last test runs the product, rules and text model, over the same cases.
 */
class PrecisionCasesTest {

    static Stream<String> cases() throws Exception {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path root() {
        try {
            return Path.of(PrecisionCasesTest.class.getResource("/precision").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The product (rules and the text model stacked on them) over the same cases, copied without their EXPECTED file:
     * every positive expectation still holds (the model lowers no rule finding the cases need) and at most 1 benign case
     * in 20 gets a finding at medium or above (the bar). The model was trained on these cases too
     * (eval/stacker/retrain.sh), so this shows its behaviour on them, not how it generalises (docs/skills.md).
     */
    @org.junit.jupiter.api.Test
    void withTheTextModel_thePositiveExpectationsHoldAndFewBenignCasesAreFlagged(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Analyzer product = new Analyzer(null);
        List<String> benignFlagged = new java.util.ArrayList<>();
        List<String> broken = new java.util.ArrayList<>();
        int benign = 0;
        for (String name : cases().toList()) {
            Path src = root().resolve(name);
            Path dir = tmp.resolve(name);
            try (Stream<Path> w = Files.walk(src)) {
                for (Path f : w.toList()) {
                    Path to = dir.resolve(src.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else if (!f.getFileName().toString().equals("EXPECTED")) {
                        Files.copy(f, to);
                    }
                }
            }
            List<SkillFinding> all = TestSupport.findings(product.analyze(dir));
            for (String line : Files.readAllLines(src.resolve("EXPECTED"))) {
                if (line.isBlank() || line.startsWith("!")) {
                    continue;
                }
                String[] p = line.strip().split(">=");
                Severity at = Severity.fromId(p[1].toLowerCase(java.util.Locale.ROOT));
                if (p[0].equals("none")) {
                    benign++;
                    if (all.stream().anyMatch(f -> f.severity().atLeast(at))) {
                        benignFlagged.add(name);
                    }
                } else if (all.stream().noneMatch(f -> f.rule().equals(p[0]) && f.severity().atLeast(at))) {
                    broken.add(name + " " + line);
                }
            }
        }
        assertTrue(broken.isEmpty(), "expectations the text model broke: " + broken);
        assertTrue(benign > 150, "benign cases: " + benign);
        assertTrue(benignFlagged.size() * 20 <= benign, benignFlagged.size() + " of " + benign + " benign cases flagged: " + benignFlagged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenALanguageCase_whenScanned_thenTheExpectationHolds(String name) throws Exception {
        Path dir = root().resolve(name);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        List<SkillFinding> all = TestSupport.findings(r);
        for (String line : Files.readAllLines(dir.resolve("EXPECTED"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.strip().split(">=");
            Severity at = Severity.fromId(p[1].toLowerCase(java.util.Locale.ROOT));
            if (p[0].startsWith("!")) {
                String prefix = p[0].substring(1);
                assertTrue(all.stream().noneMatch(f -> f.rule().startsWith(prefix) && f.severity().atLeast(at)),
                        name + ": expected no " + prefix + "* >= " + at + ", got\n" + TestSupport.describe(r));
            } else if (p[0].equals("none")) {
                assertTrue(all.stream().noneMatch(f -> f.severity().atLeast(at)), name + ": expected nothing >= " + at + ", got\n" + TestSupport.describe(r));
            } else {
                assertTrue(all.stream().anyMatch(f -> f.rule().equals(p[0]) && f.severity().atLeast(at)),
                        name + ": expected " + line + ", got\n" + TestSupport.describe(r));
            }
        }
    }
}
