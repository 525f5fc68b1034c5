package io.hearthguard.capture.internal;

/**
 * Limits and timers of the capture pipeline (all times are capture time).
 *
 * @param maxFlows        flow table bound; the least recently active flow is evicted beyond it
 * @param idleTcpNanos    TCP flow idle timeout
 * @param idleOtherNanos  UDP/ICMP/other flow idle timeout
 * @param activeNanos     active timeout: a longer flow ends and a new record continues it
 * @param updateNanos     interval of UPDATED flow snapshots
 * @param meterNanos      per-device meter window
 * @param maxDevices      meters kept per window
 * @param maxNames        DNS address → name map bound
 */
public record EngineConfig(int maxFlows, long idleTcpNanos, long idleOtherNanos, long activeNanos, long updateNanos,
        long meterNanos, int maxDevices, int maxNames) {

    private static final long S = 1_000_000_000L;

    /** Defaults close to Zeek's: TCP idle 5 min, others 1 min, active 1 h, updates every 60 s, meters per minute. */
    public static EngineConfig defaults() {
        return new EngineConfig(131_072, 300 * S, 60 * S, 3600 * S, 60 * S, 60 * S, 4096, 65_536);
    }

    public EngineConfig withMaxFlows(int n) {
        return new EngineConfig(n, idleTcpNanos, idleOtherNanos, activeNanos, updateNanos, meterNanos, maxDevices, maxNames);
    }
}
