package io.hearthguard.response.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validation and normalisation of what goes into a rule: MACs, address literals, CIDR
 * prefixes and domain names. Nothing here resolves a name; a string is either a literal or
 * refused, so a malformed value can never reach the nft script.
 */
final class Addresses {
    private Addresses() {
    }

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    /** @return the MAC in lower-case colon form; throws naming the value when malformed */
    static String mac(String mac) {
        String m = mac.strip().toLowerCase(Locale.ROOT).replace('-', ':');
        if (!MAC.matcher(m).matches()) {
            throw new IllegalArgumentException("not a MAC address (aa:bb:cc:dd:ee:ff): '" + shorten(mac) + "'");
        }
        if (m.equals("00:00:00:00:00:00") || m.equals("ff:ff:ff:ff:ff:ff")) {
            throw new IllegalArgumentException("refusing the " + m + " MAC address");
        }
        return m;
    }

    /** @return true for an IPv4 or IPv6 literal, optionally with a /prefix */
    static boolean isAddress(String s) {
        try {
            address(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @return the address or prefix in canonical form (IPv6 compressed by the JDK, host bits of
     *         a prefix must be zero); throws naming the value when malformed
     */
    static String address(String s) {
        String t = s.strip();
        int slash = t.indexOf('/');
        String host = slash < 0 ? t : t.substring(0, slash);
        boolean v6 = host.indexOf(':') >= 0;
        byte[] bytes = v6 ? v6(host, s) : v4(host, s);
        if (slash < 0) {
            return format(bytes);
        }
        String p = t.substring(slash + 1);
        if (!p.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("bad prefix length in '" + shorten(s) + "'");
        }
        int prefix = Integer.parseInt(p);
        if (prefix > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length " + prefix + " too long in '" + shorten(s) + "'");
        }
        if (prefix < (v6 ? 16 : 8)) {
            throw new IllegalArgumentException("refusing a prefix as wide as /" + prefix + ": '" + shorten(s) + "'");
        }
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("host bits set in prefix '" + shorten(s) + "'");
            }
        }
        return format(bytes) + "/" + prefix;
    }

    /** @return true when the canonical address or prefix is IPv6 */
    static boolean isV6(String canonical) {
        return canonical.indexOf(':') >= 0;
    }

    /** @return the domain in lower case without a trailing dot; throws when malformed */
    static String domain(String d) {
        String n = d.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.isEmpty() || n.length() > 253) {
            throw new IllegalArgumentException("domain name must be 1-253 chars: '" + shorten(d) + "'");
        }
        String[] labels = n.split("\\.", -1);
        if (labels.length < 2) {
            throw new IllegalArgumentException("not a domain name (needs a dot): '" + shorten(d) + "'");
        }
        for (String l : labels) {
            if (!LABEL.matcher(l).matches()) {
                throw new IllegalArgumentException("not a domain name: '" + shorten(d) + "'");
            }
        }
        return n;
    }

    private static byte[] v4(String host, String original) {
        var m = V4.matcher(host);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an IP address, prefix or domain: '" + shorten(original) + "'");
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = m.group(i + 1);
            int v = Integer.parseInt(part);
            if (v > 255 || (part.length() > 1 && part.charAt(0) == '0')) {
                throw new IllegalArgumentException("not an IPv4 address: '" + shorten(original) + "'");
            }
            b[i] = (byte) v;
        }
        return b;
    }

    private static byte[] v6(String host, String original) {
        if (!V6_CHARS.matcher(host).matches()) {
            throw new IllegalArgumentException("not an IPv6 address: '" + shorten(original) + "'");
        }
        try {
            // a string containing ':' is parsed as an IPv6 literal and never looked up
            InetAddress a = InetAddress.getByName(host);
            if (!(a instanceof Inet6Address)) {
                return a.getAddress(); // ::ffff:a.b.c.d is returned as IPv4 by the JDK
            }
            return a.getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: '" + shorten(original) + "'");
        }
    }

    private static String format(byte[] b) {
        try {
            String s = InetAddress.getByAddress(b).getHostAddress();
            return b.length == 16 ? compress(s) : s;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK prints IPv6 uncompressed (0:0:0:0:0:0:0:1); nft and people use ::1. */
    private static String compress(String full) {
        String[] g = full.split(":");
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < g.length; ) {
            if (g[i].equals("0")) {
                int j = i;
                while (j < g.length && g[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, g.length));
        return head + "::" + tail;
    }

    static String shorten(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        StringBuilder out = new StringBuilder();
        t.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "?" : new String(Character.toChars(c))));
        return out.toString();
    }
}
