package io.hearthguard.api.device;

import java.util.Locale;

/**
 * What kind of device something is. A fixed vocabulary shared by discovery, protections,
 * the dashboard and MQTT; its {@link #id()} is the stable external spelling.
 *
 * <p>New constants may be added in minor versions: consumers must treat an unknown value
 * like {@link #UNKNOWN}.
 */
public enum DeviceType {
    SMART_SPEAKER, CAMERA, TV, PHONE, TABLET, COMPUTER, PRINTER, ROUTER, HUB, PLUG, LIGHT,
    LOCK, THERMOSTAT, SENSOR, CONSOLE, NAS, WEARABLE, APPLIANCE, UNKNOWN;

    /** @return the external id, lower case with dashes, e.g. {@code smart-speaker}; never null */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses an external id (as returned by {@link #id()}, case-insensitive, {@code _} or
     * {@code -}).
     *
     * @param id the id; may be null
     * @return the type, or {@link #UNKNOWN} when {@code id} is null or not a known id
     */
    public static DeviceType fromId(String id) {
        if (id == null) {
            return UNKNOWN;
        }
        String n = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DeviceType t : values()) {
            if (t.name().equals(n)) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
