package io.hearthguard.capture.internal.io;

import java.io.IOException;

/**
 * pcapng reader: sections (either byte order), interface description blocks with their own
 * link types, time resolutions and offsets, enhanced / simple / obsolete packet blocks;
 * unknown blocks are skipped. Errors use libpcap's wording.
 */
final class PcapNgReader implements PacketSource {
    static final int SHB = 0x0A0D0D0A;
    static final int IDB = 1;
    static final int PB = 2;
    static final int SPB = 3;
    static final int EPB = 6;
    private static final int SHB_INSANE_MAX = 1024 * 1024;
    private static final int MAX_BLOCK = 16 * 1024 * 1024;
    private static final int MAX_INTERFACES = 4096;

    private final ByteInput in;
    private boolean be;
    private final byte[] head = new byte[32];
    private byte[] block = new byte[4096];
    private int ifCount;
    private int[] ifLink = new int[4];
    private int[] ifSnap = new int[4];
    private boolean[] ifBinary = new boolean[4];
    private int[] ifRes = new int[4];
    private long[] ifOffset = new long[4];
    private String truncation;

    PcapNgReader(ByteInput in, byte[] magic) throws IOException {
        this.in = in;
        System.arraycopy(magic, 0, head, 0, 4);
        readSectionHeader(0, 4);
        while (ifCount == 0) {
            int r = readBlock(null);
            if (r == 0) {
                throw new CaptureFormatException("the capture file has no Interface Description Blocks", in.position());
            }
        }
    }

    /** Reads the rest of an SHB whose first {@code have} bytes are already in head. */
    private void readSectionHeader(long off, int have) throws IOException {
        int got = in.read(head, have, 12 - have);
        if (got < 12 - have) {
            throw new CaptureFormatException("truncated pcapng dump file; tried to read 12 bytes, only got " + (have + got), off);
        }
        long bom = Bytes.u32(head, 8, true);
        if (bom == 0x1A2B3C4DL) {
            be = true;
        } else if (bom == 0x4D3C2B1AL) {
            be = false;
        } else {
            throw new CaptureFormatException(String.format("the pcapng file's byte-order mark (0x%08x) is neither of the two valid ones: the file is damaged", bom), off + 8);
        }
        long len = Bytes.u32(head, 4, be);
        if (len < 28 || len > SHB_INSANE_MAX) {
            throw new CaptureFormatException("the pcapng file's Section Header Block says it is " + len
                    + " bytes long, but a valid one is 28 bytes to 1 MiB: the file is damaged or not a capture", off + 4);
        }
        if ((len & 3) != 0) {
            throw new CaptureFormatException("block in pcapng dump file has a length of " + len + " that is not a multiple of 4", off + 4);
        }
        int body = (int) len - 16; // after type, length and byte-order magic; before the trailer
        ensure(body + 4);
        got = in.read(block, 0, body + 4);
        if (got < 4) {
            throw new CaptureFormatException("truncated pcapng dump file; tried to read 16 bytes, only got " + (12 + got), off);
        }
        if (got < body + 4) {
            throw new CaptureFormatException("truncated pcapng dump file; Section Header Block needs " + len + " bytes, only got " + (12 + got), off);
        }
        int major = Bytes.u16(block, 0, be);
        int minor = Bytes.u16(block, 2, be);
        if (major != 1 || (minor != 0 && minor != 2)) {
            throw new CaptureFormatException("unsupported pcapng savefile version " + major + "." + minor, off + 12);
        }
        checkTrailer(len, Bytes.u32(block, body, be), off);
        options(block, 12, body, off + 12, -1);
        ifCount = 0;
    }

    private void checkTrailer(long len, long trailer, long off) throws CaptureFormatException {
        if (trailer != len) {
            throw new CaptureFormatException("block total length in header " + len + " and trailer " + trailer + " don't match", off);
        }
    }

    private void ensure(int n) {
        if (block.length < n) {
            block = new byte[Math.max(n, block.length * 2)];
        }
    }

