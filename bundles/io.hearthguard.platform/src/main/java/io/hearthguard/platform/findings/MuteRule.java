package io.hearthguard.platform.findings;

import java.time.Instant;
import java.util.Objects;

import io.hearthguard.api.finding.Finding;

/**
 * A rule that mutes findings per device, per rule, or per device and rule. Immutable.
 *
 * @param id        stable id ({@code m-…})
 * @param deviceId  the muted device id, or null for every device
 * @param rule      the muted rule id, or null for every rule
 * @param reason    why, for people; never null
 * @param createdBy the actor that added it
 * @param created   when it was added
 */
public record MuteRule(String id, String deviceId, String rule, String reason, String createdBy, Instant created) {

    /** Validates that the rule mutes something. */
    public MuteRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        if (deviceId == null && rule == null) {
            throw new IllegalArgumentException("a mute rule needs a device id, a rule id, or both");
        }
    }

    /** @return true when this rule mutes {@code f} */
    public boolean matches(Finding f) {
        if (rule != null && !rule.equals(f.rule())) {
            return false;
        }
        if (deviceId == null) {
            return true;
        }
        return f.device() != null && (deviceId.equals(f.device().id()) || deviceId.equalsIgnoreCase(f.device().mac()));
    }
}
