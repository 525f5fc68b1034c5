package io.hearthguard.api.finding;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A finding as the hub keeps it: the latest {@link Finding} of its deduplication group
 * plus the lifecycle the platform tracks. An immutable snapshot; thread-safe; non-null.
 */
@ProviderType
public interface StoredFinding {

    /** @return stable id, unique in this hub, safe in URLs and topics ([a-z0-9-]) */
    String id();

    /** @return the latest occurrence as produced (its span covers the latest occurrence only) */
    Finding finding();

    /** @return how many occurrences were merged into this finding (at least 1) */
    long count();

    /** @return start of the first occurrence */
    Instant firstSeen();

    /** @return end of the latest occurrence */
    Instant lastSeen();

    /** @return the lifecycle state */
    FindingState state();

    /** @return wall-clock time of the last change of state or count */
    Instant updated();
}
