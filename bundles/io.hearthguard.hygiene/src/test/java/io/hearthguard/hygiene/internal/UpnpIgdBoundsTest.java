package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Routers that misbehave on purpose, written by this test on loopback (a real miniupnpd is in
 * {@link UpnpIgdNetnsTest}; it cannot be made to misbehave): a huge description, a redirect,
 * a control URL pointing elsewhere, a router that never ends its list, hostile mapping text.
 */
@Timeout(60)
class UpnpIgdBoundsTest {
    private static final String DESC = "<root><device><serviceList><service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>"
            + "<controlURL>%s</controlURL></service></serviceList></device></root>";

    /** Answers every connection with {@code answer.apply(n)} (n counts the connections), reading the request first. */
    private static ServerSocket server(java.util.function.IntFunction<String> answer, AtomicInteger count) throws Exception {
        ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!ss.isClosed()) {
                try (Socket s = ss.accept()) {
                    InputStream in = s.getInputStream();
                    byte[] b = new byte[8192];
                    in.read(b);
                    OutputStream out = s.getOutputStream();
                    out.write(answer.apply(count.getAndIncrement()).getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (Exception e) {
                    // the client cut us off: expected for the bounded cases
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return ss;
    }

    private static String http(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n" + body;
    }

    private static UpnpIgd igd(int maxMappings) {
        return new UpnpIgd(HomeSubnets.of(List.of("127.0.0.0/24")), new UpnpIgd.Bounds(new Limits(500, 1000, 4096), 200, maxMappings, 4096, 10_000));
    }

    private static String entry(int i) {
        return http("<s:Envelope><s:Body><u:GetGenericPortMappingEntryResponse><NewRemoteHost></NewRemoteHost><NewExternalPort>" + (20000 + i)
                + "</NewExternalPort><NewProtocol>TCP</NewProtocol><NewInternalPort>80</NewInternalPort><NewInternalClient>127.0.0.9</NewInternalClient>"
                + "<NewEnabled>1</NewEnabled><NewPortMappingDescription>\u001b[2Jx&lt;b&gt;</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration>"
                + "</u:GetGenericPortMappingEntryResponse></s:Body></s:Envelope>");
    }

    @Test
    void aRouterThatNeverEndsItsListIsCutAtTheMappingBound() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (ServerSocket ss = server(i -> i == 0 ? http(String.format(DESC, "/ctl")) : entry(i), n)) {
            UpnpIgd.Result r = igd(5).fromLocation("http://127.0.0.1:" + ss.getLocalPort() + "/d.xml", "127.0.0.1");
            assertEquals(5, r.mappings().size());
            assertTrue(r.notes().toString().contains("stopped at 5 mappings"), r.notes().toString());
            assertEquals(7, n.get()); // the description, five entries and the external address, nothing more
            UpnpIgd.Mapping m = r.mappings().get(0);
            assertTrue(!m.description().contains("\u001b"), m.description()); // escape codes cleaned out
            assertTrue(m.describe().contains("from any address on the internet") && m.describe().contains("permanent"), m.describe());
        }
    }

    @Test
    void aHugeDescriptionIsCutAtTheByteBoundWithANote() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (ServerSocket ss = server(i -> http("<root>" + "<x>padding</x>".repeat(100_000) + "</root>"), n)) {
            UpnpIgd.Result r = igd(5).fromLocation("http://127.0.0.1:" + ss.getLocalPort() + "/d.xml", "127.0.0.1");
            assertNull(r.router());
            assertTrue(r.notes().toString().contains("answer cut at 4096 bytes"), r.notes().toString());
            assertTrue(r.bytesReceived() <= 4096, "read " + r.bytesReceived());
        }
    }

    @Test
    void aRedirectIsNotFollowedAndAControlUrlElsewhereIsRefused() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (ServerSocket ss = server(i -> "HTTP/1.1 302 Found\r\nLocation: http://192.0.2.1/\r\nConnection: close\r\n\r\n", n)) {
            UpnpIgd.Result r = igd(5).fromLocation("http://127.0.0.1:" + ss.getLocalPort() + "/d.xml", "127.0.0.1");
            assertNull(r.router());
            assertTrue(r.notes().toString().contains("redirect (302), not followed"), r.notes().toString());
            assertEquals(1, n.get());
        }
        AtomicInteger m = new AtomicInteger();
        try (ServerSocket ss = server(i -> http(String.format(DESC, "http://192.0.2.1/ctl")), m)) {
            UpnpIgd.Result r = igd(5).fromLocation("http://127.0.0.1:" + ss.getLocalPort() + "/d.xml", "127.0.0.1");
            assertNull(r.router());
            assertTrue(r.notes().toString().contains("points elsewhere than the router"), r.notes().toString());
            assertEquals(1, m.get()); // only the description was fetched
        }
    }

    @Test
    void aLocationThatIsANameOrAnotherAddressIsRefusedBeforeAnyConnection() {
        UpnpIgd igd = igd(5);
        assertNull(igd.homeUri("http://router.example/d.xml", "127.0.0.1"));
        assertNull(igd.homeUri("http://127.0.0.2:5000/d.xml", "127.0.0.1"));
        assertNull(igd.homeUri("https://127.0.0.1/d.xml", "127.0.0.1"));
        assertEquals("127.0.0.1", igd.homeUri("http://127.0.0.1:5000/d.xml", "127.0.0.1").getHost());
    }

    @Test
    void ssdpHeadersAndMappingsParse() {
        assertEquals("http://10.0.0.1:5000/rootDesc.xml", UpnpIgd.header("HTTP/1.1 200 OK\r\nST: x\r\nLocation:  http://10.0.0.1:5000/rootDesc.xml \r\n\r\n", "location"));
        assertNull(UpnpIgd.header("HTTP/1.1 200 OK\r\nST: x\r\n", "location"));
        assertNull(UpnpIgd.mapping("<NewExternalPort>99999</NewExternalPort><NewProtocol>TCP</NewProtocol><NewInternalPort>1</NewInternalPort><NewInternalClient>10.0.0.2</NewInternalClient>"));
        assertNull(UpnpIgd.mapping("<NewExternalPort>80</NewExternalPort><NewProtocol>TCP</NewProtocol><NewInternalPort>1</NewInternalPort><NewInternalClient>evil.example</NewInternalClient>"));
    }
}
