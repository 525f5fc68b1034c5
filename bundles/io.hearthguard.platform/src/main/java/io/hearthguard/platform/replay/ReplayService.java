package io.hearthguard.platform.replay;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a capture file through the hub's traffic observers as if it were live traffic
 * (discovery learns its devices, protections raise findings, the dashboard's meters move).
 * Provided by the capture bundle while it runs; a caller that finds no service has no
 * capture analysis in this hub.
 *
 * <h2>Order and lifetime</h2>
 * Replays run one at a time on the provider's own thread, in the order they were
 * submitted; the others wait. Jobs live in memory only: a replay that has not finished when
 * the hub (or the capture bundle) stops ends as failed and is never run again after a
 * restart.
 *
 * <h2>Threading</h2>
 * {@link #submit} returns at once and may be called from any thread.
 */
@ProviderType
public interface ReplayService {

    /** Most replays waiting at once; {@link #submit} refuses more. */
    int MAX_WAITING = 100;

    /**
     * Queues a replay of one file.
     *
     * @param file  a pcap or pcapng file; read when the job runs (the caller keeps it until
     *              the outcome is in)
     * @param paced deliver packets at the pace of their timestamps (like live traffic) rather
     *              than as fast as possible
     * @return the job; never null
     * @throws NullPointerException  when file is null
     * @throws IllegalStateException when {@value #MAX_WAITING} replays are waiting already, or
     *                               the service is stopping
     */
    ReplayJob submit(Path file, boolean paced);
}
