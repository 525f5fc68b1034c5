package io.hearthguard.capture.internal.decode;

import java.nio.ByteBuffer;

import io.hearthguard.api.traffic.PacketView;

/**
 * The decoded packet: one instance per session, refilled by {@link Decoder} for every
 * packet (the {@link PacketView} flyweight). Fields are public for the capture pipeline's
 * own use; observers see only the read-only interface.
 */
public final class Packet implements PacketView {
    /** the record is {@code data[base, base + capLen)}; every offset below is an index into data */
    public byte[] data;
    public int base;
    private byte[] scratch;
    private ByteBuffer frame;
    public long tsNanos;
    public int wireLen;
    public int capLen;
    public long srcMac;
    public long dstMac;
    public int vlan;
    public int etherType;
    /** offset of the network header in data, or -1 */
    public int l3Offset;
    public int ipVersion;
    public int srcV4;
    public int dstV4;
    /** IPv6 (or v4-mapped) addresses as two longs each */
    public long srcHi;
    public long srcLo;
    public long dstHi;
    public long dstLo;
    /** IP-layer length (wire length less the link header) */
    public int ipBytes;
    public int protocol;
    /** true when this is a non-first IP fragment (no transport header) */
    public boolean fragment;
    public int srcPort;
    public int dstPort;
    public int tcpFlags;
    public long tcpSeq;
    public int l4Offset;
    public int payloadOffset;
    public int payloadLength;
    /** a layer was malformed (counted; the packet is still delivered as far as it decoded) */
    public boolean malformed;

    public void reset(byte[] d, int cap, int wire, long ts) {
        reset(d, 0, cap, wire, ts);
    }

    public void reset(byte[] d, int base, int cap, int wire, long ts) {
        data = d;
        this.base = base;
        capLen = cap;
        wireLen = wire;
        tsNanos = ts;
        srcMac = -1;
        dstMac = -1;
        vlan = -1;
        etherType = -1;
        l3Offset = -1;
        ipVersion = 0;
        srcV4 = 0;
        dstV4 = 0;
        srcHi = srcLo = dstHi = dstLo = 0;
        ipBytes = 0;
        protocol = -1;
        fragment = false;
        srcPort = -1;
        dstPort = -1;
        tcpFlags = 0;
        tcpSeq = 0;
        l4Offset = -1;
        payloadOffset = -1;
        payloadLength = 0;
        malformed = false;
    }

    @Override public long timestampNanos() { return tsNanos; }
    @Override public int wireLength() { return wireLen; }
    @Override public int captureLength() { return capLen; }
    @Override public long srcMac() { return srcMac; }
    @Override public long dstMac() { return dstMac; }
    @Override public int vlan() { return vlan; }
    @Override public int etherType() { return etherType; }
    @Override public int ipVersion() { return ipVersion; }
    @Override public int srcIpv4() { return srcV4; }
    @Override public int dstIpv4() { return dstV4; }

    @Override
    public int copySrcIp(byte[] dst, int offset) {
        return copyIp(true, dst, offset);
    }

    @Override
    public int copyDstIp(byte[] dst, int offset) {
        return copyIp(false, dst, offset);
    }

    private int copyIp(boolean src, byte[] dst, int offset) {
        if (ipVersion == 4) {
            int v = src ? srcV4 : dstV4;
            dst[offset] = (byte) (v >>> 24);
            dst[offset + 1] = (byte) (v >>> 16);
            dst[offset + 2] = (byte) (v >>> 8);
            dst[offset + 3] = (byte) v;
            return 4;
        }
        if (ipVersion == 6) {
            long hi = src ? srcHi : dstHi;
            long lo = src ? srcLo : dstLo;
            for (int i = 0; i < 8; i++) {
                dst[offset + i] = (byte) (hi >>> (56 - 8 * i));
                dst[offset + 8 + i] = (byte) (lo >>> (56 - 8 * i));
            }
            return 16;
        }
        return 0;
    }

    @Override public int protocol() { return protocol; }
    @Override public int srcPort() { return srcPort; }
    @Override public int dstPort() { return dstPort; }
    @Override public int tcpFlags() { return tcpFlags; }
    @Override public int payloadOffset() { return payloadOffset < 0 ? -1 : payloadOffset - base; }
    @Override public int payloadLength() { return payloadLength; }

    /** The frame at offset 0 of a reused buffer (copied there only when an observer asks). */
    @Override
    public ByteBuffer frame() {
        if (scratch == null) {
            scratch = new byte[io.hearthguard.capture.internal.io.RawPacket.MAX_SNAPLEN];
            frame = ByteBuffer.wrap(scratch).asReadOnlyBuffer();
        }
        System.arraycopy(data, base, scratch, 0, capLen);
        frame.limit(capLen).position(0);
        return frame;
    }
}
