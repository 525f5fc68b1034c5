package io.hearthguard.capture.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.decode.Decoder;
import io.hearthguard.capture.internal.decode.Packet;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.CaptureFormatException;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;
import io.hearthguard.capture.internal.meta.DhcpParser;
import io.hearthguard.capture.internal.meta.DnsParser;
import io.hearthguard.capture.internal.meta.Head;
import io.hearthguard.capture.internal.meta.Malformed;
import io.hearthguard.capture.internal.meta.TextParsers;
import io.hearthguard.capture.internal.meta.TlsParser;

/**
 * The fuzz targets, shared by the Jazzer {@code @FuzzTest}s and the corpus-mutation test.
 * A target fails by throwing anything other than the typed errors it is allowed.
 */
final class FuzzTargets {
    private FuzzTargets() {
    }

    private static final Head HEAD = new Head(Instant.EPOCH, -1, -1, -1, "", "", 0, 0);
    private static final int MAX_PACKETS = 10_000;

    /** A whole capture file through reader and pipeline: only CaptureFormatException may escape. */
    static void captureFile(byte[] data) {
        Engine e = new Engine(EngineConfig.defaults().withMaxFlows(1024),
                new Dispatcher(List.of(new Dispatcher.Registration(new TrafficObserver() {
                }, Map.of(TrafficObserver.PROP_STREAMS, new String[] {"packet", "flow", "metadata", "meter"})))),
                new Session("fuzz", false));
        try (PacketSource src = CaptureFiles.open(new ByteArrayInputStream(data))) {
            RawPacket raw = new RawPacket();
            e.start();
            for (int i = 0; i < MAX_PACKETS && src.next(raw); i++) {
                e.packet(raw);
            }
        } catch (CaptureFormatException expected) {
            // the typed error is the allowed outcome for a malformed file
        } catch (IOException impossible) {
            throw new AssertionError(impossible);
        } finally {
            e.finish();
        }
        long dropped = e.dropped().values().stream().mapToLong(Long::longValue).sum();
        if (e.received() != e.processed() + dropped) {
            throw new AssertionError("packets not accounted for: " + e.received() + " != " + e.processed() + " + " + dropped);
        }
    }

    /** One frame of a given link type through decoder and pipeline. */
    static void frame(int linkType, byte[] frame) {
        Packet p = new Packet();
        byte[] buf = java.util.Arrays.copyOf(frame, Math.min(frame.length, RawPacket.MAX_SNAPLEN));
        p.reset(buf, buf.length, buf.length, 0);
        if (Decoder.decode(p, linkType) && p.payloadOffset >= 0 && p.payloadOffset + p.payloadLength > p.capLen) {
            throw new AssertionError("payload past the capture");
        }
        Engine e = new Engine(EngineConfig.defaults().withMaxFlows(16), new Dispatcher(List.of()), new Session("fuzz", false));
        RawPacket raw = new RawPacket();
        System.arraycopy(buf, 0, raw.data, 0, buf.length);
        raw.captureLength = buf.length;
        raw.wireLength = buf.length;
        raw.linkType = linkType;
        e.start();
        e.packet(raw);
        e.finish();
    }

    /** Application parsers on raw payload bytes: only {@link Malformed} may escape. */
    static void parsers(byte[] d) {
        try {
            DnsParser.parse(HEAD, false, d, 0, d.length);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            DhcpParser.parseV4(HEAD, d, 0, d.length);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            DhcpParser.parseV6(HEAD, d, 0, d.length);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            TlsParser.parse(HEAD, d, 0, d.length, false);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            TextParsers.ssdp(HEAD, d, 0, d.length);
            TextParsers.http(HEAD, d, 0, d.length);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            if (d.length > 0) {
                TextParsers.ndp(HEAD, d, 0, d.length);
            }
        } catch (Malformed expected) {
            // allowed
        }
        try {
            TextParsers.arp(HEAD, d, 0, d.length);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            io.hearthguard.capture.internal.meta.QuicInitial.Crypto c = new io.hearthguard.capture.internal.meta.QuicInitial.Crypto();
            io.hearthguard.capture.internal.meta.QuicInitial.add(d, 0, d.length, c);
            c.clientHello();
        } catch (Malformed expected) {
            // allowed
        }
    }
}
