package io.hearthguard.capture.internal.flow;

import java.time.Instant;
import java.util.Optional;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.capture.internal.meta.Addr;

/** Immutable {@link FlowRecord}. */
public record FlowSnapshot(long flowId, Phase phase, EndReason endReason, int protocol, String initiatorIp,
        int initiatorPort, String responderIp, int responderPort, long initiatorMac, long responderMac, int vlan,
        Instant firstSeen, Instant lastSeen, long origBytes, long respBytes, long origPackets, long respPackets,
        long deltaOrigBytes, long deltaRespBytes, long deltaOrigPackets, long deltaRespPackets, TcpState tcpState,
        Optional<String> responderName, Optional<String> application, Optional<String> sni) implements FlowRecord {

    /** Snapshot of slot {@code i} of the table. */
    public static FlowSnapshot of(FlowTable t, int i, Phase phase, EndReason reason) {
        int proto = t.proto(i);
        boolean ports = proto == 6 || proto == 17 || proto == 136 || proto == 132;
        String name = t.name[i] != null ? t.name[i] : t.sni[i];
        String init = t.initText[i];
        if (init == null) {
            init = t.initText[i] = Addr.ip(t.initHi(i), t.initLo(i));
        }
        String resp = t.respText[i];
        if (resp == null) {
            resp = t.respText[i] = Addr.ip(t.respHi(i), t.respLo(i));
        }
        return new FlowSnapshot(t.flowId(i), phase, reason, proto, init,
                ports ? t.initPort(i) : 0, resp, ports ? t.respPort(i) : 0, t.imac(i),
                t.rmac(i), t.vlan(i), instant(t.first(i)), instant(t.last(i)), t.ob(i), t.rb(i), t.op(i), t.rp(i),
                t.dob(i), t.drb(i), t.dop(i), t.drp(i), t.tcpState(i),
                Optional.ofNullable(name), Optional.ofNullable(t.app[i]), Optional.ofNullable(t.sni[i]));
    }

    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
