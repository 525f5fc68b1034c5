package io.hearthguard.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.store.StoreException;

/** The store when the disk fills up or the file is damaged (docs/reliability.md). */
class StoreFaultsTest {

    @TempDir
    Path dir;

    /**
     * A 2 MiB tmpfs that this test mounts (root only; skipped otherwise) and unmounts. Rows of
     * 4 KiB are written one transaction each until the disk is full: the error says so in plain
     * words, nothing acknowledged is lost, the file stays intact and readable, and writing works
     * again as soon as the filesystem has room (remounted larger), also after reopening.
     */
    @Test
    void aFullDiskIsAClearErrorCorruptsNothingAndWritingResumesWhenSpaceReturns() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("small"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "hgtest-full", mnt.toString()) == 0,
                "cannot mount a tmpfs here (needs root): disk-full test skipped");
        try {
            Path db = mnt.resolve("hearthguard.db");
            List<Long> acked = new ArrayList<>();
            StoreException full = null;
            try (SqliteStore s = new SqliteStore(db, "FULL")) {
                s.migrate("faults", List.of("CREATE TABLE r(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"));
                byte[] payload = new byte[4096];
                new Random(1).nextBytes(payload);
                for (long i = 1; i < 10_000 && full == null; i++) {
                    try {
                        insert(s, i, payload);
                        acked.add(i);
                    } catch (StoreException e) {
                        full = e;
                    }
                }
                assertTrue(full != null, "2 MiB never filled up");
                System.out.println("disk full after " + acked.size() + " rows of 4 KiB: " + full.getMessage());
                assertTrue(full.getMessage().contains("is full") && full.getMessage().contains("free some space"), full.getMessage());
                // still refused, still clear, no hang
                final long next = acked.get(acked.size() - 1) + 1;
                StoreException again = assertThrows(StoreException.class, () -> insert(s, next, payload));
                assertTrue(again.getMessage().contains("is full"), again.getMessage());
                // what was acknowledged is there, and readable while full
                assertEquals(new HashSet<>(acked), ids(s));
                assertEquals("ok", check(s));

                assertEquals(0, run("mount", "-o", "remount,size=16m", mnt.toString()), "remount larger");
                insert(s, next, payload);
                insert(s, next + 1, payload);
                acked.add(next);
                acked.add(next + 1);
            }
            try (SqliteStore s = new SqliteStore(db, "FULL")) {
                assertEquals(new HashSet<>(acked), ids(s));
                assertEquals("ok", check(s));
            }
        } finally {
            run("umount", "-l", mnt.toString());
        }
    }

    @Test
    void aTruncatedDatabaseIsRefusedNamingTheRecoveryAndLeftUntouched() throws Exception {
        Path db = filled(dir.resolve("trunc.db"));
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefusedAndUntouched(db);
    }

    @Test
    void garbagePagesAreRefusedNamingTheRecoveryAndLeftUntouched() throws Exception {
        Path db = filled(dir.resolve("garbage.db"));
        byte[] garbage = new byte[4 * 4096];
        new Random(3).nextBytes(garbage);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096L * 3); // page 1 keeps the header: SQLite opens it and must find the damage
            f.write(garbage);
        }
        assertRefusedAndUntouched(db);
    }

    @Test
    void onlyWhenAskedADamagedDatabaseIsMovedAsideAndAFreshOneStarted() throws Exception {
        Path db = filled(dir.resolve("hearthguard.db"));
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        byte[] damaged = Files.readAllBytes(db);
        assertThrows(StoreException.class, () -> new SqliteStore(db, "FULL", false));
        try (SqliteStore s = new SqliteStore(db, "FULL", true)) {
            assertEquals("ok", check(s));
            s.migrate("faults", List.of("CREATE TABLE r(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"));
            assertEquals(Set.of(), ids(s));
        }
        List<Path> aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().matches("hearthguard\\.db\\.damaged-\\d{8}T\\d{6}Z")).toList();
        }
        assertEquals(1, aside.size(), aside.toString());
        assertArrayEquals(damaged, Files.readAllBytes(aside.get(0)), "the damaged file is kept byte for byte");
    }

    private static void assertRefusedAndUntouched(Path db) throws Exception {
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> new SqliteStore(db, "FULL"));
        System.out.println(db.getFileName() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(db.toAbsolutePath().toString()) && e.getMessage().contains("is damaged")
                && e.getMessage().contains("--move-aside-damaged-store") && e.getMessage().contains("backup"), e.getMessage());
        assertFalse(e.getMessage().contains("SQLITE_"), "plain words, not SQLite's codes: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db), "a refused database is left as it was");
    }

    /** A closed database of about 1 MiB (a few hundred pages) with a checkpointed WAL. */
    private static Path filled(Path db) {
        try (SqliteStore s = new SqliteStore(db, "NORMAL")) {
            s.migrate("faults", List.of("CREATE TABLE r(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"));
            byte[] payload = new byte[1000];
            new Random(2).nextBytes(payload);
            s.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO r(id, payload) VALUES (?, ?)")) {
                    for (long i = 1; i <= 1000; i++) {
                        ps.setLong(1, i);
                        ps.setBytes(2, payload);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        assertFalse(Files.exists(db.resolveSibling(db.getFileName() + "-wal")), "closing checkpointed the WAL");
        return db;
    }

    private static void insert(SqliteStore s, long id, byte[] payload) {
        s.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO r(id, payload) VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, payload);
                return ps.executeUpdate();
            }
        });
    }

    private static Set<Long> ids(SqliteStore s) {
        return s.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM r")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static String check(SqliteStore s) {
        return s.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
