package io.hearthguard.capture.internal.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Buffered sequential reader over a file or stream with a fixed-size buffer: a capture
 * file of any size is streamed, never held in the heap.
 */
final class ByteInput implements Closeable {
    private static final int BUFFER = 1 << 20;
    private final ReadableByteChannel ch;
    private final long size;
    /** direct, so a file read lands here without an intermediate copy; kept in read mode */
    private final ByteBuffer bb = ByteBuffer.allocateDirect(BUFFER).flip();
    private long base; // file offset of bb index 0
    private boolean eof;

    ByteInput(Path file) throws IOException {
        FileChannel fc = FileChannel.open(file, StandardOpenOption.READ);
        this.ch = fc;
        this.size = fc.size();
    }

    ByteInput(InputStream in) {
        this.ch = Channels.newChannel(in);
        this.size = -1;
    }

    long position() {
        return base + bb.position();
    }

    long size() {
        return size;
    }

    /** Ensures {@code n} (≤ buffer size) bytes are buffered; returns how many are available (may be fewer at EOF). */
    private int fill(int n) throws IOException {
        int avail = bb.remaining();
        if (avail >= n || eof) {
            return avail;
        }
        base += bb.position();
        bb.compact();
        while (bb.position() < n && !eof) {
            if (ch.read(bb) < 0) {
                eof = true;
            }
        }
        bb.flip();
        return bb.remaining();
    }

    /** Reads up to {@code len} bytes fully; returns the number read (fewer only at EOF). */
    int read(byte[] dst, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int want = Math.min(len - done, BUFFER);
            int got = Math.min(fill(want), want);
            if (got <= 0) {
                break;
            }
            bb.get(dst, off + done, got);
            done += got;
        }
        return done;
    }

    /** Skips {@code n} bytes; returns how many were skipped (fewer only at EOF). */
    long skip(long n) throws IOException {
        long done = 0;
        while (done < n) {
            int want = (int) Math.min(n - done, BUFFER);
            int got = Math.min(fill(want), want);
            if (got <= 0) {
                break;
            }
            bb.position(bb.position() + got);
            done += got;
        }
        return done;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
