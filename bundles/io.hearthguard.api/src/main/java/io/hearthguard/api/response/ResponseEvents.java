package io.hearthguard.api.response;

/**
 * EventAdmin topics and properties for response actions, posted after the change is in
 * force and recorded. Ids travel in properties, never in topics.
 */
public final class ResponseEvents {
    private ResponseEvents() {
    }

    /** Prefix of every response topic; subscribe to {@code io/hearthguard/response/*}. */
    public static final String TOPIC_PREFIX = "io/hearthguard/response/";
    /** An action was applied. */
    public static final String TOPIC_APPLIED = TOPIC_PREFIX + "APPLIED";
    /** An action was undone. */
    public static final String TOPIC_UNDONE = TOPIC_PREFIX + "UNDONE";

    /** Property: {@link ResponseAction#id()} (String). */
    public static final String PROP_ACTION_ID = "response.action.id";
    /** Property: {@link ResponseAction.Kind} name (String). */
    public static final String PROP_KIND = "response.kind";
    /** Property: the actor (String). */
    public static final String PROP_ACTOR = "response.actor";
    /** Property: the device MAC (String), absent for blocks of every device. */
    public static final String PROP_DEVICE_MAC = "device.mac";
    /** Property: the finding that caused the action (String), when there is one. */
    public static final String PROP_FINDING_ID = "finding.id";
}
