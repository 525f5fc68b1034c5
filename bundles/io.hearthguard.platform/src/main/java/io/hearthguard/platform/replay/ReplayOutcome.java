package io.hearthguard.platform.replay;

import java.util.Objects;

/**
 * How a replay ended.
 *
 * @param done             true when the whole file was read and its observers completed
 * @param reason           why it failed, for people (e.g. the capture file's defect); null when done
 * @param packetsReceived  records read from the file
 * @param packetsProcessed packets decoded and delivered
 * @param packetsDropped   packets not processed (malformed, over limits)
 */
public record ReplayOutcome(boolean done, String reason, long packetsReceived, long packetsProcessed, long packetsDropped) {

    /**
     * @throws IllegalArgumentException when a failed outcome has no reason, a done one has one,
     *                                  or a count is negative
     */
    public ReplayOutcome {
        if (done == (reason != null)) {
            throw new IllegalArgumentException("a failed replay has a reason, a finished one none: " + done + " / " + reason);
        }
        if (packetsReceived < 0 || packetsProcessed < 0 || packetsDropped < 0) {
            throw new IllegalArgumentException("negative packet count");
        }
    }

    /** @return a failed outcome with no packets */
    public static ReplayOutcome failed(String reason) {
        return new ReplayOutcome(false, Objects.requireNonNull(reason, "reason"), 0, 0, 0);
    }
}
