package io.hearthguard.capture.internal.meta;

import java.time.Instant;

/** The part every metadata record shares: when, which flow, who to whom. */
public record Head(Instant timestamp, long flowId, long srcMac, long dstMac, String srcIp, String dstIp, int srcPort,
        int dstPort) {
}
