package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;

/**
 * Round 10a: request and response envelopes found by content in the files developers keep them in (src/test/resources/
 * recordings10a: one small file per tool, written for this test after the tools' public format descriptions — JUnit XML
 * with CDATA and with XML-escaped attributes, TAP, pytest's printed dicts, a {@code curl -v} transcript without an
 * extension, logfmt with an escaped JSON value, a CSV with JSON cells, a QA sheet as TSV, a Bruno request file with its
 * body block and a saved response, a log shipper's NDJSON export with the envelope inside {@code event.original}, a log
 * query's JSON result whose values are [time, line] pairs). Each holds the same recorded
 * Stop that says goodbye and keeps the microphone open: read, named in the report, and found.
 */
class RecordingsAnywhereTest {
    @TempDir
    Path dir;

    private static Path sample(String name) {
        try {
            return Path.of(RecordingsAnywhereTest.class.getResource("/recordings10a/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"junit-cdata, TEST-StopHandlerTest.xml, Alexa response envelope", "junit-escaped, junit.xml, XML-escaped JSON",
        "tap, stop.tap, Alexa response envelope", "pytest, pytest-report.txt, Python dict printed",
        "curl, stop-curl-transcript, Alexa response envelope", "logfmt, skill.logfmt, escaped JSON string in text",
        // round 30: a row's cells are read as one log line and every object on it is read (request and response), so
        // the sheet is a CSV log export rather than cells unwrapped one by one
        "csv-cells, test-runs.csv, CSV log export", "tsv-sheet, qa-pass.tsv, CSV transcript",
        "bruno, stop.bru, Alexa response envelope", "shipper, filebeat-export.ndjson, Alexa response envelope",
        "loki, query_range.json, lines of text in JSON"})
    void givenAToolsFileHoldingARecordedStop_whenScanned_thenItIsReadNamedAndTheFakeGoodbyeFound(String pkg, String file, String shape)
            throws Exception {
        SkillReport r = new Analyzer(null).analyze(sample(pkg));
        Optional<SkillReport.Input> in = r.inputs().stream().filter(i -> i.file().equals(file)).findFirst();
        assertTrue(in.isPresent() && in.get().read(), pkg + ": " + r.inputs());
        assertTrue(in.get().shape().contains(shape), pkg + ": " + in.get().shape());
        assertTrue(in.get().responses() >= 1, pkg + ": " + in.get());
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), pkg + ":\n" + TestSupport.describe(r));
    }

    @Test
    void givenProseNamingTheKeysAndABinaryFile_whenScanned_thenBothAreSkippedWithTheirReason() throws Exception {
        SkillReport r = new Analyzer(null).analyze(sample("prose-only"));
        assertTrue(TestSupport.findings(r).isEmpty(), TestSupport.describe(r));
        assertEquals("file type not read (binary)", reason(r, "clip.dat"));
        assertFalse(r.inputs().stream().anyMatch(i -> i.read()), r.inputs().toString());
    }

    @Test
    void givenOtherTextWithoutAnEnvelope_whenScanned_thenItIsListedAsSkippedAndNotKept() throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\": {\"publishingInformation\": {\"locales\": {}}}}");
        TestSupport.write(dir, "docs/index.html", "<html><body>Fact skill</body></html>");
        TestSupport.write(dir, "media/logo.png", "outputSpeech");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertEquals("text of another type without a request or response envelope", reason(r, "docs/index.html"));
        assertEquals("file type not read (binary)", reason(r, "media/logo.png"));
    }

    @Test
    void givenAFileOfAnotherTypeOverThePerFileLimit_whenScanned_thenItIsSkippedNotAnError() throws Exception {
        TestSupport.write(dir, "skill-package/skill.json", "{\"manifest\": {\"publishingInformation\": {\"locales\": {}}}}");
        Files.write(dir.resolve("huge.xml"), new byte[(int) PackageReader.MAX_FILE + 10]);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(reason(r, "huge.xml").contains("larger than"), r.inputs().toString());
    }

    @Test
    void givenEscapedJsonThatNeverClosesOrTooDeep_whenScanned_thenLinearOrAClearError() throws Exception {
        // an escaped object that never closes is left as it is (and nothing else breaks)
        TestSupport.write(dir, "a/trace.logfmt", "msg=\"{\\\"outputSpeech\\\": {\\\"text\\\": \\\"hi" + "x".repeat(200_000) + "\n");
        SkillReport r = new Analyzer(null).analyze(dir.resolve("a"));
        assertTrue(TestSupport.findings(r).isEmpty());
        // nesting past the JSON depth limit inside an escaped string fails the scan naming the file
        String deep = "{\\\"outputSpeech\\\":" + "{\\\"a\\\":".repeat(150) + "1" + "}".repeat(151);
        TestSupport.write(dir, "b/trace.logfmt", "body=\"" + deep + "\"\n");
        SkillInputException e = assertThrows(SkillInputException.class, () -> new Analyzer(null).analyze(dir.resolve("b")));
        assertTrue(e.getMessage().contains("trace.logfmt"), e.getMessage());
    }

    @Test
    void givenAZipHoldingAJUnitReport_whenScanned_thenTheReportIsReadFromTheZip() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.copy(sample("junit-escaped").resolve("junit.xml"), src.resolve("junit.xml"));
        Files.write(src.resolve("song.mp3"), new byte[] {0, 1, 2});
        Path zip = dir.resolve("pkg.zip");
        TestSupport.zip(src, zip);
        SkillReport r = new Analyzer(null).analyze(zip);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
        assertNotNull(reason(r, "song.mp3"));
    }

    @Test
    void givenASingleReportFile_whenScannedAlone_thenItIsRead() throws Exception {
        SkillReport r = new Analyzer(null).analyze(sample("tap").resolve("stop.tap"));
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
        TestSupport.write(dir, "notes.md", "nothing here");
        SkillInputException e = assertThrows(SkillInputException.class, () -> new Analyzer(null).analyze(dir.resolve("notes.md")));
        assertTrue(e.getMessage().contains("without a request or response envelope"), e.getMessage());
    }

    private static String reason(SkillReport r, String file) {
        return r.inputs().stream().filter(i -> i.file().equals(file) && !i.read()).map(SkillReport.Input::reason).findFirst().orElse(null);
    }
}
