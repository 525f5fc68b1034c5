package io.hearthguard.api.traffic;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Address resolution: an ARP packet or an IPv6 Neighbor Discovery message (ICMPv6 133–136).
 * Addresses are lower-case colon MACs and textual IPs; empty when the message has none.
 */
@ProviderType
public interface NeighborMessage extends TrafficMetadata {

    /** Operations. */
    enum Operation { ARP_REQUEST, ARP_REPLY, ROUTER_SOLICIT, ROUTER_ADVERT, NEIGHBOR_SOLICIT, NEIGHBOR_ADVERT, OTHER }

    /** @return the operation */
    Operation operation();

    /** @return sender hardware address (ARP sha, NDP source/target link-layer option) */
    String senderMac();

    /** @return sender protocol address (ARP spa, IPv6 source) */
    String senderIp();

    /** @return target hardware address (ARP tha), or empty */
    String targetMac();

    /** @return target protocol address (ARP tpa, NDP target) */
    String targetIp();
}
