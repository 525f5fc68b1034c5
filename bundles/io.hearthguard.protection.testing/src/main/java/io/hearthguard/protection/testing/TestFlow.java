package io.hearthguard.protection.testing;

import java.time.Instant;
import java.util.Optional;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;

/** A flow snapshot built by tests (or read from the generator's flow file). */
public record TestFlow(long flowId, Phase phase, EndReason endReason, int protocol, String initiatorIp, int initiatorPort,
        String responderIp, int responderPort, long initiatorMac, long responderMac, Instant firstSeen, Instant lastSeen,
        long origBytes, long respBytes, long origPackets, long respPackets, long deltaOrigBytes, long deltaRespBytes,
        long deltaOrigPackets, long deltaRespPackets, TcpState tcpState, Optional<String> responderName) implements FlowRecord {

    @Override
    public int vlan() {
        return -1;
    }

    @Override
    public Optional<String> application() {
        return Optional.of("tls");
    }

    @Override
    public Optional<String> sni() {
        return responderName;
    }

    /**
     * A snapshot of a TLS connection from a home device to a cloud service carrying the given
     * deltas: from 192.168.1.21:40001 to 52.94.233.10:443, one packet each way in the snapshot.
     * The responder's MAC is the home router's ({@code 02:00:00:00:00:01}), as in any flow to
     * the internet; for a flow between two home devices build the record with its constructor.
     *
     * @param id    the flow's id (the same for every snapshot of one connection)
     * @param phase STARTED, UPDATE or ENDED (ENDED closes it normally)
     * @param mac   the home device's MAC as a 48-bit number (the initiator)
     * @param name  the cloud service's name as the flow carries it (TLS SNI or DNS), or null for none
     * @param first when the connection began
     * @param now   when this snapshot was taken
     * @param up    bytes the device sent since the last snapshot (also the total here)
     * @param down  bytes it received since the last snapshot (also the total here)
     */
    public static TestFlow of(long id, Phase phase, long mac, String name, Instant first, Instant now, long up, long down) {
        return new TestFlow(id, phase, phase == Phase.ENDED ? EndReason.CLOSED : EndReason.NONE, 6, "192.168.1.21", 40001,
                "52.94.233.10", 443, mac, 0x020000000001L, first, now, up, down, 1, 1, up, down, 1, 1, TcpState.ESTABLISHED,
                Optional.ofNullable(name));
    }

    /** The first snapshot of a TCP connection from {@code from} (MAC {@code mac}) to {@code to:port}, nothing carried yet. */
    public static TestFlow tcpStart(long id, long mac, String from, String to, int port, Instant at) {
        return new TestFlow(id, Phase.STARTED, EndReason.NONE, 6, from, 40000 + (int) (id % 20000), to, port, mac, -1, at, at, 0, 0, 1, 0, 0, 0, 1, 0,
                TcpState.SYN_SENT, Optional.empty());
    }
}
