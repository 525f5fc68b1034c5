package io.hearthguard.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a one-shot command keeps across runs in the cache folder ({@code -Dhearthguard.cache},
 * set by {@code ./hearthguard}): the framework's bundle cache and SQLite's native library.
 *
 * <p>The framework cache lives in {@code felix/KEY-SLOT}, KEY a hash of the framework, the
 * bundle folder and every bundle jar in it (name, size, modification time) and the bundles
 * left out for commands: a changed bundle makes a new one. KEY is two hashes: the bundle folder
 * (16 hex digits) then the set left out (8): commands with different bundle sets (e.g.
 * {@code analyze} and {@code devices}) keep a cache each, and only caches of another bundle
 * folder state are removed. Each slot is held with a file lock
 * while a command runs, so two commands at once use two slots (up to {@link #SLOTS}; beyond
 * that a command uses a temporary cache as before). A slot counts only after a command
 * stopped its framework cleanly (marker file); any other state is wiped and rebuilt. The
 * bundles' private data areas are emptied before each run: a command starts from the same
 * state every time.
 *
 * @param dir the framework storage folder of this run
 * @param reused true when the bundles installed by an earlier command are reused
 */
record CommandCache(Path dir, FileChannel lockChannel, FileLock lock, boolean reused) implements AutoCloseable {
    static final int SLOTS = 4;
    /** Hex digits of the key that stand for the bundle folder (the rest: the set left out). */
    static final int BUNDLES_KEY = 16;
    private static final String MARK = "hearthguard-clean-stop";

    /**
     * Takes a free slot for the given bundles.
     *
     * @return the slot, or null when every slot is busy or the cache folder cannot be used
     */
    static CommandCache acquire(Path cache, Path bundles, Collection<String> leftOut) {
        try {
            String key = key(bundles, leftOut);
            Path felix = Files.createDirectories(cache.resolve("felix"));
            for (int slot = 0; slot < SLOTS; slot++) {
                Path lockFile = felix.resolve(key + "-" + slot + ".lock");
                FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (IOException | RuntimeException e) {
                    l = null;
                }
                if (l == null) {
                    ch.close();
                    continue;
                }
                Path dir = felix.resolve(key + "-" + slot);
                boolean reused = Files.isRegularFile(dir.resolve(MARK));
                if (reused) {
                    Files.delete(dir.resolve(MARK)); // written again after a clean stop
                    emptyBundleData(dir);
                } else {
                    Main.deleteTree(dir);
                    if (slot == 0) {
                        removeOtherKeys(felix, key.substring(0, BUNDLES_KEY));
                    }
                }
                return new CommandCache(dir, ch, l, reused);
            }
        } catch (IOException | RuntimeException e) {
            Main.phase("command cache not usable: " + e);
        }
        return null;
    }

    /** Marks the slot reusable: only after the framework stopped cleanly. */
    void stoppedCleanly() {
        try {
            Files.writeString(dir.resolve(MARK), "");
        } catch (IOException e) {
            // the next command rebuilds it
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    static String key(Path bundles, Collection<String> leftOut) throws IOException {
        StringBuilder set = new StringBuilder("v2\n");
        for (String bsn : leftOut.stream().sorted().distinct().toList()) {
            set.append("-").append(bsn).append('\n');
        }
        StringBuilder b = new StringBuilder("v2\n").append(bundles.toAbsolutePath().normalize()).append('\n');
        String frameworkJar = org.osgi.framework.launch.Framework.class.getProtectionDomain().getCodeSource() == null ? ""
                : org.osgi.framework.launch.Framework.class.getProtectionDomain().getCodeSource().getLocation().toString();
        b.append(frameworkJar).append('\n');
        List<Path> jars;
        try (Stream<Path> s = Files.list(bundles)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path j : jars) {
            b.append(j.getFileName()).append(' ').append(Files.size(j)).append(' ').append(Files.getLastModifiedTime(j).toMillis()).append('\n');
        }
        HexFormat hex = HexFormat.of();
        return hex.formatHex(sha256().digest(b.toString().getBytes(StandardCharsets.UTF_8))).substring(0, BUNDLES_KEY)
                + hex.formatHex(sha256().digest(set.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 8);
    }

    private static void emptyBundleData(Path storage) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(storage, "bundle*")) {
            for (Path b : s) {
                Main.deleteTree(b.resolve("data"));
            }
        }
    }

    /** Framework caches of bundle folders no longer shipped: removed when nobody holds them. */
    private static void removeOtherKeys(Path felix, String bundlesKey) throws IOException {
        List<Path> locks;
        try (Stream<Path> s = Files.list(felix)) {
            locks = s.filter(p -> p.getFileName().toString().endsWith(".lock") && !p.getFileName().toString().startsWith(bundlesKey)
                    && Files.isDirectory(felix.resolve(p.getFileName().toString().replace(".lock", "")))).toList();
        }
        for (Path lf : locks) {
            try (FileChannel ch = FileChannel.open(lf, StandardOpenOption.WRITE); FileLock l = ch.tryLock()) {
                if (l != null) {
                    String n = lf.getFileName().toString();
                    // the empty lock file stays: deleting it could let two processes lock two files of one slot
                    Main.deleteTree(felix.resolve(n.substring(0, n.length() - ".lock".length())));
                }
            } catch (IOException | RuntimeException e) {
                // in use or gone: next time
            }
        }
    }

    /**
     * SQLite's native library for this machine, extracted once from the sqlite-jdbc bundle
     * into {@code sqlite/CRC/} and checked against the CRC-32 the jar records for it on every
     * use (sqlite-jdbc otherwise extracts and compares it in the temporary folder on every
     * start). Linux x86_64 and aarch64 with glibc only; elsewhere sqlite-jdbc does as before.
     *
     * @return the folder holding the library, or null
     */
    static Path sqliteNative(Path cache, Path bundles) {
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (arch == null || !"Linux".equals(System.getProperty("os.name")) || musl()) {
            return null;
        }
        try (Stream<Path> s = Files.list(bundles)) {
            Path jar = s.filter(p -> p.getFileName().toString().contains("sqlite-jdbc") && p.toString().endsWith(".jar"))
                    .findFirst().orElse(null);
            if (jar == null) {
                return null;
            }
            try (ZipFile z = new ZipFile(jar.toFile())) {
                ZipEntry e = z.getEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
                if (e == null || e.getCrc() < 0 || e.getSize() < 0 || e.getSize() > (64L << 20)) {
                    return null;
                }
                Path dir = cache.resolve("sqlite").resolve(Long.toHexString(e.getCrc()) + "-" + e.getSize());
                Path lib = dir.resolve("libsqlitejdbc.so");
                if (Files.isRegularFile(lib) && Files.size(lib) == e.getSize() && crc(lib) == e.getCrc()) {
                    return dir;
                }
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "libsqlitejdbc", ".tmp");
                try {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (crc(tmp) != e.getCrc()) {
                        return null;
                    }
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE); // same folder: a rename
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return dir;
            }
        } catch (IOException | RuntimeException e) {
            Main.phase("sqlite native library not prepared: " + e);
            return null;
        }
    }

    private static boolean musl() {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of("/lib"), "ld-musl-*")) {
            return s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static long crc(Path f) throws IOException {
        CRC32 c = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int r; (r = in.read(buf)) > 0;) {
                c.update(buf, 0, r);
            }
        }
        return c.getValue();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
