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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Buffered sequential reader over a file or stream with fixed-size buffers: a capture file
 * of any size is streamed, never held in the heap. Files larger than
 * {@value #READ_AHEAD_MIN} bytes are read ahead by a second thread into a few
 * {@value #CHUNK}-byte chunks, so the kernel copy overlaps with decoding.
 */
final class ByteInput implements Closeable {
    /** Largest {@link #require} request: ≥ MAX_SNAPLEN + a record header. */
    static final int BUFFER = 1 << 19;
    static final int CHUNK = 1 << 20;
    static final long READ_AHEAD_MIN = 8L << 20;
    private static final int CHUNKS = 3;

    private final ReadableByteChannel ch;
    private final long size;
    private final ReadAhead ahead;
    private byte[] buf;
    private ByteBuffer bb;
    private int pos;
    private int lim;
    private long base; // file offset of buf[0]
    private boolean eof;

    ByteInput(Path file) throws IOException {
        this(file, java.nio.file.Files.size(file) >= READ_AHEAD_MIN);
    }

    /** @param readAhead whether a second thread reads ahead (package-private for tests) */
    ByteInput(Path file, boolean readAhead) throws IOException {
        FileChannel fc = FileChannel.open(file, StandardOpenOption.READ);
        this.ch = fc;
        this.size = fc.size();
        if (readAhead) {
            ahead = new ReadAhead(fc, file.getFileName().toString());
            buf = new byte[BUFFER + CHUNK];
            pos = lim = BUFFER;
            base = -BUFFER;
        } else {
            ahead = null;
            buf = new byte[BUFFER];
            bb = ByteBuffer.wrap(buf);
        }
    }

    ByteInput(InputStream in) {
        this.ch = Channels.newChannel(in);
        this.size = -1;
        this.ahead = null;
        this.buf = new byte[BUFFER];
        this.bb = ByteBuffer.wrap(buf);
    }

    long position() {
        return base + pos;
    }

    long size() {
        return size;
    }

    /**
     * The current buffer; valid bytes start at {@link #pos()}. A {@link #require} may switch
     * to another buffer, so fetch it again after each require.
     */
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
     * them or switch buffers, so read {@link #array()} and {@link #pos()} afterwards.
     *
     * @return the bytes available (fewer than {@code n} only at end of input)
     */
    int require(int n) throws IOException {
        int avail = lim - pos;
        if (avail >= n || eof) {
            return avail;
        }
        if (ahead != null) {
            while (avail < n && !eof) {
                ReadAhead.Chunk c = ahead.take();
                if (c.len <= 0) {
                    eof = true;
                    ahead.recycle(c);
                    break;
                }
                // carry the unread tail in front of the new chunk's data
                System.arraycopy(buf, pos, c.buf, BUFFER - avail, avail);
                base += pos - (BUFFER - avail);
                byte[] old = buf;
                buf = c.buf;
                pos = BUFFER - avail;
                lim = BUFFER + c.len;
                c.buf = old;
                ahead.recycle(c);
                avail = lim - pos;
            }
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
        if (ahead != null) {
            ahead.close();
        }
        ch.close();
    }

    /** The read-ahead thread: fills chunks (data at offset {@value ByteInput#BUFFER}) in file order. */
    private static final class ReadAhead implements Runnable {
        static final class Chunk {
            byte[] buf;
            int len; // bytes of data; 0 at end of file, -1 after an error
            IOException error;

            Chunk(byte[] buf) {
                this.buf = buf;
            }
        }

        private final FileChannel fc;
        private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
        private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
        private final Thread thread;
        private volatile boolean closed;

        ReadAhead(FileChannel fc, String name) {
            this.fc = fc;
            for (int i = 0; i < CHUNKS; i++) {
                free.add(new Chunk(new byte[BUFFER + CHUNK]));
            }
            thread = new Thread(this, "hearthguard-read-ahead " + name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                while (!closed) {
                    Chunk c = free.take();
                    ByteBuffer b = ByteBuffer.wrap(c.buf, BUFFER, CHUNK);
                    int r = 0;
                    try {
                        while (b.hasRemaining() && (r = fc.read(b)) >= 0) {
                            // keep filling the chunk
                        }
                    } catch (IOException e) {
                        c.error = e;
                        c.len = -1;
                        full.put(c);
                        return;
                    }
                    c.len = b.position() - BUFFER;
                    c.error = null;
                    full.put(c);
                    if (r < 0 || c.len == 0) {
                        if (c.len > 0) {
                            Chunk end = free.take();
                            end.len = 0;
                            full.put(end);
                        }
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Chunk take() throws IOException {
            Chunk c;
            try {
                c = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading");
            }
            if (c.len < 0) {
                throw c.error;
            }
            return c;
        }

        void recycle(Chunk c) {
            free.offer(c);
        }

        void close() {
            closed = true;
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
