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
 * <h2>Time</h2>
 * All times are capture time (the packet timestamps), not the wall clock, so a replayed or
 * analysed file produces the same results as the live traffic it recorded.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.api.traffic;
