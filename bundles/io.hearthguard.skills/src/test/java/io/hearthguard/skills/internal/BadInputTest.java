package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.skills.SkillInputException;

/** Hostile and broken inputs give a clear {@link SkillInputException}, never a crash or a hang. */
class BadInputTest {
    @TempDir
    Path tmp;
    private final Analyzer analyzer = new Analyzer(null);

    private String fails(Path p) {
        SkillInputException e = assertThrows(SkillInputException.class, () -> analyzer.analyze(p));
        return e.getMessage();
    }

    private Path model(String json) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pkg/skill-package/interactionModels/custom"));
        Files.writeString(dir.resolve("en-US.json"), json);
        return tmp.resolve("pkg");
    }

    @Test
    void malformedJsonNamesFileAndPosition() throws Exception {
        String m = fails(model("{\"interactionModel\": {\"languageModel\": {\"invocationName\": \"x\",}}"));
        assertTrue(m.contains("en-US.json") && m.contains("malformed JSON") && m.contains("line 1"), m);
    }

    @Test
    void nestingDeeperThanOneHundredIsRejected() throws Exception {
        String m = fails(model("[".repeat(101) + "]".repeat(101)));
        assertTrue(m.contains("malformed JSON") && m.toLowerCase().contains("nesting depth"), m);
        analyzer.analyze(model("[".repeat(99) + "]".repeat(99)));
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        String m = fails(model("{\"interactionModel\": {\"languageModel\": {\"invocationName\": \"a\", \"invocationName\": \"b\"}}}"));
        assertTrue(m.contains("Duplicate field 'invocationName'"), m);
    }

    @Test
    void hugeFileIsRejectedBeforeParsing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("big"));
        byte[] big = new byte[(int) PackageReader.MAX_FILE + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(dir.resolve("skill.json"), big);
        String m = fails(dir);
        assertTrue(m.contains("exceeds the per-file limit"), m);
    }

    @Test
    void trailingGarbageAndEmptyDocumentsAreRejected() throws Exception {
        assertTrue(fails(model("{} {}")).contains("malformed JSON"));
        assertTrue(fails(model("   ")).contains("empty JSON"));
    }

    @Test
    void tooManyIntentsAreRejected() throws Exception {
        StringBuilder b = new StringBuilder("{\"interactionModel\":{\"languageModel\":{\"intents\":[");
        for (int i = 0; i <= PackageLoader.MAX_INTENTS; i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\":\"I").append(i).append("\"}");
        }
        b.append("]}}}");
        assertTrue(fails(model(b.toString())).contains("intents exceed the limit"));
    }

    @Test
    void zipSlipEntryIsRejected() throws Exception {
        Path zip = tmp.resolve("slip.zip");
        writeZip(zip, "../../evil/skill.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(fails(zip).contains("zip-slip"));
        Path abs = tmp.resolve("abs.zip");
        writeZip(abs, "/etc/skill.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(fails(abs).contains("absolute path"));
    }

    @Test
    void zipBombByRatioIsRejected() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        writeZip(zip, "skill-package/skill.json", new byte[5_000_000]);
        String m = fails(zip);
        assertTrue(m.contains("zip bomb"), m);
    }

    @Test
    void zipWithTooManyEntriesIsRejected() throws Exception {
        Path zip = tmp.resolve("many.zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            for (int i = 0; i <= PackageReader.MAX_ZIP_ENTRIES; i++) {
                z.putNextEntry(new ZipEntry("f" + i + ".png"));
                z.closeEntry();
            }
        }
        assertTrue(fails(zip).contains("entries exceed the limit"));
    }

    @Test
    void zipEntryWithSymlinkModeIsRejected() throws Exception {
        Path zip = tmp.resolve("link.zip");
        writeZip(zip, "skill-package/skill.json", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        markFirstEntryAsSymlink(zip);
        assertTrue(fails(zip).contains("symbolic link"));
    }

    @Test
    void symlinkOnDiskIsRejected() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("linked"));
        Files.writeString(tmp.resolve("secret.json"), "{}");
        Files.createSymbolicLink(dir.resolve("skill.json"), tmp.resolve("secret.json"));
        assertTrue(fails(dir).contains("symbolic link"));
        assertTrue(fails(dir.resolve("skill.json")).contains("symbolic link"));
    }

    @Test
    void foldersNestedDeeperThanTheLimitAreRejected() throws Exception {
        Path deep = tmp.resolve("deep");
        Path d = deep;
        for (int i = 0; i <= PackageReader.MAX_DEPTH; i++) {
            d = d.resolve("d");
        }
        Files.createDirectories(d);
        Files.writeString(d.resolve("skill.json"), "{}");
        assertTrue(fails(deep).contains("nested deeper than"));
    }

    @Test
    void toolingFilesAndDependencyFoldersAreNotRead() throws Exception {
        Path p = model("{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"ok\",\"intents\":[]}}}");
        Files.writeString(p.resolve("package-lock.json"), "{ not json");
        Files.createDirectories(p.resolve("lambda/node_modules/dep"));
        Files.writeString(p.resolve("lambda/node_modules/dep/broken.json"), "{ not json");
        assertTrue(analyzer.analyze(p).skills().get(0).invocationNames().contains("ok"));
        Path zip = tmp.resolve("tooling.zip");
        TestSupport.zip(p, zip);
        assertTrue(analyzer.analyze(zip).skills().get(0).invocationNames().contains("ok"));
    }

    @Test
    void notAZipAndMissingPathsGiveClearErrors() throws Exception {
        Path zip = tmp.resolve("broken.zip");
        Files.writeString(zip, "this is not a zip");
        assertTrue(fails(zip).contains("not a valid zip"));
        assertTrue(fails(tmp.resolve("nope")).contains("no such file"));
    }

    @Test
    void invisibleCharactersInNamesAreFindingsNotCrashes() throws Exception {
        Path p = model("{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"ale\\u200bxa \\u202e\\ud801\",\"intents\":[]}}}");
        var r = analyzer.analyze(p);
        assertTrue(r.skills().get(0).invocationNames().get(0).contains("\u200b"));
        assertTrue(Text.visible(r.skills().get(0).invocationNames().get(0)).equals("ale<U+200B>xa <U+202E>\\uD801"));
    }

    @Test
    void catalogCsvWithBrokenEncodingAndUnclosedQuoteLoadsBounded() throws Exception {
        Path csv = tmp.resolve("c.csv");
        Files.write(csv, ("Skill Name,Invocation Name\n\"caf\u00e9\",\"coffee time\"\n" + "\"broken \u00a6,x\n").getBytes(StandardCharsets.ISO_8859_1));
        Catalog c = new Catalog();
        c.load(csv);
        assertTrue(c.size() >= 2, "names: " + c.size());
    }

    @Test
    void probeRefusesNonHttpUrls() {
        assertThrows(SkillInputException.class, () -> new Probe("file:///etc/passwd", Duration.ofSeconds(1)));
        assertThrows(SkillInputException.class, () -> new Probe("http://user:pw@127.0.0.1/", Duration.ofSeconds(1)));
    }

    private Path recording(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rec/logs"));
        Files.writeString(dir.resolve(name), text);
        return tmp.resolve("rec");
    }

    @Test
    void givenALogLineNestedTooDeep_whenScanned_thenTheScanFailsNamingTheLine() throws Exception {
        String m = fails(recording("lambda.log", "2025-01-01 INFO Request: " + "{\"a\":".repeat(101) + "1" + "}".repeat(101) + "\n"));
        assertTrue(m.contains("lambda.log line 1") && m.toLowerCase().contains("nesting depth"), m);
    }

    @Test
    void givenAJsonLineWithDuplicateKeys_whenScanned_thenTheScanFails() throws Exception {
        String m = fails(recording("pairs.jsonl", "{\"response\": {\"shouldEndSession\": true}, \"response\": {}}\n"));
        assertTrue(m.contains("Duplicate field 'response'"), m);
    }

    @Test
    void givenACsvTranscriptWithTooManyRows_whenScanned_thenTheScanFailsNamingTheFile() throws Exception {
        String m = fails(recording("qa.csv", "speaker,text\n" + "user,hi\n".repeat(Recordings.MAX_LINES + 1)));
        assertTrue(m.contains("qa.csv") && m.contains("more than " + Recordings.MAX_LINES + " rows"), m);
    }

    @Test
    void givenACsvThatIsNotAConversation_whenScanned_thenItIsSkippedWithItsReason() throws Exception {
        var r = analyzer.analyze(recording("prices.csv", "item;price\napple;1\n"));
        assertTrue(r.inputs().stream().anyMatch(i -> !i.read() && i.file().endsWith("prices.csv") && i.reason().contains("speaker")), r.inputs().toString());
    }

    @Test
    void givenObjectsThatNeverClose_whenScanned_thenLinesAreSkippedInLinearTime() throws Exception {
        Path p = recording("open.log", "Response: {\n  \"a\": [\n".repeat(40_000));
        long t0 = System.nanoTime();
        var r = analyzer.analyze(p);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "took too long");
        assertTrue(r.inputs().stream().anyMatch(i -> i.file().equals("logs/open.log") && !i.read()), r.inputs().toString());
    }

    @Test
    void givenAHarBodyThatIsNotBase64_whenScanned_thenTheEntryIsSkippedNotFatal() throws Exception {
        Path p = recording("x.har", "{\"log\": {\"entries\": [{\"request\": {\"postData\": {\"text\": \"{}\"}},"
                + " \"response\": {\"content\": {\"encoding\": \"base64\", \"text\": \"%%%\"}}}]}}");
        var r = analyzer.analyze(p);
        assertTrue(r.inputs().stream().anyMatch(i -> i.file().equals("logs/x.har") && i.reason().contains("skipped")), r.inputs().toString());
    }

    @Test
    void givenAHugeDataFileBesideTheModel_whenScanned_thenTheSearchForRecordingsStopsAndSaysSo() throws Exception {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Recordings.MAX_NODES / 2 + 10; i++) {
            b.append(i == 0 ? "" : ",").append("[").append(i).append("]");
        }
        b.append("]");
        Path p = recording("colleges.json", b.toString());
        var r = analyzer.analyze(p);
        assertTrue(r.inputs().stream().anyMatch(i -> i.file().equals("logs/colleges.json") && i.reason().contains("only the first")), r.inputs().toString());
    }

    private static void writeZip(Path zip, String name, byte[] content) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
    }

    /** Sets "made by Unix" and mode 0120777 (symlink) on the first central-directory entry. */
    private static void markFirstEntryAsSymlink(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= b.length; i++) {
            if (bb.getInt(i) == 0x02014b50) {
                bb.putShort(i + 4, (short) ((3 << 8) | 20));
                bb.putInt(i + 38, 0120777 << 16);
                break;
            }
        }
        Files.write(zip, b);
    }
}
