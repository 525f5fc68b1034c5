package io.hearthguard.api.response;

import java.time.Instant;

/**
 * One line of the response audit log. Immutable.
 *
 * @param time      when (wall clock)
 * @param actor     who ({@link Origin#actor()} for an apply, the undoing actor for an undo,
 *                  {@code hub} for a re-apply at start)
 * @param operation what happened
 * @param actionId  the action concerned, or {@code -} for a re-apply of everything
 * @param summary   one sentence for people: what was done to which device and why
 */
public record AuditEntry(Instant time, String actor, Operation operation, String actionId, String summary) {

    /** Kinds of audit entries. */
    public enum Operation {
        /** An action was applied. */
        APPLY,
        /** An action was undone. */
        UNDO,
        /** The hub re-applied the actions in force (at start, or after the table was lost). */
        REAPPLY,
        /** Applying or undoing failed; nothing changed on the gateway. */
        FAILED
    }
}
