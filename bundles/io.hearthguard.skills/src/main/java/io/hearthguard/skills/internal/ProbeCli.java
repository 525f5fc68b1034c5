package io.hearthguard.skills.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.platform.cli.Command;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;
import io.hearthguard.skills.internal.Model.Skill;
import io.hearthguard.skills.internal.SkillsCli.UsageException;

/** {@code skills probe URL [--package PATH] [--transcript OUT] [--compare OLD] [--format ...] [--fail-on ...]}. */
final class ProbeCli {
    /** Transcripts kept per endpoint under {@code <data>/skills/transcripts/<endpoint>/}. */
    static final int KEEP = 50;
    private final Path defaultData;

    ProbeCli(Path defaultData) {
        this.defaultData = defaultData;
    }

    /** @return the folder of one endpoint's transcripts: host and port plus a hash of the whole URL */
    static Path endpointDir(Path data, String url) {
        String host;
        try {
            java.net.URI u = java.net.URI.create(url);
            host = (u.getHost() == null ? "endpoint" : u.getHost()) + (u.getPort() > 0 ? "_" + u.getPort() : "");
        } catch (IllegalArgumentException e) {
            host = "endpoint";
        }
        String hash;
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(url.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            hash = java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return data.resolve("skills").resolve("transcripts").resolve(host.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + hash);
    }

    /** @return the newest kept transcript of the endpoint, or null */
    static Path latest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json")).max(java.util.Comparator.comparing(Path::getFileName)).orElse(null);
        }
    }

    /** Keeps the transcript as the endpoint's newest and removes all but the last {@link #KEEP}. */
    static Path keep(Path dir, ObjectNode transcript) throws IOException {
        Files.createDirectories(dir);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.now());
        Path target = dir.resolve(stamp + ".json");
        for (int i = 1; Files.exists(target); i++) {
            target = dir.resolve(stamp + "-" + i + ".json");
        }
        write(target, transcript);
        try (var s = Files.list(dir)) {
            List<Path> all = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted(java.util.Comparator.comparing(Path::getFileName)).toList();
            for (int i = 0; i < all.size() - KEEP; i++) {
                Files.deleteIfExists(all.get(i));
            }
        }
        return target;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        String url = null;
        Path pkg = null;
        Path transcriptOut = null;
        Path compare = null;
        Path data = defaultData;
        String format = "text";
        Severity failOn = Severity.HIGH;
        long timeoutMs = 5_000;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help" -> {
                    out.println(SkillsCli.USAGE);
                    return Command.OK;
                }
                case "--package" -> pkg = Path.of(SkillsCli.value(args, i++));
                case "--transcript" -> transcriptOut = Path.of(SkillsCli.value(args, i++));
                case "--compare" -> compare = Path.of(SkillsCli.value(args, i++));
                case "--data" -> data = Path.of(SkillsCli.value(args, i++));
                case "--format" -> {
                    format = SkillsCli.value(args, i++);
                    if (!List.of("text", "json", "sarif").contains(format)) {
                        throw new UsageException("--format must be text, json or sarif");
                    }
                }
                case "--fail-on" -> failOn = SkillsCli.severity(SkillsCli.value(args, i++));
                case "--timeout-ms" -> {
                    try {
                        timeoutMs = Long.parseLong(SkillsCli.value(args, i++));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--timeout-ms needs a number");
                    }
                    if (timeoutMs < 100 || timeoutMs > 30_000) {
                        throw new UsageException("--timeout-ms must be between 100 and 30000");
                    }
                }
                default -> {
                    if (a.startsWith("--") || url != null) {
                        throw new UsageException("unexpected argument " + a);
                    }
                    url = a;
                }
            }
        }
        if (url == null) {
            throw new UsageException("probe needs a URL");
        }
        try {
            Skill context = null;
            if (pkg != null) {
                List<Skill> skills = PackageLoader.load(pkg);
                context = skills.stream().filter(s -> !s.locales.isEmpty()).findFirst().orElse(skills.isEmpty() ? null : skills.get(0));
            }
            JsonNode old = null;
            Path endpoint = data == null ? null : endpointDir(data, url);
            if (compare == null && endpoint != null) {
                compare = latest(endpoint);
                if (compare != null) {
                    err.println("skills: comparing with the last probe of this endpoint, " + compare.getFileName());
                }
            }
            if (compare != null) {
                old = readTranscript(compare);
            }
            Probe probe = new Probe(url, Duration.ofMillis(timeoutMs));
            List<Probe.Turn> turns = probe.converse(context);
            ObjectNode transcript = probe.transcript(turns);
            if (transcriptOut != null) {
                write(transcriptOut, transcript);
            }
            if (endpoint != null) {
                Path kept = keep(endpoint, transcript);
                err.println("skills: transcript kept as " + kept);
            }
            List<SkillFinding> findings = new ArrayList<>(Probe.analyze(url, transcript, context));
            if (old != null) {
                findings.addAll(Probe.drift(url, old, transcript));
            }
            Rules.sort(findings);
            SkillReport report = new SkillReport(url, List.of(new SkillReport.Skill(url, "endpoint",
                    context == null ? List.of() : context.invocationNames(), context == null ? List.of() : new ArrayList<>(context.locales.keySet()),
                    findings)));
            err.println("skills: probe sent " + turns.size() + " request(s) to " + url);
            switch (format) {
                case "json" -> Output.json(List.of(report), out);
                case "sarif" -> Output.sarif(List.of(report), out);
                default -> Output.text(List.of(report), out);
            }
            final Severity t = failOn;
            return report.worst().filter(w -> w.atLeast(t)).isPresent() ? Command.FINDINGS : Command.OK;
        } catch (SkillInputException e) {
            err.println("skills: " + e.getMessage());
            return Command.USAGE;
        } catch (IOException e) {
            err.println("skills: " + e.getMessage());
            return Command.USAGE;
        }
    }

    static JsonNode readTranscript(Path p) throws SkillInputException {
        List<PackageReader.VFile> f = PackageReader.read(p);
        if (f.size() != 1) {
            throw new SkillInputException(p + ": a transcript is one JSON file");
        }
        JsonNode n = SafeJson.parse(p.toString(), f.get(0).bytes());
        if (!n.path("turns").isArray()) {
            throw new SkillInputException(p + ": not a probe transcript (no \"turns\" array)");
        }
        return n;
    }

    private static void write(Path target, ObjectNode transcript) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.write(tmp, SafeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(transcript));
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
