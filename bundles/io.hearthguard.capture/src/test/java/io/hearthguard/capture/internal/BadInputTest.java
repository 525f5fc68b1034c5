package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.hearthguard.capture.internal.decode.Decoder;
import io.hearthguard.capture.internal.decode.Packet;
import io.hearthguard.capture.internal.meta.DhcpParser;
import io.hearthguard.capture.internal.meta.DnsParser;
import io.hearthguard.capture.internal.meta.Head;
import io.hearthguard.capture.internal.meta.Malformed;
import io.hearthguard.capture.internal.meta.Records;
import io.hearthguard.capture.internal.meta.TlsParser;

/** The bad inputs of docs/bad-inputs.md for layers 2–7: bounded, typed, never a crash. */
class BadInputTest {
    static final Head HEAD = new Head(Instant.EPOCH, -1, -1, -1, "", "", 0, 0);

    static Packet decode(byte[] frame, int link) {
        Packet p = new Packet();
        byte[] buf = Arrays.copyOf(frame, Math.max(frame.length, 64));
        p.reset(buf, frame.length, frame.length, 0);
        assertTrue(Decoder.decode(p, link));
        return p;
    }

    @Test
    void hundredStackedVlanTagsStopAtTheBoundAndMarkThePacketMalformed() {
        ByteBuffer b = ByteBuffer.allocate(14 + 100 * 4 + 20);
        b.put(new byte[12]).putShort((short) 0x8100);
        for (int i = 0; i < 100; i++) {
            b.putShort((short) (i + 1)).putShort((short) 0x8100);
        }
        Packet p = decode(b.array(), 1);
        assertTrue(p.malformed);
        assertEquals(0, p.ipVersion);
        assertEquals(Decoder.MAX_VLAN_TAGS, p.vlan);
    }

    @Test
    void qinqGivesTheInnermostVlanAndDecodesIp() {
        byte[] ip = Frames.ipv4(0x0a000001, 0x0a000002, 17, Frames.udp(1, 2, new byte[4]));
        ByteBuffer b = ByteBuffer.allocate(14 + 8 + ip.length);
        b.put(new byte[12]).putShort((short) 0x88a8).putShort((short) 100).putShort((short) 0x8100).putShort((short) 200)
                .putShort((short) 0x0800).put(ip);
        Packet p = decode(b.array(), 1);
        assertEquals(200, p.vlan);
        assertEquals(4, p.ipVersion);
        assertEquals(2, p.dstPort);
    }

    @Test
    void ipv4HeaderLengthBelowFiveIsMalformedAndNotDecodedFurther() {
        byte[] ip = Frames.ipv4(1, 2, 6, new byte[20]);
        ip[0] = 0x44;
        Packet p = decode(Frames.eth(1, 2, 0x0800, ip), 1);
        assertTrue(p.malformed);
        assertEquals(-1, p.srcPort);
    }

    @Test
    void ipTotalLengthBeyondTheCaptureIsClampedToTheCapturedBytes() {
        byte[] ip = Frames.ipv4(1, 2, 17, Frames.udp(1, 53, new byte[10]));
        ip[2] = (byte) 0xff;
        ip[3] = (byte) 0xff;
        Packet p = decode(Frames.eth(1, 2, 0x0800, ip), 1);
        assertEquals(10, p.payloadLength);
    }

    @Test
    void tcpDataOffsetPastTheSegmentIsMalformed() {
        byte[] t = Frames.tcp(1, 2, 0, 0x10, new byte[0]);
        t[12] = (byte) 0xF0;
        Packet p = decode(Frames.eth(1, 2, 0x0800, Frames.ipv4(1, 2, 6, t)), 1);
        assertTrue(p.malformed);
        assertEquals(-1, p.payloadOffset);
    }

    @Test
    void ipv6ExtensionHeaderChainIsBounded() {
        ByteBuffer b = ByteBuffer.allocate(40 + 20 * 8);
        b.put((byte) 0x60).put(new byte[3]).putShort((short) (20 * 8)).put((byte) 60).put((byte) 64).put(new byte[32]);
        for (int i = 0; i < 20; i++) {
            b.put((byte) 60).put((byte) 0).put(new byte[6]);
        }
        Packet p = decode(b.array(), 229);
        assertTrue(p.malformed);
        assertEquals(-1, p.srcPort);
    }

