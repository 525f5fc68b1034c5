package io.hearthguard.skills.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.platform.store.Store;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/** Stores reports in the hub's {@link Store} and publishes their findings; plain code, no OSGi. */
public final class ReportSink {
    /** Owner name of the schema in the store. */
    public static final String OWNER = "io.hearthguard.skills";
    /** Schema steps; append only. */
    public static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE skill_report (id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, analyzed_at TEXT NOT NULL,"
                    + " skills INTEGER NOT NULL, findings INTEGER NOT NULL, worst TEXT, report_json TEXT NOT NULL);"
                    + " CREATE INDEX skill_report_path ON skill_report(path, analyzed_at)",
            "CREATE TABLE skill_transcript (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL, recorded_at TEXT NOT NULL,"
                    + " transcript_json TEXT NOT NULL); CREATE INDEX skill_transcript_url ON skill_transcript(url, id)");
    private static final String SOURCE = "io.hearthguard.skills";

    private ReportSink() {
    }

    /** @return the report as one JSON document */
    public static String json(SkillReport r) throws JsonProcessingException {
        ObjectNode o = SafeJson.mapper().createObjectNode();
        o.put("path", r.path());
        ArrayNode a = o.putArray("skills");
        for (SkillReport.Skill s : r.skills()) {
            a.add(Output.skillJson(r.path(), s));
        }
        return SafeJson.mapper().writeValueAsString(o);
    }

    /** Appends the report as one row; returns its id. */
    public static long store(Store store, SkillReport r, Instant at) throws JsonProcessingException {
        String json = json(r);
        int findings = r.skills().stream().mapToInt(s -> s.findings().size()).sum();
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO skill_report (path, analyzed_at, skills, findings, worst, report_json) VALUES (?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, r.path());
                ps.setString(2, at.toString());
                ps.setInt(3, r.skills().size());
                ps.setInt(4, findings);
                ps.setString(5, r.worst().map(w -> w.id()).orElse(null));
                ps.setString(6, json);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : -1L;
                }
            }
        });
    }

    /** @return the hub finding for one skill finding */
    public static Finding finding(SkillReport.Skill skill, SkillFinding f, Instant at) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("skill", skill.id());
        ev.put("platform", skill.platform());
        ev.put("invocationNames", skill.invocationNames());
        ev.put("file", f.file());
        ev.put("pointer", f.pointer());
        ev.put("text", f.text());
        ev.put("rationale", f.rationale());
        ev.put("source", f.source());
        ev.put("fix", f.fix());
        String key = skill.id() + "|" + f.file() + "|" + f.pointer();
        return Finding.builder(f.rule(), f.category(), f.severity()).summary(f.summary()).evidence(ev).span(at, at)
                .dedupKey(key.length() > 512 ? key.substring(0, 512) : key).source(SOURCE).build();
    }

    /** Publishes every finding of the report; returns how many were published. */
    public static int publish(FindingService service, SkillReport r, Instant at) {
        int n = 0;
        for (SkillReport.Skill s : r.skills()) {
            for (SkillFinding f : s.findings()) {
                service.publish(finding(s, f, at));
                n++;
            }
        }
        return n;
    }
}
