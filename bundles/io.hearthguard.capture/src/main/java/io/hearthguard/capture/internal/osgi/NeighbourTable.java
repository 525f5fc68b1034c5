package io.hearthguard.capture.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The kernel's IPv4 neighbour (ARP) table as the hub's network namespace sees it
 * ({@code /proc/net/arp}), read again at most every {@link #REFRESH_NANOS}: which MAC a
 * LAN address the hub talks to has. IPv6 neighbours are not in that file (the feed gives
 * them no MAC). Bounded: at most {@value #MAX_ENTRIES} entries and 1 MiB read.
 */
final class NeighbourTable {
    static final int MAX_ENTRIES = 8_192;
    static final long REFRESH_NANOS = 2_000_000_000L;
    private static final int MAX_BYTES = 1 << 20;

    private final Path file;
    private Map<String, Long> macs = Map.of();
    private long readAt = Long.MIN_VALUE;

    NeighbourTable(Path file) {
        this.file = file;
    }

    /**
     * @param ip an IPv4 address in dotted form
     * @return its MAC as 48 low bits, or -1 when the table has no complete entry for it
     */
    long mac(String ip, long nowNanos) {
        Long m = macs.get(ip);
        if (m == null && (readAt == Long.MIN_VALUE || nowNanos - readAt >= REFRESH_NANOS)) {
            readAt = nowNanos;
            macs = read(file);
            m = macs.get(ip);
        }
        return m == null ? -1 : m;
    }

    /** Parses the table; an unreadable file gives an empty one (the feed then has no MACs). */
    static Map<String, Long> read(Path file) {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(MAX_BYTES);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        Map<String, Long> m = new HashMap<>();
        String[] lines = new String(b, StandardCharsets.US_ASCII).split("\n");
        for (int i = 1; i < lines.length && m.size() < MAX_ENTRIES; i++) { // line 0 is the header
            String[] f = lines[i].trim().split("\\s+");
            // IP address, HW type, Flags, HW address, Mask, Device; flags 0x2 = complete
            if (f.length < 4 || !f[0].matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
                continue;
            }
            int flags;
            try {
                flags = Integer.decode(f[2]);
            } catch (NumberFormatException e) {
                continue;
            }
            long mac = parseMac(f[3]);
            if ((flags & 0x2) != 0 && mac > 0) {
                m.put(f[0], mac);
            }
        }
        return Map.copyOf(m);
    }

    /** @return the 48 bits of {@code aa:bb:cc:dd:ee:ff}, or -1 */
    static long parseMac(String s) {
        if (s.length() != 17) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 6; i++) {
            if (i > 0 && s.charAt(i * 3 - 1) != ':') {
                return -1;
            }
            int hi = Character.digit(s.charAt(i * 3), 16);
            int lo = Character.digit(s.charAt(i * 3 + 1), 16);
            if (hi < 0 || lo < 0) {
                return -1;
            }
            v = (v << 8) | (hi << 4) | lo;
        }
        return v;
    }
}
