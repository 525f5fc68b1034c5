package io.hearthguard.capture.internal;

import static io.hearthguard.capture.internal.io.Bytes.be16;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord.EndReason;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.capture.internal.decode.Decoder;
import io.hearthguard.capture.internal.decode.Packet;
import io.hearthguard.capture.internal.flow.FlowSnapshot;
import io.hearthguard.capture.internal.flow.FlowTable;
import io.hearthguard.capture.internal.flow.Meters;
import io.hearthguard.capture.internal.flow.NameMap;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;
import io.hearthguard.capture.internal.meta.Addr;
import io.hearthguard.capture.internal.meta.DhcpParser;
import io.hearthguard.capture.internal.meta.DnsParser;
import io.hearthguard.capture.internal.meta.Head;
import io.hearthguard.capture.internal.meta.Malformed;
import io.hearthguard.capture.internal.meta.QuicInitial;
import io.hearthguard.capture.internal.meta.Records;
import io.hearthguard.capture.internal.meta.TextParsers;
import io.hearthguard.capture.internal.meta.TlsParser;

/**
 * The capture pipeline of one session: decode → flow table → metadata → observers. Runs on
 * one thread. The per-packet path reuses one {@link Packet} and allocates only when it
 * produces a record (a new flow, a metadata message, a closed meter window).
 */
public final class Engine implements FlowTable.Listener {
    private static final int TLS_SEEN = 1;
    private static final int QUIC_DONE = 2;
    /** flow bit: some activity observer wants this flow's bursts */
    private static final int TIMED = 4;
    /** bursts end after this silence of their flow */
    public static final long BURST_GAP_NANOS = 100_000_000L;
    /** and after at most this long, so a stream reports every second */
    public static final long BURST_MAX_NANOS = 1_000_000_000L;
    private static final int ACTIVITY_BUFFER = 4096;
    private static final int MAX_QUIC_PENDING = 256;
    private static final long SECOND = 1_000_000_000L;

    private final Dispatcher out;
    private final Session session;
    private final Packet pkt = new Packet();
    private final FlowTable flows;
    private final Meters meters;
    private final NameMap names;
    private final TlsAssembly tls = new TlsAssembly();
    /** flow slot → (flow id, CRYPTO data) of QUIC connections whose ClientHello is incomplete */
    private final java.util.Map<Integer, Object[]> quic = new java.util.HashMap<>();
    private final boolean meterOn;
    private final java.util.function.Consumer<io.hearthguard.api.traffic.DeviceMeter> meterOut;
    /** null when no observer subscribed to the activity stream */
    private final io.hearthguard.capture.internal.flow.Activity activity;
    private final java.util.function.Consumer<io.hearthguard.api.traffic.FlowActivity> activityOut;

    private long received;
    private long processed;
    private final long[] dropped = new long[DropReason.values().length];
    private long malformedPackets;
    private long metadataRecords;
    private final Map<String, Long> metadataErrors = new java.util.TreeMap<>();
    private long nextTick = Long.MIN_VALUE;
    private long firstTs = Long.MIN_VALUE;
    private long lastTs = Long.MIN_VALUE;
    private String truncation;
    private boolean finished;

    public Engine(EngineConfig cfg, Dispatcher out, Session session) {
        this.out = out;
        this.session = session;
        this.flows = new FlowTable(cfg.maxFlows(), cfg.idleTcpNanos(), cfg.idleOtherNanos(), cfg.activeNanos(), cfg.updateNanos(), this);
        this.meters = new Meters(cfg.maxDevices(), cfg.meterNanos());
        this.names = new NameMap(cfg.maxNames());
        this.meterOn = out.wantsMeters();
        this.meterOut = out::meter; // one bound reference, not one per packet
        this.activity = out.wantsActivity()
                ? new io.hearthguard.capture.internal.flow.Activity(cfg.maxFlows(), ACTIVITY_BUFFER, BURST_GAP_NANOS, BURST_MAX_NANOS)
                : null;
        this.activityOut = out::activity;
    }

    public void start() {
        out.sessionStarted(session);
    }

