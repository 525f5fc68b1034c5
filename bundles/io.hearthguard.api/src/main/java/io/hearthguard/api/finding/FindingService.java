package io.hearthguard.api.finding;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one way findings enter the hub, and the way to read them back. Registered once by
 * the platform.
 *
 * <p>Thread-safe. {@link #publish} is synchronous: when it returns, the finding is durably
 * stored (and will be notified even if the hub is killed right after), deduplicated against
 * earlier occurrences, and an event has been posted. It performs disk I/O, so traffic
 * observers should call it from their own thread, not from the capture thread
 * ({@link io.hearthguard.api.protection.ProtectionContext#publish} does that for
 * protections).
 */
@ProviderType
public interface FindingService {

    /**
     * Stores a finding, merging it into an open finding with the same rule, device and dedup
     * key when the earlier one was seen within the deduplication window.
     *
     * @param finding the finding; not null
     * @return the stored finding it became part of
     * @throws IllegalStateException when the store cannot be written; nothing was accepted
     */
    StoredFinding publish(Finding finding);

    /** @return the stored finding with this id */
    Optional<StoredFinding> get(String id);

    /**
     * @param filter what to return; {@link FindingFilter#all()} for everything
     * @return matching findings, most recently seen first, at most {@code filter.limit()}
     */
    List<StoredFinding> query(FindingFilter filter);
}
