package io.hearthguard.dns.internal;

import static io.hearthguard.dns.internal.Tools.dig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.dns.DnsQueryLog.Query;
import io.hearthguard.platform.dns.DnsQueryLog.Verdict;

/**
 * The forwarder between a real client (dig) and a real upstream (dnsmasq), all on loopback.
 * dnsmasq stands for the internet's resolvers: it knows only the names the test gives it.
 */
class DnsForwarderTest {
    private static final List<String> HERE = List.of();

    @TempDir
    Path dir;
    private Process upstream;
    private int upstreamPort;
    private DnsComponent dns;

    @BeforeEach
    void upstream() throws Exception {
        Tools.assumeDnsTools();
        upstreamPort = Tools.freeUdpPort();
        upstream = Tools.dnsmasq(HERE, "127.0.0.1", upstreamPort, "fwd.test=192.0.2.10", "tracker.test=192.0.2.66");
        for (int i = 0; i < 50 && !dig(HERE, "127.0.0.1", upstreamPort, "+short", "fwd.test").contains("192.0.2.10"); i++) {
            Thread.sleep(100);
        }
        Files.createDirectories(dir.resolve("lists"));
        Files.writeString(dir.resolve("lists/ads.hosts"), "0.0.0.0 tracker.test\n");
    }

    @AfterEach
    void stop() throws Exception {
        if (dns != null) {
            dns.deactivate();
        }
        Tools.destroy(upstream);
    }

    private DnsComponent start(Map<String, Object> extra) throws Exception {
        Map<String, Object> c = new HashMap<>();
        c.put("listen", new String[] {"127.0.0.1:0"});
        c.put("upstreams", new String[] {"127.0.0.1:" + upstreamPort});
        c.put("blocklistDirectories", new String[] {dir.resolve("lists").toString()});
        c.put("reloadSeconds", 1);
        c.putAll(extra);
        dns = new DnsComponent(Tools.config(c), dir, null);
        return dns;
    }

    private int port() {
        return dns.bound().get(0).getPort();
    }

    @Test
    void forwardsAllowedNamesSinkholesBlockedOnesAndRecordsWhoAsked() throws Exception {
        start(Map.of());
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+short", "fwd.test").strip());
        String blocked = dig(HERE, "127.0.0.1", port(), "www.tracker.test");
        assertTrue(blocked.contains("status: NXDOMAIN"), blocked);
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+tcp", "+short", "fwd.test").strip(), "over TCP too");
        List<Query> log = dns.recent(10);
        assertEquals(3, log.size(), log.toString());
        assertEquals(Verdict.FORWARDED, log.get(0).verdict());
        Query b = log.get(1);
        assertEquals(Verdict.BLOCKED, b.verdict());
        assertEquals("www.tracker.test", b.name());
        assertEquals("ads.hosts", b.list());
        assertEquals("127.0.0.1", b.client());
        assertEquals(3, b.rcode());
        assertEquals(3, dns.byClient("127.0.0.1", 10).size());
        assertEquals(0, dns.byClient("10.0.0.9", 10).size());
    }

    @Test
    void theNullSinkholeAnswersTheUnspecifiedAddress() throws Exception {
        start(Map.of("sinkhole", "null"));
        assertEquals("0.0.0.0", dig(HERE, "127.0.0.1", port(), "+short", "tracker.test", "A").strip());
        assertEquals("::", dig(HERE, "127.0.0.1", port(), "+short", "tracker.test", "AAAA").strip());
        String mx = dig(HERE, "127.0.0.1", port(), "tracker.test", "MX");
        assertTrue(mx.contains("status: NOERROR") && mx.contains("ANSWER: 0"), mx);
    }

