package io.hearthguard.protection.eavesdrop.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who owns an internet address, from public cloud IP-range files in a directory (read once,
 * at activation). The owner is the file name up to its first dot or dash, lower case
 * ({@code amazon.json}, {@code amazon-ip-ranges.json} → {@code amazon}), unless a text line
 * names one. Formats:
 * <ul>
 * <li>text: one {@code CIDR [owner]} per line, {@code #} comments;</li>
 * <li>JSON as the clouds publish it: every {@code "ip_prefix"}, {@code "ipv6_prefix"} (AWS
 * {@code ip-ranges.json}), {@code "ipv4Prefix"} or {@code "ipv6Prefix"} (Google
 * {@code goog.json}/{@code cloud.json}) value is taken; the rest of the document is ignored.</li>
 * </ul>
 * Bounded: ≤ 64 files, each ≤ 32 MB, ≤ 200,000 prefixes in all; unreadable lines and files
 * are counted and skipped. IPv4 only is matched today (IPv6 prefixes are counted and skipped).
 * Lookups are a binary search over sorted, immutable arrays.
 */
final class CloudRanges {
    static final int MAX_FILES = 64;
    static final long MAX_FILE_BYTES = 32L << 20;
    static final int MAX_PREFIXES = 200_000;
    private static final Pattern JSON_PREFIX = Pattern.compile("\"(ip_prefix|ipv4Prefix|ipv6_prefix|ipv6Prefix)\"\\s*:\\s*\"([^\"]{1,64})\"");

    private final long[] starts; // sorted by start; ends and owners in the same order
    private final long[] ends;
    private final String[] owners;
    final int skipped;
    final List<String> files;

    static final CloudRanges NONE = new CloudRanges(new long[0], new long[0], new String[0], 0, List.of());

    private CloudRanges(long[] starts, long[] ends, String[] owners, int skipped, List<String> files) {
        this.starts = starts;
        this.ends = ends;
        this.owners = owners;
        this.skipped = skipped;
        this.files = files;
    }

    int size() {
        return starts.length;
    }

    /** Loads every regular file of the directory; a missing directory gives no ranges. */
    static CloudRanges load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return NONE;
        }
        List<long[]> ranges = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<String> files = new ArrayList<>();
        int[] skipped = { 0 };
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            List<Path> all = new ArrayList<>();
            ds.forEach(all::add);
            all.sort(null);
            for (Path p : all) {
                if (files.size() >= MAX_FILES || !Files.isRegularFile(p) || p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    if (Files.size(p) > MAX_FILE_BYTES) {
                        skipped[0]++;
                        continue;
                    }
                    files.add(p.getFileName().toString());
                    read(p, ranges, owners, skipped);
                } catch (IOException | RuntimeException e) {
                    skipped[0]++;
                }
            }
        } catch (IOException e) {
            return NONE;
        }
        Integer[] order = new Integer[ranges.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ranges.get(a)[0], ranges.get(b)[0]));
        long[] s = new long[order.length];
        long[] e = new long[order.length];
        String[] o = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            s[i] = ranges.get(order[i])[0];
            e[i] = ranges.get(order[i])[1];
            o[i] = owners.get(order[i]);
        }
        return new CloudRanges(s, e, o, skipped[0], List.copyOf(files));
    }

    static String ownerOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int cut = n.length();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                cut = i;
                break;
            }
        }
        return cut == 0 ? "unknown" : n.substring(0, cut);
    }

    private static void read(Path p, List<long[]> ranges, List<String> owners, int[] skipped) throws IOException {
        String owner = ownerOf(p);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (ranges.size() >= MAX_PREFIXES) {
                    return;
                }
                if (line.length() > 4096) {
                    skipped[0]++;
                    continue;
                }
                if (line.indexOf('"') >= 0) {
                    Matcher m = JSON_PREFIX.matcher(line);
                    while (m.find() && ranges.size() < MAX_PREFIXES) {
                        add(m.group(2), owner, ranges, owners, skipped);
                    }
                    continue;
                }
                String t = line.strip();
                int hash = t.indexOf('#');
                if (hash >= 0) {
                    t = t.substring(0, hash).strip();
                }
                if (t.isEmpty()) {
                    continue;
                }
                String[] parts = t.split("[\\s,;]+");
                add(parts[0], parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : owner, ranges, owners, skipped);
            }
        }
    }

    private static void add(String cidr, String owner, List<long[]> ranges, List<String> owners, int[] skipped) {
        long[] r = parseV4Cidr(cidr);
        if (r == null) {
            skipped[0]++;
            return;
        }
        ranges.add(r);
        owners.add(owner.length() > 64 ? owner.substring(0, 64) : owner);
    }

    /** @return {start, end} of an IPv4 CIDR (or a single address), or null when it is not one */
    static long[] parseV4Cidr(String s) {
        int slash = s.indexOf('/');
        long ip = parseV4(slash < 0 ? s : s.substring(0, slash));
        if (ip < 0) {
            return null;
        }
        int bits = 32;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (bits < 8 || bits > 32) {
                return null; // a /0../7 is no one's cloud
            }
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        long start = ip & mask;
        return new long[] { start, start | (~mask & 0xFFFFFFFFL) };
    }

    /** @return the address as an unsigned 32-bit value, or -1 when it is not dotted-quad IPv4 */
    static long parseV4(String s) {
        long v = 0;
        int parts = 0;
        int cur = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (cur < 0 || cur > 255 || ++parts > 4) {
                    return -1;
                }
                v = (v << 8) | cur;
                cur = -1;
            } else if (c >= '0' && c <= '9') {
                cur = cur < 0 ? c - '0' : cur * 10 + (c - '0');
                if (cur > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return parts == 4 ? v : -1;
    }

    /** @return the owner of the most specific range holding the address, or null */
    String owner(String ip) {
        if (starts.length == 0 || ip == null) {
            return null;
        }
        long v = parseV4(ip);
        if (v < 0) {
            return null;
        }
        int lo = 0;
        int hi = starts.length - 1;
        int at = -1;
        while (lo <= hi) { // last range starting at or before v
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= v) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        String best = null;
        long bestSize = Long.MAX_VALUE;
        // overlapping ranges are few (a cloud's nested prefixes): look back a bounded distance
        for (int i = at, k = 0; i >= 0 && k < 64; i--, k++) {
            if (ends[i] >= v && ends[i] - starts[i] < bestSize) {
                best = owners[i];
                bestSize = ends[i] - starts[i];
            }
        }
        return best;
    }
}
