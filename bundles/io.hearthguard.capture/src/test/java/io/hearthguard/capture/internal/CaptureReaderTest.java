package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.capture.internal.analyze.Analyzer;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.CaptureFormatException;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;

class CaptureReaderTest {
    @TempDir
    Path tmp;

    static final byte[] DNS_QUERY = {0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c',
        'o', 'm', 0, 0, 1, 0, 1};

    @Test
    void classicPcapInBothByteOrdersWithMicroAndNanosecondTimestamps() throws IOException {
        byte[] f = Frames.udpFrame(0x0a000001, 5000, 0x0a000002, 53, DNS_QUERY);
        long ts = 1_700_000_000_123_456_789L;
        for (ByteOrder o : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            for (boolean nanos : new boolean[] {true, false}) {
                byte[] file = new Frames.Pcap(o, nanos, 1).add(ts, f).bytes();
                try (PacketSource src = CaptureFiles.open(new ByteArrayInputStream(file))) {
                    RawPacket p = new RawPacket();
                    assertTrue(src.next(p));
                    assertEquals(nanos ? ts : ts / 1000 * 1000, p.timestampNanos, o + " nanos=" + nanos);
                    assertEquals(f.length, p.captureLength);
                    assertEquals(1, p.linkType);
                    assertTrue(Arrays.equals(f, p.bytes()));
                    assertFalse(src.next(p));
                }
            }
        }
    }

    @Test
    void truncatedLastRecordIsReportedWhileEarlierPacketsAreProcessed() throws IOException {
        byte[] f = Frames.udpFrame(0x0a000001, 5000, 0x0a000002, 53, DNS_QUERY);
        byte[] full = new Frames.Pcap(ByteOrder.LITTLE_ENDIAN, false, 1).add(1_000_000_000L, f).add(2_000_000_000L, f).bytes();
        Path file = Files.write(tmp.resolve("cut.pcap"), Arrays.copyOf(full, full.length - 10));
        Analyzer.Result r = Shared.analyze(file);
        assertEquals(2, r.engine.received());
        assertEquals(1, r.engine.processed());
        assertEquals(1L, r.engine.dropped().get(DropReason.TRUNCATED_RECORD));
        assertNotNull(r.engine.truncation());
        assertTrue(r.engine.truncation().contains("needs " + f.length + " bytes"), r.engine.truncation());
        assertEquals(1, r.dnsNames.size());
    }

