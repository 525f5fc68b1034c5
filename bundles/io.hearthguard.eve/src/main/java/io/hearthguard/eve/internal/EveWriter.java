package io.hearthguard.eve.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends JSON lines to a file on its own thread, so that callers (the capture thread) only
 * enqueue: a full queue drops the line and counts it rather than wait. Rotates when the
 * file passes {@code maxBytes}: {@code eve.json} → {@code eve.json.1} → … up to {@code keep}
 * old files. A write error (disk full) is logged once per minute and the line is dropped and
 * counted; writing resumes when the disk has room again. Thread-safe.
 */
final class EveWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EveWriter.class.getName());
    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final BlockingQueue<byte[]> queue;
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean closed;
    private OutputStream out;
    private long size;
    private long lastErrorLog;

    EveWriter(Path file, long maxBytes, int keep, int queueCapacity) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "hearthguard-eve");
        thread.setDaemon(true);
        thread.start();
    }

    /** Enqueues one line (without its newline); never blocks. */
    void line(byte[] json) {
        if (closed || !queue.offer(json)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    long written() {
        return written.get();
    }

    private void run() {
        List<byte[]> batch = new ArrayList<>(256);
        while (!closed || !queue.isEmpty()) {
            try {
                byte[] first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 1023);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break; // only when the framework stops the thread; close() never interrupts (it would close the file channel mid-write)
            } finally {
                batch.clear();
            }
        }
        closeFile();
    }

    private void write(List<byte[]> batch) {
        try {
            if (out == null) {
                Files.createDirectories(file.getParent());
                out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                size = Files.size(file);
            }
            for (byte[] l : batch) {
                out.write(l);
                out.write('\n');
                size += l.length + 1;
            }
            out.flush();
            written.addAndGet(batch.size());
            if (size >= maxBytes) {
                rotate();
            }
        } catch (IOException e) {
            dropped.addAndGet(batch.size());
            closeFile(); // reopen on the next batch: space may have come back
            long now = System.currentTimeMillis();
            if (now - lastErrorLog > 60_000) {
                lastErrorLog = now;
                LOG.log(Level.WARNING, "EVE log " + file + " not written (" + e.getMessage() + "); lines are dropped and counted until it works again");
            }
        }
    }

    private void rotate() throws IOException {
        closeFile();
        for (int i = keep; i >= 1; i--) {
            Path from = i == 1 ? file : Path.of(file + "." + (i - 1));
            if (Files.exists(from)) {
                Files.move(from, Path.of(file + "." + i), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep == 0) {
            Files.deleteIfExists(file);
        }
    }

    private void closeFile() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more to do
            }
            out = null;
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(10_000);
    }
}
