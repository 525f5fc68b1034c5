package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Standard output of the commands in JSON mode is only the command's JSON, run after run
 * (issue 13 #10: EventAdmin's shutdown warning and a stray trace used to land there now
 * and then). Runs per command: system property {@code hearthguard.stdoutRuns} (default 10;
 * the 50 with -Dhearthguard.stdoutRuns=50, about 6 minutes here).
 */
class CommandOutputIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int RUNS = Integer.getInteger("hearthguard.stdoutRuns", 10);

    @TempDir
    Path tmp;

    private String run(Path out, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dhearthguard.bundles=" + Hub.TARGET.resolve("export/hearthguard"), "-cp",
                Hub.TARGET.resolve("hearthguard-launcher.jar") + ":" + Hub.TARGET.resolve("lib/*"), "io.hearthguard.launcher.Main"));
        cmd.addAll(List.of(args));
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "command did not finish");
        assertTrue(p.exitValue() == 0 || p.exitValue() == 1, "exit " + p.exitValue() + ": " + Files.readString(err));
        return Files.readString(out);
    }

    @Test
    void analyzeJsonWritesOnlyJsonLinesToStdout() throws Exception {
        Path pcap = tmp.resolve("home.pcap");
        Files.write(pcap, CaptureJobsIT.pcap(200));
        for (int i = 0; i < RUNS; i++) {
            String out = run(tmp.resolve("out.txt"), "analyze", pcap.toString(), "--json");
            assertTrue(!out.isBlank());
            for (String line : out.split("\n")) {
                assertTrue(line.startsWith("{"), "run " + i + ": not JSON on stdout: " + line);
                JSON.readTree(line);
            }
        }
    }

    @Test
    void skillsScanJsonWritesOnlyOneJsonDocumentToStdout() throws Exception {
        Path skill = Hub.ROOT.resolve("bundles/io.hearthguard.skills/src/test/resources/probe-dice");
        for (int i = 0; i < RUNS; i++) {
            String out = run(tmp.resolve("out.txt"), "skills", "scan", skill.toString(), "--format", "json");
            // exactly one JSON document, nothing before or after it
            JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
        }
    }
}
