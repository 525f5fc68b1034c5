package io.hearthguard.api.finding;

import java.util.Locale;

/** How urgent a finding is, in increasing order. */
public enum Severity {
    /** Worth knowing, no action expected. */
    INFO,
    /** Unusual, probably harmless. */
    LOW,
    /** Should be looked at. */
    MEDIUM,
    /** Likely an attack or a serious weakness; act soon. */
    HIGH,
    /** Active compromise or privacy breach in progress; act now. */
    CRITICAL;

    /** @return the external id, lower case, e.g. {@code high} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return true when this severity is the same as or above {@code other} */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** @return the next higher severity, or {@link #CRITICAL} */
    public Severity raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    /**
     * Parses an external id, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code id} is not one
     */
    public static Severity fromId(String id) {
        if (id != null) {
            for (Severity s : values()) {
                if (s.name().equalsIgnoreCase(id.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "'; expected one of info, low, medium, high, critical");
    }
}
