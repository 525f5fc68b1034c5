package io.hearthguard.findings.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;

/** Converts findings to and from the JSON kept in the store (and shown in outputs). */
public final class FindingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Finding.MAX_EVIDENCE_DEPTH + 4).maxStringLength(Finding.MAX_EVIDENCE_STRING * 4).build());
    }

    private FindingJson() {
    }

    /** @return the finding as a JSON object tree */
    public static Map<String, Object> toMap(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("category", f.category());
        m.put("severity", f.severity().id());
        if (f.device() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", f.device().id());
            d.put("mac", f.device().mac());
            d.put("ip", f.device().ip());
            d.put("name", f.device().name());
            m.put("device", d);
        }
        m.put("start", f.start().toString());
        m.put("end", f.end().toString());
        m.put("summary", f.summary());
        m.put("evidence", f.evidence());
        if (f.dedupKey() != null) {
            m.put("dedupKey", f.dedupKey());
        }
        m.put("source", f.source());
        return m;
    }

    /** @return a stored finding (lifecycle and latest occurrence) as a JSON object tree */
    public static Map<String, Object> storedToMap(StoredFinding s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("state", s.state().id());
        m.put("count", s.count());
        m.put("firstSeen", s.firstSeen().toString());
        m.put("lastSeen", s.lastSeen().toString());
        m.put("updated", s.updated().toString());
        m.putAll(toMap(s.finding()));
        return m;
    }

    /** Parses what {@link #storedToMap} wrote (after a JSON round trip). */
    public static StoredFinding storedFromMap(Map<String, Object> m) {
        Object count = m.get("count");
        return new StoredFindingImpl((String) m.get("id"), fromMap(m), ((Number) count).longValue(),
                Instant.parse((String) m.get("firstSeen")), Instant.parse((String) m.get("lastSeen")),
                FindingState.valueOf(((String) m.get("state")).toUpperCase(java.util.Locale.ROOT)),
                Instant.parse((String) m.get("updated")));
    }

    /** @return the stored finding as JSON text */
    public static String storedToJson(StoredFinding s) {
        return write(storedToMap(s));
    }

    /** Parses what {@link #storedToJson} wrote. */
    public static StoredFinding storedFromJson(String json) {
        return storedFromMap(parse(json));
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("stored finding is not valid JSON", e);
        }
    }

    /** @return the finding as JSON text */
    public static String toJson(Finding f) {
        return write(toMap(f));
    }

    /** Parses what {@link #toJson} wrote. */
    public static Finding fromJson(String json) {
        return fromMap(parse(json));
    }

    /** Builds a finding from its JSON object tree. */
    public static Finding fromMap(Map<String, Object> m) {
        Finding.Builder b = Finding.builder((String) m.get("rule"), (String) m.get("category"),
                Severity.fromId((String) m.get("severity")));
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) m.get("device");
        if (d != null) {
            b.device(new DeviceRef((String) d.get("id"), (String) d.get("mac"), (String) d.get("ip"), (String) d.get("name")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> ev = (Map<String, Object>) m.getOrDefault("evidence", Map.of());
        return b.span(Instant.parse((String) m.get("start")), Instant.parse((String) m.get("end")))
                .summary((String) m.get("summary")).evidence(ev).dedupKey((String) m.get("dedupKey"))
                .source((String) m.getOrDefault("source", "unknown")).build();
    }
}
