package io.hearthguard.platform.allow;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The allow rules the family made ("This is normal for <i>device</i>"), each scoped to one
 * device, one rule id and optionally one destination (a host name or address the finding
 * named). Registered by the dashboard bundle while it runs; a protection takes it as an
 * optional, dynamic reference and, when it is absent, raises everything as before.
 *
 * <p>Threading: callable from any thread, including a protection's worker; answers from
 * memory without I/O, so it may be asked on the traffic path (ask only when about to
 * raise a finding, not per packet).
 *
 * @since 1.0.0
 */
@ProviderType
public interface AllowList {

    /**
     * @param deviceId    the device's inventory id, never null
     * @param rule        the rule id the protection is about to raise, e.g. {@code threat-intel.contact}
     * @param destination the host name or address the finding would name, or null when it names none
     * @return true when a rule for this device and rule id exists that has no destination, or
     *         whose destination equals {@code destination} (case-insensitive)
     */
    boolean allows(String deviceId, String rule, String destination);
}
