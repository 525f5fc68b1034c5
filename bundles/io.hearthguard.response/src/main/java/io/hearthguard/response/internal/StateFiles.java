package io.hearthguard.response.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.hearthguard.api.response.AuditEntry;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;

/**
 * The response state on disk, under {@code <data>/response/} (0700, files 0600):
 * {@code actions.tsv}, the actions in force, replaced atomically (temporary file, fsync,
 * rename) so a crash leaves the old or the new list; and {@code audit.tsv}, appended and
 * fsynced line by line, rotated to {@code audit.tsv.1} past {@link #AUDIT_ROTATE_BYTES}.
 * Lines are tab-separated, fields percent-escaped; the first field is the format version.
 */
final class StateFiles {
    static final long AUDIT_ROTATE_BYTES = 1024 * 1024;
    private static final long MAX_ACTIONS_FILE = 16L * 1024 * 1024;

    private final Path dir;
    private final Path actions;
    private final Path audit;

    StateFiles(Path dir) {
        this.dir = dir;
        this.actions = dir.resolve("actions.tsv");
        this.audit = dir.resolve("audit.tsv");
    }

    Path directory() {
        return dir;
    }

    /** @return the stored actions; throws naming the file and line when it is damaged */
    List<ResponseAction> loadActions() throws IOException {
        if (!Files.exists(actions)) {
            return List.of();
        }
        if (Files.size(actions) > MAX_ACTIONS_FILE) {
            throw new IOException(actions + " is larger than " + MAX_ACTIONS_FILE + " bytes; refusing to read it");
        }
        List<ResponseAction> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(actions, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            try {
                out.add(parseAction(lines.get(i)));
            } catch (RuntimeException e) {
                throw new IOException(actions + " line " + (i + 1) + " is damaged: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Replaces the stored actions atomically and durably. */
    void saveActions(List<ResponseAction> list) throws IOException {
        ensureDir();
        StringBuilder s = new StringBuilder();
        for (ResponseAction a : list) {
            s.append(String.join("\t", "1", esc(a.id()), a.kind().name(), esc(a.mac()), esc(String.join(",", a.deviceIps())),
                    esc(String.join(",", a.destinations())), esc(a.domain()), esc(a.origin().actor()), esc(a.origin().reason()),
                    esc(a.origin().findingId()), Long.toString(a.created().toEpochMilli()))).append('\n');
        }
        Path tmp = dir.resolve("actions.tsv.tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(s.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        restrict(tmp);
        Files.move(tmp, actions, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDir();
    }

    /** Appends one entry durably. */
    synchronized void append(AuditEntry e) throws IOException {
        ensureDir();
        if (Files.exists(audit) && Files.size(audit) > AUDIT_ROTATE_BYTES) {
            Files.move(audit, dir.resolve("audit.tsv.1"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        String line = String.join("\t", "1", Long.toString(e.time().toEpochMilli()), esc(e.actor()), e.operation().name(),
                esc(e.actionId()), esc(e.summary())) + "\n";
        try (FileChannel ch = FileChannel.open(audit, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        restrict(audit);
    }

    /** @return the newest entries, newest first; damaged lines are skipped */
    synchronized List<AuditEntry> audit(int limit) throws IOException {
        List<AuditEntry> out = new ArrayList<>();
        for (Path p : List.of(dir.resolve("audit.tsv.1"), audit)) {
            if (!Files.exists(p)) {
                continue;
            }
            for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                try {
                    String[] f = l.split("\t", -1);
                    if (f.length != 6 || !f[0].equals("1")) {
                        continue;
                    }
                    out.add(new AuditEntry(Instant.ofEpochMilli(Long.parseLong(f[1])), unesc(f[2]),
                            AuditEntry.Operation.valueOf(f[3]), unesc(f[4]), unesc(f[5])));
                } catch (RuntimeException e) {
                    // a torn last line after a crash: skip it
                }
            }
        }
        Collections.reverse(out);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static ResponseAction parseAction(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 11 || !f[0].equals("1")) {
            throw new IllegalArgumentException("expected 11 fields of format 1, found " + f.length);
        }
        String mac = unesc(f[3]);
        String domain = unesc(f[6]);
        List<String> ips = list(unesc(f[4])).stream().map(Addresses::address).toList();
        List<String> dst = list(unesc(f[5])).stream().map(Addresses::address).toList();
        return new ResponseAction(unesc(f[1]), ResponseAction.Kind.valueOf(f[2]), mac == null ? null : Addresses.mac(mac), ips, dst,
                domain == null ? null : Addresses.domain(domain), new Origin(unesc(f[7]), unesc(f[8]), unesc(f[9])), Instant.ofEpochMilli(Long.parseLong(f[10])));
    }

    private static List<String> list(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private void ensureDir() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        }
    }

    private static void restrict(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private void syncDir() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is atomic
        }
    }

    /** null is stored as a lone {@code %}; tab, newline, CR and % are percent-escaped. */
    static String esc(String s) {
        if (s == null) {
            return "%";
        }
        return s.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String unesc(String s) {
        if (s.equals("%")) {
            return null;
        }
        return s.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