    /**
     * Walks options between {@code from} and {@code to} of {@code b}. For an IDB
     * ({@code iface} ≥ 0) checks and applies if_tsresol and if_tsoffset.
     */
    private void options(byte[] b, int from, int to, long fileOff, int iface) throws CaptureFormatException {
        int o = from;
        boolean seenRes = false;
        boolean seenOffset = false;
        while (o + 4 <= to) {
            int code = Bytes.u16(b, o, be);
            int len = Bytes.u16(b, o + 2, be);
            if (o + 4 + len > to) {
                throw new CaptureFormatException("option " + code + " with length " + len + " runs past the end of the block", fileOff + o - from);
            }
            if (code == 0) {
                if (len != 0) {
                    throw new CaptureFormatException((iface >= 0 ? "Interface Description Block" : "block") + " has opt_endofopt option with length " + len + " != 0", fileOff + o - from);
                }
                return;
            }
            if (iface >= 0 && code == 9) {
                if (len != 1) {
                    throw new CaptureFormatException("Interface Description Block has if_tsresol option with length " + len + " != 1", fileOff + o - from);
                }
                if (seenRes) {
                    throw new CaptureFormatException("Interface Description Block has more than one if_tsresol option", fileOff + o - from);
                }
                seenRes = true;
                int v = b[o + 4] & 0xff;
                boolean binary = (v & 0x80) != 0;
                int e = v & 0x7f;
                if (binary ? e > 63 : e > 19) {
                    throw new CaptureFormatException("Interface Description Block if_tsresol option resolution " + (binary ? "2^-" : "10^-") + e + " is too high", fileOff + o - from);
                }
                ifBinary[iface] = binary;
                ifRes[iface] = e;
            } else if (iface >= 0 && code == 14) {
                if (len != 8) {
                    throw new CaptureFormatException("Interface Description Block has if_tsoffset option with length " + len + " != 8", fileOff + o - from);
                }
                if (seenOffset) {
                    throw new CaptureFormatException("Interface Description Block has more than one if_tsoffset option", fileOff + o - from);
                }
                seenOffset = true;
                long hi = Bytes.u32(b, o + 4, be);
                long lo = Bytes.u32(b, o + 8, be);
                ifOffset[iface] = be ? (hi << 32) | lo : (lo << 32) | hi;
            }
            o += 4 + ((len + 3) & ~3);
        }
    }

    /** @return 0 at EOF (or truncation), 1 when a packet was read into p, 2 for another block */
    private int readBlock(RawPacket p) throws IOException {
        long off = in.position();
        int got = in.read(head, 0, 8);
        if (got == 0) {
            return 0;
        }
        if (got < 8) {
            truncation = "block header at offset " + off + " cut after " + got + " of 8 bytes";
            return 0;
        }
        int type = (int) Bytes.u32(head, 0, be);
        if (type == SHB) {
            readSectionHeader(off, 8);
            return 2;
        }
        long len = Bytes.u32(head, 4, be);
        if (len < 12) {
            throw new CaptureFormatException("block in pcapng dump file has a length of " + len + " < 12", off + 4);
        }
        if ((len & 3) != 0) {
            throw new CaptureFormatException("block in pcapng dump file has a length of " + len + " that is not a multiple of 4", off + 4);
        }
        if (len > MAX_BLOCK) {
            throw new CaptureFormatException("block in pcapng dump file has a length of " + len + " that is larger than " + MAX_BLOCK, off + 4);
        }
        int body = (int) len - 12;
        if (type == EPB || type == PB || type == SPB) {
            if (ifCount == 0) {
                throw new CaptureFormatException("the capture file has a packet block before any Interface Description Blocks", off);
            }
            return readPacket(p, type, len, body, off);
        }
        if (type == IDB) {
            ensure(body + 4);
            if (in.read(block, 0, body + 4) < body + 4) {
                truncation = "Interface Description Block at offset " + off + " is cut short";
                return 0;
            }
            checkTrailer(len, Bytes.u32(block, body, be), off);
            if (body < 8) {
                throw new CaptureFormatException("Interface Description Block has length " + len + " < 20", off);
            }
            if (ifCount == MAX_INTERFACES) {
                throw new CaptureFormatException("more than " + MAX_INTERFACES + " Interface Description Blocks", off);
            }
            if (ifCount == ifLink.length) {
                int n = ifCount * 2;
                ifLink = java.util.Arrays.copyOf(ifLink, n);
                ifSnap = java.util.Arrays.copyOf(ifSnap, n);
                ifBinary = java.util.Arrays.copyOf(ifBinary, n);
                ifRes = java.util.Arrays.copyOf(ifRes, n);
                ifOffset = java.util.Arrays.copyOf(ifOffset, n);
            }
            int i = ifCount;
            ifLink[i] = Bytes.u16(block, 0, be);
            long snap = Bytes.u32(block, 4, be);
            ifSnap[i] = snap == 0 || snap > RawPacket.MAX_SNAPLEN ? RawPacket.MAX_SNAPLEN : (int) snap;
            ifBinary[i] = false;
            ifRes[i] = 6;
            ifOffset[i] = 0;
            options(block, 8, body, off + 16, i);
            ifCount++;
            return 2;
        }
        // Unknown or uninteresting block (name resolution, statistics, custom, ...): skip it.
        long skipped = in.skip(body);
        if (skipped < body || in.read(head, 8, 4) < 4) {
            truncation = "block of type " + type + " at offset " + off + " is cut short";
            return 0;
        }
        checkTrailer(len, Bytes.u32(head, 8, be), off);
        return 2;
    }

