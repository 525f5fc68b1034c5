package io.hearthguard.protection.testing.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.hearthguard.platform.store.Migrations;
import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.store.StoreException;

/**
 * A {@link Store} for unit tests: SQLite in a file of a folder the test owns, one
 * connection, every call serialized. Same contract as the hub's store (transactions,
 * migrations by owner), none of its durability tuning. Close it at the end of the test.
 */
public final class TempStore implements Store, AutoCloseable {
    private final Connection connection;

    /**
     * @param dir a folder the test owns, e.g. a JUnit {@code @TempDir}
     * @throws IOException when the database cannot be opened there
     */
    public TempStore(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
            this.connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version(owner TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException("cannot open a test database in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized <T> T read(Work<T> work) {
        return write(work);
    }

    @Override
    public synchronized <T> T write(Work<T> work) {
        try {
            T t = work.run(connection);
            connection.commit();
            return t;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException(e.getMessage(), (SQLException) e);
        }
    }

    @Override
    public synchronized int migrate(String owner, List<String> migrations) {
        int current = write(c -> Migrations.version(c, owner));
        if (current > migrations.size()) {
            throw new StoreException("schema of " + owner + " is at version " + current + ", newer than the " + migrations.size() + " steps given", null);
        }
        for (int v = current; v < migrations.size(); v++) {
            int step = v;
            write(c -> {
                Migrations.apply(c, owner, step, migrations.get(step));
                return null;
            });
        }
        return migrations.size();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a test database: nothing to do about it
        }
    }
}
