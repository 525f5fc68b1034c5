package io.hearthguard.api.traffic;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One run of capture: a live interface or a file being analysed or replayed.
 * Counters may be read from any thread and satisfy
 * {@code received() == processed() + dropped()} once the session has ended.
 */
@ProviderType
public interface CaptureSession {

    /** @return a hub-unique id */
    String id();

    /** @return interface name or file path */
    String source();

    /** @return true for a live interface, false for a file */
    boolean live();

    /** @return packets received (from the file, or the kernel's count for live capture) */
    long received();

    /** @return packets decoded and delivered */
    long processed();

    /** @return packets not processed: kernel, interface and queue drops plus undecodable records */
    long dropped();
}
