package io.hearthguard.hygiene;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.score.HomeScore;
import io.hearthguard.api.score.HomeScoreService;

/**
 * Runs the hygiene checks of one device on request. Implemented by the hygiene bundle.
 *
 * <p>Thread-safe. A call does network I/O bounded by the configured limits (seconds to a
 * minute for one device) and blocks until done: never call it on a capture or protection
 * thread. Only addresses inside the configured home subnets are contacted.
 */
@ProviderType
public interface HygieneChecks extends HomeScoreService {

    /**
     * Checks the device now and publishes the findings to the {@code FindingService}.
     *
     * @param deviceId {@link io.hearthguard.api.device.Device#id()}
     * @return the findings published (empty when nothing risky was found)
     * @throws IllegalArgumentException when no device has this id
     * @throws IllegalStateException    when checks are turned off, or the family opted this
     *                                  device out; nothing was contacted
     * @throws InterruptedException     when the calling thread is interrupted
     */
    List<Finding> check(String deviceId) throws InterruptedException;

    /**
     * The home's hygiene score from the hygiene findings that are open or acknowledged
     * (muted and resolved ones cost nothing): critical 25 points, high 15, medium 8, low 3,
     * info 0. Reads the finding store; does no network I/O.
     *
     * @return the score and its reasons
     */
    @Override
    HomeScore score();
}
