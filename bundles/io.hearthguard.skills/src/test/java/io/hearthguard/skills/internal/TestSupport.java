package io.hearthguard.skills.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/** Shared helpers for the tests. */
final class TestSupport {
    private TestSupport() {
    }

    static Path malicious(String name) {
        try {
            return Path.of(TestSupport.class.getResource("/malicious/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the shared data folder, or null when absent */
    static Path shared() {
        String p = System.getProperty("hearthguard.shared");
        if (p == null) {
            return null;
        }
        Path s = Path.of(p, "data", "skills");
        return Files.isDirectory(s) ? s : null;
    }

    /** Writes {@code text} to {@code dir/file}, making its folders. */
    /** A locale per language code, for tests that write one package per language. */
    static final java.util.Map<String, String> LOCALES = java.util.Map.of("en", "en-US", "de", "de-DE", "fr", "fr-FR", "es", "es-ES",
            "it", "it-IT", "pt", "pt-BR", "ja", "ja-JP");

    /** @return the text escaped for a JSON string literal (backslashes and quotes) */
    static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static void write(Path dir, String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /**
     * Writes a one-intent interaction model (no slots, one sample) and one recorded request/response pair for that
     * intent: {@code response} is the skill's {@code response} object as JSON ({@code outputSpeech}, {@code reprompt},
     * {@code shouldEndSession}).
     */
    static void oneTurn(Path dir, String locale, String invocation, String intent, String sample, String response) throws IOException {
        write(dir, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"" + invocation + "\",\"intents\":[{\"name\":\"" + intent + "\",\"slots\":[],\"samples\":[\"" + sample + "\"]}]}}}");
        write(dir, "recordings/turn.json", "{\"request\":{\"request\":{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"" + intent + "\"}}},"
                + "\"response\":{\"version\":\"1.0\",\"response\":" + response + "}}");
    }

    static List<SkillFinding> findings(SkillReport r) {
        return r.skills().stream().flatMap(s -> s.findings().stream()).toList();
    }

    static boolean has(SkillReport r, String rule, Severity atLeast) {
        return findings(r).stream().anyMatch(f -> f.rule().equals(rule) && f.severity().atLeast(atLeast));
    }

    static String describe(SkillReport r) {
        StringBuilder b = new StringBuilder();
        for (SkillFinding f : findings(r)) {
            b.append(f.severity()).append(' ').append(f.rule()).append(' ').append(f.file()).append(' ').append(f.pointer()).append('\n');
        }
        return b.toString();
    }

    /** Zips a folder (regular files only) into {@code zip}. */
    static void zip(Path dir, Path zip) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o);
                Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
    }

    /**
     * Every line of every file of the test packages and of the shared corpus (when present), normalised, the first
     * {@code maxChars} chars of each file (bounded time on a shared machine).
     *
     * @return the number of lines given
     */
    static int forEachPackageLine(int maxChars, java.util.function.BiConsumer<Path, String> each) throws IOException {
        List<Path> roots = new java.util.ArrayList<>();
        try {
            roots.add(Path.of(TestSupport.class.getResource("/precision").toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (shared() != null) {
            roots.add(shared());
        }
        int lines = 0;
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).filter(p -> p.toFile().length() < 2_000_000).toList();
            }
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.substring(0, Math.min(text.length(), maxChars)).split("\n")) {
                    lines++;
                    each.accept(f, line);
                }
            }
        }
        return lines;
    }
}