    private int readPacket(RawPacket p, int type, long len, int body, long off) throws IOException {
        int fixed = type == SPB ? 4 : 20;
        if (body < fixed) {
            throw new CaptureFormatException("packet block has length " + len + ", too short for its fixed fields", off);
        }
        if (in.read(head, 8, fixed) < fixed) {
            truncation = "packet block at offset " + off + " is cut short";
            return 0;
        }
        int iface;
        long units;
        long caplen;
        long wire;
        if (type == SPB) {
            iface = 0;
            wire = Bytes.u32(head, 8, be);
            caplen = Math.min(Math.min(wire, ifSnap[0]), body - 4);
            units = -1;
        } else {
            if (type == EPB) {
                iface = (int) Math.min(Bytes.u32(head, 8, be), Integer.MAX_VALUE);
            } else {
                iface = Bytes.u16(head, 8, be);
            }
            long hi = Bytes.u32(head, 12, be);
            long lo = Bytes.u32(head, 16, be);
            units = (hi << 32) | lo;
            caplen = Bytes.u32(head, 20, be);
            wire = Bytes.u32(head, 24, be);
        }
        if (iface >= ifCount) {
            throw new CaptureFormatException("a packet arrived on interface " + iface + ", but there's no Interface Description Block for that interface", off + 8);
        }
        if (caplen > body - fixed) {
            throw new CaptureFormatException("packet block has caplen " + caplen + " larger than the block (" + len + " bytes)", off + 8 + 12);
        }
        if (caplen > RawPacket.MAX_SNAPLEN) {
            throw new CaptureFormatException("invalid packet capture length " + caplen + ", bigger than maximum of " + RawPacket.MAX_SNAPLEN, off + 8 + 12);
        }
        int cap = (int) caplen;
        int rest = body - fixed + 4; // data, padding, options and the trailer
        if (rest <= ByteInput.BUFFER) {
            // the whole rest of the block is buffered: decode the data where it lies
            if (in.require(rest) < rest) {
                truncation = "packet block at offset " + off + " is cut short";
                in.skip(rest);
                return 0;
            }
            byte[] b = in.array();
            int at = in.pos();
            checkTrailer(len, Bytes.u32(b, at + rest - 4, be), off);
            p.buf = b;
            p.base = at;
            in.advance(rest);
        } else {
            if (in.read(p.data, 0, cap) < cap) {
                truncation = "packet block at offset " + off + " is cut short";
                return 0;
            }
            long skip = rest - 4L - cap;
            if (in.skip(skip) < skip || in.read(head, 28, 4) < 4) {
                truncation = "packet block at offset " + off + " is cut short";
                return 0;
            }
            checkTrailer(len, Bytes.u32(head, 28, be), off);
            p.own();
        }
        p.captureLength = cap;
        p.wireLength = (int) Math.max(Math.min(wire, Integer.MAX_VALUE), cap);
        p.linkType = ifLink[iface];
        p.timestampNanos = units < 0 ? 0 : toNanos(units, iface);
        p.offset = off;
        return 1;
    }

    private long toNanos(long units, int iface) {
        int e = ifRes[iface];
        long ns;
        if (!ifBinary[iface]) {
            if (e <= 9) {
                ns = units * POW10[9 - e];
            } else {
                ns = Long.divideUnsigned(units, POW10[e - 9]);
            }
        } else if (e <= 33) {
            long mask = (1L << e) - 1;
            ns = (units >>> e) * 1_000_000_000L + (((units & mask) * 1_000_000_000L) >>> e);
        } else {
            ns = (long) ((units >>> 1) * (2.0 * 1e9 / Math.pow(2, e)));
        }
        return ns + ifOffset[iface] * 1_000_000_000L;
    }

    private static final long[] POW10 = new long[20];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    @Override
    public boolean next(RawPacket p) throws IOException {
        while (true) {
            int r = readBlock(p);
            if (r == 0) {
                return false;
            }
            if (r == 1) {
                return true;
            }
        }
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