    @Test
    void recordLongerThanTheMaximumSnaplenIsATypedErrorWithItsOffset() throws IOException {
        byte[] file = new Frames.Pcap(ByteOrder.LITTLE_ENDIAN, false, 1).add(1, new byte[60]).bytes();
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(24 + 8, 10_000_000);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> Shared.analyze(Files.write(tmp.resolve("big.pcap"), file)));
        assertEquals(32, e.offset());
        assertTrue(e.getMessage().contains("bigger than maximum"), e.getMessage());
    }

    @Test
    void packetObserversSeeTheFrameAtOffsetZeroAndThePayloadWhereItSays() throws IOException {
        byte[] f1 = Frames.udpFrame(0x0a000001, 5000, 0x0a000002, 53, DNS_QUERY);
        byte[] f2 = Frames.tcpFrame(0x0a000001, 40000, 0x0a000002, 80, 1, 0x18, "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes());
        Path file = new Frames.Pcap(ByteOrder.LITTLE_ENDIAN, false, 1).add(1, f1).add(2, f2).write(tmp.resolve("two.pcap"));
        java.util.List<byte[]> frames = new java.util.ArrayList<>();
        java.util.List<byte[]> payloads = new java.util.ArrayList<>();
        io.hearthguard.api.traffic.TrafficObserver o = new io.hearthguard.api.traffic.TrafficObserver() {
            @Override
            public void packet(io.hearthguard.api.traffic.PacketView v) {
                java.nio.ByteBuffer fr = v.frame();
                assertEquals(0, fr.position());
                assertEquals(v.captureLength(), fr.limit());
                byte[] all = new byte[fr.remaining()];
                fr.get(all);
                frames.add(all);
                payloads.add(Arrays.copyOfRange(all, v.payloadOffset(), v.payloadOffset() + v.payloadLength()));
            }
        };
        Engine e = new Engine(EngineConfig.defaults(), new Dispatcher(List.of(new Dispatcher.Registration(o,
                java.util.Map.of(io.hearthguard.api.traffic.TrafficObserver.PROP_STREAMS, "packet")))), new Session("t", false));
        try (PacketSource src = CaptureFiles.open(file)) {
            e.run(src, null, null);
        }
        assertTrue(Arrays.equals(f1, frames.get(0)));
        assertTrue(Arrays.equals(f2, frames.get(1)));
        assertTrue(Arrays.equals(DNS_QUERY, payloads.get(0)));
        assertEquals("GET / HTTP/1.1", new String(payloads.get(1), 0, 14));
    }

    @Test
    void wrongMagicIsATypedError() {
        CaptureFormatException e = assertThrows(CaptureFormatException.class,
                () -> CaptureFiles.open(new ByteArrayInputStream("GET / HTTP/1.1\r\n\r\n".getBytes())));
        assertTrue(e.getMessage().contains("neither pcap nor pcapng"));
    }

    /** pcapng with two interfaces: Ethernet (µs) and raw IPv4 with if_tsresol 10^-9, an unknown block and an obsolete PB. */
    @Test
    void pcapngInterfacesKeepTheirOwnLinkTypeAndTimeResolution() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        // SHB
        b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        // IDB 0: Ethernet, default resolution
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(0).putInt(20);
        // IDB 1: raw IPv4, if_tsresol = 9 (nanoseconds)
        b.putInt(1).putInt(28).putShort((short) 228).putShort((short) 0).putInt(0)
                .putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]).putInt(28);
        // an unknown block type that must be skipped
        b.putInt(0x0BAD).putInt(16).putInt(0xDEADBEEF).putInt(16);
        byte[] eth = Frames.udpFrame(0x0a000001, 5000, 0x0a000002, 53, DNS_QUERY);
        byte[] ip = Frames.ipv4(0x0a000003, 0x0a000004, 17, Frames.udp(5001, 53, DNS_QUERY));
        epb(b, 0, 1_700_000_000_000_001L, eth);
        epb(b, 1, 1_700_000_000_000_000_007L, ip);
        // an obsolete Packet Block (type 2) on interface 0
        int pad = (4 - eth.length % 4) % 4;
        int pbLen = 32 + eth.length + pad;
        long units = 1_700_000_000_000_002L;
        b.putInt(2).putInt(pbLen).putShort((short) 0).putShort((short) 0).putInt((int) (units >>> 32)).putInt((int) units)
                .putInt(eth.length).putInt(eth.length).put(eth).put(new byte[pad]).putInt(pbLen);
        Path file = Files.write(tmp.resolve("two.pcapng"), Arrays.copyOf(b.array(), b.position()));
        try (PacketSource src = CaptureFiles.open(file)) {
            RawPacket p = new RawPacket();
            assertTrue(src.next(p));
            assertEquals(1, p.linkType);
            assertEquals(1_700_000_000_000_001_000L, p.timestampNanos);
            assertTrue(src.next(p));
            assertEquals(228, p.linkType);
            assertEquals(1_700_000_000_000_000_007L, p.timestampNanos);
            assertTrue(src.next(p), "obsolete packet block");
            assertEquals(1, p.linkType);
            assertEquals(1_700_000_000_000_002_000L, p.timestampNanos);
            assertTrue(Arrays.equals(eth, p.bytes()));
            assertFalse(src.next(p));
            assertEquals(null, src.truncation());
        }
        Analyzer.Result r = Shared.analyze(file);
        assertEquals(3, r.engine.processed());
        assertEquals(2, r.flows);
    }

    @Test
    void pcapngPacketWithOptionsLargerThanTheReadBufferIsReadByCopying() throws IOException {
        byte[] frame = Frames.udpFrame(0x0a000001, 5000, 0x0a000002, 53, DNS_QUERY);
        int pad = (4 - frame.length % 4) % 4;
        int optLen = 60_000; // 10 options of 60,000 bytes: the block is larger than the 512 KiB read buffer
        int opts = 10 * (4 + optLen) + 4;
        int len = 32 + frame.length + pad + opts;
        ByteBuffer b = ByteBuffer.allocate(28 + 20 + len).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(0).putInt(20);
        b.putInt(6).putInt(len).putInt(0).putInt(0).putInt(1).putInt(frame.length).putInt(frame.length).put(frame).put(new byte[pad]);
        for (int i = 0; i < 10; i++) {
            b.putShort((short) 2988).putShort((short) optLen).put(new byte[optLen]);
        }
        b.putInt(0).putInt(len);
        Path file = Files.write(tmp.resolve("big-options.pcapng"), b.array());
        try (PacketSource src = CaptureFiles.open(file)) {
            RawPacket p = new RawPacket();
            assertTrue(src.next(p));
            assertTrue(Arrays.equals(frame, p.bytes()));
            assertFalse(src.next(p));
            assertEquals(null, src.truncation());
        }
    }

    private static void epb(ByteBuffer b, int iface, long units, byte[] data) {
        int pad = (4 - data.length % 4) % 4;
        int len = 32 + data.length + pad;
        b.putInt(6).putInt(len).putInt(iface).putInt((int) (units >>> 32)).putInt((int) units).putInt(data.length)
                .putInt(data.length).put(data).put(new byte[pad]).putInt(len);
    }
}
