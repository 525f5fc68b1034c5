package io.hearthguard.notify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.findings.FindingCodec;

/**
 * A notification as a JSON object tree (the documented payload, docs/notifications.md) with
 * typed accessors over it. Immutable.
 */
public final class NotificationImpl implements Notification {

    /** Version of the payload schema, the {@code schema} member. */
    public static final int SCHEMA = 1;

    static final ObjectMapper MAPPER = new ObjectMapper();
    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                .maxStringLength(1 << 20).build());
    }

    private final Map<String, Object> tree;
    private final String json;
    private final StoredFinding finding;

    private NotificationImpl(Map<String, Object> tree, String json) {
        this.tree = Collections.unmodifiableMap(tree);
        this.json = json;
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) tree.get("finding");
        this.finding = f == null ? null : FindingCodec.fromMap(f);
    }

    /** @return the external spelling of a kind, e.g. {@code finding-update} */
    public static String kindId(Kind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Kind kindOf(String id) {
        return Kind.valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * Builds a notification.
     *
     * @param extra further members (link, change, digest, device, event); may be empty
     */
    public static NotificationImpl create(String id, Kind kind, Instant created, Severity severity, String title, String body,
            StoredFinding finding, String deviceId, List<String> digestOf, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("id", Objects.requireNonNull(id, "id"));
        m.put("kind", kindId(kind));
        m.put("created", created.toString());
        m.put("severity", severity.id());
        m.put("title", title);
        m.put("body", body);
        if (deviceId != null) {
            m.put("deviceId", deviceId);
        }
        if (finding != null) {
            m.put("finding", FindingCodec.toMap(finding));
        }
        if (!digestOf.isEmpty()) {
            m.put("digestOf", List.copyOf(digestOf));
        }
        m.putAll(extra);
        try {
            String json = MAPPER.writeValueAsString(m);
            return new NotificationImpl(MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { }), json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a payload this class wrote.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static NotificationImpl fromJson(String json) {
        try {
            Map<String, Object> m = MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
            NotificationImpl n = new NotificationImpl(m, json);
            n.kind();
            n.severity();
            n.created();
            Objects.requireNonNull(n.id(), "id");
            return n;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a notification payload: " + e.getMessage(), e);
        }
    }

    /** @return the payload as an unmodifiable tree */
    public Map<String, Object> tree() {
        return tree;
    }

    @Override
    public String id() {
        return (String) tree.get("id");
    }

    @Override
    public Kind kind() {
        return kindOf((String) tree.get("kind"));
    }

    @Override
    public Instant created() {
        return Instant.parse((String) tree.get("created"));
    }

    @Override
    public Severity severity() {
        return Severity.fromId((String) tree.get("severity"));
    }

    @Override
    public String title() {
        return (String) tree.get("title");
    }

    @Override
    public String body() {
        return (String) tree.get("body");
    }

    @Override
    public Optional<StoredFinding> finding() {
        return Optional.ofNullable(finding);
    }

    @Override
    public Optional<String> deviceId() {
        return Optional.ofNullable((String) tree.get("deviceId"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> digestOf() {
        Object d = tree.get("digestOf");
        return d == null ? List.of() : List.copyOf((List<String>) d);
    }

    @Override
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return id() + " " + tree.get("kind") + " " + tree.get("severity") + ": " + title();
    }
}
