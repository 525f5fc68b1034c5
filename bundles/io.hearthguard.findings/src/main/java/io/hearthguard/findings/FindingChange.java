package io.hearthguard.findings;

import java.time.Instant;
import java.util.Objects;

import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;

/**
 * One entry of the {@link FindingJournal}. Immutable.
 *
 * @param seq           position in the journal, strictly increasing, never reused
 * @param type          what happened
 * @param finding       the finding as it was right after the change
 * @param previousState the state before, for {@link Type#STATE_CHANGED}; else null
 * @param actor         who caused it (an admin actor, or {@code system} for a recurrence
 *                      that reopened a resolved finding); null for CREATED and UPDATED
 * @param at            wall-clock time of the change
 */
public record FindingChange(long seq, Type type, StoredFinding finding, FindingState previousState, String actor, Instant at) {

    /** What happened; mirrors the {@link io.hearthguard.api.finding.FindingEvents} topics. */
    public enum Type {
        /** A new finding was stored (possibly already MUTED by a mute rule). */
        CREATED,
        /** An occurrence was merged into an existing finding; the state did not change. */
        UPDATED,
        /** The state changed. */
        STATE_CHANGED
    }

    /** Checks the mandatory components. */
    public FindingChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(at, "at");
    }
}
