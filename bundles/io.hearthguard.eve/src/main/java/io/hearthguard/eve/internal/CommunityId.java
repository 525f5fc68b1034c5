package io.hearthguard.eve.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Community ID flow hashing, version 1 (the spec Zeek, Suricata and Wireshark share): SHA-1
 * over the seed, both addresses, the protocol, a zero pad byte and both ports, the endpoint
 * with the smaller (address, port) first, base64-encoded and prefixed {@code 1:}. Ports are
 * included for TCP, UDP and SCTP; for other protocols they are left out. (ICMP's type/code
 * mapping is not implemented: ICMP flows get no community id.) Plain class; thread-safe.
 */
final class CommunityId {
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private CommunityId() {
    }

    /**
     * @param seed  the configured seed (0 by default, as in Suricata and Zeek)
     * @param src   source address literal
     * @param dst   destination address literal
     * @param proto IP protocol number
     * @return the community id, or null for ICMP/ICMPv6 or an address that is not a literal
     */
    static String of(int seed, String src, int srcPort, String dst, int dstPort, int proto) {
        if (proto == 1 || proto == 58) {
            return null;
        }
        byte[] a = literal(src);
        byte[] b = literal(dst);
        if (a == null || b == null || a.length != b.length) {
            return null;
        }
        boolean ports = proto == 6 || proto == 17 || proto == 132;
        int cmp = compare(a, b);
        if (cmp > 0 || cmp == 0 && ports && srcPort > dstPort) {
            byte[] t = a;
            a = b;
            b = t;
            int p = srcPort;
            srcPort = dstPort;
            dstPort = p;
        }
        MessageDigest d = SHA1.get();
        d.reset();
        d.update((byte) (seed >>> 8));
        d.update((byte) seed);
        d.update(a);
        d.update(b);
        d.update((byte) proto);
        d.update((byte) 0);
        if (ports) {
            d.update((byte) (srcPort >>> 8));
            d.update((byte) srcPort);
            d.update((byte) (dstPort >>> 8));
            d.update((byte) dstPort);
        }
        return "1:" + Base64.getEncoder().encodeToString(d.digest());
    }

    private static int compare(byte[] a, byte[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Integer.compare(a[i] & 0xFF, b[i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Parses an IP literal without ever resolving a name. */
    static byte[] literal(String ip) {
        if (ip == null || ip.isEmpty() || ip.length() > 45 || !ip.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
