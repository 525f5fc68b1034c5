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
    static final int BUFFER = 1 << 19; // ≥ MAX_SNAPLEN + header; small enough to stay in L2
    private final ReadableByteChannel ch;
    private final long size;
    private final byte[] buf = new byte[BUFFER];
    private final ByteBuffer bb = ByteBuffer.wrap(buf);
    private int pos;
    private int lim;
    private long base; // file offset of buf[0]
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
        return base + pos;
    }

    long size() {
        return size;
    }

    /** The buffer; valid bytes are {@link #pos()} up to {@link #require}'s answer. Readers parse in place. */
    byte[] array() {
        return buf;
    }

    int pos() {
        return pos;
    }

    void advance(int n) {
        pos += n;
    }

    /**
     * Ensures {@code n} (≤ {@value #BUFFER}) bytes are buffered from {@link #pos()}; may move
     * the buffered bytes, so read {@link #pos()} afterwards.
     *
     * @return the bytes available (fewer than {@code n} only at end of input)
     */
    int require(int n) throws IOException {
        int avail = lim - pos;
        if (avail >= n || eof) {
            return avail;
        }
        System.arraycopy(buf, pos, buf, 0, avail);
        base += pos;
        pos = 0;
        lim = avail;
        while (lim < n && !eof) {
            bb.limit(buf.length).position(lim);
            int r = ch.read(bb);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return lim - pos;
    }

    /** Reads up to {@code len} bytes fully; returns the number read (fewer only at EOF). */
    int read(byte[] dst, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int want = Math.min(len - done, BUFFER);
            int got = Math.min(require(want), want);
            if (got <= 0) {
                break;
            }
            System.arraycopy(buf, pos, dst, off + done, got);
            pos += got;
            done += got;
        }
        return done;
    }

    /** Skips {@code n} bytes; returns how many were skipped (fewer only at EOF). */
    long skip(long n) throws IOException {
        long done = 0;
        while (done < n) {
            int want = (int) Math.min(n - done, BUFFER);
            int got = Math.min(require(want), want);
            if (got <= 0) {
                break;
            }
            pos += got;
            done += got;
        }
        return done;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
