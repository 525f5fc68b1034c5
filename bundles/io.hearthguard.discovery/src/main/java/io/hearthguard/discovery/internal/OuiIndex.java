package io.hearthguard.discovery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32C;

/**
 * A compact prepared form of the IEEE registries, so that a start does not parse 4 MB of CSV
 * (the largest single item of a one-shot command's start, docs/benchmarks.md). One file per
 * registry folder in the cache folder, memory-mapped:
 *
 * <pre>
 * magic "HGOUI\0\0\1" | int body length | int CRC-32C of the body | body
 * body: int source length, source (UTF-8: per registry file "name size mtime crc32c")
 *       3 × (int n, long[n] sorted prefixes, int[n] organisation offsets, int[n] registry offsets)   -- 24, 28, 36 bits
 *       int strings length, strings (each: unsigned short length, UTF-8)
 * </pre>
 *
 * The source line describes the registry files as they were when the index was built; a
 * different line (a file added, removed, resized, touched or changed) rebuilds it. A file that
 * fails its CRC or its bounds is rebuilt too, never trusted. Written to a temporary file and
 * renamed into place, so two processes building at once each see a whole file.
 */
final class OuiIndex implements OuiRegistry.Table {
    private static final Logger LOG = Logger.getLogger(OuiIndex.class.getName());
    private static final byte[] MAGIC = { 'H', 'G', 'O', 'U', 'I', 0, 0, 1 };
    private static final int HEADER = MAGIC.length + 8;
    /** Far above the real registries (~1.6 MB); a larger file is not ours. */
    static final long MAX_FILE = 64L << 20;
    private static final int[] BITS = { 24, 28, 36 };

    private final ByteBuffer buf;
    private final int[] count = new int[3];
    private final int[] prefixes = new int[3];
    private final int[] orgs = new int[3];
    private final int[] regs = new int[3];
    private final int strings;
    private final int stringsEnd;

