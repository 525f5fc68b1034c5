/**
 * What capture hands to everyone else: decoded packets, flows, protocol metadata and
 * per-device meters.
 *
 * <h2>Delivery</h2>
 * Capture calls every registered {@link io.hearthguard.api.traffic.TrafficObserver}
 * directly on its capture thread, in capture-time order, without EventAdmin. The packet
 * stream uses one reusable {@link io.hearthguard.api.traffic.PacketView} flyweight per
 * capture session so the per-packet path allocates nothing; flows, metadata and meters are
 * immutable snapshots that may be kept.
 *
 * <h2>Activity (since 1.1)</h2>
 * Observers that implement {@link io.hearthguard.api.traffic.ActivityObserver} and subscribe
 * to the {@code activity} stream get the bursts of the flows they choose
 * ({@link io.hearthguard.api.traffic.FlowActivity}): bytes and packets each way with start
 * and end, at sub-second grain, without per-packet allocation and at no cost for flows
 * nobody chose.
 *
 * <h2>Time</h2>
 * All times are capture time (the packet timestamps), not the wall clock, so a replayed or
 * analysed file produces the same results as the live traffic it recorded.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.api.traffic;
