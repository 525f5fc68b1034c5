package io.hearthguard.capture.internal.meta;

/** Textual forms of addresses (allocates; used off the per-packet path). */
public final class Addr {
    private Addr() {
    }

    public static String ipv4(int a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    /** IPv4-mapped addresses print as IPv4; others in RFC 5952 form. */
    public static String ip(long hi, long lo) {
        if (hi == 0 && (lo >>> 32) == 0xFFFFL) {
            return ipv4((int) lo);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) (hi >>> (48 - 16 * i)) & 0xffff;
            g[4 + i] = (int) (lo >>> (48 - 16 * i)) & 0xffff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] == 0) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestLen = j - i;
                    bestStart = i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(Integer.toHexString(g[i]));
            if (i < 7) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    public static String ipv6(byte[] d, int o) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (d[o + i] & 0xff);
            lo = (lo << 8) | (d[o + 8 + i] & 0xff);
        }
        return ip(hi, lo);
    }

    public static String ipv4(byte[] d, int o) {
        return (d[o] & 0xff) + "." + (d[o + 1] & 0xff) + "." + (d[o + 2] & 0xff) + "." + (d[o + 3] & 0xff);
    }

    public static String mac(long m) {
        if (m < 0) {
            return "";
        }
        char[] c = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (m >>> (40 - 8 * i)) & 0xff;
            c[i * 3] = HEX[b >> 4];
            c[i * 3 + 1] = HEX[b & 15];
            if (i < 5) {
                c[i * 3 + 2] = ':';
            }
        }
        return new String(c);
    }

    public static String mac(byte[] d, int o) {
        long m = 0;
        for (int i = 0; i < 6; i++) {
            m = (m << 8) | (d[o + i] & 0xff);
        }
        return mac(m);
    }

    public static String hex(byte[] d, int o, int n) {
        char[] c = new char[n * 2];
        for (int i = 0; i < n; i++) {
            c[2 * i] = HEX[(d[o + i] >> 4) & 15];
            c[2 * i + 1] = HEX[d[o + i] & 15];
        }
        return new String(c);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
