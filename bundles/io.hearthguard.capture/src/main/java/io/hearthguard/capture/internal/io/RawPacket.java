package io.hearthguard.capture.internal.io;

/** One record as read from a capture source; reused for every record (a flyweight). */
public final class RawPacket {
    /** Largest record accepted (libpcap's MAXIMUM_SNAPLEN). */
    public static final int MAX_SNAPLEN = 262_144;

    /** this packet's own buffer, for sources that copy the record */
    public final byte[] data = new byte[MAX_SNAPLEN];
    /**
     * Where the record's bytes are: {@code buf[base, base + captureLength)}. {@code data}
     * unless the source points into its own read buffer (valid until its next {@code next}).
     */
    public byte[] buf = data;
    public int base;
    public int captureLength;
    public int wireLength;
    public long timestampNanos;
    public int linkType;
    /** file offset of the record (or -1 for live capture) */
    public long offset;

    /** Points the record at this packet's own buffer (sources that copy into {@link #data}). */
    public void own() {
        buf = data;
        base = 0;
    }

    /** @return a copy of the record's bytes */
    public byte[] bytes() {
        return java.util.Arrays.copyOfRange(buf, base, base + captureLength);
    }
}
