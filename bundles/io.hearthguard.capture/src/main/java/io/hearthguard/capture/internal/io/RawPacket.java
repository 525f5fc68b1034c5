package io.hearthguard.capture.internal.io;

/** One record as read from a capture source; reused for every record (a flyweight). */
public final class RawPacket {
    /** Largest record accepted (libpcap's MAXIMUM_SNAPLEN). */
    public static final int MAX_SNAPLEN = 262_144;

    public final byte[] data = new byte[MAX_SNAPLEN];
    public int captureLength;
    public int wireLength;
    public long timestampNanos;
    public int linkType;
    /** file offset of the record (or -1 for live capture) */
    public long offset;
}
