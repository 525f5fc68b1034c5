package io.hearthguard.itests;

import java.time.Instant;
import java.util.Optional;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;

/** A flow snapshot as capture would deliver it; tests feed these to the protection host. */
record TestFlow(long flowId, Phase phase, int protocol, String initiatorIp, int initiatorPort, String responderIp,
        int responderPort, long initiatorMac, Instant firstSeen) implements FlowRecord {

    static TestFlow tcpStart(long id, String from, String to, int port, Instant at) {
        return new TestFlow(id, Phase.STARTED, 6, from, 40000 + (int) id, to, port, 0x0200_0000_0001L, at);
    }

    @Override
    public EndReason endReason() {
        return EndReason.NONE;
    }

    @Override
    public long responderMac() {
        return -1;
    }

    @Override
    public int vlan() {
        return -1;
    }

    @Override
    public Instant lastSeen() {
        return firstSeen;
    }

    @Override
    public long origBytes() {
        return 60;
    }

    @Override
    public long respBytes() {
        return 0;
    }

    @Override
    public long origPackets() {
        return 1;
    }

    @Override
    public long respPackets() {
        return 0;
    }

    @Override
    public long deltaOrigBytes() {
        return 60;
    }

    @Override
    public long deltaRespBytes() {
        return 0;
    }

    @Override
    public long deltaOrigPackets() {
        return 1;
    }

    @Override
    public long deltaRespPackets() {
        return 0;
    }

    @Override
    public TcpState tcpState() {
        return TcpState.SYN_SENT;
    }

    @Override
    public Optional<String> responderName() {
        return Optional.empty();
    }

    @Override
    public Optional<String> application() {
        return Optional.empty();
    }

    @Override
    public Optional<String> sni() {
        return Optional.empty();
    }
}
