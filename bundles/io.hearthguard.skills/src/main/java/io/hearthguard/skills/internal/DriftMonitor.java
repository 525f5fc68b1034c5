package io.hearthguard.skills.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.FindingService;
import io.hearthguard.platform.store.Store;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;

/**
 * Re-probes an endpoint, compares the transcript with the previous one and reports the
 * response rules' findings plus drift. Transcripts are kept in the {@link Store} when there
 * is one (table {@code skill_transcript}), else in memory. Plain code; thread-safe per URL
 * (calls for the same URL must not overlap; the scheduler runs them one at a time).
 */
public final class DriftMonitor {
    private final Store store;
    private final FindingService findings;
    private final Duration timeout;
    private final Map<String, JsonNode> memory = new ConcurrentHashMap<>();
    private volatile boolean migrated;

    /**
     * @param store    where transcripts are kept; null to keep the last one in memory
     * @param findings where findings go; null to only return them
     */
    public DriftMonitor(Store store, FindingService findings, Duration timeout) {
        this.store = store;
        this.findings = findings;
        this.timeout = timeout;
    }

    /** Probes {@code url} once (with {@code context} driving the intents, may be null); returns the findings. */
    public List<SkillFinding> runOnce(String url, Model.Skill context) throws SkillInputException {
        Probe probe = new Probe(url, timeout);
        ObjectNode transcript = probe.transcript(probe.converse(context));
        List<SkillFinding> out = new ArrayList<>(Probe.analyze(url, transcript, context));
        JsonNode previous = previous(url);
        if (previous != null) {
            out.addAll(Probe.drift(url, previous, transcript));
        }
        Rules.sort(out);
        save(url, transcript);
        if (findings != null) {
            SkillReport.Skill s = new SkillReport.Skill(url, "endpoint", context == null ? List.of() : context.invocationNames(), List.of(), out);
            ReportSink.publish(findings, new SkillReport(url, List.of(s)), Instant.now());
        }
        return out;
    }

    private void migrate() {
        if (!migrated) {
            store.migrate(ReportSink.OWNER, ReportSink.MIGRATIONS);
            migrated = true;
        }
    }

    private JsonNode previous(String url) throws SkillInputException {
        if (store == null) {
            return memory.get(url);
        }
        migrate();
        String json = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT transcript_json FROM skill_transcript WHERE url = ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return json == null ? null : SafeJson.parse("stored transcript of " + url, json.getBytes(StandardCharsets.UTF_8));
    }

    private void save(String url, ObjectNode transcript) {
        if (store == null) {
            memory.put(url, transcript);
            return;
        }
        String json;
        try {
            json = SafeJson.mapper().writeValueAsString(transcript);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise transcript of " + url, e);
        }
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO skill_transcript (url, recorded_at, transcript_json) VALUES (?, ?, ?)")) {
                ps.setString(1, url);
                ps.setString(2, Instant.now().toString());
                ps.setString(3, json);
                return ps.executeUpdate();
            }
        });
    }
}
