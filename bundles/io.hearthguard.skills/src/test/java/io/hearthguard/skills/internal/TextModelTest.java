package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * The text model stacked on the rules: the shipped model loads and computes what its trainer computed (parity on real
 * evaluation cases of this repository), the stacking adds and lowers findings as the model decides (a small model
 * written here, so the mechanics are tested apart from what was learned), and bad model files and bad package text
 * are refused or bounded.
 */
class TextModelTest {
    static final List<String> CATS = List.of(Categories.SILENT_KEEPALIVE, Categories.FAKE_GOODBYE, Categories.MASQUERADE,
            Categories.CREDENTIAL_PHISHING, Categories.PII_REQUEST, Categories.CATCH_ALL_CAPTURE, Categories.SQUATTING,
            Categories.EXCESSIVE_PERMISSIONS, Categories.DRIFT);

    @TempDir
    Path dir;

    @Test
    void theShippedModelScoresTheNineCategories() {
        TextModel m = TextModel.shipped();
        assertNotNull(m, "the bundle ships " + TextModel.RESOURCE);
        assertEquals(CATS, m.categories());
        assertEquals(16, m.bits());
        assertTrue(m.trainedOn().contains("labelled skill cases"), m.trainedOn());
    }

    /** The trainer (eval/stacker/train.py --check) wrote its probabilities for real cases; Java must compute the same. */
    @Test
    void theAnalyserComputesWhatTheTrainerComputed() throws Exception {
        JsonNode check;
        try (var in = TextModelTest.class.getResourceAsStream("/text-model-check.json")) {
            check = SafeJson.mapper().readTree(in);
        }
        Path eval = Path.of("../../eval").toAbsolutePath().normalize();
        int compared = 0;
        for (JsonNode c : check) {
            Path cas = eval.resolve(c.get("set").asText()).resolve("cases").resolve(c.get("case").asText());
            assertTrue(Files.isDirectory(cas), cas.toString());
            double[] p = TextModel.shipped().score(CaseText.of(PackageReader.read(cas)));
            for (int j = 0; j < p.length; j++) {
                assertEquals(c.get("p").get(j).asDouble(), p[j], 2e-3, cas + " " + CATS.get(j));
            }
            compared++;
        }
        assertTrue(compared >= 20, "compared " + compared);
    }

