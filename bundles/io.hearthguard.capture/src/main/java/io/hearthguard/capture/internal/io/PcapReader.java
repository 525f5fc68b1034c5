package io.hearthguard.capture.internal.io;

import java.io.IOException;

/** Classic libpcap savefile: microsecond or nanosecond timestamps, either byte order. */
final class PcapReader implements PacketSource {
    private final ByteInput in;
    private final boolean be;
    private final boolean nanos;
    private final int linkType;
    private final byte[] hdr = new byte[24];
    private String truncation;

    PcapReader(ByteInput in, byte[] magic) throws IOException {
        this.in = in;
        long m = Bytes.u32(magic, 0, true);
        be = m == 0xA1B2C3D4L || m == 0xA1B23C4DL;
        nanos = m == 0xA1B23C4DL || m == 0x4D3CB2A1L;
        System.arraycopy(magic, 0, hdr, 0, 4);
        int got = in.read(hdr, 4, 20);
        if (got < 20) {
            throw new CaptureFormatException("truncated dump file; tried to read 24 file header bytes, only got " + (4 + got), 4 + got);
        }
        int major = Bytes.u16(hdr, 4, be);
        int minor = Bytes.u16(hdr, 6, be);
        if (major != 2 || minor > 4) {
            throw new CaptureFormatException("unsupported pcap savefile version " + major + "." + minor, 4);
        }
        long lt = Bytes.u32(hdr, 20, be);
        if ((lt & 0x03FF0000L) != 0) {
            throw new CaptureFormatException(String.format("the pcap file header's link-type field has reserved bits set (0x%08x): the file is damaged", lt & 0x03FF0000L), 20);
        }
        linkType = (int) (lt & 0xFFFF);
    }

    @Override
    public boolean next(RawPacket p) throws IOException {
        long off = in.position();
        int got = in.require(16);
        if (got == 0) {
            return false;
        }
        if (got < 16) {
            truncation = "record header at offset " + off + " cut after " + got + " of 16 bytes";
            in.advance(got);
            return false;
        }
        byte[] b = in.array();
        int o = in.pos();
        long sec = Bytes.u32(b, o, be);
        long frac = Bytes.u32(b, o + 4, be);
        long incl = Bytes.u32(b, o + 8, be);
        long orig = Bytes.u32(b, o + 12, be);
        if (incl > RawPacket.MAX_SNAPLEN) {
            throw new CaptureFormatException("invalid packet capture length " + incl + ", bigger than maximum of " + RawPacket.MAX_SNAPLEN, off + 8);
        }
        in.advance(16);
        int len = (int) incl;
        int avail = in.require(len);
        if (avail < len) {
            truncation = "record at offset " + off + " needs " + len + " bytes, only " + avail + " left";
            in.advance(avail);
            return false;
        }
        p.buf = in.array(); // no copy: valid until the next call
        p.base = in.pos();
        in.advance(len);
        p.captureLength = len;
        p.wireLength = (int) Math.max(Math.min(orig, Integer.MAX_VALUE), len);
        p.timestampNanos = sec * 1_000_000_000L + (nanos ? frac : frac * 1000L);
        p.linkType = linkType;
        p.offset = off;
        return true;
    }

    @Override
    public String truncation() {
        return truncation;
    }

    @Override
    public long position() {
        return in.position();
    }

    @Override
    public long size() {
        return in.size();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