    @Test
    void aNewListIsInForceWithoutARestartAndARemovedOneIsLifted() throws Exception {
        start(Map.of());
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+short", "fwd.test").strip());
        Path tmp = dir.resolve("lists/.new");
        Files.writeString(tmp, "fwd.test\n");
        Files.move(tmp, dir.resolve("lists/family.txt"));
        long until = System.nanoTime() + 15_000_000_000L;
        while (dns.lists().match("fwd.test") == null && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertTrue(dig(HERE, "127.0.0.1", port(), "fwd.test").contains("status: NXDOMAIN"));
        Files.delete(dir.resolve("lists/family.txt"));
        until = System.nanoTime() + 15_000_000_000L;
        while (dns.lists().match("fwd.test") != null && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertNull(dns.lists().match("fwd.test"));
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+short", "fwd.test").strip());
    }

    @Test
    void aDeadUpstreamIsPassedOverAndNoUpstreamGivesServfail() throws Exception {
        int dead = Tools.freeUdpPort();
        start(Map.of("upstreams", new String[] {"127.0.0.1:" + dead, "127.0.0.1:" + upstreamPort}, "timeoutMillis", 300));
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+short", "fwd.test").strip());
        dns.deactivate();
        dns = null;
        start(Map.of("upstreams", new String[] {"127.0.0.1:" + dead}, "timeoutMillis", 300));
        String out = dig(HERE, "127.0.0.1", port(), "fwd.test");
        assertTrue(out.contains("status: SERVFAIL"), out);
        assertEquals(Verdict.FAILED, dns.recent(1).get(0).verdict());
    }

    @Test
    void clientsOutsideTheHomeGetNoAnswer() throws Exception {
        start(Map.of("allowedClients", new String[] {"10.0.0.0/8"}));
        String out = dig(HERE, "127.0.0.1", port(), "fwd.test");
        assertTrue(out.contains("timed out") || out.contains("no servers could be reached"), out);
        assertEquals(Verdict.REFUSED, dns.recent(1).get(0).verdict());
    }

    @Test
    void malformedQueriesGetFormerrOrNothingAndTheForwarderKeepsAnswering() throws Exception {
        start(Map.of());
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", port());
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            s.setSoTimeout(1000);
            // shorter than a header: nothing comes back
            send(s, to, new byte[] {1, 2, 3, 4, 5});
            assertNull(receive(s));
            // a header claiming one question, then a name whose pointer points at itself
            byte[] loop = {0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xc0, 12, 0, 1, 0, 1};
            send(s, to, loop);
            byte[] formerr = receive(s);
            assertTrue(formerr != null && formerr.length >= 12, "FORMERR expected");
            assertEquals(0x12, formerr[0]);
            assertEquals(0x34, formerr[1]);
            assertEquals(1, formerr[3] & 0x0f, "rcode FORMERR");
            // a truncated question
            send(s, to, new byte[] {0x22, 0x22, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'a', 'b'});
            assertEquals(1, receive(s)[3] & 0x0f);
            // a response sent to the forwarder: never answered (no reflection)
            send(s, to, new byte[] {0x33, 0x33, (byte) 0x81, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0});
            assertNull(receive(s));
            // 4,000 bytes of noise
            byte[] noise = new byte[4000];
            new java.util.Random(7).nextBytes(noise);
            send(s, to, noise);
            receive(s);
        }
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+short", "fwd.test").strip());
        assertTrue(dns.recent(10).stream().filter(q -> q.verdict() == Verdict.MALFORMED).count() >= 3);
    }

    @Test
    void slowAndSurplusTcpClientsAreCutOffWhileOthersAreServed() throws Exception {
        start(Map.of("maxTcpConnections", 4, "tcpIdleMillis", 500));
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket s = new Socket("127.0.0.1", port());
                s.getOutputStream().write(new byte[] {(byte) 0xea, 0x60, 1}); // announces 60,000 bytes, sends one
                held.add(s);
            }
            Thread.sleep(200);
            try (Socket extra = new Socket("127.0.0.1", port())) {
                extra.setSoTimeout(2000);
                assertEquals(-1, extra.getInputStream().read(), "a connection over the limit is closed at once");
            }
            for (Socket s : held) {
                s.setSoTimeout(3000);
                assertEquals(-1, s.getInputStream().read(), "a slow client is closed after the idle time");
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+tcp", "+short", "fwd.test").strip());
        assertEquals("192.0.2.10", dig(HERE, "127.0.0.1", port(), "+short", "fwd.test").strip());
    }

    @Test
    void aFloodFromOneClientIsRateLimitedAndOthersStillGetAnswers() throws Exception {
        start(Map.of("ratePerClient", 50, "burstPerClient", 100));
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", port());
        int answered = 0;
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            s.setSoTimeout(20);
            byte[] q = org.xbill.DNS.Message.newQuery(org.xbill.DNS.Record.newRecord(org.xbill.DNS.Name.fromString("x.tracker.test."),
                    org.xbill.DNS.Type.A, org.xbill.DNS.DClass.IN)).toWire();
            for (int i = 0; i < 2000; i++) {
                send(s, to, q);
            }
            long until = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < until) {
                if (receive(s) != null) {
                    answered++;
                }
            }
        }
        assertTrue(answered >= 100 && answered < 400, "about the burst answered, the rest dropped: " + answered);
        // another client (the same address cannot be another client on loopback: use 127.0.0.2)
        assertEquals("192.0.2.10", dig(List.of(), "127.0.0.1", port(), "-b", "127.0.0.2", "+short", "fwd.test").strip());
    }

    private static void send(DatagramSocket s, InetSocketAddress to, byte[] b) throws Exception {
        s.send(new DatagramPacket(b, b.length, to));
    }

    private static byte[] receive(DatagramSocket s) throws Exception {
        byte[] b = new byte[4096];
        DatagramPacket p = new DatagramPacket(b, b.length);
        try {
            s.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return java.util.Arrays.copyOf(b, p.getLength());
    }

}
