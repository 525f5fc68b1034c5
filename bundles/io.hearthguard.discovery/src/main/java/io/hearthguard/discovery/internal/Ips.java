package io.hearthguard.discovery.internal;

/**
 * Textual IP addresses: validation, canonical form, and which ones belong to the home.
 *
 * <p>The inventory asks about the same few addresses many times per flow event (each of a
 * flow's snapshots carries the same address text): {@link #canonical}, {@link #local} and
 * {@link #unassignable} remember their answers for the last {@value #CACHED} texts seen (a
 * bounded table indexed by the text's hash; safe from any thread: its entries are immutable).
 */
public final class Ips {
    /** Address texts whose answers are remembered (a power of two). */
    static final int CACHED = 4096;
    private static final int LOCAL = 1, UNASSIGNABLE = 2;

    /** One address text and what it is. */
    private record Known(String text, String canonical, int flags) {
    }

    private static final Known[] KNOWN = new Known[CACHED];

    private Ips() {
    }

    /** @return what {@code ip} (not null) is, from the table or worked out now */
    private static Known known(String ip) {
        int i = ip.hashCode() & (CACHED - 1);
        Known k = KNOWN[i];
        if (k != null && (k.text == ip || k.text.equals(ip))) {
            return k;
        }
        // the flags answer for the text as given, exactly as local() and unassignable() did before the table
        int flags = (isLocal(ip) ? LOCAL : 0) | (isUnassignable(ip) ? UNASSIGNABLE : 0);
        k = new Known(ip, parseCanonical(ip), flags);
        if (ip.length() <= 45) { // no address is longer: the table holds no large texts
            KNOWN[i] = k;
        }
        return k;
    }

    /**
     * @return the canonical form (dotted quad; RFC 5952 for IPv6, lower case), or null when the
     *         text is not a literal IPv4 or IPv6 address. Never resolves names.
     */
    public static String canonical(String ip) {
        if (ip == null || ip.isEmpty() || ip.length() > 45) {
            return null;
        }
        return known(ip).canonical;
    }

    /** The canonical form worked out (what {@link #canonical} remembers). */
    static String parseCanonical(String ip) {
        if (ip.isEmpty() || ip.length() > 45) {
            return null;
        }
        if (ip.indexOf(':') < 0) {
            long v4 = parse4(ip);
            if (v4 < 0) {
                return null;
            }
            return leadingZero(ip) ? (v4 >>> 24) + "." + ((v4 >>> 16) & 0xff) + "." + ((v4 >>> 8) & 0xff) + "." + (v4 & 0xff) : ip;
        }
        int[] v6 = parse6(ip);
        return v6 == null ? null : format6(v6);
    }

    /**
     * Parses a dotted quad without allocating (this runs several times per flow event).
     *
     * @return the address as an unsigned 32-bit value, or -1 when the text is none
     */
    private static long parse4(String s) {
        long out = 0;
        int part = 0;
        int val = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (digits == 0 || part == 3) {
                    return -1;
                }
                out = out << 8 | val;
                part++;
                val = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return -1;
                }
                val = val * 10 + (c - '0');
                if (val > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        if (part != 3 || digits == 0) {
            return -1;
        }
        return out << 8 | val;
    }

    /** @return true when a part of a valid dotted quad has a leading zero (then it is not canonical) */
    private static boolean leadingZero(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '0' && (i == 0 || s.charAt(i - 1) == '.') && s.charAt(i + 1) != '.') {
                return true;
            }
        }
        return false;
    }

    /** @return 8 groups, or null */
    private static int[] parse6(String s) {
        int pct = s.indexOf('%');
        if (pct >= 0) {
            s = s.substring(0, pct);
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null) {
            return null;
        }
        int n = h.length + t.length;
        if ((dbl < 0 && n != 8) || (dbl >= 0 && n > 7)) {
            return null;
        }
        int[] out = new int[8];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(t, 0, out, 8 - t.length, t.length);
        return out;
    }

    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] p = s.split(":", -1);
        int extra = 0;
        int[] v4 = null;
        if (p[p.length - 1].indexOf('.') >= 0) {
            long a = parse4(p[p.length - 1]);
            if (a < 0) {
                return null;
            }
            v4 = new int[] {(int) (a >>> 24), (int) (a >>> 16) & 0xff, (int) (a >>> 8) & 0xff, (int) a & 0xff};
            extra = 1;
        }
        int[] out = new int[p.length + extra];
        for (int i = 0; i < p.length - extra; i++) {
            if (p[i].isEmpty() || p[i].length() > 4) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p[i].length(); j++) {
                int d = Character.digit(p[i].charAt(j), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        if (v4 != null) {
            out[out.length - 2] = v4[0] << 8 | v4[1];
            out[out.length - 1] = v4[2] << 8 | v4[3];
        }
        return out;
    }

    private static String format6(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8;) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            b.append(Integer.toHexString(g[i]));
            if (i < 7) {
                b.append(':');
            }
        }
        return b.toString();
    }

    /** @return true for addresses that only exist inside a home: RFC 1918, link-local, IPv6 ULA */
    public static boolean local(String canonical) {
        if (canonical == null) {
            return false;
        }
        return (known(canonical).flags & LOCAL) != 0;
    }

    static boolean isLocal(String canonical) {
        if (canonical.indexOf(':') >= 0) {
            String c = canonical.toLowerCase(java.util.Locale.ROOT);
            return c.startsWith("fe8") || c.startsWith("fe9") || c.startsWith("fea") || c.startsWith("feb")
                    || c.startsWith("fc") || c.startsWith("fd");
        }
        long v = parse4(canonical);
        if (v < 0) {
            return false;
        }
        int a = (int) (v >>> 24);
        int b = (int) (v >>> 16) & 0xff;
        return a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 169 && b == 254);
    }

    /** @return true for unspecified, broadcast, multicast and loopback addresses: they name no device */
    public static boolean unassignable(String canonical) {
        if (canonical == null) {
            return true;
        }
        return (known(canonical).flags & UNASSIGNABLE) != 0;
    }

    static boolean isUnassignable(String canonical) {
        if (canonical.indexOf(':') >= 0) {
            return canonical.equals("::") || canonical.equals("::1") || canonical.startsWith("ff");
        }
        long v = parse4(canonical);
        int a = (int) (v >>> 24);
        return v < 0 || a == 0 || a == 127 || a >= 224 || canonical.endsWith(".255");
    }

    /** @return true when the address is IPv6 global unicast (2000::/3) */
    public static boolean global6(String canonical) {
        return canonical != null && canonical.indexOf(':') >= 0 && !canonical.isEmpty()
                && (canonical.charAt(0) == '2' || canonical.charAt(0) == '3') && canonical.indexOf(':') == 4;
    }
}