    /**
     * Reads the whole source through the pipeline (then {@link #finish}).
     *
     * @param stop polled every few thousand packets; true ends the run early
     * @throws IOException a {@link io.hearthguard.capture.internal.io.CaptureFormatException}
     *         when the file is malformed past recovery (the session is finished first)
     */
    public void run(PacketSource src, BooleanSupplier stop, Runnable progress) throws IOException {
        RawPacket raw = new RawPacket();
        start();
        try {
            while (src.next(raw)) {
                packet(raw);
                if ((received & 0xFFF) == 0) {
                    if (progress != null) {
                        progress.run();
                    }
                    if (stop != null && stop.getAsBoolean()) {
                        break;
                    }
                }
            }
            String t = src.truncation();
            if (t != null) {
                received++;
                dropped[DropReason.TRUNCATED_RECORD.ordinal()]++;
                truncation = t;
            }
        } finally {
            finish();
        }
    }

    /** Processes one record. */
    public void packet(RawPacket r) {
        received++;
        int lt = r.linkType;
        if (!Decoder.supports(lt)) {
            dropped[DropReason.UNSUPPORTED_LINK_TYPE.ordinal()]++;
            publishMaybe();
            return;
        }
        Packet p = pkt;
        p.reset(r.buf, r.base, r.captureLength, r.wireLength, r.timestampNanos);
        if (!Decoder.decode(p, lt)) {
            dropped[DropReason.TRUNCATED_LINK_HEADER.ordinal()]++;
            publishMaybe();
            return;
        }
        processed++;
        if (p.malformed) {
            malformedPackets++;
        }
        long now = p.tsNanos;
        if (firstTs == Long.MIN_VALUE) {
            firstTs = now;
        }
        if (now > lastTs) {
            lastTs = now;
        }
        if (now >= nextTick) {
            nextTick = now + SECOND;
            if (activity != null) {
                activity.sweep(flows, now, activityOut);
                activity.flush(activityOut);
            }
            out.tick(now);
        }
        int flow = -1;
        if (p.ipVersion != 0 && !p.fragment) {
            flow = flows.packet(p);
            if (activity != null && (flows.bits[flow] & TIMED) != 0) {
                activity.packet(flows, flow, now, flows.lastFromOrig, p.ipBytes, activityOut);
            }
        } else {
            flows.advance(now);
        }
        if (meterOn) {
            meters.packet(now, p.srcMac, p.dstMac, p.wireLen, meterOut);
        }
        if (out.wantsPackets()) {
            out.packet(p);
        }
        try {
            metadata(p, flow);
        } catch (Malformed m) {
            metadataErrors.merge(m.getMessage().substring(0, m.getMessage().indexOf(':')), 1L, Long::sum);
        }
        publishMaybe();
    }

    private void publishMaybe() {
        if ((received & 0xFF) == 0) {
            publish();
        }
    }

    private void publish() {
        long d = 0;
        for (long x : dropped) {
            d += x;
        }
        session.processed = processed;
        session.dropped = d;
        session.received = received;
    }

    private Head head(Packet p, int flow) {
        boolean ip = p.ipVersion != 0;
        return new Head(FlowSnapshot.instant(p.tsNanos), flow < 0 ? -1 : flows.flowId(flow), p.srcMac, p.dstMac,
                ip ? Addr.ip(p.srcHi, p.srcLo) : "", ip ? Addr.ip(p.dstHi, p.dstLo) : "", Math.max(0, p.srcPort),
                Math.max(0, p.dstPort));
    }

    private void emit(TrafficMetadata m) {
        metadataRecords++;
        if (out.wantsMetadata()) {
            out.metadata(m);
        }
    }

