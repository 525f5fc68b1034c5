package io.hearthguard.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.hearthguard.skills.SkillAnalyzer;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Skill packages uploaded through the dashboard: streamed to a private temporary folder
 * under {@code <data>/tmp} (never past {@link Api#MAX_UPLOAD}), analysed, and deleted again
 * whatever happens. The last {@value #KEEP} reports stay in memory for the list.
 */
final class SkillUploads {
    static final int KEEP = 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(zip|json|txt)");

    record Upload(String id, String name, Instant uploaded, Map<String, Object> report) {
    }

    private final Path tmpRoot;
    private final Deque<Upload> recent = new ArrayDeque<>();

    SkillUploads(Path dataDir) {
        this.tmpRoot = dataDir.resolve("tmp").resolve("web-uploads");
    }

    /**
     * @param service the {@link SkillAnalyzer} service object (typed Object so that this
     *                bundle's other classes never link against the optional skills package)
     */
    Map<String, Object> analyze(Object service, HttpServletRequest req, String name) throws IOException {
        SkillAnalyzer analyzer = (SkillAnalyzer) service;
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw Problem.badRequest("'name' must be a plain file name ending in .zip, .json or .txt (letters, digits, . _ -; no folders)");
        }
        Files.createDirectories(tmpRoot);
        Path dir = Files.createTempDirectory(tmpRoot, "u");
        try {
            Path file = dir.resolve(name);
            long total;
            try (OutputStream out = Files.newOutputStream(file)) {
                total = Json.copyBody(req, out, Api.MAX_UPLOAD);
            }
            if (total == 0) {
                throw Problem.badRequest("the upload is empty");
            }
            SkillReport r;
            try {
                r = analyzer.analyze(file);
            } catch (SkillInputException e) {
                throw new Problem(422, "skill-input", "The skill package cannot be analysed", hide(e.getMessage(), dir, name));
            }
            Upload u = new Upload(Passwords.randomToken(9).toLowerCase().replaceAll("[^a-z0-9]", "x"), name, Instant.now(), json(r, dir, name));
            synchronized (recent) {
                recent.addFirst(u);
                while (recent.size() > KEEP) {
                    recent.removeLast();
                }
            }
            return summary(u, true);
        } finally {
            deleteTree(dir);
        }
    }

    List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        synchronized (recent) {
            for (Upload u : recent) {
                out.add(summary(u, false));
            }
        }
        return out;
    }

    Optional<Map<String, Object>> get(String id) {
        synchronized (recent) {
            return recent.stream().filter(u -> u.id().equals(id)).findFirst().map(u -> summary(u, true));
        }
    }

    private static Map<String, Object> summary(Upload u, boolean withReport) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("name", u.name());
        m.put("uploaded", u.uploaded().toString());
        m.put("worst", u.report().get("worst"));
        m.put("findings", u.report().get("findingCount"));
        if (withReport) {
            m.put("report", u.report());
        }
        return m;
    }

    /** The temporary folder is nobody's business: report paths relative to the upload. */
    private static String hide(String s, Path dir, String name) {
        return s == null ? "" : s.replace(dir.resolve(name).toString(), name).replace(dir.toString(), "");
    }

    static Map<String, Object> json(SkillReport r, Path dir, String name) {
        List<Map<String, Object>> skills = new ArrayList<>();
        int count = 0;
        for (SkillReport.Skill s : r.skills()) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (SkillFinding f : s.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", f.rule());
                m.put("category", f.category());
                m.put("severity", f.severity().id());
                m.put("summary", f.summary());
                m.put("rationale", f.rationale());
                m.put("source", f.source());
                m.put("file", hide(f.file(), dir, name));
                m.put("pointer", f.pointer());
                m.put("text", f.text());
                m.put("fix", f.fix());
                findings.add(m);
                count++;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", hide(s.id(), dir, name));
            m.put("platform", s.platform());
            m.put("invocationNames", s.invocationNames());
            m.put("locales", s.locales());
            m.put("findings", findings);
            skills.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("worst", r.worst().map(x -> x.id()).orElse(null));
        m.put("findingCount", count);
        m.put("skills", skills);
        return m;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
