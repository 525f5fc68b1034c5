package io.hearthguard.dns.internal;

import static io.hearthguard.dns.internal.Tools.dig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.dns.DnsQueryLog.Verdict;

/**
 * Answers that an upstream (or someone spoofing it) may send: a compression pointer loop, a
 * truncated record, an answer for another question, 4 kB of noise. The upstream here is a
 * UDP socket in the test that answers each query with the bytes the test makes from it;
 * the client is the real dig. The forwarder must answer SERVFAIL (or nothing worse) and keep
 * serving.
 */
class HostileUpstreamTest {
    @TempDir
    Path dir;
    private DatagramSocket upstream;
    private Thread answering;
    private DnsComponent dns;

    @AfterEach
    void stop() throws Exception {
        if (dns != null) {
            dns.deactivate();
        }
        if (upstream != null) {
            upstream.close();
            answering.join(5_000);
        }
    }

    /** Starts an upstream that answers every query with {@code reply(query)}. */
    private int upstream(UnaryOperator<byte[]> reply) throws Exception {
        return upstreamSending(q -> List.of(reply.apply(q)));
    }

    /** Starts an upstream that answers every query with the datagrams {@code replies(query)}, in order. */
    private int upstreamSending(java.util.function.Function<byte[], List<byte[]>> replies) throws Exception {
        upstream = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        answering = new Thread(() -> {
            byte[] buf = new byte[4096];
            while (!upstream.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    upstream.receive(p);
                    for (byte[] out : replies.apply(Arrays.copyOf(buf, p.getLength()))) {
                        upstream.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
        answering.setDaemon(true);
        answering.start();
        return upstream.getLocalPort();
    }

    private int forwarder(int upstreamPort) throws Exception {
        Map<String, Object> c = new HashMap<>();
        c.put("listen", new String[] {"127.0.0.1:0"});
        c.put("upstreams", new String[] {"127.0.0.1:" + upstreamPort});
        c.put("blocklistDirectories", new String[] {dir.resolve("lists").toString()});
        c.put("timeoutMillis", 500);
        dns = new DnsComponent(Tools.config(c), dir, null);
        return dns.bound().get(0).getPort();
    }

    /** The query's header and question, marked as a response, followed by {@code tail}. */
    private static byte[] answerWith(byte[] query, int answers, byte[] tail) {
        int questionEnd = questionEnd(query);
        byte[] out = Arrays.copyOf(Arrays.copyOf(query, questionEnd), questionEnd + tail.length);
        out[2] = (byte) (query[2] | 0x80); // QR
        out[3] = (byte) 0x80; // RA, NOERROR
        out[6] = 0;
        out[7] = (byte) answers;
        out[8] = 0;
        out[9] = 0;
        out[10] = 0;
        out[11] = 0; // no authority or additional records (drops the query's OPT)
        System.arraycopy(tail, 0, out, questionEnd, tail.length);
        return out;
    }

    private static int questionEnd(byte[] q) {
        int i = 12;
        while (q[i] != 0) {
            i += (q[i] & 0xff) + 1;
        }
        return i + 5; // the root label, type and class
    }

    @Test
    void unreadableOrForeignAnswersGiveServfail() throws Exception {
        Tools.assumeDnsTools();
        List<UnaryOperator<byte[]>> hostile = List.of(
                // an answer record whose name is a pointer to itself
                q -> answerWith(q, 1, new byte[] {(byte) 0xc0, (byte) questionEnd(q), 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, (byte) 192, 0, 2, 1}),
                // an answer record cut in the middle of its data
                q -> answerWith(q, 1, new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, (byte) 192}),
                // an answer that claims 200 records and has none
                q -> answerWith(q, 200, new byte[0]),
                // the right id with 4 kB of noise
                q -> {
                    byte[] n = new byte[4000];
                    new java.util.Random(3).nextBytes(n);
                    n[0] = q[0];
                    n[1] = q[1];
                    return n;
                },
                // a well-formed answer for another name
                q -> {
                    byte[] other = org.xbill.DNS.Message.newQuery(org.xbill.DNS.Record.newRecord(org.xbill.DNS.Name.fromConstantString("other.test."),
                            org.xbill.DNS.Type.A, org.xbill.DNS.DClass.IN)).toWire();
                    other[0] = q[0];
                    other[1] = q[1];
                    other[2] |= (byte) 0x80;
                    return other;
                });
        for (UnaryOperator<byte[]> reply : hostile) {
            int port = forwarder(upstream(reply));
            String out = dig(List.of(), "127.0.0.1", port, "+time=4", "victim.test");
            assertTrue(out.contains("status: SERVFAIL"), out);
            assertEquals(Verdict.FAILED, dns.recent(1).get(0).verdict());
            dns.deactivate();
            dns = null;
            upstream.close();
            answering.join(5_000);
            upstream = null;
        }
    }

    @Test
    void aGoodAnswerAfterAHostileOneStillCounts() throws Exception {
        Tools.assumeDnsTools();
        // first a datagram with the right id and a pointer loop, then the real answer: the
        // forwarder skips what it cannot read and takes the answer that matches
        int port = forwarder(upstreamSending(q -> List.of(
                answerWith(q, 1, new byte[] {(byte) 0xc0, (byte) questionEnd(q), 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 1, 1, 1, 1}),
                answerWith(q, 1, new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, (byte) 192, 0, 2, 7}))));
        assertEquals("192.0.2.7", dig(List.of(), "127.0.0.1", port, "+short", "victim.test").strip());
    }
}