    private void metadata(Packet p, int flow) throws Malformed {
        byte[] d = p.data;
        if (p.etherType == 0x0806 && p.l3Offset >= 0) {
            emit(TextParsers.arp(head(p, -1), d, p.l3Offset, p.base + p.capLen - p.l3Offset));
            return;
        }
        int len = p.payloadLength;
        if (p.ipVersion == 0 || p.payloadOffset < 0) {
            return;
        }
        int o = p.payloadOffset;
        int sp = p.srcPort;
        int dp = p.dstPort;
        switch (p.protocol) {
            case 17:
                if (len <= 0) {
                    return;
                }
                if (sp == 53 || dp == 53 || sp == 5353 || dp == 5353) {
                    boolean mdns = sp == 5353 || dp == 5353;
                    dns(DnsParser.parse(head(p, flow), mdns, d, o, len), flow, mdns ? "mdns" : "dns");
                } else if (sp == 67 || dp == 67 || sp == 68 || dp == 68) {
                    app(flow, "dhcp");
                    emit(DhcpParser.parseV4(head(p, flow), d, o, len));
                } else if (sp == 546 || dp == 546 || sp == 547 || dp == 547) {
                    app(flow, "dhcp");
                    emit(DhcpParser.parseV6(head(p, flow), d, o, len));
                } else if (sp == 1900 || dp == 1900) {
                    app(flow, "ssdp");
                    emit(TextParsers.ssdp(head(p, flow), d, o, len));
                } else if (flow >= 0 && (flows.bits[flow] & QUIC_DONE) == 0 && flows.lastFromOrig
                        && QuicInitial.looksLikeInitial(d, o, len)) {
                    app(flow, "quic");
                    quicInitial(p, flow, d, o, len);
                }
                return;
            case 6:
                if (len <= 0 || flow < 0) {
                    return;
                }
                tcp(p, flow, d, o, len, sp, dp);
                return;
            case 58: {
                int t = d[p.l4Offset] & 0xff;
                if (t >= 133 && t <= 136) {
                    emit(TextParsers.ndp(head(p, flow), d, p.l4Offset, p.payloadLength + 4));
                }
                return;
            }
            default:
        }
    }

    private void quicInitial(Packet p, int flow, byte[] d, int o, int len) throws Malformed {
        Object[] st = quic.get(flow);
        if (st == null || (long) st[0] != flows.flowId(flow)) {
            if (quic.size() >= MAX_QUIC_PENDING) {
                flows.bits[flow] |= QUIC_DONE; // bounded: give up on this one
                return;
            }
            st = new Object[] {flows.flowId(flow), new QuicInitial.Crypto()};
            quic.put(flow, st);
        }
        QuicInitial.Crypto c = (QuicInitial.Crypto) st[1];
        try {
            QuicInitial.add(d, o, len, c);
        } catch (Malformed m) {
            quic.remove(flow);
            flows.bits[flow] |= QUIC_DONE;
            throw m;
        }
        byte[] hello = c.clientHello();
        if (hello != null) {
            quic.remove(flow);
            flows.bits[flow] |= QUIC_DONE;
            byte[] rec = new byte[5 + hello.length];
            rec[0] = 0x16;
            rec[1] = 3;
            rec[2] = 1;
            rec[3] = (byte) (hello.length >> 8);
            rec[4] = (byte) hello.length;
            System.arraycopy(hello, 0, rec, 5, hello.length);
            Records.Tls t = TlsParser.parse(head(p, flow), rec, 0, rec.length, true);
            t.sni().ifPresent(x -> flows.sni[flow] = x);
            emit(t);
        }
    }

    private void app(int flow, String a) {
        if (flow >= 0 && flows.app[flow] == null) {
            flows.app[flow] = a;
        }
    }

    private void dns(Records.Dns m, int flow, String app) {
        app(flow, app);
        if (m.response() && !m.answers().isEmpty()) {
            String q = m.questions().isEmpty() ? null : m.questions().get(0).name();
            for (DnsMessage.Answer a : m.answers()) {
                if ((a.type() == 1 || a.type() == 28) && !a.data().isEmpty() && a.section() == 1) {
                    learn(a.data(), q != null && !m.multicast() ? q : a.name());
                }
            }
        }
        emit(m);
    }