    private OuiIndex(ByteBuffer buf) {
        this.buf = buf;
        int p = HEADER;
        int sourceLen = buf.getInt(p);
        check(sourceLen >= 0 && sourceLen <= buf.limit() - p - 4);
        p += 4 + sourceLen;
        for (int t = 0; t < 3; t++) {
            check(p + 4 <= buf.limit());
            int n = buf.getInt(p);
            check(n >= 0 && n <= (buf.limit() - p - 4) / 16);
            count[t] = n;
            prefixes[t] = p + 4;
            orgs[t] = prefixes[t] + 8 * n;
            regs[t] = orgs[t] + 4 * n;
            p = regs[t] + 4 * n;
        }
        check(p + 4 <= buf.limit());
        int len = buf.getInt(p);
        check(len >= 0 && len == buf.limit() - p - 4);
        strings = p + 4;
        stringsEnd = strings + len;
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("damaged OUI index");
        }
    }

    static OuiRegistry open(Path dir, Path cacheDir) throws IOException {
        String source = source(dir);
        if (source.isEmpty()) {
            return OuiRegistry.empty(); // no registry file: nothing to parse, nothing to keep
        }
        Path file = cacheDir.resolve("oui-" + Long.toHexString(crc(dir.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8))) + ".idx");
        OuiIndex index = map(file, source);
        if (index != null) {
            return new OuiRegistry(index);
        }
        OuiRegistry full = OuiRegistry.load(dir);
        try {
            write(file, source, full.maps());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "discovery: the OUI index cannot be written to " + cacheDir + "; using the full parse", e);
        }
        return full;
    }

    /** @return the description of the registry files the index is valid for */
    static String source(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String name : OuiRegistry.FILES) {
            Path f = dir.resolve(name);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (!a.isRegularFile()) {
                continue;
            }
            CRC32C crc = new CRC32C();
            byte[] chunk = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(f)) {
                for (int r; (r = in.read(chunk)) > 0;) {
                    crc.update(chunk, 0, r);
                }
            }
            b.append(name).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append(' ')
                    .append(Long.toHexString(crc.getValue())).append('\n');
        }
        return b.toString();
    }

    /** @return the index in {@code file} when it is whole and was built from {@code source}, else null */
    static OuiIndex map(Path file, String source) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER + 4 || size > MAX_FILE) {
                return null;
            }
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            m.order(ByteOrder.BIG_ENDIAN);
            byte[] magic = new byte[MAGIC.length];
            m.get(0, magic);
            if (!Arrays.equals(magic, MAGIC) || m.getInt(MAGIC.length) != size - HEADER) {
                return null;
            }
            CRC32C crc = new CRC32C();
            crc.update(m.slice(HEADER, (int) size - HEADER));
            if ((int) crc.getValue() != m.getInt(MAGIC.length + 4)) {
                return null;
            }
            int sourceLen = m.getInt(HEADER);
            byte[] want = source.getBytes(StandardCharsets.UTF_8);
            if (sourceLen != want.length || HEADER + 4 + sourceLen > size) {
                return null;
            }
            byte[] have = new byte[sourceLen];
            m.get(HEADER + 4, have);
            if (!Arrays.equals(have, want)) {
                return null;
            }
            return new OuiIndex(m);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "discovery: OUI index " + file + " not usable; rebuilding", e);
            return null;
        }
    }

    /** Writes the index of {@code blocks} to {@code file} (via a temporary file and a rename). */
    static void write(Path file, String source, OuiRegistry.MapTable blocks) throws IOException {
        Map<String, Integer> offsets = new HashMap<>();
        ByteBuffer text = ByteBuffer.allocate(1 << 16);
        @SuppressWarnings("unchecked")
        Map<Long, OuiRegistry.Block>[] tables = new Map[] { blocks.l24(), blocks.l28(), blocks.l36() };
        int entries = 0;
        for (Map<Long, OuiRegistry.Block> t : tables) {
            entries += t.size();
        }
        byte[] src = source.getBytes(StandardCharsets.UTF_8);
        ByteBuffer body = ByteBuffer.allocate(4 + src.length + 3 * 4 + entries * 16);
        body.putInt(src.length).put(src);
        for (Map<Long, OuiRegistry.Block> t : tables) {
            long[] keys = t.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            body.putInt(keys.length);
            for (long k : keys) {
                body.putLong(k);
            }
            for (long k : keys) {
                text = intern(t.get(k).organization(), offsets, text);
                body.putInt(offsets.get(t.get(k).organization()));
            }
            for (long k : keys) {
                text = intern(t.get(k).registry(), offsets, text);
                body.putInt(offsets.get(t.get(k).registry()));
            }
        }
        text.flip();
        ByteBuffer all = ByteBuffer.allocate(HEADER + body.position() + 4 + text.remaining());
        all.put(MAGIC).putInt(body.position() + 4 + text.remaining()).putInt(0);
        all.put(body.flip()).putInt(text.remaining()).put(text);
        CRC32C crc = new CRC32C();
        crc.update(all.array(), HEADER, all.position() - HEADER);
        all.putInt(MAGIC.length + 4, (int) crc.getValue());
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, Arrays.copyOf(all.array(), all.position()));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static ByteBuffer intern(String s, Map<String, Integer> offsets, ByteBuffer text) {
        if (offsets.containsKey(s)) {
            return text;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0xffff) {
            throw new IllegalArgumentException("registry text too long for the OUI index");
        }
        ByteBuffer t = text;
        if (t.remaining() < 2 + b.length) {
            t = ByteBuffer.allocate(Math.max(t.capacity() * 2, t.position() + 2 + b.length)).put(t.flip());
        }
        offsets.put(s, t.position());
        t.putShort((short) b.length).put(b);
        return t;
    }

    private static long crc(byte[] b) {
        CRC32C c = new CRC32C();
        c.update(b);
        return c.getValue();
    }

    @Override
    public OuiRegistry.Block get(int bits, long prefix) {
        int t = bits == 24 ? 0 : bits == 28 ? 1 : 2;
        int lo = 0;
        int hi = count[t] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = buf.getLong(prefixes[t] + 8 * mid);
            if (k < prefix) {
                lo = mid + 1;
            } else if (k > prefix) {
                hi = mid - 1;
            } else {
                String hex = Long.toHexString(prefix).toUpperCase(Locale.ROOT);
                int digits = BITS[t] / 4;
                hex = "0".repeat(Math.max(0, digits - hex.length())) + hex;
                return new OuiRegistry.Block(string(buf.getInt(regs[t] + 4 * mid)), hex, string(buf.getInt(orgs[t] + 4 * mid)));
            }
        }
        return null;
    }

    private String string(int offset) {
        check(offset >= 0 && strings + offset + 2 <= stringsEnd);
        int at = strings + offset;
        int len = Short.toUnsignedInt(buf.getShort(at));
        check(at + 2 + len <= stringsEnd);
        byte[] b = new byte[len];
        buf.get(at + 2, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return count[0] + count[1] + count[2];
    }
}
