package io.hearthguard.findings;

import java.util.Map;

import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.findings.internal.FindingJson;

/**
 * The one JSON form of a stored finding, shared by every output (notifications, MQTT,
 * dashboard): {@code id, state, count, firstSeen, lastSeen, updated} followed by the
 * finding's {@code rule, category, severity, device{id,mac,ip,name}, start, end, summary,
 * evidence, dedupKey, source}. Times are ISO-8601 UTC, state and severity lower case.
 * Thread-safe.
 */
public final class FindingCodec {
    private FindingCodec() {
    }

    /** @return the JSON object tree (a fresh, mutable map) */
    public static Map<String, Object> toMap(StoredFinding finding) {
        return FindingJson.storedToMap(finding);
    }

    /** @return the JSON text */
    public static String toJson(StoredFinding finding) {
        return FindingJson.storedToJson(finding);
    }

    /**
     * Parses what {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException or {@link java.io.UncheckedIOException} when it is not
     */
    public static StoredFinding fromJson(String json) {
        return FindingJson.storedFromJson(json);
    }

    /** Parses what {@link #toMap} returned, after a JSON round trip. */
    public static StoredFinding fromMap(Map<String, Object> tree) {
        return FindingJson.storedFromMap(tree);
    }
}
