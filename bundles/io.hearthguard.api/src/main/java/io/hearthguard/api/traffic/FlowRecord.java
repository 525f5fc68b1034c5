package io.hearthguard.api.traffic;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An immutable snapshot of one bidirectional flow (5-tuple), delivered when the flow starts,
 * periodically while it is active (every update interval of capture time, carrying the
 * deltas since the previous snapshot), and once when it ends.
 *
 * <p>"Initiator" is the side that sent the first packet seen (for TCP, the SYN sender when
 * the handshake was seen). "Orig" counters are initiator → responder, "resp" counters the
 * other way, like Zeek's conn.log. Byte counts are IP-layer bytes (wire length less the
 * link header). Thread-safe; non-null unless stated.
 */
@ProviderType
public interface FlowRecord {

    /** Why this snapshot was delivered. */
    enum Phase {
        /** First packet of the flow. */
        STARTED,
        /** Periodic update of an active flow; deltas cover the interval. */
        UPDATED,
        /** The flow ended; {@link FlowRecord#endReason()} says why. */
        ENDED
    }

    /** Why a flow ended. */
    enum EndReason {
        /** Still active ({@link Phase#STARTED} or {@link Phase#UPDATED}). */
        NONE,
        /** TCP FIN both ways or RST. */
        CLOSED,
        /** No packet for the idle timeout. */
        IDLE_TIMEOUT,
        /** Active longer than the active timeout; a new flow record continues it. */
        ACTIVE_TIMEOUT,
        /** Removed to keep the flow table within its memory bound. */
        EVICTED,
        /** End of the capture (file end or capture stopped). */
        END_OF_CAPTURE
    }

    /** @return a capture-session-unique flow id (stable across this flow's snapshots) */
    long flowId();

    /** @return why this snapshot was delivered */
    Phase phase();

    /** @return why the flow ended; {@link EndReason#NONE} unless {@link #phase()} is ENDED */
    EndReason endReason();

    /** @return IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, …) */
    int protocol();

    /** @return initiator IP address in textual form */
    String initiatorIp();

    /** @return initiator port, or 0 for protocols without ports */
    int initiatorPort();

    /** @return responder IP address in textual form */
    String responderIp();

    /** @return responder port, or 0 */
    int responderPort();

    /** @return initiator MAC (48 low bits), or -1 when the link has no MACs */
    long initiatorMac();

    /** @return responder MAC (48 low bits), or -1 */
    long responderMac();

    /** @return innermost VLAN id, or -1 */
    int vlan();

    /** @return time of the first packet */
    Instant firstSeen();

    /** @return time of the latest packet */
    Instant lastSeen();

    /** @return IP bytes initiator → responder, whole flow so far */
    long origBytes();

    /** @return IP bytes responder → initiator, whole flow so far */
    long respBytes();

    /** @return packets initiator → responder, whole flow so far */
    long origPackets();

    /** @return packets responder → initiator, whole flow so far */
    long respPackets();

    /** @return initiator → responder bytes since the previous snapshot of this flow */
    long deltaOrigBytes();

    /** @return responder → initiator bytes since the previous snapshot of this flow */
    long deltaRespBytes();

    /** @return initiator → responder packets since the previous snapshot */
    long deltaOrigPackets();

    /** @return responder → initiator packets since the previous snapshot */
    long deltaRespPackets();

    /** @return TCP state; {@link TcpState#NONE} for other protocols */
    TcpState tcpState();

    /**
     * @return the name the responder was reached by: the DNS name whose answer gave its
     *         address on this network, else the TLS SNI or HTTP Host of the flow
     */
    Optional<String> responderName();

    /** @return application protocol recognised in the flow (e.g. {@code dns}, {@code tls}, {@code http}, {@code quic}), or empty */
    Optional<String> application();

    /** @return TLS server name of the flow's ClientHello, if one was seen */
    Optional<String> sni();
}
