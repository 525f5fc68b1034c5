package io.hearthguard.dns.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** Address prefixes ({@code 192.168.0.0/16}, {@code fc00::/7}); literal addresses only. */
final class Networks {
    /** Loopback, RFC 1918, shared address space, IPv6 loopback, unique local and link local. */
    static final String[] PRIVATE = {"127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
        "::1/128", "fc00::/7", "fe80::/10"};

    private record Prefix(byte[] net, int bits) {
    }

    private final List<Prefix> prefixes;

    private Networks(List<Prefix> prefixes) {
        this.prefixes = prefixes;
    }

    static Networks parse(String[] texts) {
        List<Prefix> out = new ArrayList<>();
        for (String raw : texts) {
            String t = raw.trim();
            if (t.isEmpty()) {
                continue;
            }
            int slash = t.indexOf('/');
            String host = slash < 0 ? t : t.substring(0, slash);
            if (!host.matches("[0-9A-Fa-f:.]+") || (host.indexOf(':') < 0 && !host.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
                throw new IllegalArgumentException("'" + raw + "' is not an address prefix such as 192.168.0.0/16");
            }
            byte[] net;
            try {
                net = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + raw + "' is not an address prefix such as 192.168.0.0/16");
            }
            int bits;
            try {
                bits = slash < 0 ? net.length * 8 : Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > net.length * 8) {
                throw new IllegalArgumentException("'" + raw + "': prefix length must be 0–" + net.length * 8);
            }
            out.add(new Prefix(net, bits));
        }
        return new Networks(List.copyOf(out));
    }

    boolean contains(InetAddress a) {
        byte[] b = a.getAddress();
        for (Prefix p : prefixes) {
            if (p.net.length == b.length && matches(p.net, b, p.bits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] net, byte[] b, int bits) {
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (net[i] != b[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (net[full] & mask) == (b[full] & mask);
    }
}
