package io.hearthguard.dns.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer targets for the DNS forwarder's two untrusted inputs (docs/capture.md, "Fuzzing").
 *
 * <p>{@code clientQuery}: the input is one datagram (or one TCP message) from an allowed
 * client, handed to {@link Forwarder#handle} as the listeners do, over UDP and over TCP.
 * The upstream is an in-memory stand-in answering at once with one address (it is not under
 * test here). Contract: {@code handle} throws nothing and its answer comes within 2 s,
 * normally; there is no answer to a datagram shorter than a DNS header or to one that is
 * itself a response (no reflection); an answer echoes the query's id, is a response, is
 * valid DNS, and fits the client's limit (512 bytes, or its EDNS size up to 4096, over UDP;
 * 65,535 over TCP).
 *
 * <p>{@code upstreamAnswer}: the input is the answer an upstream sends (its first two bytes
 * are replaced by the transaction id the forwarder chose, so the answer is read, not
 * dropped as spoofed). A real {@link UdpUpstream} talks to a UDP socket of this test on
 * 127.0.0.1, which answers every query with the input; a TCP listener on the same port
 * answers the retry of a truncated answer with the same bytes. The client's query is fixed
 * ({@code example.com A}, no EDNS). Contract: the client always gets an answer within the
 * forwarder's bound (timeout per upstream, plus 2 s); it is a valid response of at most 512
 * bytes with the client's id and question: what the upstream said, or SERVFAIL.
 *
 * <p>Regression mode (every {@code mvn verify}) runs the inputs in
 * {@code src/test/resources/io/hearthguard/dns/internal/ForwarderFuzzTestInputs/<method>/}.
 */
