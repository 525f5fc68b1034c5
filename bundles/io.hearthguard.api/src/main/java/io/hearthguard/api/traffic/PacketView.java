package io.hearthguard.api.traffic;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A decoded view of the packet being delivered. A flyweight: valid only during the
 * {@link TrafficObserver#packet(PacketView)} call that received it; never keep it or its
 * buffer. Accessors are plain field reads and never allocate.
 *
 * <p>Addresses are returned as numbers so no object is needed: MACs as the 48 low bits of
 * a long, IPv4 addresses as an int (network order, first octet in the high byte). Values
 * that a packet does not have are -1 (or 0 for the IP version).
 */
@ProviderType
public interface PacketView {

    /** @return capture timestamp, nanoseconds since the epoch */
    long timestampNanos();

    /** @return length on the wire */
    int wireLength();

    /** @return bytes captured (at most {@link #wireLength()}) */
    int captureLength();

    /** @return source MAC as 48 low bits, or -1 when the link type has none */
    long srcMac();

    /** @return destination MAC as 48 low bits, or -1 */
    long dstMac();

    /** @return innermost 802.1Q VLAN id, or -1 when untagged */
    int vlan();

    /** @return EtherType of the network layer (after VLAN tags), or -1 */
    int etherType();

    /** @return 4 or 6 for IP packets, 0 otherwise */
    int ipVersion();

    /** @return IPv4 source address (only meaningful when {@link #ipVersion()} is 4) */
    int srcIpv4();

    /** @return IPv4 destination address (only meaningful when {@link #ipVersion()} is 4) */
    int dstIpv4();

    /**
     * Copies the source address (4 or 16 bytes) into {@code dst}.
     *
     * @return bytes written, 0 when the packet is not IP
     */
    int copySrcIp(byte[] dst, int offset);

    /** Copies the destination address; see {@link #copySrcIp(byte[], int)}. */
    int copyDstIp(byte[] dst, int offset);

    /** @return IP protocol (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, …), or -1 */
    int protocol();

    /** @return transport source port, or -1 */
    int srcPort();

    /** @return transport destination port, or -1 */
    int dstPort();

    /** @return TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10), or 0 */
    int tcpFlags();

    /** @return offset of the transport payload within {@link #frame()}, or -1 */
    int payloadOffset();

    /** @return captured transport payload length (0 when none) */
    int payloadLength();

    /**
     * @return the captured frame, read-only, position 0 and limit {@link #captureLength()};
     *         the same buffer object may be reused for the next packet
     */
    ByteBuffer frame();
}
