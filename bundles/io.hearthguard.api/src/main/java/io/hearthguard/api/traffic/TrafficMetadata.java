package io.hearthguard.api.traffic;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An application-level record extracted from one packet (or one reassembled message):
 * the common part of {@link DnsMessage}, {@link DhcpMessage}, {@link SsdpMessage},
 * {@link TlsClientHello}, {@link HttpRequest} and {@link NeighborMessage}.
 *
 * <p>Immutable snapshots, safe to keep and share across threads. Strings are non-null
 * (empty when absent) unless an accessor says otherwise; capture bounds every string and
 * list it extracts, so a hostile packet cannot make them large. Use {@code instanceof}
 * to select the kinds you handle; unknown kinds may appear in minor versions.
 */
@ProviderType
public interface TrafficMetadata {

    /** @return capture time of the packet */
    Instant timestamp();

    /** @return flow id of the packet's flow (see {@link FlowRecord#flowId()}), or -1 */
    long flowId();

    /** @return source MAC (48 low bits), or -1 */
    long srcMac();

    /** @return destination MAC (48 low bits), or -1 */
    long dstMac();

    /** @return source IP in textual form, or empty for non-IP records (ARP carries its own) */
    String srcIp();

    /** @return destination IP in textual form, or empty */
    String dstIp();

    /** @return source port, or 0 */
    int srcPort();

    /** @return destination port, or 0 */
    int dstPort();
}
