package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.hearthguard.capture.internal.analyze.Analyzer;
import io.hearthguard.capture.internal.io.CaptureFormatException;

/**
 * Every capture under the shared data set goes through the whole pipeline with only
 * {@link CaptureFormatException} allowed, within a time bound, and with every packet
 * accounted for (received = processed + dropped).
 */
class RobustnessWalkTest {

    @Test
    void everySharedCaptureProcessesOrFailsWithTheTypedFormatError() throws IOException {
        Path root = Shared.data().resolve("pcap");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/expected/"))
                    .filter(p -> p.toString().matches(".*\\.(pcap|pcapng|cap|dmp|trace)$")).sorted().toList();
        }
        assertTrue(files.size() > 300, "expected the whole shared set, found " + files.size());
        List<String> rejected = new ArrayList<>();
        long[] packets = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (Path f : files) {
                try {
                    Analyzer.Result r = Shared.analyze(f);
                    long dropped = r.engine.dropped().values().stream().mapToLong(Long::longValue).sum();
                    assertEquals(r.engine.received(), r.engine.processed() + dropped, f + ": received = processed + dropped");
                    assertEquals(r.engine.received(), r.engine.session().received(), f + ": session counters published");
                    packets[0] += r.engine.received();
                } catch (CaptureFormatException e) {
                    rejected.add(root.relativize(f) + ": " + e.getMessage());
                } catch (Exception | Error e) {
                    fail(f + " threw " + e, e);
                }
            }
        });
        System.out.println(files.size() + " files, " + packets[0] + " packets; rejected with a format error: " + rejected.size());
        rejected.forEach(System.out::println);
        assertTrue(packets[0] > 10_000);
    }

    /** libpcap's own reject tests: each file fails with the problem libpcap names. */
    @Test
    void libpcapRejectTestsFailWithTheSameProblem() throws IOException {
        Path manifest = Shared.data().resolve("MANIFEST.tsv");
        int checked = 0;
        for (String line : Files.readAllLines(manifest)) {
            String[] c = line.split("\t");
            if (c.length < 7 || !c[0].startsWith("pcap/libpcap/") || !c[6].contains("expects pcap_open_offline() to fail with: ")) {
                continue;
            }
            String expected = c[6].substring(c[6].indexOf("Failed opening: ") + "Failed opening: ".length()).trim();
            Path f = Shared.data().resolve(c[0]);
            try {
                Shared.analyze(f);
                fail(c[0] + " was accepted; libpcap says: " + expected);
            } catch (CaptureFormatException e) {
                checked++;
                String key = keyPhrase(expected);
                assertTrue(digitsBlurred(e.getMessage()).contains(digitsBlurred(key)), c[0] + ": '" + e.getMessage() + "' should name '" + key + "'");
                assertFalse(e.getMessage().contains("INSANE"), "plain words: " + e.getMessage());
                assertTrue(e.offset() >= 0);
            }
        }
        assertTrue(checked >= 15, "libpcap reject rows checked: " + checked);
    }

    static String digitsBlurred(String s) {
        return s.replaceAll("[0-9]+", "#");
    }

    /**
     * The part of libpcap's message that names the problem; byte counts may differ (we count what
     * the file holds). Where libpcap's words are its source code's (issue 13: "BT_SHB_INSANE_MAX"),
     * ours are plain and must name the same thing.
     */
    static String keyPhrase(String libpcap) {
        Map<String, String> known = Map.of("truncated pcapng dump file", "truncated pcapng dump file",
                "Section Header Block in pcapng dump file has invalid length", "Section Header Block says it is",
                "savefile linktype reserved field not zero", "link-type field has reserved bits set");
        for (Map.Entry<String, String> k : known.entrySet()) {
            if (libpcap.startsWith(k.getKey())) {
                return k.getValue();
            }
        }
        return libpcap;
    }

    /** pcapng test suite: packet count equals the EPB + SPB + PB blocks its description lists. */
    @Test
    void pcapngTestSuitePacketCountsMatchTheirDescriptions() throws IOException {
        Path dir = Shared.data().resolve("pcap/pcapng-test-suite");
        int checked = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".pcapng")).sorted().toList()) {
                Path txt = Path.of(f.toString().replace(".pcapng", ".txt"));
                String seq = Files.readAllLines(txt).stream().filter(l -> l.startsWith("Block sequence:")).findFirst().orElse("");
                long expected = Stream.of(seq.substring(seq.indexOf(':') + 1).split(",")).map(String::trim)
                        .filter(b -> b.equals("EPB") || b.equals("SPB") || b.equals("PB")).count();
                boolean hasIdb = seq.contains("IDB");
                try {
                    Analyzer.Result r = Shared.analyze(f);
                    assertEquals(expected, r.engine.received(), f.getFileName().toString());
                    checked++;
                } catch (CaptureFormatException e) {
                    assertTrue(!hasIdb && e.getMessage().contains("no Interface Description Blocks"), f + ": " + e.getMessage());
                }
            }
        }
        assertTrue(checked >= 30);
    }
}
