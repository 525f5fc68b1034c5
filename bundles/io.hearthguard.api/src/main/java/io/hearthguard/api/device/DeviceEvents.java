package io.hearthguard.api.device;

/**
 * EventAdmin topics and property names for device changes. Posted asynchronously by the
 * platform after the change is stored; ids travel in properties, never in the topic.
 */
public final class DeviceEvents {
    private DeviceEvents() {
    }

    /** Prefix of every device topic. Subscribe to {@code io/hearthguard/device/*} for all. */
    public static final String TOPIC_PREFIX = "io/hearthguard/device/";
    /** A device was seen for the first time. */
    public static final String TOPIC_ADDED = TOPIC_PREFIX + "ADDED";
    /** A device's identity (vendor, type, model, names, addresses) changed. */
    public static final String TOPIC_CHANGED = TOPIC_PREFIX + "CHANGED";
    /** A device came back online. */
    public static final String TOPIC_ONLINE = TOPIC_PREFIX + "ONLINE";
    /** A device went offline. */
    public static final String TOPIC_OFFLINE = TOPIC_PREFIX + "OFFLINE";
    /** A device was removed from the inventory (by the user or by retention). */
    public static final String TOPIC_REMOVED = TOPIC_PREFIX + "REMOVED";

    /** Event property: {@link Device#id()} (String). */
    public static final String PROP_DEVICE_ID = "device.id";
    /** Event property: {@link DeviceType#id()} (String). */
    public static final String PROP_DEVICE_TYPE = "device.type";
    /** Event property: primary MAC (String), may be absent. */
    public static final String PROP_DEVICE_MAC = "device.mac";
}
