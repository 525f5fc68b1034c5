package io.hearthguard.api.finding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a producer concluded: an immutable, validated value built with {@link #builder}.
 *
 * <p>Evidence is a JSON-like tree of {@code String}, {@code Boolean}, {@code Long},
 * {@code Double}, {@code List} and {@code Map<String, ?>} values (other numbers are widened,
 * {@link Instant}s become ISO-8601 strings). Every size is bounded (see the constants) so
 * a finding can always be stored, sent and shown; {@link Builder#build()} rejects what
 * exceeds them with an {@link IllegalArgumentException} naming the limit.
 *
 * <p>Thread-safe. Accessors never return null except {@link #device()} (a finding about
 * the home as a whole) and {@link #dedupKey()}.
 */
public final class Finding {

    /** Longest rule id. Rule ids match {@code [a-z0-9][a-z0-9._-]*}. */
    public static final int MAX_RULE_LENGTH = 128;
    /** Longest summary, in chars. */
    public static final int MAX_SUMMARY_LENGTH = 1_000;
    /** Longest string anywhere in the evidence. */
    public static final int MAX_EVIDENCE_STRING = 8_192;
    /** Deepest nesting of evidence maps and lists. */
    public static final int MAX_EVIDENCE_DEPTH = 8;
    /** Most values (leaves and containers) in one evidence tree. */
    public static final int MAX_EVIDENCE_NODES = 10_000;

    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]*");

    private final String rule;
    private final String category;
    private final Severity severity;
    private final DeviceRef device;
    private final Instant start;
    private final Instant end;
    private final String summary;
    private final Map<String, Object> evidence;
    private final String dedupKey;
    private final String source;

    private Finding(Builder b) {
        this.rule = b.rule;
        this.category = b.category;
        this.severity = b.severity;
        this.device = b.device;
        this.start = b.start;
        this.end = b.end;
        this.summary = b.summary;
        this.evidence = b.evidence;
        this.dedupKey = b.dedupKey;
        this.source = b.source;
    }

    /**
     * Starts a finding.
     *
     * @param rule     the rule that fired, e.g. {@code eavesdrop.long-listening}
     * @param category one of {@link Categories}
     * @param severity how urgent
     */
    public static Builder builder(String rule, String category, Severity severity) {
        return new Builder(rule, category, severity);
    }

    /** @return the rule id */
    public String rule() { return rule; }

    /** @return the category, one of {@link Categories} or {@code x-…} */
    public String category() { return category; }

    /** @return the severity */
    public Severity severity() { return severity; }

    /** @return the device it is about, or null when it concerns the whole home */
    public DeviceRef device() { return device; }

    /** @return start of the observed span (capture time for traffic findings) */
    public Instant start() { return start; }

    /** @return end of the observed span, never before {@link #start()} */
    public Instant end() { return end; }

    /** @return one sentence for people */
    public String summary() { return summary; }

    /** @return the evidence tree, unmodifiable */
    public Map<String, Object> evidence() { return evidence; }

    /**
     * @return an extra deduplication key: findings with the same rule, device and key within
     *         the dedup window are merged into one; null to use rule and device only
     */
    public String dedupKey() { return dedupKey; }

    /** @return who produced it: a bundle symbolic name or component name */
    public String source() { return source; }

    @Override
    public String toString() {
        return severity.id() + " " + rule + " [" + category + "] " + (device == null ? "home" : device) + ": " + summary;
    }

    /** Builds a {@link Finding}; not thread-safe. */
    public static final class Builder {
        private final String rule;
        private final String category;
        private final Severity severity;
        private DeviceRef device;
        private Instant start;
        private Instant end;
        private String summary = "";
        private Map<String, Object> evidence = Map.of();
        private String dedupKey;
        private String source = "unknown";

        Builder(String rule, String category, Severity severity) {
            this.rule = Objects.requireNonNull(rule, "rule");
            this.category = Objects.requireNonNull(category, "category");
            this.severity = Objects.requireNonNull(severity, "severity");
        }

        /** Sets the device; null means the whole home. */
        public Builder device(DeviceRef device) { this.device = device; return this; }

        /** Sets the observed span; {@code end} may be null for an instant. */
        public Builder span(Instant start, Instant end) {
            this.start = Objects.requireNonNull(start, "start");
            this.end = end == null ? start : end;
            return this;
        }

        /** Sets the one-sentence summary. */
        public Builder summary(String summary) { this.summary = Objects.requireNonNull(summary, "summary"); return this; }

        /** Sets the evidence tree; it is validated and deep-copied by {@link #build()}. */
        public Builder evidence(Map<String, ?> evidence) {
            this.evidence = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(evidence, "evidence")));
            return this;
        }

        /** Sets the extra deduplication key; see {@link Finding#dedupKey()}. */
        public Builder dedupKey(String key) { this.dedupKey = key; return this; }

        /** Names the producer. */
        public Builder source(String source) { this.source = Objects.requireNonNull(source, "source"); return this; }

        /**
         * @return the finding
         * @throws IllegalArgumentException when a value is malformed or exceeds a limit
         */
        public Finding build() {
            if (rule.length() > MAX_RULE_LENGTH || !RULE.matcher(rule).matches()) {
                throw new IllegalArgumentException("rule id must match [a-z0-9][a-z0-9._-]* and be at most " + MAX_RULE_LENGTH + " chars: '" + rule + "'");
            }
            if (category.length() > 64 || !CATEGORY.matcher(category).matches()) {
                throw new IllegalArgumentException("category must match [a-z][a-z0-9-]*: '" + category + "'");
            }
            if (summary.isBlank()) {
                throw new IllegalArgumentException("summary must not be blank (rule " + rule + ")");
            }
            if (summary.length() > MAX_SUMMARY_LENGTH) {
                summary = summary.substring(0, MAX_SUMMARY_LENGTH - 1) + "…";
            }
            if (start == null) {
                start = end = Instant.now();
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end " + end + " is before start " + start);
            }
            if (dedupKey != null && dedupKey.length() > 512) {
                throw new IllegalArgumentException("dedupKey longer than 512 chars");
            }
            int[] nodes = {0};
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = (Map<String, Object>) copy(evidence, 0, nodes);
            evidence = copy;
            return new Finding(this);
        }

        private static Object copy(Object v, int depth, int[] nodes) {
            if (++nodes[0] > MAX_EVIDENCE_NODES) {
                throw new IllegalArgumentException("evidence has more than " + MAX_EVIDENCE_NODES + " values");
            }
            if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double) {
                return v;
            }
            if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).longValue();
            }
            if (v instanceof Float) {
                return ((Float) v).doubleValue();
            }
            if (v instanceof Instant) {
                return v.toString();
            }
            if (v instanceof CharSequence || v instanceof Enum) {
                String s = v.toString();
                if (s.length() > MAX_EVIDENCE_STRING) {
                    throw new IllegalArgumentException("evidence string longer than " + MAX_EVIDENCE_STRING + " chars");
                }
                return s;
            }
            if (depth >= MAX_EVIDENCE_DEPTH && (v instanceof Map || v instanceof List)) {
                throw new IllegalArgumentException("evidence nested deeper than " + MAX_EVIDENCE_DEPTH);
            }
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!(e.getKey() instanceof String k) || k.length() > 128) {
                        throw new IllegalArgumentException("evidence keys must be strings of at most 128 chars: " + e.getKey());
                    }
                    out.put(k, copy(e.getValue(), depth + 1, nodes));
                }
                return Collections.unmodifiableMap(out);
            }
            if (v instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l.size());
                for (Object o : l) {
                    out.add(copy(o, depth + 1, nodes));
                }
                return Collections.unmodifiableList(out);
            }
            throw new IllegalArgumentException("evidence value of unsupported type " + v.getClass().getName());
        }
    }
}