    @Test
    void linkTypesWithoutMacsAndTheirOwnHeadersDecode() {
        byte[] ip = Frames.ipv4(0x0a000001, 0x0a000002, 17, Frames.udp(1, 53, new byte[4]));
        ByteBuffer sll = ByteBuffer.allocate(16 + ip.length);
        sll.putShort((short) 0).putShort((short) 1).putShort((short) 6).put(new byte[] {2, 0, 0, 0, 0, 9, 0, 0}).putShort((short) 0x0800).put(ip);
        Packet p = decode(sll.array(), 113);
        assertEquals(0x020000000009L, p.srcMac);
        assertEquals(53, p.dstPort);
        ByteBuffer sll2 = ByteBuffer.allocate(20 + ip.length);
        sll2.putShort((short) 0x0800).putShort((short) 0).putInt(2).putShort((short) 1).put((byte) 0).put((byte) 6)
                .put(new byte[] {2, 0, 0, 0, 0, 7, 0, 0}).put(ip);
        p = decode(sll2.array(), 276);
        assertEquals(0x020000000007L, p.srcMac);
        assertEquals(53, p.dstPort);
        ByteBuffer nul = ByteBuffer.allocate(4 + ip.length);
        nul.put(new byte[] {2, 0, 0, 0}).put(ip);
        p = decode(nul.array(), 0);
        assertEquals(-1, p.srcMac);
        assertEquals(4, p.ipVersion);
        p = decode(ip, 101);
        assertEquals(0x0a000001, p.srcV4);
    }

    private static byte[] dnsHeader(int qd, int an) {
        return new byte[] {0, 1, (byte) 0x81, 0, 0, (byte) qd, 0, (byte) an, 0, 0, 0, 0};
    }

    @Test
    void dnsPointerToItselfIsMalformed() {
        byte[] m = concat(dnsHeader(1, 0), new byte[] {(byte) 0xC0, 12, 0, 1, 0, 1});
        assertThrows(Malformed.class, () -> DnsParser.parse(HEAD, false, m, 0, m.length));
    }

    @Test
    void dnsPointersPointingAtEachOtherStopAtTheDepthLimit() {
        byte[] m = concat(dnsHeader(1, 0), new byte[] {(byte) 0xC0, 14, (byte) 0xC0, 12, 0, 1, 0, 1});
        Malformed e = assertThrows(Malformed.class, () -> DnsParser.parse(HEAD, false, m, 0, m.length));
        assertTrue(e.getMessage().contains("deeper"), e.getMessage());
    }

    @Test
    void dnsCountsOf65535InATinyPacketKeepWhatIsThere() throws Malformed {
        byte[] m = concat(dnsHeader(0, 0), new byte[0]);
        m[6] = (byte) 0xff;
        m[7] = (byte) 0xff;
        Records.Dns d = DnsParser.parse(HEAD, false, m, 0, m.length);
        assertTrue(d.answers().isEmpty());
    }

    @Test
    void dnsNameLongerThan255BytesIsMalformed() {
        byte[] labels = new byte[5 * 64 + 1];
        for (int i = 0; i < 5; i++) {
            labels[i * 64] = 63;
            Arrays.fill(labels, i * 64 + 1, i * 64 + 64, (byte) 'a');
        }
        byte[] m = concat(dnsHeader(1, 0), labels, new byte[] {0, 1, 0, 1});
        assertThrows(Malformed.class, () -> DnsParser.parse(HEAD, false, m, 0, m.length));
    }

    @Test
    void dnsRdataPastTheEndIsMalformed() {
        byte[] m = concat(dnsHeader(0, 1), new byte[] {0, 0, 1, 0, 1, 0, 0, 0, 1, 0x10, 0, 1, 2, 3, 4});
        assertThrows(Malformed.class, () -> DnsParser.parse(HEAD, false, m, 0, m.length));
    }

