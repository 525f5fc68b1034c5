package io.hearthguard.discovery.internal;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Test-only UPnP device for the live test: runs inside a network namespace the test creates,
 * answers M-SEARCH on one interface and serves its description. Stops by itself after 30 s.
 */
public final class SsdpResponder {
    private SsdpResponder() {
    }

    public static void main(String[] args) throws Exception {
        String ip = args[0];
        NetworkInterface nif = NetworkInterface.getByName(args[1]);
        HttpServer http = HttpServer.create(new InetSocketAddress(ip, 8080), 0);
        byte[] desc = UpnpFetcherTest.DESCRIPTION.getBytes(StandardCharsets.UTF_8);
        http.createContext("/desc.xml", x -> {
            x.sendResponseHeaders(200, desc.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(desc);
            }
        });
        http.start();
        long end = System.nanoTime() + 30_000_000_000L;
        Thread mdns = new Thread(() -> listenMdns(nif, end), "mdns");
        mdns.setDaemon(true);
        mdns.start();
        try (MulticastSocket s = new MulticastSocket(1900)) {
            s.joinGroup(new InetSocketAddress(InetAddress.getByName("239.255.255.250"), 1900), nif);
            System.out.println("READY");
            System.out.flush();
            byte[] buf = new byte[2048];
            while (System.nanoTime() < end) {
                DatagramPacket p = receive(s, buf);
                if (p == null) {
                    continue;
                }
                String q = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
                if (!q.startsWith("M-SEARCH")) {
                    continue;
                }
                byte[] answer = ("HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\n"
                        + "LOCATION: http://" + ip + ":8080/desc.xml\r\nSERVER: Linux/6.1 UPnP/1.0 AcmeRenderer/2\r\n"
                        + "ST: urn:schemas-upnp-org:device:MediaRenderer:1\r\nUSN: uuid:acme-0001::urn:schemas-upnp-org:device:MediaRenderer:1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                s.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
            }
        } finally {
            http.stop(0);
        }
    }

    /** @return the next datagram, or null after half a second without one */
    private static DatagramPacket receive(MulticastSocket s, byte[] buf) throws java.io.IOException {
        s.setSoTimeout(500);
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            s.receive(p);
            return p;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** Prints each mDNS query it receives as {@code MDNS <source port> <question names>}. */
    private static void listenMdns(NetworkInterface nif, long end) {
        try (MulticastSocket s = new MulticastSocket(5353)) {
            s.joinGroup(new InetSocketAddress(InetAddress.getByName("224.0.0.251"), 5353), nif);
            byte[] buf = new byte[9000];
            while (System.nanoTime() < end) {
                DatagramPacket p = receive(s, buf);
                if (p == null) {
                    continue;
                }
                StringBuilder names = new StringBuilder();
                int q = (buf[4] & 255) << 8 | (buf[5] & 255);
                int i = 12;
                for (int n = 0; n < q && i < p.getLength(); n++) {
                    StringBuilder name = new StringBuilder();
                    while (i < p.getLength() && buf[i] != 0) {
                        int len = buf[i] & 255;
                        name.append(name.length() > 0 ? "." : "").append(new String(buf, i + 1, len, StandardCharsets.US_ASCII));
                        i += len + 1;
                    }
                    i += 5;
                    names.append(' ').append(name);
                }
                synchronized (System.out) {
                    System.out.println("MDNS " + p.getPort() + names);
                    System.out.flush();
                }
            }
        } catch (Exception e) {
            System.out.println("MDNS-ERROR " + e);
        }
    }
}