    private void learn(String ip, String name) {
        long hi = 0;
        long lo;
        if (ip.indexOf(':') < 0) {
            String[] s = ip.split("\\.");
            lo = 0xFFFF00000000L | (Long.parseLong(s[0]) << 24) | (Long.parseLong(s[1]) << 16) | (Long.parseLong(s[2]) << 8) | Long.parseLong(s[3]);
        } else {
            byte[] b;
            try {
                b = java.net.InetAddress.getByName(ip).getAddress(); // a literal: no lookup
            } catch (java.net.UnknownHostException e) {
                return;
            }
            lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (b[i] & 0xff);
                lo = (lo << 8) | (b[8 + i] & 0xff);
            }
        }
        names.put(hi, lo, name);
    }

    private void tcp(Packet p, int flow, byte[] d, int o, int len, int sp, int dp) throws Malformed {
        boolean orig = flows.lastFromOrig;
        if ((flows.bits[flow] & TLS_SEEN) == 0 && orig) {
            if (TlsParser.looksLikeClientHello(d, o, len)) {
                int need = TlsParser.needed(d, o, len);
                if (need <= len) {
                    flows.bits[flow] |= TLS_SEEN;
                    tlsHello(TlsParser.parse(head(p, flow), d, o, len, false), flow);
                } else {
                    flows.bits[flow] |= TLS_SEEN;
                    tls.start(flow, flows.flowId(flow), need, d, o, len, p.tcpSeq);
                }
                return;
            }
        } else if (orig && !tls.isEmpty() && tls.has(flow)) {
            TlsAssembly.Pending done = tls.add(flow, flows.flowId(flow), d, o, len, p.tcpSeq);
            if (done != null) {
                tlsHello(TlsParser.parse(head(p, flow), done.buf, 0, done.len, false), flow);
            }
            return;
        }
        if ((sp == 53 || dp == 53 || sp == 5353 || dp == 5353) && len > 14) {
            int l = be16(d, o);
            if (l + 2 <= len) {
                dns(DnsParser.parse(head(p, flow), false, d, o + 2, l), flow, "dns");
            }
            return;
        }
        if (TextParsers.looksLikeHttp(d, o, len)) {
            Records.Http h = TextParsers.http(head(p, flow), d, o, len);
            app(flow, "http");
            if (flows.name[flow] == null && flows.sni[flow] == null && h.host().isPresent()) {
                String host = h.host().get();
                int colon = host.lastIndexOf(':');
                flows.name[flow] = colon > 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
            }
            emit(h);
        }
    }

    private void tlsHello(Records.Tls t, int flow) {
        flows.app[flow] = "tls";
        t.sni().ifPresent(s -> flows.sni[flow] = s);
        emit(t);
    }

    @Override
    public void created(FlowTable t, int idx) {
        t.name[idx] = names.get(t.respHi(idx), t.respLo(idx));
    }

    @Override
    public void flow(FlowTable t, int idx, Phase phase, EndReason reason) {
        io.hearthguard.api.traffic.FlowRecord snap = null;
        if (out.wantsFlows()) {
            snap = FlowSnapshot.of(t, idx, phase, reason);
            out.flow(snap);
        }
        if (activity != null) {
            if (phase == Phase.ENDED) {
                activity.close(t, idx, activityOut);
            } else {
                boolean timed = out.wantsActivity(snap != null ? snap : FlowSnapshot.of(t, idx, phase, reason));
                if (!timed) {
                    activity.close(t, idx, activityOut);
                }
                t.bits[idx] = timed ? t.bits[idx] | TIMED : t.bits[idx] & ~TIMED;
            }
        }
        if (phase == Phase.ENDED) {
            tls.remove(idx);
            if (!quic.isEmpty()) {
                quic.remove(idx);
            }
        }
    }

    /** Ends all flows and meters and the session; idempotent. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        flows.endAll(EndReason.END_OF_CAPTURE);
        if (activity != null) {
            activity.closeAll(flows, activityOut);
            activity.flush(activityOut);
        }
        if (meterOn) {
            meters.flush(meterOut);
        }
        publish();
        out.sessionEnded(session);
    }

    /** Adds live drops reported by the kernel (pcap_stats) to the counters. */
    public void kernelDrops(long n) {
        dropped[DropReason.KERNEL.ordinal()] = n;
        received = processed + java.util.Arrays.stream(dropped).sum();
        publish();
    }

    public long received() { return received; }
    public long processed() { return processed; }
    public long malformedPackets() { return malformedPackets; }
    public long metadataRecords() { return metadataRecords; }
    public Map<String, Long> metadataErrors() { return metadataErrors; }
    public long flowsCreated() { return flows.created(); }
    public long flowsEvicted() { return flows.evicted(); }
    public long observerFailures() { return out.failures(); }
    /** @return activity bursts closed (0 when nobody subscribed to the stream) */
    public long activityBursts() { return activity == null ? 0 : activity.bursts(); }
    public long firstTimestamp() { return firstTs; }
    public long lastTimestamp() { return lastTs; }
    public String truncation() { return truncation; }
    public Session session() { return session; }

    public Map<DropReason, Long> dropped() {
        Map<DropReason, Long> m = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            if (dropped[r.ordinal()] != 0) {
                m.put(r, dropped[r.ordinal()]);
            }
        }
        return m;
    }
}
