package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asks the router's UPnP on the router's own internet address, from inside the home: one
 * unicast SSDP {@code M-SEARCH} to UDP 1900 and one {@code GET} of its description on the port
 * its description is served from. That address — learned from the router itself
 * ({@code GetExternalIPAddress}) — is the only address outside the home subnets the hygiene
 * checks ever contact, and only when it is an ordinary unicast address (not loopback,
 * multicast, link-local, unspecified or broadcast) outside the home subnets.
 *
 * <p>What this can show: whether the UPnP service is bound to the home side only (then it does
 * not answer here and cannot answer from the internet either). What it cannot show: whether
 * the router's firewall lets the same request in from the internet. The probe reaches the
 * router through its home-side interface, and routers answer home-side peers whatever address
 * they ask (the real miniupnpd answers here alike whether it also listens on its internet side
 * or not); only a vantage point outside the home can tell.
 */
final class WanSide {
    private static final int MAX_ANSWERS = 4;

    /**
     * @param kind          {@code public}, {@code private} (RFC 1918), {@code shared} (carrier-grade NAT, RFC 6598) or {@code reserved}
     * @param ssdpAnswered  an SSDP answer came back (from the external address or the router's home address)
     * @param httpAnswered  the description port answered HTTP on the external address
     * @param notes         what was refused or went wrong
     */
    record Probe(String address, String kind, boolean ssdpAnswered, boolean httpAnswered, int httpPort, int httpStatus, List<String> notes,
            long bytesSent, long bytesReceived) {
        boolean answered() {
            return ssdpAnswered || httpAnswered;
        }
    }

    private WanSide() {
    }

    /** @return why {@code ip} may not be probed, or null when it may */
    static String refusal(String ip, HomeSubnets subnets) {
        byte[] b = HomeSubnets.parse(ip) == null ? null : Conversation.octets(ip);
        if (b == null) {
            return "the router's external address '" + ip + "' is not an IPv4 address; not probed";
        }
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (subnets.contains(ip)) {
            return "the router's external address " + ip + " is inside the home subnets; there is no outside address to probe";
        }
        if (a0 == 0 || a0 == 127 || a0 >= 224 || (a0 == 169 && a1 == 254)) {
            return "the router's external address " + ip + " is not an ordinary unicast address (loopback, link-local, multicast or reserved); not probed";
        }
        return null;
    }

    /** @return the gateway of the most specific route to {@code ip} in /proc/net/route ({@code 0.0.0.0}: on a link), or null */
    static String gatewayFor(String ip) {
        byte[] o = Conversation.octets(ip);
        long target = ((o[0] & 0xffL) << 24) | ((o[1] & 0xffL) << 16) | ((o[2] & 0xffL) << 8) | (o[3] & 0xffL);
        String best = null;
        int bestBits = -1;
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("/proc/net/route"))) {
            String line;
            for (int n = 0; (line = r.readLine()) != null && n < 10_000; n++) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 8 || f[1].length() != 8 || f[2].length() != 8 || f[7].length() != 8 || f[1].equals("Destination")) {
                    continue;
                }
                long dst = Long.reverseBytes(Long.parseLong(f[1], 16) << 32);
                long mask = Long.reverseBytes(Long.parseLong(f[7], 16) << 32);
                int bits = Long.bitCount(mask);
                if ((target & mask) == dst && bits > bestBits) {
                    long g = Long.parseLong(f[2], 16); // little-endian
                    best = (g & 255) + "." + ((g >> 8) & 255) + "." + ((g >> 16) & 255) + "." + ((g >> 24) & 255);
                    bestBits = bits;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return best;
    }

    static String kind(String ip) {
        byte[] b = Conversation.octets(ip);
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "shared";
        }
        if (a0 >= 240 || (a0 == 192 && a1 == 0) || (a0 == 198 && (a1 == 18 || a1 == 19))) {
            return "reserved";
        }
        return "public";
    }

    /**
     * @param routerHome the router's address inside the home (its SSDP answers may come from there)
     * @param httpPort   the port its description is served from
     * @param path       the description's path
     */
    static Probe probe(String external, String routerHome, int httpPort, String path, HomeSubnets subnets, Limits limits) throws InterruptedException {
        String why = refusal(external, subnets);
        if (why != null) {
            return new Probe(external, "", false, false, httpPort, 0, List.of(why), 0, 0);
        }
        String via = gatewayFor(external);
        if (!routerHome.equals(via)) {
            return new Probe(external, kind(external), false, false, httpPort, 0, List.of("this machine's route to " + external + " goes "
                    + (via == null ? "nowhere known" : via.equals("0.0.0.0") ? "directly out of an interface" : "through " + via)
                    + ", not through the router " + routerHome + "; the probe would not reach the router from the home side, so it was not sent"), 0, 0);
        }
        List<String> notes = new ArrayList<>();
        long[] bytes = new long[2];
        boolean ssdp = ssdp(external, routerHome, subnets, limits, notes, bytes);
        int status = http(external, httpPort, path, limits, notes, bytes);
        return new Probe(external, kind(external), ssdp, status > 0, httpPort, status, List.copyOf(notes), bytes[0], bytes[1]);
    }

    private static boolean ssdp(String external, String routerHome, HomeSubnets subnets, Limits limits, List<String> notes, long[] bytes)
            throws InterruptedException {
        InetAddress local = UpnpIgd.localAddress(subnets);
        if (local == null) {
            notes.add("no address of this machine is inside the home subnets; no SSDP probe sent");
            return false;
        }
        byte[] req = ("M-SEARCH * HTTP/1.1\r\nHOST: " + external + ":" + UpnpIgd.SSDP_PORT + "\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\n"
                + "ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(local, 0))) {
            s.send(new DatagramPacket(req, req.length, InetAddress.getByAddress(Conversation.octets(external)), UpnpIgd.SSDP_PORT));
            bytes[0] += req.length;
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(limits.readMillis(), 2000));
            byte[] buf = new byte[2048];
            for (int n = 0; n < MAX_ANSWERS; n++) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                s.setSoTimeout((int) Math.max(1, left));
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (SocketTimeoutException e) {
                    return false;
                }
                bytes[1] += p.getLength();
                String from = p.getAddress().getHostAddress();
                if ((from.equals(external) || from.equals(routerHome))
                        && new String(buf, 0, p.getLength(), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200")) {
                    return true;
                }
            }
        } catch (IOException e) {
            notes.add("the SSDP probe of " + external + " failed: " + e.getMessage());
        }
        return false;
    }

    /** @return the HTTP status the description port answered on the external address, 0 when none */
    private static int http(String external, int port, String path, Limits limits, List<String> notes, long[] bytes) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByAddress(Conversation.octets(external)), port), limits.connectTimeoutMillis());
            byte[] req = ("GET " + path + " HTTP/1.1\r\nHost: " + external + ":" + port + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            s.getOutputStream().write(req);
            bytes[0] += req.length;
            s.setSoTimeout(limits.readMillis());
            InputStream in = s.getInputStream();
            byte[] head = new byte[64];
            int n = 0;
            while (n < 12) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            bytes[1] += n;
            String line = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            return line.matches("(?s)HTTP/1\\.[01] \\d{3}.*") ? Integer.parseInt(line.substring(9, 12)) : 0;
        } catch (IOException e) {
            return 0; // refused, filtered or silent: not answering on that address
        }
    }
}
