package io.hearthguard.discovery.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Asks the link which DNS-SD services exist: one multicast DNS query (PTR questions, from
 * port 5353 so answers are multicast too) on one interface. Discovery does not read the
 * answers here: capture sees them like any announcement and they reach the inventory as
 * mDNS metadata.
 */
public final class MdnsQuery {
    /** Service types asked for: the DNS-SD meta-query and the types the built-in rules know. */
    public static final List<String> NAMES = List.of("_services._dns-sd._udp.local", "_googlecast._tcp.local",
            "_airplay._tcp.local", "_raop._tcp.local", "_hap._tcp.local", "_ipp._tcp.local", "_printer._tcp.local",
            "_device-info._tcp.local", "_amzn-wplay._tcp.local", "_spotify-connect._tcp.local", "_sonos._tcp.local",
            "_hue._tcp.local", "_androidtvremote2._tcp.local", "_matter._tcp.local");
    private static final InetSocketAddress GROUP = new InetSocketAddress("224.0.0.251", 5353);

    private MdnsQuery() {
    }

    /** @return the query message for {@code names} (at most 32, each a valid DNS name) */
    static byte[] message(List<String> names) {
        if (names.size() > 32) {
            throw new IllegalArgumentException("at most 32 questions");
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) names.size(), 0, 0, 0, 0, 0, 0});
        for (String n : names) {
            for (String label : n.split("\\.")) {
                byte[] l = label.getBytes(StandardCharsets.US_ASCII);
                if (l.length == 0 || l.length > 63) {
                    throw new IllegalArgumentException("bad label in " + n);
                }
                b.write(l.length);
                b.writeBytes(l);
            }
            b.writeBytes(new byte[] {0, 0, 12, 0, 1}); // root, PTR, IN (multicast answer wanted)
        }
        return b.toByteArray();
    }

    /** Sends one query out of {@code nif} from {@code local}:5353 with TTL 255 (RFC 6762). */
    public static void send(NetworkInterface nif, InetAddress local) throws IOException {
        byte[] m = message(NAMES);
        try (MulticastSocket s = new MulticastSocket(null)) {
            s.setReuseAddress(true); // an mDNS responder on this host may hold 5353 too
            s.bind(new InetSocketAddress(local, 5353));
            s.setNetworkInterface(nif);
            s.setTimeToLive(255);
            s.setLoopbackMode(true);
            s.send(new DatagramPacket(m, m.length, GROUP));
        }
    }
}
