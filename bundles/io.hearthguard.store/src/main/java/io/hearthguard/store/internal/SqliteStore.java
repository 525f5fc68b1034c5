package io.hearthguard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import org.sqlite.SQLiteConfig;

import io.hearthguard.platform.store.Migrations;
import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.store.StoreException;

/**
 * The store on one SQLite file. One writer connection owned by a committer thread (SQLite
 * allows one writer) that commits the writes queued together with one fsync (group commit);
 * a few reader connections that see committed snapshots while the writer works (WAL). Plain
 * class so it can be tested and used without OSGi.
 */
public final class SqliteStore implements Store, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SqliteStore.class.getName());
    private static final int READERS = 4;
    /** Most works committed together. */
    static final int BATCH = 256;
    /** Most writes waiting for the committer. */
    static final int QUEUE = 4096;

    private final Path file;
    private final Connection writer;
    /** Writes waiting for the committer; a full queue makes writers wait, then fail. */
    private final BlockingQueue<Pending<?>> queue;
    private final long acceptTimeoutMillis;
    private final Thread committer;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong committedWrites = new AtomicLong();
    private volatile boolean stopped;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

    /** SQLite's primary result codes the store explains in plain words. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    /**
     * Opens (creating if needed) the database file; a damaged file is refused and left untouched.
     *
     * @param file        the database file; its directory is created
     * @param synchronous {@code FULL} (durable against power loss) or {@code NORMAL}
     *                    (durable against process crashes only)
     * @throws StoreException naming the file when it cannot be opened or fails its check
     */
    public SqliteStore(Path file, String synchronous) {
        this(file, synchronous, false);
    }

    /**
     * Opens (creating if needed) the database file.
     *
     * @param file               the database file; its directory is created
     * @param synchronous        {@code FULL} or {@code NORMAL}
     * @param moveAsideIfDamaged when the file fails its check: {@code false} refuses it (the
     *                           file is left untouched); {@code true}, asked for explicitly by the
     *                           administrator, renames it (and its -wal/-shm files) to
     *                           {@code <name>.damaged-<UTC time>} and starts with an empty database
     * @throws StoreException naming the file when it cannot be opened or fails its check
     */
    public SqliteStore(Path file, String synchronous, boolean moveAsideIfDamaged) {
        this(file, synchronous, moveAsideIfDamaged, QUEUE, 30_000);
    }

    /**
     * @param queueCapacity       most writes waiting for the committer
     * @param acceptTimeoutMillis how long a writer waits for room in a full queue before failing
     */
    SqliteStore(Path file, String synchronous, boolean moveAsideIfDamaged, int queueCapacity, long acceptTimeoutMillis) {
        this.file = file.toAbsolutePath();
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.acceptTimeoutMillis = acceptTimeoutMillis;
        SQLiteConfig.SynchronousMode sync;
        try {
            sync = SQLiteConfig.SynchronousMode.valueOf(synchronous.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StoreException("store.synchronous must be FULL or NORMAL, not '" + synchronous + "'", e);
        }
        Connection w;
        try {
            w = openChecked(sync);
        } catch (Damaged d) {
            if (!moveAsideIfDamaged) {
                throw new StoreException("database " + this.file + " is damaged (" + d.getMessage() + "); the hub will not use it"
                        + " and left the file untouched. To recover: stop the hub and put back a backup copy of the file, or"
                        + " start once with --move-aside-damaged-store to keep the damaged file beside it and begin with an"
                        + " empty database (see docs/reliability.md)", null);
            }
            Path moved = moveAside();
            LOG.warning(() -> "database " + this.file + " was damaged (" + d.getMessage() + "); as asked (--move-aside-damaged-store)"
                    + " it was moved to " + moved + " and an empty database was created");
            try {
                w = openChecked(sync);
            } catch (Damaged again) {
                throw new StoreException("a fresh database " + this.file + " failed its check: " + again.getMessage(), null);
            }
        }
        writer = w;
        try {
            for (int i = 0; i < READERS; i++) {
                readers.add(open(sync, true));
            }
        } catch (SQLException e) {
            closeAll();
            throw new StoreException("cannot open database " + this.file + ": " + explain(e), e);
        }
        committer = new Thread(this::commitLoop, "hearthguard-store-committer");
        committer.setDaemon(true);
        committer.start();
        LOG.info(() -> "store open at " + this.file + " (WAL, synchronous=" + sync + ", group commit)");
    }

    /** A database file that fails SQLite's checks. */
    private static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message, null, false, false);
        }
    }

    /** Opens the writer, runs {@code PRAGMA quick_check} and creates the version table. */
    private Connection openChecked(SQLiteConfig.SynchronousMode sync) throws Damaged {
        Connection w = null;
        try {
            Files.createDirectories(this.file.getParent());
            w = open(sync, false);
            List<String> problems = new ArrayList<>();
            try (Statement s = w.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw new Damaged("integrity check: " + String.join("; ", problems));
            }
            try (Statement s = w.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (owner TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            return w;
        } catch (SQLException e) {
            closeAll();
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
                throw new Damaged(code == SQLITE_NOTADB ? "not an SQLite database" : "SQLite reports the file as malformed");
            }
            throw new StoreException("cannot open database " + this.file + ": " + explain(e), e);
        } catch (IOException e) {
            closeAll();
            throw new StoreException("cannot open database " + this.file + ": " + e, e);
        } catch (Damaged | RuntimeException e) {
            closeAll();
            throw e;
        }
    }

    private Path moveAside() {
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.now());
        Path target = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        try {
            for (String suffix : new String[] { "-wal", "-shm" }) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, target.resolveSibling(target.getFileName() + suffix));
                }
            }
            Files.move(file, target);
        } catch (IOException e) {
            throw new StoreException("database " + file + " is damaged and could not be moved aside: " + e, e);
        }
        return target;
    }

    /** Turns SQLite's result codes that a household can act on into plain words. */
    private String explain(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_FULL) {
            return "the disk holding " + file.getParent() + " is full; nothing of this change was stored and the database is"
                    + " intact: free some space and the hub continues";
        }
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return "the database file is damaged (" + e.getMessage() + "); see docs/reliability.md, \"Damaged database\"";
        }
        return e.getMessage();
    }

    private Connection open(SQLiteConfig.SynchronousMode sync, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(sync);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        if (readOnly) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
        }
        synchronized (all) {
            all.add(c);
        }
        return c;
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    @Override
    public <T> T read(Work<T> work) {
        checkOpen();
        Connection c;
        try {
            c = readers.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new StoreException("no database connection became free within 30 s", null);
        }
        try {
            c.setAutoCommit(false); // one snapshot for the whole work item
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("read failed: " + explain(e), e);
        } finally {
            readers.add(c);
        }
    }

    /**
     * Runs the work in a transaction shared with the writes queued beside it (group commit):
     * the committer thread runs each queued work in its own savepoint and commits the batch
     * with one fsync; this returns when that commit is durable. A work that fails is rolled
     * back to its savepoint alone; a commit that fails fails every work of its batch.
     */
    @Override
    public <T> T write(Work<T> work) {
        checkOpen();
        if (Thread.currentThread() == committer) {
            throw new StoreException("Store.write was called from inside a work item of the store; that cannot complete"
                    + " (the writer runs one work at a time): return from the work first", null);
        }
        Pending<T> p = new Pending<>(work);
        try {
            if (!queue.offer(p, acceptTimeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new StoreException("the store accepted no write within " + acceptTimeoutMillis / 1000.0 + " s: "
                        + queue.size() + " writes are waiting for the disk holding " + file.getParent()
                        + " (too slow or stalled); nothing of this write was stored", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to write; nothing of this write was stored", e);
        }
        if (stopped && queue.remove(p)) {
            throw new StoreException("store " + file + " is closed; nothing of this write was stored", null);
        }
        boolean interrupted = false;
        while (true) {
            try {
                p.done.await(); // accepted: the result comes, durable or failed; an interrupt must not lose it
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (p.error == null) {
            return p.result;
        }
        if (p.error instanceof SQLException e) {
            throw new StoreException("write failed: " + explain(e), e);
        }
        if (p.error instanceof RuntimeException e) {
            throw e;
        }
        if (p.error instanceof Error e) {
            throw e;
        }
        throw new StoreException("write failed: " + p.error, p.error);
    }

    /** One write waiting for its commit. */
    private static final class Pending<T> {
        final Work<T> work;
        final CountDownLatch done = new CountDownLatch(1);
        T result;
        Throwable error;

        Pending(Work<T> work) {
            this.work = work;
        }

        void run(Connection c) throws SQLException {
            result = work.run(c);
        }

        void fail(Throwable e) {
            result = null;
            error = e;
        }
    }

    /** The committer thread: takes what is queued (up to {@link #BATCH}), runs it, commits it once. */
    private void commitLoop() {
        List<Pending<?>> batch = new ArrayList<>(BATCH);
        while (true) {
            Pending<?> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                if (closed) {
                    break;
                }
                continue;
            }
            batch.clear();
            batch.add(first);
            queue.drainTo(batch, BATCH - 1);
            List<Pending<?>> rest = batch;
            while (!rest.isEmpty()) {
                rest = commit(rest);
            }
        }
        stopped = true;
        List<Pending<?>> left = new ArrayList<>();
        queue.drainTo(left);
        for (Pending<?> p : left) {
            p.fail(new StoreException("store " + file + " is closed; nothing of this write was stored", null));
            p.done.countDown();
        }
    }

    /**
     * Runs the works in one transaction, each in a savepoint, and commits. Returns the works
     * not yet run when the transaction was lost under a failing work (SQLite rolls a whole
     * transaction back on a full disk or an I/O error): those get a transaction of their own.
     */
    private List<Pending<?>> commit(List<Pending<?>> batch) {
        List<Pending<?>> ran = new ArrayList<>(batch.size());
        List<Pending<?>> notRun = List.of();
        Throwable commitError = null;
        try (Statement sp = writer.createStatement()) {
            writer.setAutoCommit(false);
            for (int i = 0; i < batch.size(); i++) {
                Pending<?> p = batch.get(i);
                sp.execute("SAVEPOINT w");
                try {
                    p.run(writer);
                    sp.execute("RELEASE w");
                    ran.add(p);
                } catch (Throwable e) {
                    p.fail(e);
                    try {
                        sp.execute("ROLLBACK TO w");
                        sp.execute("RELEASE w");
                    } catch (SQLException lost) {
                        // the transaction is gone with this work's failure: what ran before it is not stored
                        e.addSuppressed(lost);
                        commitError = e;
                        notRun = new ArrayList<>(batch.subList(i + 1, batch.size()));
                        p.done.countDown();
                        break;
                    }
                    p.done.countDown();
                }
            }
            if (commitError == null) {
                writer.commit(); // the one fsync of the batch (WAL, synchronous=FULL)
                commits.incrementAndGet();
                committedWrites.addAndGet(ran.size());
            }
        } catch (SQLException | RuntimeException e) {
            commitError = e;
        }
        if (commitError != null) {
            safeRollback();
            for (Pending<?> p : ran) {
                p.fail(commitError);
            }
        }
        try {
            writer.setAutoCommit(true);
        } catch (SQLException e) {
            if (commitError != null) {
                commitError.addSuppressed(e);
            } else {
                LOG.warning("leaving transaction mode failed: " + e.getMessage());
            }
        }
        for (Pending<?> p : ran) {
            p.done.countDown();
        }
        return notRun;
    }

    /** @return commits made (one fsync each), for tests and benchmarks */
    long commits() {
        return commits.get();
    }

    /** @return writes waiting for the committer */
    int queued() {
        return queue.size();
    }

    /** @return writes those commits made durable */
    long committedWrites() {
        return committedWrites.get();
    }

    private void safeRollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                LOG.warning("rollback failed: " + e.getMessage());
            }
        }
    }

    @Override
    public int migrate(String owner, List<String> migrations) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
        int current = write(c -> Migrations.version(c, owner));
        if (current > migrations.size()) {
            throw new StoreException("schema of " + owner + " is at version " + current + " but this code knows only "
                    + migrations.size() + " steps: the database was written by a newer Hearthguard", null);
        }
        for (int v = current; v < migrations.size(); v++) {
            final int step = v;
            try {
                write(c -> {
                    if (Migrations.version(c, owner) != step) {
                        return null; // migrated concurrently
                    }
                    Migrations.apply(c, owner, step, migrations.get(step));
                    return null;
                });
            } catch (StoreException e) {
                throw new StoreException("migration of " + owner + " from version " + step + " to " + (step + 1)
                        + " failed: " + e.getMessage(), e);
            }
            LOG.info(() -> "migrated " + owner + " to schema version " + (step + 1));
        }
        return migrations.size();
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("store " + file + " is closed", null);
        }
    }

    /** Finishes the writes already accepted, then closes every connection. */
    @Override
    public void close() {
        closed = true;
        if (committer != null && committer != Thread.currentThread()) {
            try {
                committer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (committer.isAlive()) {
                LOG.warning("the store's committer did not finish its writes within 30 s; closing anyway");
            }
        }
        closeAll();
    }

    private void closeAll() {
        synchronized (all) {
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException e) {
                    LOG.warning("closing a connection failed: " + e.getMessage());
                }
            }
            all.clear();
        }
    }
}
