package io.hearthguard.capture.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds frames and classic pcap files for tests. */
public final class Frames {
    private Frames() {
    }

    public static byte[] eth(long src, long dst, int type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + payload.length);
        b.put(mac(dst)).put(mac(src)).putShort((short) type).put(payload);
        return b.array();
    }

    static byte[] mac(long m) {
        byte[] r = new byte[6];
        for (int i = 0; i < 6; i++) {
            r[i] = (byte) (m >>> (40 - 8 * i));
        }
        return r;
    }

    public static byte[] ipv4(int src, int dst, int proto, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 1).putShort((short) 0)
                .put((byte) 64).put((byte) proto).putShort((short) 0).putInt(src).putInt(dst).put(payload);
        return b.array();
    }

    public static byte[] udp(int sp, int dp, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) sp).putShort((short) dp).putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        return b.array();
    }

    public static byte[] tcp(int sp, int dp, long seq, int flags, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) sp).putShort((short) dp).putInt((int) seq).putInt(0).put((byte) 0x50).put((byte) flags)
                .putShort((short) 65535).putShort((short) 0).putShort((short) 0).put(payload);
        return b.array();
    }

    /** An Ethernet/IPv4/UDP frame. */
    public static byte[] udpFrame(int src, int sp, int dst, int dp, byte[] payload) {
        return eth(0x020000000001L, 0x020000000002L, 0x0800, ipv4(src, dst, 17, udp(sp, dp, payload)));
    }

    /** An Ethernet/IPv4/TCP frame. */
    public static byte[] tcpFrame(int src, int sp, int dst, int dp, long seq, int flags, byte[] payload) {
        return eth(0x020000000001L, 0x020000000002L, 0x0800, ipv4(src, dst, 6, tcp(sp, dp, seq, flags, payload)));
    }

    /** Classic pcap writer. */
    public static final class Pcap {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteOrder order;
        private final boolean nanos;

        public Pcap(ByteOrder order, boolean nanos, int linkType) {
            this.order = order;
            this.nanos = nanos;
            ByteBuffer h = ByteBuffer.allocate(24).order(order);
            h.putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(65535).putInt(linkType);
            out.writeBytes(h.array());
        }

        public Pcap add(long tsNanos, byte[] frame) {
            ByteBuffer h = ByteBuffer.allocate(16).order(order);
            h.putInt((int) (tsNanos / 1_000_000_000L)).putInt((int) (nanos ? tsNanos % 1_000_000_000L : tsNanos % 1_000_000_000L / 1000))
                    .putInt(frame.length).putInt(frame.length);
            out.writeBytes(h.array());
            out.writeBytes(frame);
            return this;
        }

        public byte[] bytes() {
            return out.toByteArray();
        }

        public Path write(Path p) throws IOException {
            Files.write(p, bytes());
            return p;
        }
    }
}
