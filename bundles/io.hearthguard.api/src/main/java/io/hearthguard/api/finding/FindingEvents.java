package io.hearthguard.api.finding;

/**
 * EventAdmin topics and properties for findings. Posted asynchronously after the change is
 * stored. Ids travel in properties, never in topics.
 */
public final class FindingEvents {
    private FindingEvents() {
    }

    /** Prefix of every finding topic; subscribe to {@code io/hearthguard/finding/*}. */
    public static final String TOPIC_PREFIX = "io/hearthguard/finding/";
    /** A new finding was stored. */
    public static final String TOPIC_CREATED = TOPIC_PREFIX + "CREATED";
    /** An occurrence was merged into an existing finding (count and last seen changed). */
    public static final String TOPIC_UPDATED = TOPIC_PREFIX + "UPDATED";
    /** The state changed (acknowledged, muted, resolved, reopened). */
    public static final String TOPIC_STATE_CHANGED = TOPIC_PREFIX + "STATE_CHANGED";

    /** Property: {@link StoredFinding#id()} (String). */
    public static final String PROP_FINDING_ID = "finding.id";
    /** Property: rule id (String). */
    public static final String PROP_RULE = "finding.rule";
    /** Property: category (String). */
    public static final String PROP_CATEGORY = "finding.category";
    /** Property: {@link Severity#id()} (String). */
    public static final String PROP_SEVERITY = "finding.severity";
    /** Property: {@link FindingState#id()} (String). */
    public static final String PROP_STATE = "finding.state";
    /** Property: device id (String), absent for home-wide findings. */
    public static final String PROP_DEVICE_ID = "device.id";
}