    /**
     * A real held-out case (eval/skills99, a holiday-cottage finder asking for the home postcode and street address "to
     * find deals near you"; its writer labelled that unneeded, the rules take "near you" as the purpose): the shipped model
     * adds the pii-request finding no rule gives at medium, and the words it names are words a reader can look for — not
     * the lone "s" of "what's" (the dashboard showed “s your” before). (Set 82's jet-lag coach and set 65's class roster,
     * used before, are found by the rules since rounds 36 and 37.)
     */
    @Test
    void theWordsNamedAreWordsAReaderCanFind() throws Exception {
        Path cas = Path.of("../../eval/skills99/cases/99009-holiday-let-finder").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(cas), cas.toString());
        var report = new Analyzer(null).analyze(cas);
        var added = report.skills().get(0).findings().stream().filter(f -> f.rule().equals("skills.pii-request.text-model")).findFirst();
        assertTrue(added.isPresent(), report.skills().get(0).findings().toString());
        String words = added.get().text();
        assertTrue(words.contains("address"), words);
        for (String w : words.split(" \\| ")) {
            for (String t : w.split(" ")) {
                assertTrue(TextModel.shownWord(t), "'" + t + "' in " + words);
            }
        }
        assertFalse(TextModel.shownWord("s"));
        assertFalse(TextModel.shownWord("{"));
        assertFalse(TextModel.shownWord("profile:"), "a word and the punctuation beside it");
        assertTrue(TextModel.shownWord("shouldendsession=false"), "a setting is a word a reader can find");
        assertTrue(TextModel.shownWord("予"), "a single Japanese character is a word");
        assertTrue(TextModel.shownWord("pin"));
    }

    @Test
    void aWordTheModelTiesToACategoryAddsAFindingNamingIt() throws Exception {
        TextModel m = tiny("zebrapass", Categories.CREDENTIAL_PHISHING);
        SkillReport before = report(List.of());
        SkillReport after = Learned.apply(m, "Welcome. Tell me your zebrapass now.", before);
        SkillFinding f = after.skills().get(0).findings().get(0);
        assertEquals(Categories.CREDENTIAL_PHISHING, f.category());
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals("skills.credential-phishing.text-model", f.rule());
        assertTrue(f.summary().contains("zebrapass") && f.summary().startsWith("No rule flagged this"), f.summary());
        assertFalse(f.fix().isBlank());
        // without the word: nothing added, the same report
        assertTrue(Learned.apply(m, "Welcome. What is the weather?", before) == before);
    }

    @Test
    void aRuleFindingTheModelFindsUnlikelyIsLoweredNotHidden() throws Exception {
        // the tiny model's stacker lowers a rule's credential finding unless the word is there
        TextModel m = tiny("zebrapass", Categories.CREDENTIAL_PHISHING);
        SkillFinding rule = Rule.CREDENTIAL_PROMPT.at(Severity.HIGH, "Asks for a PIN.", "a.json", "/x", "say your PIN");
        SkillFinding squat = Rule.SQUATTING.at(Severity.HIGH, "Sounds like a known skill.", "", "", "");
        SkillReport after = Learned.apply(m, "Say the quiz answer.", report(List.of(rule, squat)));
        List<SkillFinding> f = after.skills().get(0).findings();
        SkillFinding lowered = f.stream().filter(x -> x.rule().equals(rule.rule())).findFirst().orElseThrow();
        assertEquals(Severity.LOW, lowered.severity());
        assertTrue(lowered.summary().contains("text model judges this unlikely") && lowered.summary().contains("was high"), lowered.summary());
        // squatting and drift are the rules' alone
        assertEquals(Severity.HIGH, f.stream().filter(x -> x.rule().equals(squat.rule())).findFirst().orElseThrow().severity());
        // with the word, the rule's finding stands
        SkillReport kept = Learned.apply(m, "Say your zebrapass.", report(List.of(rule)));
        assertEquals(Severity.HIGH, kept.skills().get(0).findings().get(0).severity());
    }

    @Test
    void aPackageWithSeveralSkillsIsLeftToTheRules() throws Exception {
        TextModel m = tiny("zebrapass", Categories.CREDENTIAL_PHISHING);
        SkillReport.Skill a = new SkillReport.Skill("a", "alexa", List.of("a"), List.of("en-US"), List.of());
        SkillReport two = new SkillReport("p", List.of(a, a));
        assertTrue(Learned.apply(m, "zebrapass", two) == two);
    }

    @Test
    void badModelFilesAreRefused() throws Exception {
        assertThrows(IOException.class, () -> TextModel.read(new ByteArrayInputStream("not a model".getBytes(StandardCharsets.UTF_8))));
        byte[] good = tinyBytes("zebrapass", Categories.CREDENTIAL_PHISHING, 8);
        assertNotNull(TextModel.read(new ByteArrayInputStream(good)));
        // cut short
        byte[] raw = gunzip(good);
        assertThrows(IOException.class, () -> TextModel.read(new ByteArrayInputStream(gzip(java.util.Arrays.copyOf(raw, raw.length - 9)))));
        // trailing bytes
        byte[] longer = java.util.Arrays.copyOf(raw, raw.length + 1);
        assertThrows(IOException.class, () -> TextModel.read(new ByteArrayInputStream(gzip(longer))));
        // absurd sizes are refused before anything is allocated
        byte[] huge = raw.clone();
        huge[11] = 30; // bits
        assertThrows(IOException.class, () -> TextModel.read(new ByteArrayInputStream(gzip(huge))));
        // an add floor that is no probability
        byte[] floor = raw.clone();
        floor[floor.length - 4] = (byte) 0x7f;
        floor[floor.length - 3] = (byte) 0xc0; // NaN
        assertThrows(IOException.class, () -> TextModel.read(new ByteArrayInputStream(gzip(floor))));
    }

    @Test
    void packageTextIsBoundedAndSurvivesBadContent() throws Exception {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            deep.append("{\"a\":");
        }
        List<PackageReader.VFile> files = new ArrayList<>();
        files.add(new PackageReader.VFile("deep.json", deep.toString().getBytes(StandardCharsets.UTF_8)));
        files.add(new PackageReader.VFile("lone.json", "{\"speech\": \"hi \\ud801 there\", \"shouldEndSession\": false}".getBytes(StandardCharsets.UTF_8)));
        files.add(new PackageReader.VFile("long.txt", "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8)));
        files.add(new PackageReader.VFile("z.json", ("{\"s\": \"" + "x y ".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        String t = CaseText.of(files);
        assertTrue(t.length() <= CaseText.MAX_TEXT, "length " + t.length());
        assertTrue(t.contains("shouldEndSession=false") && t.contains("hi"), t.substring(0, Math.min(200, t.length())));
        // a JSON string that holds JSON is read as JSON; identifiers are dropped
        String nested = CaseText.of(List.of(new PackageReader.VFile("log.jsonl",
                ("2026-01-01T10:00:00Z handler {\"body\": \"{\\\"outputSpeech\\\": {\\\"text\\\": \\\"Tell me your PIN\\\"}}\","
                        + " \"requestId\": \"amzn1.echo-api.request.0f3c2a11-aaaa-bbbb\"}").getBytes(StandardCharsets.UTF_8))));
        assertTrue(nested.contains("Tell me your PIN") && nested.contains("handler") && !nested.contains("amzn1"), nested);
        assertTrue(TextModel.shipped().score(t).length == 9);
    }

    // ---- a model written here: one word tied to one category ----

    private static SkillReport report(List<SkillFinding> findings) {
        return new SkillReport("p", List.of(new SkillReport.Skill("s", "alexa", List.of("quiz"), List.of("en-US"), findings)));
    }

    private static TextModel tiny(String word, String category) throws IOException {
        return TextModel.read(new ByteArrayInputStream(tinyBytes(word, category, 12)));
    }

    /** A model over 2^bits buckets: idf 1 everywhere, weight 60 on the word's bucket for the category, stack = p only. */
    static byte[] tinyBytes(String word, String category, int bits) throws IOException {
        TextModel.Scratch s = new TextModel.Scratch(2 << bits);
        TextModel.count(word, bits, s);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(0x4847544D);
        out.writeInt(1);
        out.writeInt(bits);
        out.writeInt(CATS.size());
        for (String c : CATS) {
            out.writeUTF(c);
        }
        out.writeUTF("a test");
        int n = 2 << bits;
        for (int b = 0; b < n; b++) {
            out.writeFloat(1f);
        }
        int wordBucket = -1;
        for (int b : s.buckets()) {
            if (b < (1 << bits)) {
                wordBucket = b;
            }
        }
        for (String c : CATS) {
            out.writeFloat(-6f); // intercept
            out.writeFloat(60f / 32767); // scale
            for (int b = 0; b < n; b++) {
                out.writeShort(c.equals(category) && b == wordBucket ? 32767 : 0);
            }
        }
        for (String c : CATS) { // the decision is p >= 0.5 whatever the rules said
            out.writeFloat(0f);
            out.writeFloat(1f);
            out.writeFloat(0f);
            out.writeFloat(0f);
        }
        out.writeFloat(0f); // add floor
        out.flush();
        return gzip(raw.toByteArray());
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(raw);
        }
        return b.toByteArray();
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
