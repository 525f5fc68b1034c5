package io.hearthguard.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.store.StoreException;

class SqliteStoreTest {

    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnceAndInOrder() {
        List<String> steps = List.of("CREATE TABLE t(a INTEGER)", "ALTER TABLE t ADD COLUMN b TEXT; CREATE INDEX t_b ON t(b)");
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            assertEquals(2, s.migrate("owner", steps));
            assertEquals(2, s.migrate("owner", steps));
            s.write(c -> c.createStatement().executeUpdate("INSERT INTO t(a, b) VALUES (1, 'x')"));
        }
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            assertEquals(2, s.migrate("owner", steps));
            assertEquals("x", s.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT b FROM t")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
    }

    @Test
    void aFailingMigrationStepIsRolledBackAndNamed() {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            s.migrate("o", List.of("CREATE TABLE t(a INTEGER)"));
            StoreException e = assertThrows(StoreException.class,
                    () -> s.migrate("o", List.of("CREATE TABLE t(a INTEGER)", "CREATE TABLE u(x); CREATE TABLE t(a)")));
            assertTrue(e.getMessage().contains("o from version 1 to 2"), e.getMessage());
            // the partial step left nothing behind: u was rolled back with it
            assertThrows(StoreException.class, () -> s.read(c -> c.createStatement().executeQuery("SELECT * FROM u").next()));
        }
    }

    @Test
    void aDowngradeIsRefused() {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            s.migrate("o", List.of("CREATE TABLE a(x)", "CREATE TABLE b(x)"));
            StoreException e = assertThrows(StoreException.class, () -> s.migrate("o", List.of("CREATE TABLE a(x)")));
            assertTrue(e.getMessage().contains("newer Hearthguard"), e.getMessage());
        }
    }

    @Test
    void failedWorkWritesNothing() {
        try (SqliteStore s = new SqliteStore(dir.resolve("db"), "FULL")) {
            s.migrate("o", List.of("CREATE TABLE t(a INTEGER PRIMARY KEY)"));
            assertThrows(StoreException.class, () -> s.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
                c.createStatement().executeUpdate("INSERT INTO t VALUES (1)"); // duplicate key
                return null;
            }));
            assertEquals(0, count(s));
        }
    }

    @Test
    void aBadSynchronousValueNamesTheProperty() {
        StoreException e = assertThrows(StoreException.class, () -> new SqliteStore(dir.resolve("db"), "sometimes"));
        assertTrue(e.getMessage().contains("store.synchronous"), e.getMessage());
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearErrorAndIsLeftAlone() throws Exception {
        Path f = dir.resolve("db");
        byte[] junk = "this is not a database, it is a shopping list".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(f, junk);
        StoreException e = assertThrows(StoreException.class, () -> new SqliteStore(f, "FULL"));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertEquals(junk.length, Files.size(f));
    }

    /**
     * A child JVM inserts rows and prints each id after write() returned; we kill -9 it
     * mid-stream. Every printed (acknowledged) id must be in the database after reopening.
     */
    @Test
    void acknowledgedWritesSurviveKillMinus9() throws Exception {
        Path db = dir.resolve("crash.db");
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                CrashWriter.class.getName(), db.toString()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        Set<Long> acked = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                acked.add(Long.parseLong(line.trim()));
                if (acked.size() == 300) {
                    p.destroyForcibly(); // SIGKILL on Linux
                    break;
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(acked.size() >= 300, "writer produced " + acked.size() + " acks; stderr: "
                + Files.readString(dir.resolve("stderr.txt")));
        try (SqliteStore s = new SqliteStore(db, "FULL")) {
            Set<Long> stored = s.read(c -> {
                Set<Long> ids = new HashSet<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM rows")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            acked.removeAll(stored);
            assertTrue(acked.isEmpty(), "acknowledged but lost: " + acked);
            assertEquals("ok", s.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
    }

    private static long count(SqliteStore s) {
        return s.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The child process of {@link #acknowledgedWritesSurviveKillMinus9()}. */
    public static final class CrashWriter {
        public static void main(String[] args) throws SQLException {
            SqliteStore s = new SqliteStore(Path.of(args[0]), "FULL");
            s.migrate("crash", List.of("CREATE TABLE rows(id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"));
            String payload = "x".repeat(500);
            for (long i = 1; i < 1_000_000; i++) {
                final long id = i;
                s.write(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO rows(id, payload) VALUES (?, ?)")) {
                        ps.setLong(1, id);
                        ps.setString(2, payload);
                        return ps.executeUpdate();
                    }
                });
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
