package io.hearthguard.hygiene.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The IPv4 subnets hygiene checks may reach. Anything else is refused before a socket is
 * opened. Addresses are parsed as dotted-quad literals only, never resolved by DNS, so a
 * name cannot smuggle a target outside the home. Immutable.
 */
public final class HomeSubnets {
    private final int[] bases;
    private final int[] masks;
    private final List<String> text;

    private HomeSubnets(int[] bases, int[] masks, List<String> text) {
        this.bases = bases;
        this.masks = masks;
        this.text = List.copyOf(text);
    }

    /**
     * @param cidrs e.g. {@code 192.168.1.0/24}; prefixes shorter than /16 are refused (a home
     *              network is never that large, and a typo must not open the internet)
     * @throws IllegalArgumentException naming the bad entry
     */
    public static HomeSubnets of(List<String> cidrs) {
        int n = cidrs.size();
        if (n > 64) {
            throw new IllegalArgumentException("homeSubnets: at most 64 subnets, got " + n);
        }
        int[] b = new int[n];
        int[] m = new int[n];
        List<String> text = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String c = cidrs.get(i) == null ? "" : cidrs.get(i).strip();
            int slash = c.indexOf('/');
            Integer addr = parse(slash < 0 ? c : c.substring(0, slash));
            int prefix = -1;
            if (slash > 0 && c.length() - slash <= 3) {
                try {
                    prefix = Integer.parseInt(c.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
            }
            if (addr == null || prefix < 16 || prefix > 32) {
                throw new IllegalArgumentException("homeSubnets entry '" + shorten(c)
                        + "' is not an IPv4 subnet written a.b.c.d/NN with NN from 16 to 32");
            }
            m[i] = prefix == 0 ? 0 : -1 << (32 - prefix);
            b[i] = addr & m[i];
            text.add(format(b[i]) + "/" + prefix);
        }
        return new HomeSubnets(b, m, text);
    }

    /** @return true when {@code ip} is a dotted-quad IPv4 literal inside one of the subnets */
    public boolean contains(String ip) {
        Integer a = parse(ip);
        if (a == null) {
            return false;
        }
        for (int i = 0; i < bases.length; i++) {
            if ((a & masks[i]) == bases[i]) {
                return true;
            }
        }
        return false;
    }

    /** @return true when nothing may be checked */
    public boolean isEmpty() {
        return bases.length == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** @return the address as an int, or null when {@code s} is not exactly four decimal octets */
    static Integer parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 15) {
            return null;
        }
        int value = 0;
        int octets = 0;
        int cur = -1;
        for (int i = 0; i <= s.length(); i++) {
            char ch = i == s.length() ? '.' : s.charAt(i);
            if (ch == '.') {
                if (cur < 0 || ++octets > 4) {
                    return null;
                }
                value = value << 8 | cur;
                cur = -1;
            } else if (ch >= '0' && ch <= '9') {
                cur = cur < 0 ? ch - '0' : cur * 10 + (ch - '0');
                if (cur > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return octets == 4 ? value : null;
    }

    static String format(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