class ForwarderFuzzTest {
    private static final InetSocketAddress CLIENT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40053);
    private static final InetSocketAddress HUB = new InetSocketAddress("127.0.0.1", 53);
    private static final int CLIENT_ID = 0x1234;
    private static final Duration UPSTREAM_TIMEOUT = Duration.ofMillis(100);

    private static Path lists;
    private static Forwarder local;
    private static DatagramSocket upstreamUdp;
    private static ServerSocket upstreamTcp;
    private static Forwarder remote;
    private static volatile byte[] upstreamSays = new byte[0];
    private static byte[] fixedQuery;

    @BeforeAll
    static void start() throws Exception {
        lists = Files.createTempDirectory("hg-dns-fuzz");
        Files.writeString(lists.resolve("blocked.txt"), "blocked.example\n0.0.0.0 tracker.example\n");
        Blocklist blocklist = Blocklist.load(List.of(lists));
        Upstream inMemory = new Upstream() {
            @Override
            public CompletableFuture<Message> ask(Message query) {
                Message m = new Message(query.getHeader().getID());
                m.getHeader().setFlag(Flags.QR);
                m.getHeader().setFlag(Flags.RD);
                m.getHeader().setFlag(Flags.RA);
                Record q = query.getQuestion();
                m.addRecord(q, Section.QUESTION);
                if (q.getType() == Type.A && q.getDClass() == DClass.IN) {
                    m.addRecord(new ARecord(q.getName(), DClass.IN, 60, InetAddress.getLoopbackAddress()), Section.ANSWER);
                }
                return CompletableFuture.completedFuture(m);
            }

            @Override
            public String describe() {
                return "in-memory";
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
        local = forwarder(List.of(inMemory), blocklist);

        upstreamUdp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        upstreamTcp = new ServerSocket();
        upstreamTcp.setReuseAddress(true);
        upstreamTcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamUdp.getLocalPort()));
        daemon(ForwarderFuzzTest::answerUdp, "fuzz-upstream-udp");
        daemon(ForwarderFuzzTest::answerTcp, "fuzz-upstream-tcp");
        remote = forwarder(List.of(new UdpUpstream(Upstream.parse("127.0.0.1:" + upstreamUdp.getLocalPort()), UPSTREAM_TIMEOUT)), blocklist);
        Message q = Message.newQuery(Record.newRecord(Name.fromConstantString("example.com."), Type.A, DClass.IN));
        q.getHeader().setID(CLIENT_ID);
        fixedQuery = q.toWire();
    }

    private static Forwarder forwarder(List<Upstream> upstreams, Blocklist blocklist) {
        Forwarder.Settings s = new Forwarder.Settings(List.of(), Networks.parse(new String[] {"127.0.0.0/8"}), Forwarder.Sinkhole.NULL_ADDRESS,
                60, 64, UPSTREAM_TIMEOUT, 4, Duration.ofSeconds(5));
        return new Forwarder(s, upstreams, () -> blocklist, new ClientLimiter(1_000_000_000, 1_000_000_000, 16), new QueryLog(64), q -> {
        });
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
        remote.close();
        upstreamUdp.close();
        upstreamTcp.close();
        try (var files = Files.list(lists)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(lists);
    }

    @FuzzTest(maxDuration = "30s")
    void clientQuery(byte[] data) {
        for (boolean overTcp : new boolean[] {false, true}) {
            CompletableFuture<byte[]> f;
            try {
                f = local.handle(data.clone(), CLIENT, HUB, overTcp);
            } catch (RuntimeException e) {
                throw new AssertionError("contract broken: handle threw " + e, e);
            }
            byte[] answer = complete(f, Duration.ofSeconds(2), "a client's query");
            if (data.length < 12 || (data[2] & 0x80) != 0) {
                check(answer == null, "answered " + (data.length < 12 ? "a datagram shorter than a header" : "a response (reflection)"));
                continue;
            }
            if (answer == null) {
                continue; // dropped: allowed
            }
            check(answer.length >= 12, "answer shorter than a header");
            check(answer[0] == data[0] && answer[1] == data[1], "answer does not echo the query's id");
            check((answer[2] & 0x80) != 0, "answer is not marked as a response");
            check(answer.length <= (overTcp ? 65_535 : udpLimit(data)), "answer of " + answer.length + " bytes over the client's limit");
            parse(answer);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void upstreamAnswer(byte[] data) {
        upstreamSays = data.clone();
        byte[] answer;
        try (SilentCloseable allowed = allowTheUpstreamOnly()) {
            answer = complete(remote.handle(fixedQuery.clone(), CLIENT, HUB, false), UPSTREAM_TIMEOUT.multipliedBy(2).plusSeconds(2),
                    "an upstream's answer");
        }
        check(answer != null, "no answer for the client");
        check(answer.length <= 512, "answer of " + answer.length + " bytes over the client's 512");
        Message m = parse(answer);
        check(m.getHeader().getID() == CLIENT_ID, "answer with id " + m.getHeader().getID() + ", not the client's");
        check(m.getHeader().getFlag(Flags.QR), "answer is not marked as a response");
        Record q = m.getQuestion();
        check(q != null && q.getName().equals(Name.fromConstantString("example.com.")) && q.getType() == Type.A, "answer for another question: " + q);
        int rcode = m.getHeader().getRcode();
        check(rcode >= 0 && rcode <= 0xf, "rcode " + rcode);
    }

    /**
     * The retry of a truncated answer connects to the configured upstream: this test's own
     * listener, and no other place (Jazzer's SSRF detector reports any other connection). Jazzer
     * resets the policy for every input, so it is set around each one.
     */
    private static SilentCloseable allowTheUpstreamOnly() {
        int port = upstreamUdp.getLocalPort();
        try {
            return BugDetectors.allowNetworkConnections((host, p) -> p == port && ("localhost".equals(host) || "127.0.0.1".equals(host)));
        } catch (IllegalStateException noDetector) {
            return () -> { }; // regression mode: no detector, nothing to allow
        }
    }

    /** The answer within the bound; a timeout is a hang, an exceptional completion a broken contract. */
    private static byte[] complete(CompletableFuture<byte[]> f, Duration bound, String what) {
        try {
            return f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("contract broken: no outcome for " + what + " within " + bound.toMillis() + " ms (hang)");
        } catch (ExecutionException e) {
            throw new AssertionError("contract broken: the answer to " + what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    private static int udpLimit(byte[] query) {
        try {
            OPTRecord opt = new Message(query).getOPT();
            return opt == null ? 512 : Math.max(512, Math.min(4096, opt.getPayloadSize()));
        } catch (IOException | RuntimeException e) {
            return 12; // unreadable: at most the bare FORMERR header
        }
    }

    private static Message parse(byte[] answer) {
        try {
            return new Message(answer);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("contract broken: the forwarder's own answer is not valid DNS: " + e, e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("contract broken: " + what);
        }
    }

    private static void answerUdp() {
        byte[] buf = new byte[65_535];
        while (!upstreamUdp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                upstreamUdp.receive(p);
                byte[] out = withId(upstreamSays, buf);
                upstreamUdp.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
            } catch (IOException e) {
                // closed, or the forwarder's socket went away: keep serving until closed
            }
        }
    }

    private static void answerTcp() {
        while (!upstreamTcp.isClosed()) {
            try (Socket s = upstreamTcp.accept()) {
                s.setSoTimeout(2_000);
                DataInputStream in = new DataInputStream(s.getInputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] out = withId(upstreamSays, query);
                int n = Math.min(out.length, 65_535);
                OutputStream o = s.getOutputStream();
                o.write(new byte[] {(byte) (n >>> 8), (byte) n});
                o.write(out, 0, n);
                o.flush();
            } catch (IOException e) {
                // closed, or the forwarder gave up on this connection
            }
        }
    }

    /** The input with the query's transaction id in its first two bytes (when it has them). */
    private static byte[] withId(byte[] says, byte[] query) {
        byte[] out = Arrays.copyOf(says, says.length);
        if (out.length >= 2) {
            out[0] = query[0];
            out[1] = query[1];
        }
        return out;
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
