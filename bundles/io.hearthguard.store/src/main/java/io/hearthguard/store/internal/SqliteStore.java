package io.hearthguard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import org.sqlite.SQLiteConfig;

import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.store.StoreException;

/**
 * The store on one SQLite file. One writer connection behind a fair lock (SQLite allows one
 * writer); a few reader connections that see committed snapshots while the writer works
 * (WAL). Plain class so it can be tested and used without OSGi.
 */
public final class SqliteStore implements Store, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SqliteStore.class.getName());
    private static final int READERS = 4;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

    /**
     * Opens (creating if needed) the database file.
     *
     * @param file        the database file; its directory is created
     * @param synchronous {@code FULL} (durable against power loss) or {@code NORMAL}
     *                    (durable against process crashes only)
     * @throws StoreException naming the file when it cannot be opened or fails its check
     */
    public SqliteStore(Path file, String synchronous) {
        this.file = file.toAbsolutePath();
        SQLiteConfig.SynchronousMode sync;
        try {
            sync = SQLiteConfig.SynchronousMode.valueOf(synchronous.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StoreException("store.synchronous must be FULL or NORMAL, not '" + synchronous + "'", e);
        }
        try {
            Files.createDirectories(this.file.getParent());
            writer = open(sync, false);
            try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equals(result)) {
                    throw new StoreException("database " + this.file + " failed its integrity check: " + result
                            + " (the file was left untouched; restore a backup or move it away)", null);
                }
            }
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (owner TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            for (int i = 0; i < READERS; i++) {
                readers.add(open(sync, true));
            }
        } catch (SQLException | IOException e) {
            closeAll();
            throw new StoreException("cannot open database " + this.file + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeAll();
            throw e;
        }
        LOG.info(() -> "store open at " + this.file + " (WAL, synchronous=" + sync + ")");
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
            throw new StoreException("read failed: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        checkOpen();
        writeLock.lock();
        try {
            checkOpen();
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                safeRollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private void safeRollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.warning("rollback failed: " + e.getMessage());
        }
    }

    @Override
    public int migrate(String owner, List<String> migrations) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
        int current = write(c -> version(c, owner));
        if (current > migrations.size()) {
            throw new StoreException("schema of " + owner + " is at version " + current + " but this code knows only "
                    + migrations.size() + " steps: the database was written by a newer Hearthguard", null);
        }
        for (int v = current; v < migrations.size(); v++) {
            final int step = v;
            try {
                write(c -> {
                    if (version(c, owner) != step) {
                        return null; // migrated concurrently
                    }
                    try (Statement s = c.createStatement()) {
                        for (String sql : migrations.get(step).split(";")) {
                            if (!sql.isBlank()) {
                                s.executeUpdate(sql);
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO schema_version(owner, version) VALUES(?, ?) ON CONFLICT(owner) DO UPDATE SET version = excluded.version")) {
                        ps.setString(1, owner);
                        ps.setInt(2, step + 1);
                        ps.executeUpdate();
                    }
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

    private static int version(Connection c, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM schema_version WHERE owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("store " + file + " is closed", null);
        }
    }

    @Override
    public void close() {
        closed = true;
        writeLock.lock();
        try {
            closeAll();
        } finally {
            writeLock.unlock();
        }
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
