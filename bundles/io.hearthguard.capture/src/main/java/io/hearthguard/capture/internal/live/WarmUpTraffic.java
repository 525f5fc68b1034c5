package io.hearthguard.capture.internal.live;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic home capture, made here, that live capture reads through libpcap and the real pipeline before it reads the first frame of the
 * interface (see {@link io.hearthguard.capture.internal.osgi.LiveCapture}): the JVM compiles the read and decode path on
 * these frames instead of on the first frames of the network, which a cold JVM would otherwise lose (docs/benchmarks.md,
 * "Round 5"). Nothing here is ever sent: it is written to a file, read, and deleted. Addresses are from the documentation
 * ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and locally administered MACs.
 *
 * <p>One round of traffic per device visit: a DNS query and answer, a TCP connection with a TLS ClientHello (SNI, ALPN,
 * groups, signature algorithms, versions) and a server reply, and by turns an HTTP request, an ARP exchange, SSDP,
 * mDNS, DHCP, DNS over IPv6, an ICMPv6 neighbour solicitation and a QUIC Initial (random payload: its decryption is
 * tried and fails, as for a damaged one).
 */
public final class WarmUpTraffic {
    /** Most frames written (bounds the file: frames are at most 1,300 bytes). */
    public static final int MAX_PACKETS = 1_000_000;
    private static final long START_NANOS = 1_767_225_600_000_000_000L; // 2026-01-01T00:00:00Z
    private static final int DEVICES = 48;
    private static final int SERVERS = 251;

    private final OutputStream out;
    private final int limit;
    private int written;
    private long ts = START_NANOS;
    private long rnd = 0x9E3779B97F4A7C15L;

    private WarmUpTraffic(OutputStream out, int limit) {
        this.out = out;
        this.limit = limit;
    }

