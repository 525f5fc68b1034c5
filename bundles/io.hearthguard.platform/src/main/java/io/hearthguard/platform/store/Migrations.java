package io.hearthguard.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two halves of one {@link Store#migrate} step, shared by every {@link Store}
 * implementation (the hub's and the test kit's) so that they record versions alike: the
 * {@code schema_version(owner TEXT PRIMARY KEY, version INTEGER)} table holds each owner's
 * version. Call both inside one transaction.
 *
 * @since 1.1
 */
public final class Migrations {
    private Migrations() {
    }

    /** @return the owner's schema version, 0 before its first step */
    public static int version(Connection c, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM schema_version WHERE owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Runs step {@code step} (its SQL statements separated by {@code ;}) and records
     * {@code step + 1} as the owner's version.
     */
    public static void apply(Connection c, String owner, int step, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String one : sql.split(";")) {
                if (!one.isBlank()) {
                    s.executeUpdate(one);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version(owner, version) VALUES(?, ?) ON CONFLICT(owner) DO UPDATE SET version = excluded.version")) {
            ps.setString(1, owner);
            ps.setInt(2, step + 1);
            ps.executeUpdate();
        }
    }
}
