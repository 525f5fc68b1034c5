package io.hearthguard.capture.internal.io;

import java.io.Closeable;
import java.io.IOException;

/** A source of captured packets (a file or an interface). Not thread-safe. */
public interface PacketSource extends Closeable {

    /**
     * Reads the next record into {@code p}.
     *
     * @return false at the end of the capture
     * @throws CaptureFormatException when the file is malformed past recovery
     */
    boolean next(RawPacket p) throws IOException;

    /** @return a description of an incomplete last record that was not delivered, or null */
    default String truncation() {
        return null;
    }

    /** @return bytes consumed so far (for progress), or -1 */
    default long position() {
        return -1;
    }

    /** @return total size in bytes, or -1 when unknown */
    default long size() {
        return -1;
    }
}
