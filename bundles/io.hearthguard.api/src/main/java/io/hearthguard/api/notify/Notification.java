package io.hearthguard.api.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One message to deliver. Immutable; thread-safe; non-null unless stated.
 */
@ProviderType
public interface Notification {

    /** What the notification is about. */
    enum Kind {
        /** A finding was created or reopened. */
        FINDING,
        /** An open finding recurred; see {@link StoredFinding#count()}. */
        FINDING_UPDATE,
        /** A finding changed state (acknowledged, muted, resolved). */
        FINDING_STATE,
        /** A summary of notifications held back by quiet hours or the rate limit. */
        DIGEST,
        /** A device was added, changed, came online or went offline. */
        DEVICE
    }

    /**
     * @return a stable id: the same notification retried has the same id, so receivers can
     *         drop duplicates
     */
    String id();

    /** @return the kind */
    Kind kind();

    /** @return when the hub created it (wall clock) */
    Instant created();

    /** @return the severity used for filtering (the finding's, or the highest in a digest) */
    Severity severity();

    /** @return a short title for people */
    String title();

    /** @return plain-text body for people, with the evidence */
    String body();

    /** @return the finding, for FINDING, FINDING_UPDATE and FINDING_STATE */
    Optional<StoredFinding> finding();

    /** @return the device id, for DEVICE notifications and device findings */
    Optional<String> deviceId();

    /** @return for DIGEST, the ids of the findings summarised; else empty */
    List<String> digestOf();

    /** @return this notification as a JSON object (the documented payload schema) */
    String json();
}
