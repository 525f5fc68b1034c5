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
        try (MulticastSocket s = new MulticastSocket(1900)) {
            s.joinGroup(new InetSocketAddress(InetAddress.getByName("239.255.255.250"), 1900), nif);
            s.setSoTimeout(500);
            System.out.println("READY");
            System.out.flush();
            byte[] buf = new byte[2048];
            while (System.nanoTime() < end) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (SocketTimeoutException e) {
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
}
