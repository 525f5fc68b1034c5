package io.hearthguard.capture.internal.io;

import java.io.IOException;

/**
 * A capture file is malformed in a way that stops reading it: the message names the
 * problem (in libpcap's words where libpcap has them) and the byte offset where it was found.
 */
public final class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    public CaptureFormatException(String problem, long offset) {
        super(problem + " (at byte offset " + offset + ")");
        this.offset = offset;
    }

    /** @return byte offset in the file where the problem was found */
    public long offset() {
        return offset;
    }
}
