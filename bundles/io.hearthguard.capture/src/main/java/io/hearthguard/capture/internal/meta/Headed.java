package io.hearthguard.capture.internal.meta;

import java.time.Instant;

import io.hearthguard.api.traffic.TrafficMetadata;

/** Implements {@link TrafficMetadata} by delegating to a {@link Head}. */
interface Headed extends TrafficMetadata {
    Head head();

    @Override default Instant timestamp() { return head().timestamp(); }
    @Override default long flowId() { return head().flowId(); }
    @Override default long srcMac() { return head().srcMac(); }
    @Override default long dstMac() { return head().dstMac(); }
    @Override default String srcIp() { return head().srcIp(); }
    @Override default String dstIp() { return head().dstIp(); }
    @Override default int srcPort() { return head().srcPort(); }
    @Override default int dstPort() { return head().dstPort(); }
}
