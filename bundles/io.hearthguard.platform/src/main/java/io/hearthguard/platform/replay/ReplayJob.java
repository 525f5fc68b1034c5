package io.hearthguard.platform.replay;

import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/** One replay asked of the {@link ReplayService}. */
@ProviderType
public interface ReplayJob {

    /** @return the file being replayed */
    Path file();

    /** @return true once the job took its turn and started reading the file */
    boolean started();

    /**
     * @return a stage completed once the replay ended and the observers completed what it
     *         gave them (findings stored): done, or failed with the reason; it never completes
     *         exceptionally
     */
    CompletionStage<ReplayOutcome> outcome();

    /** Stops the job: a waiting one never starts, a running one stops reading; both end as failed. */
    void cancel();
}
