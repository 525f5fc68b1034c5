package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code skills} command: formats and exit codes. */
class SkillsCliTest {
    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int rc = new SkillsCli(List.of()).run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return rc;
    }

    private static String pkg(String name) {
        return TestSupport.malicious(name).toString();
    }

    @Test
    void exitCodeOneWhenAFindingReachesFailOnAndZeroOtherwise() {
        assertEquals(1, run("scan", pkg("srlabs-horoscope")));
        assertTrue(out.contains("CRITICAL  skills.silent-keepalive.unpronounceable"), out);
        assertEquals(0, run("scan", pkg("squatting-capital-won"), "--fail-on", "low"));
        assertEquals(1, run("scan", pkg("legacy-eavesdropper"), "--fail-on", "medium"));
        assertEquals(0, run("scan", pkg("legacy-eavesdropper"), "--fail-on", "critical"));
    }

    @Test
    void usageAndInputErrorsExitTwoWithAMessage() {
        assertEquals(2, run());
        assertEquals(2, run("scan"));
        assertEquals(2, run("scan", pkg("srlabs-horoscope"), "--format", "xml"));
        assertEquals(2, run("scan", pkg("srlabs-horoscope"), "--fail-on", "urgent"));
        assertTrue(err.contains("unknown severity"), err);
        assertEquals(2, run("scan", "/nonexistent/skill"));
        assertTrue(err.contains("no such file"), err);
        assertEquals(2, run("scan", pkg("srlabs-horoscope"), "--catalog", "/nonexistent/catalog.csv"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("probe"));
        assertEquals(2, run("probe", "ftp://127.0.0.1/skill"));
        assertTrue(err.contains("http:// or https://"), err);
        assertEquals(0, run("probe", "--help"));
        assertEquals(0, run("--help"));
        assertTrue(out.contains("usage: hearthguard skills scan"));
    }

    @Test
    void jsonIsOneObjectPerSkillWithFindingFields() throws Exception {
        assertEquals(1, run("scan", pkg("srlabs-horoscope"), pkg("masquerade-alexa-update"), "--format", "json"));
        List<JsonNode> skills = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            skills.add(SafeJson.parse("line", line.getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(2, skills.size());
        JsonNode s = skills.get(0);
        assertTrue(s.path("invocationNames").toString().contains("star horoscope"));
        JsonNode f = s.at("/findings/0");
        for (String field : List.of("id", "category", "severity", "summary", "rationale", "source", "fix")) {
            assertTrue(f.hasNonNull(field), field);
        }
        assertTrue(f.at("/evidence/file").isTextual() && f.at("/evidence/pointer").isTextual() && f.at("/evidence/text").isTextual());
    }

    @Test
    void sarifIsVersion210WithRulesAndLocatedResults() throws Exception {
        assertEquals(1, run("scan", pkg("srlabs-horoscope"), "--format", "sarif"));
        JsonNode s = SafeJson.parse("sarif", out.getBytes(StandardCharsets.UTF_8));
        assertEquals("2.1.0", s.path("version").asText());
        JsonNode run = s.at("/runs/0");
        assertEquals(Rule.values().length, run.at("/tool/driver/rules").size());
        JsonNode results = run.path("results");
        assertTrue(results.size() >= 5);
        for (JsonNode r : results) {
            assertTrue(r.path("ruleId").asText().startsWith("skills."));
            assertTrue(List.of("error", "warning", "note").contains(r.path("level").asText()));
            assertTrue(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().contains("srlabs-horoscope/"));
            int idx = r.path("ruleIndex").asInt();
            assertEquals(r.path("ruleId").asText(), run.at("/tool/driver/rules/" + idx + "/id").asText());
        }
        assertTrue(results.findValues("startLine").size() > 0, "code findings carry a line region");
    }

    @Test
    void givenSeveralInputsAndTwoJobs_whenScanned_thenTheOutputKeepsTheOrderGivenAndErrorsNameTheirInput() {
        String[] names = {"srlabs-horoscope", "permissions-flashlight", "google-catchall", "kids-pii-python", "legacy-eavesdropper"};
        List<String> args = new ArrayList<>(List.of("scan"));
        for (String n : names) {
            args.add(pkg(n));
        }
        args.add("/nonexistent/skill");
        args.addAll(List.of("--format", "json", "--jobs", "2"));
        assertEquals(2, run(args.toArray(String[]::new)));
        String[] lines = out.strip().split("\n");
        int at = 0;
        for (String n : names) {
            while (at < lines.length && !lines[at].contains(n)) {
                at++;
            }
            assertTrue(at < lines.length, n + " out of order in\n" + out);
        }
        assertTrue(err.contains("/nonexistent/skill: no such file"), err);
        assertEquals(2, run("scan", pkg("srlabs-horoscope"), "--jobs", "0"));
    }

    @Test
    void givenStats_whenManyInputsAreScannedWithTwoJobs_thenStandardErrorCountsThemAndBothThreadsWork() {
        List<String> args = new ArrayList<>(List.of("scan", "--format", "json", "--jobs", "2", "--stats"));
        for (int i = 0; i < 40; i++) {
            args.add(pkg(i % 2 == 0 ? "srlabs-horoscope" : "permissions-flashlight"));
        }
        assertEquals(1, run(args.toArray(String[]::new)));
        assertEquals(40, out.strip().split("\n").length, out);
        assertTrue(err.matches("(?s).*skills: stats: 40 inputs in [0-9.]+ s wall = [0-9]+ inputs/s with 2 scanning threads \\(2 used\\);"
                + " scanning CPU [0-9.]+ s = [0-9]+ inputs per CPU second.*"), err);
        assertTrue(err.matches("(?s).*skills: stats: second half \\(warm\\): 20 inputs in [0-9.]+ s = [0-9]+ inputs/s.*"), err);
        assertEquals(0, run("scan", pkg("squatting-capital-won"), "--fail-on", "critical"));
        assertTrue(!err.contains("stats"), "no statistics unless asked: " + err);
    }
}
