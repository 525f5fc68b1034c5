package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of hostile package, scanned by the real {@code skills scan} command in its own JVM
 * with a private temporary folder: exit code 2, one clear message naming the file and the
 * limit, nothing left in the temporary folder and nothing written beside the package.
 */
class BadPackagesLeaveNothingTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"deep-json", "huge-string", "zip-bomb", "zip-slip", "symlink-out"})
    void givenAHostilePackage_whenScannedByTheCommand_thenAClearErrorAndNothingLeftBehind(String kind) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path privateTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        Path input = build(kind, work);
        List<Path> before = tree(work);

        int rc = scan(input, privateTmp, "json");
        String err = Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);

        assertEquals(2, rc, kind + ": " + err);
        String expected = switch (kind) {
            case "deep-json" -> "nesting depth";
            case "huge-string" -> "String value length";
            case "zip-bomb" -> "zip bomb";
            case "zip-slip" -> "zip-slip";
            default -> "symbolic link";
        };
        assertTrue(err.startsWith("skills: ") && err.contains(expected), kind + ": " + err);
        assertTrue(err.contains(kind.startsWith("zip") ? "pkg.zip" : kind.equals("symlink-out") ? "skill.json" : "en-US.json"),
                kind + ": the message names the file: " + err);
        assertTrue(err.length() < 2_000 && !err.contains("\tat "), kind + ": one message, no stack trace: " + err);
        assertEquals(List.of(), tree(privateTmp), kind + ": left files in the temporary folder");
        assertEquals(before, tree(work), kind + ": wrote beside the package");
    }

    /**
     * Raw bytes of a lone surrogate (ED A0 81, not valid UTF-8) in a recorded answer: the checklist's "a finding, not a
     * crash". Every output format shows it escaped and holds no invalid UTF-8; nothing is left behind.
     */
    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "sarif"})
    void givenLoneSurrogateBytesInAnOpenAnswer_whenScannedByTheCommand_thenAFindingShowsThemEscaped(String format) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path privateTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        byte[] head = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Goodbye".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"},\"shouldEndSession\":false}}".getBytes(StandardCharsets.US_ASCII);
        write(work.resolve("pkg/recordings/answer.json"), concat(head, LONE_SURROGATE, tail));
        List<Path> before = tree(work);

        int rc = scan(work.resolve("pkg"), privateTmp, format);
        byte[] out = Files.readAllBytes(tmp.resolve("stdout.txt"));
        String text = new String(out, StandardCharsets.UTF_8);

        assertEquals(1, rc, Files.readString(tmp.resolve("stderr.txt")));
        assertTrue(text.contains("skills.fake-goodbye.wording") && text.contains("uD801"), text);
        assertTrue(java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out)) != null, "valid UTF-8");
        assertEquals(List.of(), tree(privateTmp));
        assertEquals(before, tree(work));
    }

    private static final byte[] LONE_SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x81};

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /** Runs {@code skills scan INPUT --format FORMAT} in a child JVM whose temporary folder is {@code privateTmp}. */
    private int scan(Path input, Path privateTmp, String format) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + privateTmp, "-Xmx256m", "-cp", System.getProperty("java.class.path"), CliMain.class.getName(),
                "scan", input.toString(), "--format", format));
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(input + ": the scan did not finish in 60 s");
        }
        return p.exitValue();
    }

    private static Path build(String kind, Path work) throws IOException {
        Path model = work.resolve("pkg/skill-package/interactionModels/custom/en-US.json");
        switch (kind) {
            case "deep-json" -> write(model, ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.US_ASCII));
            case "huge-string" -> write(model, ("{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"" + "a".repeat(1_200_000)
                    + "\"}}}").getBytes(StandardCharsets.US_ASCII));
            case "zip-bomb" -> {
                return zip(work.resolve("pkg.zip"), "skill-package/skill.json", new byte[6_000_000]);
            }
            case "zip-slip" -> {
                return zip(work.resolve("pkg.zip"), "../../escaped/skill.json", "{}".getBytes(StandardCharsets.US_ASCII));
            }
            default -> {
                Path outside = work.resolve("outside/secret.json");
                write(outside, "{\"manifest\":{}}".getBytes(StandardCharsets.US_ASCII));
                Path dir = Files.createDirectories(work.resolve("pkg/skill-package"));
                Files.createSymbolicLink(dir.resolve("skill.json"), Path.of("../../outside/secret.json"));
                return work.resolve("pkg");
            }
        }
        return work.resolve("pkg");
    }

    private static void write(Path f, byte[] b) throws IOException {
        Files.createDirectories(f.getParent());
        Files.write(f, b);
    }

    private static Path zip(Path zip, String name, byte[] content) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return zip;
    }

    /** @return every path under {@code root} (links not followed), sorted */
    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(root::relativize).sorted().toList();
        }
    }
}