    /**
     * Writes {@code packets} frames (bounded by {@link #MAX_PACKETS}) as a classic pcap file with nanosecond timestamps
     * and Ethernet link type.
     *
     * @return the number of frames written
     */
    public static int write(Path file, int packets) throws IOException {
        int n = Math.max(0, Math.min(packets, MAX_PACKETS));
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            WarmUpTraffic w = new WarmUpTraffic(o, n);
            w.header();
            for (int i = 0; w.written < n; i++) {
                w.visit(i);
            }
            return w.written;
        }
    }

    private void visit(int i) throws IOException {
        int dev = i % DEVICES;
        int srv = i % SERVERS;
        long devMac = 0x02_00_5E_10_00_00L | dev;
        long gwMac = 0x02_00_5E_10_FF_FEL;
        int devIp = 0xC0_00_02_00 | (10 + dev); // 192.0.2.10+
        int dnsIp = 0xC0_00_02_01;
        int srvIp = (i % 2 == 0 ? 0xC6_33_64_00 : 0xCB_00_71_00) | (1 + srv % 254); // 198.51.100.x, 203.0.113.x
        int port = 32768 + (i * 7) % 28000;
        String name = "s" + srv + (i % 3 == 0 ? ".cdn.example.net" : ".example.com");

        // DNS query and answer
        int id = i & 0xFFFF;
        udp4(devMac, gwMac, devIp, port, dnsIp, 53, dnsQuery(id, name));
        udp4(gwMac, devMac, dnsIp, 53, devIp, port, dnsAnswer(id, name, srvIp));

        // TLS over TCP: handshake, ClientHello, a server segment, close
        int tport = port + 1;
        long cs = next() & 0xFFFFFFFFL;
        long ss = next() & 0xFFFFFFFFL;
        tcp4(devMac, gwMac, devIp, tport, srvIp, 443, cs, 0, 0x02, new byte[0]);
        tcp4(gwMac, devMac, srvIp, 443, devIp, tport, ss, cs + 1, 0x12, new byte[0]);
        tcp4(devMac, gwMac, devIp, tport, srvIp, 443, cs + 1, ss + 1, 0x10, new byte[0]);
        byte[] hello = clientHello(name, i);
        tcp4(devMac, gwMac, devIp, tport, srvIp, 443, cs + 1, ss + 1, 0x18, hello);
        byte[] reply = filler(1200);
        tcp4(gwMac, devMac, srvIp, 443, devIp, tport, ss + 1, cs + 1 + hello.length, 0x18, reply);
        tcp4(devMac, gwMac, devIp, tport, srvIp, 443, cs + 1 + hello.length, ss + 1 + reply.length, 0x11, new byte[0]);
        tcp4(gwMac, devMac, srvIp, 443, devIp, tport, ss + 1 + reply.length, cs + 2 + hello.length, 0x11, new byte[0]);

        switch (i % 8) {
            case 0 -> {
                byte[] get = ("GET /fw/" + i + ".json HTTP/1.1\r\nHost: " + name + "\r\nUser-Agent: hub-warm-up/1.0\r\nAccept: */*\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                tcp4(devMac, gwMac, devIp, port + 2, srvIp, 80, cs, 0, 0x02, new byte[0]);
                tcp4(devMac, gwMac, devIp, port + 2, srvIp, 80, cs + 1, ss + 1, 0x18, get);
                tcp4(gwMac, devMac, srvIp, 80, devIp, port + 2, ss + 1, cs + 1 + get.length, 0x18,
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
            }
            case 1 -> {
                arp(devMac, 0xFFFF_FFFF_FFFFL, 1, devMac, devIp, 0, dnsIp);
                arp(gwMac, devMac, 2, gwMac, dnsIp, devMac, devIp);
            }
            case 2 -> udp4(devMac, 0x01_00_5E_7F_FF_FAL, devIp, 1900, 0xEF_FF_FF_FA, 1900, ssdp(dev));
            case 3 -> udp4(devMac, 0x01_00_5E_00_00_FBL, devIp, 5353, 0xE0_00_00_FB, 5353, dnsQuery(0, "dev" + dev + ".local"));
            case 4 -> udp4(devMac, 0xFFFF_FFFF_FFFFL, 0, 68, 0xFFFF_FFFF, 67, dhcpDiscover(devMac, dev, i));
            case 5 -> udp6(devMac, gwMac, dev, port, 1, 53, dnsQuery(id, name));
            case 6 -> ndpSolicit(devMac, dev);
            default -> udp4(devMac, gwMac, devIp, port + 3, srvIp, 443, quicInitial());
        }
    }

    // ---- frames

    private void udp4(long src, long dst, int sip, int sp, int dip, int dp, byte[] payload) throws IOException {
        frame(src, dst, 0x0800, ipv4(sip, dip, 17, udp(sp, dp, payload)));
    }

    private static byte[] udp(int sp, int dp, byte[] payload) {
        byte[] u = new byte[8 + payload.length];
        be16(u, 0, sp);
        be16(u, 2, dp);
        be16(u, 4, u.length);
        System.arraycopy(payload, 0, u, 8, payload.length);
        return u;
    }

    private void tcp4(long src, long dst, int sip, int sp, int dip, int dp, long seq, long ack, int flags, byte[] payload) throws IOException {
        byte[] t = new byte[20 + payload.length];
        be16(t, 0, sp);
        be16(t, 2, dp);
        be32(t, 4, (int) seq);
        be32(t, 8, (int) ack);
        t[12] = 0x50;
        t[13] = (byte) flags;
        be16(t, 14, 64240);
        System.arraycopy(payload, 0, t, 20, payload.length);
        frame(src, dst, 0x0800, ipv4(sip, dip, 6, t));
    }

    private static byte[] ipv4(int src, int dst, int proto, byte[] l4) {
        byte[] ip = new byte[20 + l4.length];
        ip[0] = 0x45;
        be16(ip, 2, ip.length);
        ip[8] = 64;
        ip[9] = (byte) proto;
        be32(ip, 12, src);
        be32(ip, 16, dst);
        int sum = 0;
        for (int k = 0; k < 20; k += 2) {
            sum += ((ip[k] & 0xFF) << 8) | (ip[k + 1] & 0xFF);
        }
        sum = (sum & 0xFFFF) + (sum >>> 16);
        sum = (sum & 0xFFFF) + (sum >>> 16);
        be16(ip, 10, ~sum & 0xFFFF);
        System.arraycopy(l4, 0, ip, 20, l4.length);
        return ip;
    }

    private void udp6(long srcMac, long dstMac, int dev, int sp, int host, int dp, byte[] payload) throws IOException {
        frame(srcMac, dstMac, 0x86DD, ipv6(dev + 0x10, host, 17, udp(sp, dp, payload), 64));
    }

    private void ndpSolicit(long mac, int dev) throws IOException {
        byte[] icmp = new byte[32];
        icmp[0] = (byte) 135;
        byte[] target = v6(1);
        System.arraycopy(target, 0, icmp, 8, 16);
        icmp[24] = 1; // source link-layer address option
        icmp[25] = 1;
        putMac(icmp, 26, mac);
        frame(mac, 0x33_33_FF_00_00_01L, 0x86DD, ipv6(dev + 0x10, -1, 58, icmp, 255));
    }

    /** 2001:db8::host, or the solicited-node multicast address of ::1 when {@code host} is -1 */
    private static byte[] ipv6(int srcHost, int dstHost, int next, byte[] l4, int hops) {
        byte[] ip = new byte[40 + l4.length];
        ip[0] = 0x60;
        be16(ip, 4, l4.length);
        ip[6] = (byte) next;
        ip[7] = (byte) hops;
        System.arraycopy(v6(srcHost), 0, ip, 8, 16);
        byte[] dst = dstHost < 0 ? new byte[] {(byte) 0xFF, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (byte) 0xFF, 0, 0, 1} : v6(dstHost);
        System.arraycopy(dst, 0, ip, 24, 16);
        System.arraycopy(l4, 0, ip, 40, l4.length);
        return ip;
    }

    private static byte[] v6(int host) {
        byte[] a = new byte[16];
        a[0] = 0x20;
        a[1] = 0x01;
        a[2] = 0x0D;
        a[3] = (byte) 0xB8;
        be16(a, 14, host);
        return a;
    }

    private void arp(long src, long dst, int op, long sha, int spa, long tha, int tpa) throws IOException {
        byte[] a = new byte[28];
        be16(a, 0, 1);
        be16(a, 2, 0x0800);
        a[4] = 6;
        a[5] = 4;
        be16(a, 6, op);
        putMac(a, 8, sha);
        be32(a, 14, spa);
        putMac(a, 18, tha);
        be32(a, 24, tpa);
        frame(src, dst, 0x0806, a);
    }

    private void frame(long src, long dst, int type, byte[] payload) throws IOException {
        if (written >= limit) {
            return;
        }
        int len = Math.max(60, 14 + payload.length);
        byte[] f = new byte[len];
        putMac(f, 0, dst);
        putMac(f, 6, src);
        be16(f, 12, type);
        System.arraycopy(payload, 0, f, 14, payload.length);
        ts += 3_000 + (next() & 0x3FFF); // 3 to 19 µs apart
        byte[] rec = new byte[16];
        le32(rec, 0, (int) (ts / 1_000_000_000L));
        le32(rec, 4, (int) (ts % 1_000_000_000L));
        le32(rec, 8, len);
        le32(rec, 12, len);
        out.write(rec);
        out.write(f);
        written++;
    }

    private void header() throws IOException {
        byte[] h = new byte[24];
        le32(h, 0, 0xA1B23C4D); // nanosecond timestamps
        h[4] = 2;
        h[6] = 4;
        le32(h, 16, 262_144);
        le32(h, 20, 1); // Ethernet
        out.write(h);
    }

    // ---- payloads

    private static byte[] dnsQuery(int id, String name) {
        byte[] q = qname(name);
        byte[] m = new byte[12 + q.length + 4];
        be16(m, 0, id);
        be16(m, 2, 0x0100);
        be16(m, 4, 1);
        System.arraycopy(q, 0, m, 12, q.length);
        be16(m, 12 + q.length, 1);
        be16(m, 14 + q.length, 1);
        return m;
    }

    private static byte[] dnsAnswer(int id, String name, int addr) {
        byte[] q = dnsQuery(id, name);
        byte[] m = new byte[q.length + 16];
        System.arraycopy(q, 0, m, 0, q.length);
        be16(m, 2, 0x8180);
        be16(m, 6, 1);
        int o = q.length;
        be16(m, o, 0xC00C);
        be16(m, o + 2, 1);
        be16(m, o + 4, 1);
        be32(m, o + 6, 300);
        be16(m, o + 10, 4);
        be32(m, o + 12, addr);
        return m;
    }

    private static byte[] qname(String name) {
        byte[] out = new byte[name.length() + 2];
        int o = 0;
        for (String label : name.split("\\.")) {
            out[o++] = (byte) label.length();
            byte[] b = label.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, out, o, b.length);
            o += b.length;
        }
        out[o] = 0;
        return out;
    }

    private byte[] clientHello(String sni, int i) {
        byte[] host = sni.getBytes(StandardCharsets.US_ASCII);
        Bytes ext = new Bytes();
        ext.u16(0).u16(host.length + 5).u16(host.length + 3).u8(0).u16(host.length).raw(host); // server_name
        ext.u16(10).u16(8).u16(6).u16(0x001D).u16(0x0017).u16(0x0018); // supported_groups
        ext.u16(11).u16(2).u8(1).u8(0); // ec_point_formats
        ext.u16(13).u16(8).u16(6).u16(0x0403).u16(0x0804).u16(0x0401); // signature_algorithms
        byte[] alpn = i % 2 == 0 ? new byte[] {2, 'h', '2', 8, 'h', 't', 't', 'p', '/', '1', '.', '1'} : new byte[] {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
        ext.u16(16).u16(alpn.length + 2).u16(alpn.length).raw(alpn); // ALPN
        ext.u16(43).u16(5).u8(4).u16(0x0304).u16(0x0303); // supported_versions
        ext.u16(0x0A0A).u16(0); // GREASE
        Bytes body = new Bytes();
        body.u16(0x0303).raw(filler(32)).u8(32).raw(filler(32));
        body.u16(8).u16(0x1301).u16(0x1302).u16(0xC02B).u16(0xC02F);
        body.u8(1).u8(0);
        body.u16(ext.size()).raw(ext.toArray());
        byte[] b = body.toArray();
        Bytes rec = new Bytes();
        rec.u8(0x16).u16(0x0301).u16(b.length + 4).u8(1).u8(0).u16(b.length).raw(b);
        return rec.toArray();
    }

    private static byte[] ssdp(int dev) {
        return ("NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nCACHE-CONTROL: max-age=1800\r\nLOCATION: http://192.0.2." + (10 + dev)
                + ":49152/description.xml\r\nNT: upnp:rootdevice\r\nNTS: ssdp:alive\r\nSERVER: Linux/5.10 UPnP/1.0 WarmUp/1.0\r\nUSN: uuid:0000-"
                + dev + "::upnp:rootdevice\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] dhcpDiscover(long mac, int dev, int xid) {
        byte[] host = ("device-" + dev).getBytes(StandardCharsets.US_ASCII);
        byte[] d = new byte[240 + 3 + 2 + host.length + 6 + 1];
        d[0] = 1;
        d[1] = 1;
        d[2] = 6;
        be32(d, 4, xid);
        putMac(d, 28, mac);
        be32(d, 236, 0x63825363);
        int o = 240;
        d[o++] = 53;
        d[o++] = 1;
        d[o++] = 1;
        d[o++] = 12;
        d[o++] = (byte) host.length;
        System.arraycopy(host, 0, d, o, host.length);
        o += host.length;
        d[o++] = 55;
        d[o++] = 4;
        d[o++] = 1;
        d[o++] = 3;
        d[o++] = 6;
        d[o++] = 15;
        d[o] = (byte) 255;
        return d;
    }

    /** A QUIC v1 Initial long header with a destination connection id and a random, undecryptable payload. */
    private byte[] quicInitial() {
        byte[] p = filler(1200);
        p[0] = (byte) 0xC3;
        be32(p, 1, 1);
        p[5] = 8; // DCID length
        p[14] = 0; // SCID length
        p[15] = 0; // token length
        be16(p, 16, 0x4000 | (1200 - 18)); // payload length (two-byte varint)
        return p;
    }

    private byte[] filler(int n) {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k += 8) {
            long r = next();
            for (int j = 0; j < 8 && k + j < n; j++) {
                b[k + j] = (byte) (r >>> (8 * j));
            }
        }
        return b;
    }

    private long next() {
        rnd ^= rnd << 13;
        rnd ^= rnd >>> 7;
        rnd ^= rnd << 17;
        return rnd;
    }

    private static void putMac(byte[] b, int o, long mac) {
        for (int k = 0; k < 6; k++) {
            b[o + k] = (byte) (mac >>> (8 * (5 - k)));
        }
    }

    private static void be16(byte[] b, int o, int v) {
        b[o] = (byte) (v >>> 8);
        b[o + 1] = (byte) v;
    }

    private static void be32(byte[] b, int o, int v) {
        b[o] = (byte) (v >>> 24);
        b[o + 1] = (byte) (v >>> 16);
        b[o + 2] = (byte) (v >>> 8);
        b[o + 3] = (byte) v;
    }

    private static void le32(byte[] b, int o, int v) {
        b[o] = (byte) v;
        b[o + 1] = (byte) (v >>> 8);
        b[o + 2] = (byte) (v >>> 16);
        b[o + 3] = (byte) (v >>> 24);
    }

    /** A small growing byte buffer for the TLS message. */
    private static final class Bytes {
        private byte[] b = new byte[256];
        private int n;

        Bytes u8(int v) {
            grow(1);
            b[n++] = (byte) v;
            return this;
        }

        Bytes u16(int v) {
            return u8(v >>> 8).u8(v);
        }

        Bytes raw(byte[] x) {
            grow(x.length);
            System.arraycopy(x, 0, b, n, x.length);
            n += x.length;
            return this;
        }

        int size() {
            return n;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(b, n);
        }

        private void grow(int k) {
            if (n + k > b.length) {
                b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + k));
            }
        }
    }
}
