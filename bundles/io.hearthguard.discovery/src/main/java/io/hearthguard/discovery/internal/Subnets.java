package io.hearthguard.discovery.internal;

import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/** IPv4 subnets active discovery may talk to. Immutable. */
public final class Subnets {
    /** One IPv4 network, {@code base/prefix}. */
    public record Net(int base, int prefix) {
        boolean contains(int addr) {
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (addr & mask) == (base & mask);
        }

        @Override
        public String toString() {
            return ((base >>> 24) & 255) + "." + ((base >>> 16) & 255) + "." + ((base >>> 8) & 255) + "." + (base & 255) + "/" + prefix;
        }
    }

    private final List<Net> nets;

    private Subnets(List<Net> nets) {
        this.nets = List.copyOf(nets);
    }

    /** @return no subnet: nothing is allowed */
    public static Subnets none() {
        return new Subnets(List.of());
    }

    /**
     * @param cidrs e.g. {@code 192.168.1.0/24}; prefixes shorter than /16 are refused (a
     *              home network is never that large, and a typo must not open the internet)
     * @throws IllegalArgumentException naming the bad entry
     */
    public static Subnets of(List<String> cidrs) {
        List<Net> out = new ArrayList<>();
        for (String c : cidrs) {
            String t = c.strip();
            int slash = t.indexOf('/');
            String ip = Ips.canonical(slash < 0 ? t : t.substring(0, slash));
            int prefix;
            try {
                prefix = slash < 0 ? 32 : Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (ip == null || ip.indexOf(':') >= 0 || prefix < 16 || prefix > 32) {
                throw new IllegalArgumentException("io.hearthguard.discovery: activeSubnets entry '" + c
                        + "' is not an IPv4 subnet of /16 or smaller");
            }
            out.add(new Net(v4(ip), prefix));
        }
        return new Subnets(out);
    }

    /** @return the IPv4 subnets of a network interface, or none when it does not exist */
    public static Subnets ofInterface(String name) {
        List<Net> out = new ArrayList<>();
        try {
            NetworkInterface nif = name == null ? null : NetworkInterface.getByName(name);
            if (nif != null) {
                for (InterfaceAddress a : nif.getInterfaceAddresses()) {
                    InetAddress ia = a.getAddress();
                    byte[] b = ia.getAddress();
                    if (b.length == 4 && a.getNetworkPrefixLength() >= 16 && a.getNetworkPrefixLength() <= 32) {
                        out.add(new Net((b[0] & 255) << 24 | (b[1] & 255) << 16 | (b[2] & 255) << 8 | (b[3] & 255),
                                a.getNetworkPrefixLength()));
                    }
                }
            }
        } catch (SocketException e) {
            return none();
        }
        return new Subnets(out);
    }

    /** @return true when {@code canonicalIp} is an IPv4 address inside one of the subnets */
    public boolean contains(String canonicalIp) {
        if (canonicalIp == null || canonicalIp.indexOf(':') >= 0) {
            return false;
        }
        int a = v4(canonicalIp);
        for (Net n : nets) {
            if (n.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when no subnet is allowed */
    public boolean isEmpty() {
        return nets.isEmpty();
    }

    @Override
    public String toString() {
        return nets.toString();
    }

    private static int v4(String canonical) {
        String[] p = canonical.split("\\.");
        return Integer.parseInt(p[0]) << 24 | Integer.parseInt(p[1]) << 16 | Integer.parseInt(p[2]) << 8 | Integer.parseInt(p[3]);
    }
}
