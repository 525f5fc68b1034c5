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

    // key: prefix bits, per prefix length (24, 28, 36)
    private final Map<Long, Block> l24;
    private final Map<Long, Block> l28;
    private final Map<Long, Block> l36;

    private OuiRegistry(Map<Long, Block> l24, Map<Long, Block> l28, Map<Long, Block> l36) {
        this.l24 = l24;
        this.l28 = l28;
        this.l36 = l36;
    }

    /** @return a registry that knows no block */
    public static OuiRegistry empty() {
        return new OuiRegistry(Map.of(), Map.of(), Map.of());
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
        read(dir.resolve("oui.csv"), l24, l28, l36);
        read(dir.resolve("mam.csv"), l24, l28, l36);
        read(dir.resolve("oui36.csv"), l24, l28, l36);
        read(dir.resolve("iab.csv"), l24, l28, l36);
        return new OuiRegistry(l24, l28, l36);
    }

    /** @return number of blocks known */
    public int size() {
        return l24.size() + l28.size() + l36.size();
    }

    /** @return the most specific block holding {@code mac}; empty for local or group addresses */
    public Optional<Block> lookup(long mac) {
        if (!Macs.unicast(mac) || Macs.locallyAdministered(mac)) {
            return Optional.empty();
        }
        Block b = l36.get(mac >>> 12);
        if (b == null) {
            b = l28.get(mac >>> 20);
        }
        if (b == null) {
            b = l24.get(mac >>> 24);
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
                if (org.isEmpty() || hex.isEmpty() || hex.length() > 9) {
                    continue;
                }
                long prefix;
                try {
                    prefix = Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    continue; // the header line and junk
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
