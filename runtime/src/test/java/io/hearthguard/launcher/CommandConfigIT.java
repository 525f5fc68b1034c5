package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearthguard --data DIR analyze F} takes the settings in {@code DIR/config} that the hub
 * in DIR judges traffic with, and none of what the hub runs in the background. Real DHCP capture
 * from {@code ../shared/data} (Suricata's test of DHCP EVE records) and the shared Fingerbank and
 * Satori databases; skipped without them. Commands run through {@code ./hearthguard}, as users run
 * them, with one kept framework cache for the whole test (so that a later run would see what an
 * earlier one left).
 */
class CommandConfigIT {
    @TempDir
    Path tmp;

    @Test
    void analyzeJudgesWithTheDataDirectorysSettingsAndForgetsThemWhenTheyAreGone() throws Exception {
        Path pcap = RealDevicesIT.SHARED.resolve("pcap/suricata-verify/dhcp-eve-extended__input.pcap");
        Path fingerprints = RealDevicesIT.SHARED.resolve("other/fingerprints");
        Assumptions.assumeTrue(Files.isRegularFile(pcap) && Files.isDirectory(fingerprints), "shared data set not present");
        // a data directory per run (a device the store knows already keeps its evidence), one framework cache for all
        Path data = settings(1, null);
        assertEquals(0, fingerprinted(analyze(data, pcap)), "no fingerprint databases configured yet");

        data = settings(2, "# as the hub reads it\nfingerprintDirectories = " + fingerprints + "\n");
        List<String> with = analyze(data, pcap);
        assertTrue(fingerprinted(with) >= 1, "the configured databases gave no device DHCP fingerprint evidence: " + with);
        assertFalse(Files.exists(data.resolve("logs/eve.json")), "the hub's EVE log setting reached the command");

        data = settings(3, "fingerprintDirectories = \\uZZZZ\n");
        assertEquals(0, fingerprinted(analyze(data, pcap)), "a malformed file was used");
        String said = Files.readString(tmp.resolve("stderr.txt"));
        assertTrue(said.contains("config/io.hearthguard.discovery.cfg not used (Malformed \\uxxxx encoding.)"), said);

        assertEquals(0, fingerprinted(analyze(settings(4, null), pcap)), "the settings of an earlier run stayed in the kept framework cache");
    }

    /**
     * A new data directory whose config/ has the discovery settings {@code discovery} (none when
     * null) and two settings of the hub only, which a command must not act on.
     */
    private Path settings(int run, String discovery) throws Exception {
        Path config = Files.createDirectories(tmp.resolve("data" + run).resolve("config"));
        Files.writeString(config.resolve("io.hearthguard.eve.cfg"), "enabled=true\n");
        Files.writeString(config.resolve("io.hearthguard.capture.replay.cfg"), "file=/nonexistent.pcap\n");
        if (discovery != null) {
            Files.writeString(config.resolve("io.hearthguard.discovery.cfg"), discovery);
        }
        return config.getParent();
    }

    private static long fingerprinted(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("{\"type\":\"device\"") && l.contains("\"source\":\"dhcp-fingerprint\"")).count();
    }

    /** {@code ./hearthguard --data DATA analyze PCAP --json}; its standard output's lines. */
    private List<String> analyze(Path data, Path pcap) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Hub.ROOT.resolve("hearthguard").toString(), "--data", data.toString(), "analyze",
                pcap.toString(), "--json"));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("HEARTHGUARD_NO_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("HEARTHGUARD_CDS_DIR", tmp.resolve("cds").toString());
        pb.environment().put("HEARTHGUARD_CACHE_DIR", tmp.resolve("cache").toString());
        pb.environment().remove("HEARTHGUARD_CDS");
        pb.environment().remove("HEARTHGUARD_CACHE");
        pb.environment().remove("HEARTHGUARD_JAVA_OPTS");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("analyze did not finish within 180 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(err));
        return Files.readAllLines(out);
    }
}
