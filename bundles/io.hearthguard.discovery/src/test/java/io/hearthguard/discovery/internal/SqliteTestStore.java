package io.hearthguard.discovery.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.store.StoreException;

/** A minimal {@link Store} over one SQLite file, following the contract's transaction and migration rules. */
final class SqliteTestStore implements Store {
    private final String url;

    SqliteTestStore(Path file) {
        this.url = "jdbc:sqlite:" + file;
    }

    @Override
    public <T> T read(Work<T> work) {
        try (Connection c = DriverManager.getConnection(url)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("read failed", e);
        }
    }

    @Override
    public synchronized <T> T write(Work<T> work) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try {
                T r = work.run(c);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("write failed", e);
        }
    }

    @Override
    public synchronized int migrate(String owner, List<String> migrations) {
        return write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (owner TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            int v = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM schema_version WHERE owner = ?")) {
                ps.setString(1, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        v = rs.getInt(1);
                    }
                }
            }
            for (int i = v; i < migrations.size(); i++) {
                try (Statement s = c.createStatement()) {
                    for (String stmt : migrations.get(i).split(";")) {
                        if (!stmt.isBlank()) {
                            s.executeUpdate(stmt);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO schema_version (owner, version) VALUES (?, ?)")) {
                ps.setString(1, owner);
                ps.setInt(2, migrations.size());
                ps.executeUpdate();
            }
            return migrations.size();
        });
    }
}