    @Test
    void dnsTxtWithThousandsOfStringsKeepsTheBound() throws Malformed {
        byte[] rdata = new byte[3000];
        byte[] m = concat(dnsHeader(0, 1), new byte[] {0, 0, 16, 0, 1, 0, 0, 0, 1, (byte) (rdata.length >> 8), (byte) rdata.length}, rdata);
        Records.Dns d = DnsParser.parse(HEAD, false, m, 0, m.length);
        assertEquals(DnsParser.MAX_TXT, d.answers().get(0).txt().size());
    }

    @Test
    void dhcpOptionRunningPastThePacketEndsTheWalkKeepingEarlierOptions() throws Malformed {
        byte[] m = new byte[240 + 3 + 4];
        ByteBuffer.wrap(m).putInt(236, 0x63825363);
        m[1] = 1;
        m[2] = 6;
        byte[] opts = {53, 1, 1, 12, (byte) 200, 'x', 'y'};
        System.arraycopy(opts, 0, m, 240, opts.length);
        Records.Dhcp d = DhcpParser.parseV4(HEAD, m, 0, m.length);
        assertEquals(1, d.messageType());
        assertFalse(d.hostname().isPresent());
    }

    @Test
    void dhcpOptionOverloadReadsOptionsFromTheFileField() throws Malformed {
        byte[] m = new byte[300];
        ByteBuffer.wrap(m).putInt(236, 0x63825363);
        byte[] opts = {53, 1, 3, 52, 1, 1, (byte) 255};
        System.arraycopy(opts, 0, m, 240, opts.length);
        byte[] file = {12, 4, 'h', 'o', 's', 't', (byte) 255};
        System.arraycopy(file, 0, m, 108, file.length);
        Records.Dhcp d = DhcpParser.parseV4(HEAD, m, 0, m.length);
        assertEquals("host", d.hostname().orElseThrow());
        assertEquals(java.util.List.of(53, 52, 12), d.optionCodes());
    }

    @Test
    void httpRequestKeepsHostAgentAndOnlyTheFactOfBasicAuth() throws Malformed {
        byte[] req = ("GET /cam/snapshot.jpg HTTP/1.1\r\nHost: Camera.Local:8080\r\nUser-Agent: curl/8.0\r\n"
                + "Authorization: Basic YWRtaW46YWRtaW4=\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(io.hearthguard.capture.internal.meta.TextParsers.looksLikeHttp(req, 0, req.length));
        Records.Http h = io.hearthguard.capture.internal.meta.TextParsers.http(HEAD, req, 0, req.length);
        assertEquals("GET", h.method());
        assertEquals("/cam/snapshot.jpg", h.uri());
        assertEquals("camera.local:8080", h.host().orElseThrow());
        assertEquals("curl/8.0", h.userAgent().orElseThrow());
        assertTrue(h.basicAuth());
        assertFalse(h.toString().contains("YWRtaW46YWRtaW4"), "credentials are not kept");
    }

    @Test
    void ssdpHeaderLinesWithoutCrLfAndHugeLinesStayBounded() throws Malformed {
        StringBuilder sb = new StringBuilder("NOTIFY * HTTP/1.1\nNT: upnp:rootdevice\nNTS: ssdp:alive\nLOCATION: http://192.168.1.5/d.xml\n");
        sb.append("X-BIG: ").append("a".repeat(20_000)).append('\n');
        for (int i = 0; i < 100; i++) {
            sb.append("X-").append(i).append(": v\n");
        }
        byte[] d = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Records.Ssdp s = io.hearthguard.capture.internal.meta.TextParsers.ssdp(HEAD, d, 0, d.length);
        assertEquals(io.hearthguard.api.traffic.SsdpMessage.Kind.NOTIFY, s.kind());
        assertEquals("upnp:rootdevice", s.target().orElseThrow());
        assertEquals("http://192.168.1.5/d.xml", s.location().orElseThrow());
        assertTrue(s.headers().size() <= io.hearthguard.capture.internal.meta.TextParsers.MAX_HEADERS);
        assertTrue(s.headers().get("X-BIG").length() < 1100);
    }

    @Test
    void truncatedClientHelloIsMalformed() {
        byte[] h = {0x16, 3, 1, 0, 100, 1, 0, 0, 96, 3, 3};
        assertThrows(Malformed.class, () -> TlsParser.parse(HEAD, h, 0, h.length, false));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.array();
    }
}
