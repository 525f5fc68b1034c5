package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-shot commands through the real {@code ./hearthguard} script keep their framework cache
 * and SQLite's library in the cache folder (docs/benchmarks.md, "Start-up"): two commands at
 * once each get a cache of their own, the next one reuses a cache, and every run prints the
 * same findings, only JSON on standard output, with exit code 0.
 */
class CommandCacheIT {
    @TempDir
    Path tmp;

    private Process analyze(Path cache, String name, Path pcap) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", Hub.ROOT.resolve("hearthguard").toString(), "analyze", pcap.toString(), "--json")
                .redirectOutput(tmp.resolve(name + ".out").toFile()).redirectError(tmp.resolve(name + ".err").toFile());
        Map<String, String> env = pb.environment();
        env.put("HEARTHGUARD_NO_BUILD", "1");
        env.put("HEARTHGUARD_CDS", "off"); // the archive has its own test (ClassDataSharingIT)
        env.put("HEARTHGUARD_CACHE_DIR", cache.toString());
        env.remove("HEARTHGUARD_CACHE");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HEARTHGUARD_JAVA_OPTS", "-Dhearthguard.timing=true");
        return pb.start();
    }

    private TreeSet<String> finish(Process p, String name) throws Exception {
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), name + " did not finish");
        assertEquals(0, p.exitValue(), name + ": " + Files.readString(tmp.resolve(name + ".err")));
        TreeSet<String> lines = new TreeSet<>();
        for (String line : Files.readAllLines(tmp.resolve(name + ".out"))) {
            assertTrue(line.startsWith("{"), name + ": not JSON on stdout: " + line);
            lines.add(line.replaceAll("\"elapsed_ms\":[0-9]+", "")); // the run's own duration
        }
        assertFalse(lines.isEmpty(), name + " printed nothing");
        return lines;
    }

    @Test
    void commandsShareNothingWhileRunningAndReuseTheCacheAfterwards() throws Exception {
        Path cache = tmp.resolve("cache");
        Path pcap = tmp.resolve("home.pcap");
        Files.write(pcap, CaptureJobsIT.pcap(200));
        Process a = analyze(cache, "a", pcap);
        Process b = analyze(cache, "b", pcap);
        TreeSet<String> first = finish(a, "a");
        assertEquals(first, finish(b, "b"), "two commands at once report the same");
        try (Stream<Path> s = Files.list(cache.resolve("felix"))) {
            assertEquals(2, s.filter(Files::isDirectory).count(), "two commands at once used two framework caches");
        }
        assertTrue(Files.readString(tmp.resolve("a.err")).contains("framework cache new"));
        Process c = analyze(cache, "c", pcap);
        assertEquals(first, finish(c, "c"), "a reused cache reports the same");
        String err = Files.readString(tmp.resolve("c.err"));
        assertTrue(err.contains("framework cache reused"), err);
        try (Stream<Path> s = Files.walk(cache.resolve("sqlite"))) {
            assertTrue(s.anyMatch(f -> f.getFileName().toString().equals("libsqlitejdbc.so")), "SQLite's library kept in the cache");
        }
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.anyMatch(f -> f.getFileName().toString().matches("oui-[0-9a-f]+\\.idx")) || !Files.isDirectory(Path.of("/usr/share/ieee-data")),
                    "discovery's OUI index kept in the cache");
        }
        List<String> lines = List.copyOf(first);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\"")), "the report has records: " + lines);
    }

    @Test
    void sqliteLibraryIsExtractedOnceAndReplacedWhenDamaged() throws Exception {
        Path export = Hub.TARGET.resolve("export/hearthguard");
        Assumptions.assumeTrue("Linux".equals(System.getProperty("os.name")), "SQLite's Linux library");
        assertTrue(Files.isDirectory(export), "the packaged runtime: " + export);
        Path cache = tmp.resolve("cache");
        Path dir = CommandCache.sqliteNative(cache, export);
        assertNotNull(dir);
        Path lib = dir.resolve("libsqlitejdbc.so");
        byte[] want;
        try (java.util.stream.Stream<Path> s = Files.list(export)) {
            Path jar = s.filter(p -> p.getFileName().toString().contains("sqlite-jdbc")).findFirst().orElseThrow();
            try (ZipFile z = new ZipFile(jar.toFile())) {
                String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64";
                want = z.getInputStream(z.getEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so")).readAllBytes();
            }
        }
        assertArrayEquals(want, Files.readAllBytes(lib));
        FileTime t = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, t);
        assertEquals(dir, CommandCache.sqliteNative(cache, export));
        assertEquals(t, Files.getLastModifiedTime(lib), "an intact library is not written again");
        byte[] damaged = want.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(lib, damaged);
        assertEquals(dir, CommandCache.sqliteNative(cache, export));
        assertArrayEquals(want, Files.readAllBytes(lib), "a damaged library is extracted again");
    }
}
