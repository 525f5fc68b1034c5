package io.hearthguard.api.response;

import java.util.Objects;

/**
 * Who asked for an action and why, as recorded in the audit log.
 *
 * @param actor     who: {@code dashboard:<user>}, {@code mqtt}, {@code policy:<name>},
 *                  {@code api:<user>}; at most 128 chars, no control characters
 * @param reason    why, for people; at most 1,000 chars, may be empty
 * @param findingId the finding that caused it, or null
 */
public record Origin(String actor, String reason, String findingId) {

    /** Validates the sizes and characters. */
    public Origin {
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
        if (actor.isBlank() || actor.length() > 128 || hasControl(actor)) {
            throw new IllegalArgumentException("actor must be 1-128 printable chars");
        }
        if (reason.length() > 1_000 || hasControl(reason)) {
            throw new IllegalArgumentException("reason must be at most 1000 printable chars");
        }
        if (findingId != null && !findingId.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("findingId must match [a-z0-9-]{1,64}");
        }
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }
}
