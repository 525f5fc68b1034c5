package io.hearthguard.api.finding;

import java.util.Locale;

/** Where a stored finding is in its lifecycle. */
public enum FindingState {
    /** New or recurring; needs attention. */
    OPEN,
    /** Someone looked at it; still counted, no longer notified. */
    ACKNOWLEDGED,
    /** Silenced by a mute rule or by hand; recorded, never notified. */
    MUTED,
    /** Fixed or dismissed. A recurrence opens it again. */
    RESOLVED;

    /** @return the external id, lower case */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
