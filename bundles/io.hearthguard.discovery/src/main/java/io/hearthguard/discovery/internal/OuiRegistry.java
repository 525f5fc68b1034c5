package io.hearthguard.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IEEE MAC address block registries: MA-L (24-bit OUI), MA-M (28-bit) and MA-S (36-bit),
 * read from the CSV files of Debian's {@code ieee-data} package ({@code oui.csv},
 * {@code mam.csv}, {@code oui36.csv}, optional {@code iab.csv}). The longest matching block
 * wins. Locally administered and group addresses have no vendor. Immutable after loading.
 */
public final class OuiRegistry {
    /** One registry assignment. */
    public record Block(String registry, String prefix, String organization) {
    }

    private static final int MAX_LINE = 4096;
    private static final int MAX_ENTRIES = 200_000;

    /** The registry files read, in this order (the first assignment of a prefix wins). */
    static final List<String> FILES = List.of("oui.csv", "mam.csv", "oui36.csv", "iab.csv");

    /** Where the blocks are kept: maps from a full parse, or a prepared index ({@link OuiIndex}). */
    interface Table {
        /** @return the block of this prefix, {@code bits} being 24, 28 or 36; null when none */
        Block get(int bits, long prefix);

        int size();
    }

    private final Table table;

    OuiRegistry(Table table) {
        this.table = table;
    }

    private OuiRegistry(Map<Long, Block> l24, Map<Long, Block> l28, Map<Long, Block> l36) {
        this(new MapTable(l24, l28, l36));
    }

    /** Blocks per prefix length, keyed by the prefix bits. */
    record MapTable(Map<Long, Block> l24, Map<Long, Block> l28, Map<Long, Block> l36) implements Table {
        @Override
        public Block get(int bits, long prefix) {
            return (bits == 36 ? l36 : bits == 28 ? l28 : l24).get(prefix);
        }

        @Override
        public int size() {
            return l24.size() + l28.size() + l36.size();
        }
    }

    /** @return a registry that knows no block */
    public static OuiRegistry empty() {
        return new OuiRegistry(Map.of(), Map.of(), Map.of());
    }

    /**
     * The registry of {@code dir} from its prepared index in {@code cacheDir}: built from a
     * full parse of the CSV files the first time, rebuilt when a file changes (name, size,
     * modification time, CRC-32C of the content), then memory-mapped. Falls back to a full
     * parse when the cache folder cannot be written. Same answers as {@link #load(Path)}.
     *
     * @throws IOException when a present registry file cannot be read
     */
    public static OuiRegistry cached(Path dir, Path cacheDir) throws IOException {
        return OuiIndex.open(dir, cacheDir);
    }

    /** @return true when the blocks come from a prepared index */
    boolean indexed() {
        return table instanceof OuiIndex;
    }

    /** @return the blocks a full parse found, per prefix length; empty maps for an index-backed registry */
    MapTable maps() {
        return table instanceof MapTable m ? m : new MapTable(Map.of(), Map.of(), Map.of());
    }

    /**
     * Loads whichever registry files exist in {@code dir}; missing files are skipped.
     *
     * @throws IOException when a present file cannot be read
     */
    public static OuiRegistry load(Path dir) throws IOException {
        Map<Long, Block> l24 = new HashMap<>();
        Map<Long, Block> l28 = new HashMap<>();
        Map<Long, Block> l36 = new HashMap<>();
        for (String f : FILES) {
            read(dir.resolve(f), l24, l28, l36);
        }
        return new OuiRegistry(l24, l28, l36);
    }

    /** @return number of blocks known */
    public int size() {
        return table.size();
    }

    /** @return the most specific block holding {@code mac}; empty for local or group addresses */
    public Optional<Block> lookup(long mac) {
        if (!Macs.unicast(mac) || Macs.locallyAdministered(mac)) {
            return Optional.empty();
        }
        Block b = table.get(36, mac >>> 12);
        if (b == null) {
            b = table.get(28, mac >>> 20);
        }
        if (b == null) {
            b = table.get(24, mac >>> 24);
        }
        return Optional.ofNullable(b);
    }

    private static void read(Path file, Map<Long, Block> l24, Map<Long, Block> l28, Map<Long, Block> l36)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() > MAX_LINE || l24.size() + l28.size() + l36.size() >= MAX_ENTRIES) {
                    continue;
                }
                List<String> cols = csv(line);
                if (cols.size() < 3) {
                    continue;
                }
                String hex = cols.get(1).trim();
                String org = Text.clean(cols.get(2), 128);
                if (org.isEmpty() || hex.isEmpty() || hex.length() > 9 || !hexDigits(hex)) {
                    continue; // the header line and junk (a sign, which Long.parseLong would take, included)
                }
                long prefix;
                try {
                    prefix = Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    continue;
                }
                Block block = new Block(cols.get(0).trim(), hex.toUpperCase(java.util.Locale.ROOT), org);
                switch (hex.length()) {
                    case 6 -> l24.putIfAbsent(prefix, block);
                    case 7 -> l28.putIfAbsent(prefix, block);
                    case 9 -> l36.putIfAbsent(prefix, block);
                    default -> { }
                }
            }
        }
    }

    private static boolean hexDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** Splits one RFC 4180 CSV line (quoted fields, doubled quotes). */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
