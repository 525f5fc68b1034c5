package io.hearthguard.api.protection;

import java.time.Instant;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the platform gives a {@link DeviceProtection} on each call. Implemented by the
 * protection host; use it only on the thread of the call that received it.
 */
@ProviderType
public interface ProtectionContext {

    /** @return capture time of the latest traffic delivered */
    Instant now();

    /** @return true for live capture, false for a file being analysed or replayed */
    boolean live();

    /**
     * Publishes a finding. Returns at once; the host stores it through the
     * {@link FindingService} on a separate thread, with the protection named as source.
     *
     * @param finding the finding
     */
    void publish(Finding finding);

    /** @return the device inventory, for looking up other devices */
    DeviceInventory inventory();

    /**
     * @return the finding service, for reading what other producers found (e.g. a skill
     *         report's findings). Its query methods do disk I/O: call them rarely.
     */
    FindingService findings();
}
