package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code ./hearthguard} script's class-data archive (docs/benchmarks.md, "Start-up"):
 * the first command records one, it is kept only once the JVM maps it, the next command
 * loads the bundles' classes from it, and standard output stays the command's JSON in both
 * runs. Runs the real script with the Java that runs the tests.
 */
class ClassDataSharingIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Process script(Path cds, Path out, Path err, String javaOpts, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", Hub.ROOT.resolve("hearthguard").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.put("HEARTHGUARD_NO_BUILD", "1");
        env.put("HEARTHGUARD_CDS_DIR", cds.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("HEARTHGUARD_CDS");
        env.put("HEARTHGUARD_JAVA_OPTS", javaOpts);
        return pb.start();
    }

    private void analyze(Path cds, Path pcap, String javaOpts) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = script(cds, out, err, javaOpts, "analyze", pcap.toString(), "--json");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "command did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        String stdout = Files.readString(out);
        assertTrue(!stdout.isBlank());
        for (String line : stdout.split("\n")) {
            assertTrue(line.startsWith("{"), "not JSON on stdout: " + line);
            JSON.readTree(line);
        }
    }

    private static List<Path> archives(Path cds) throws IOException {
        try (Stream<Path> s = Files.list(cds)) {
            return s.filter(f -> f.getFileName().toString().matches("cmd-[0-9a-f]{16}\\.(jsa|aot)")).toList();
        }
    }

    private static boolean pending(Path cds) throws IOException {
        try (Stream<Path> s = Files.list(cds)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".aotconf") || f.getFileName().toString().contains(".tmp."));
        }
    }

    /** Waits (at most 5 minutes) until no candidate archive is pending: Java 25 builds its AOT cache after the run. */
    private static void settle(Path cds) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (pending(cds) && System.nanoTime() < end) {
            Thread.sleep(500);
        }
    }

    /** Runs {@code analyze} on a new capture of {@code packets} frames and waits until no archive is pending; returns the capture. */
    private Path settledRun(Path cds, int packets) throws Exception {
        Path pcap = tmp.resolve("home.pcap");
        Files.write(pcap, CaptureJobsIT.pcap(packets));
        analyze(cds, pcap, "");
        settle(cds);
        return pcap;
    }

    @Test
    void firstCommandRecordsTheArchiveAndTheNextLoadsBundleClassesFromIt() throws Exception {
        Path cds = tmp.resolve("cds");
        Path pcap = settledRun(cds, 200);
        List<Path> made = archives(cds);
        assertEquals(1, made.size(), "one archive for the command mode: " + made);
        assertTrue(!pending(cds), "no candidate left behind");

        // logging options are not part of the archive's key: the same archive is used
        Path log = tmp.resolve("classes.log");
        analyze(cds, pcap, "-Xlog:class+load=info:file=" + log);
        assertEquals(made, archives(cds), "the archive was used, not recorded again");
        List<String> lines = Files.readAllLines(log);
        long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
        long bundleShared = lines.stream()
                .filter(l -> l.contains("shared objects file") && l.contains(" io.hearthguard.capture.")).count();
        assertTrue(shared > 1000, "classes from the archive: " + shared + " of " + lines.size());
        assertTrue(bundleShared > 10, "capture bundle classes from the archive (bundle class loader): " + bundleShared);
    }

    @Test
    void anArchiveTheJvmCannotMapIsIgnoredAndOutputStaysClean() throws Exception {
        Path cds = tmp.resolve("cds");
        Path pcap = settledRun(cds, 50);
        Path archive = archives(cds).get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]); // damaged: the JVM refuses to map it and runs without
        analyze(cds, pcap, "");
    }

    @Test
    void aNewArchiveLeavesTheNewestFourOfItsModeAndNoOthersTouched() throws Exception {
        // every rebuilt runtime makes a new archive (~15 MB); on a gateway's flash they must not pile up
        Path cds = Files.createDirectories(tmp.resolve("cds"));
        String kind = Runtime.version().feature() >= 25 ? "aot" : "jsa";
        List<Path> stale = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path f = cds.resolve(String.format("cmd-%016x.%s", 0xabc0L + i, kind));
            Files.write(f, new byte[16]);
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L + i * 60_000L));
            stale.add(f);
        }
        Path otherMode = Files.write(cds.resolve("hub-00000000000000aa." + kind), new byte[16]);
        Files.setLastModifiedTime(otherMode, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        settledRun(cds, 50);
        List<Path> left = archives(cds);
        assertEquals(4, left.size(), "the newest four of the command mode: " + left);
        assertTrue(left.containsAll(stale.subList(3, 6)), "the three newest stale ones stay beside the new one: " + left);
        assertTrue(stale.subList(0, 3).stream().noneMatch(Files::exists), "the oldest are removed: " + left);
        assertTrue(Files.exists(otherMode), "another mode's archive is not touched");
    }
}
