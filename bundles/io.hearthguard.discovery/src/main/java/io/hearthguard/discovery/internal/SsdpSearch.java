package io.hearthguard.discovery.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One SSDP M-SEARCH on one interface: asks the link who is there and collects the answers
 * for a bounded time. The query goes to the SSDP multicast group with TTL 1 (it never leaves
 * the link); answers from outside the allowed subnets are ignored.
 */
public final class SsdpSearch {
    /** One answer: the responder's address and its headers (upper-case names, cleaned values). */
    public record Response(String ip, Map<String, String> headers) {
        public String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    static final int MAX_RESPONSES = 256;
    static final int MAX_HEADERS = 32;
    private static final InetSocketAddress GROUP = new InetSocketAddress("239.255.255.250", 1900);
    private static final byte[] QUERY = ("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\n"
            + "MX: 1\r\nST: ssdp:all\r\nUSER-AGENT: Hearthguard discovery\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private SsdpSearch() {
    }

    /** @return the interface's IPv4 address inside {@code allowed}, or null */
    public static InetAddress localAddress(NetworkInterface nif, Subnets allowed) {
        for (InterfaceAddress a : nif.getInterfaceAddresses()) {
            if (a.getAddress() instanceof Inet4Address v4 && allowed.contains(v4.getHostAddress())) {
                return v4;
            }
        }
        return null;
    }

    /**
     * Sends one M-SEARCH and collects answers until {@code wait} has passed.
     *
     * @throws IOException when the socket cannot be opened or the query not sent
     */
    public static List<Response> search(NetworkInterface nif, InetAddress local, Subnets allowed, Duration wait) throws IOException {
        List<Response> out = new ArrayList<>();
        try (MulticastSocket s = new MulticastSocket(new InetSocketAddress(local, 0))) {
            s.setNetworkInterface(nif);
            s.setTimeToLive(1);
            s.setLoopbackMode(true); // true disables loopback of our own query
            s.send(new DatagramPacket(QUERY, QUERY.length, GROUP));
            long end = System.nanoTime() + wait.toNanos();
            byte[] buf = new byte[2048];
            while (out.size() < MAX_RESPONSES) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                s.setSoTimeout((int) Math.max(1, left));
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (SocketTimeoutException e) {
                    break;
                }
                String ip = Ips.canonical(p.getAddress().getHostAddress());
                if (!allowed.contains(ip)) {
                    continue;
                }
                Map<String, String> h = parse(new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.ISO_8859_1));
                if (h != null) {
                    out.add(new Response(ip, h));
                }
            }
        }
        return out;
    }

    /** @return the headers of an {@code HTTP/1.1 200} answer, or null for anything else */
    static Map<String, String> parse(String text) {
        String[] lines = text.split("\r?\n", MAX_HEADERS + 2);
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 200")) {
            return null;
        }
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 1; i < lines.length && i <= MAX_HEADERS; i++) {
            int c = lines[i].indexOf(':');
            if (c <= 0 || c > 64) {
                continue;
            }
            h.putIfAbsent(lines[i].substring(0, c).strip().toUpperCase(Locale.ROOT), Text.clean(lines[i].substring(c + 1), 512));
        }
        return h;
    }
}
