package io.hearthguard.dns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import io.hearthguard.platform.dns.DnsQueryLog.Query;
import io.hearthguard.platform.dns.DnsQueryLog.Verdict;

/**
 * The forwarder itself: one UDP and one TCP listener per address; each query is checked
 * (allowed client, rate, readable), answered by the sinkhole when its name is blocked, or
 * sent upstream (the upstreams in order, the next one when one fails) with a fresh
 * transaction id.
 *
 * <p>Bounds: at most {@code maxInFlight} queries waiting for an upstream (more are dropped
 * and counted), a token bucket per client, at most {@code maxTcp} TCP connections (more are
 * closed at once), each closed after {@code tcpIdle} without a complete query or after 100
 * queries, answers over UDP cut to the client's advertised size (TC set). A datagram that
 * is itself a response is dropped, so the forwarder cannot be turned into a reflector.
 */
final class Forwarder implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Forwarder.class.getName());
    private static final int UDP_RECEIVE = 4096;
    private static final int MAX_UDP_ANSWER = 4096;
    private static final int QUERIES_PER_TCP_CONNECTION = 100;

    /** How blocked names are answered. */
    enum Sinkhole {
        /** NXDOMAIN: the name does not exist. */
        NXDOMAIN,
        /** 0.0.0.0 for A, :: for AAAA, no data for other types. */
        NULL_ADDRESS
    }

    record Settings(List<InetSocketAddress> listen, Networks clients, Sinkhole sinkhole, long sinkholeTtl, int maxInFlight,
            Duration timeout, int maxTcp, Duration tcpIdle) {
    }

    /** Counters read by the metrics source. */
    static final class Counters {
        final LongAdder forwarded = new LongAdder();
        final LongAdder blocked = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder malformed = new LongAdder();
        final LongAdder refused = new LongAdder();
        final LongAdder rateLimited = new LongAdder();
        final LongAdder overloaded = new LongAdder();
        final LongAdder tcpRejected = new LongAdder();
        final LongAdder upstreamFailures = new LongAdder();
    }

    /**
     * Sees every query from an allowed client that could be read, and the answer sent for
     * it, e.g. to hand them to capture's observers. Called on the forwarder's threads: it
     * must not block.
     */
    interface Tap {
        Tap NONE = (time, client, local, message) -> { };

        /** @param message the wire bytes of a query (from client to local) or an answer (local to client) */
        void seen(Instant time, InetSocketAddress from, InetSocketAddress to, byte[] message);
    }

    /** Sets where queries and answers are shown (null: nowhere). */
    void tap(Tap t) {
        tap = t == null ? Tap.NONE : t;
    }

    private final Settings settings;
    private final List<Upstream> upstreams;
    private final Supplier<Blocklist> lists;
    private final ClientLimiter limiter;
    private final QueryLog log;
    private final Consumer<Query> onBlocked;
    private volatile Tap tap = Tap.NONE;
    private final Semaphore inFlight;
    private final Counters counters = new Counters();
    private final List<DatagramChannel> udp = new ArrayList<>();
    private final List<ServerSocket> tcp = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ThreadPoolExecutor tcpWorkers;
    private volatile boolean open = true;

    Forwarder(Settings settings, List<Upstream> upstreams, Supplier<Blocklist> lists, ClientLimiter limiter, QueryLog log,
            Consumer<Query> onBlocked) {
        if (upstreams.isEmpty()) {
            throw new IllegalArgumentException("at least one upstream is needed");
        }
        this.settings = settings;
        this.upstreams = List.copyOf(upstreams);
        this.lists = lists;
        this.limiter = limiter;
        this.log = log;
        this.onBlocked = onBlocked;
        this.inFlight = new Semaphore(settings.maxInFlight());
        this.tcpWorkers = new ThreadPoolExecutor(0, settings.maxTcp(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> daemon(r, "hearthguard-dns-tcp"));
    }

    /** Binds every listen address (UDP and TCP); nothing stays bound when one fails. */
    void start() throws IOException {
        try {
            for (InetSocketAddress a : settings.listen()) {
                DatagramChannel ch = DatagramChannel.open();
                udp.add(ch);
                ch.bind(a);
                InetSocketAddress bound = (InetSocketAddress) ch.getLocalAddress();
                ServerSocket ss = new ServerSocket();
                tcp.add(ss);
                ss.setReuseAddress(true);
                ss.bind(new InetSocketAddress(bound.getAddress(), bound.getPort()), 64);
                threads.add(daemon(() -> udpLoop(ch), "hearthguard-dns-udp " + bound));
                threads.add(daemon(() -> acceptLoop(ss), "hearthguard-dns-accept " + bound));
            }
        } catch (IOException e) {
            close();
            // no cause attached: health shows a failure's innermost cause, and this message is the one that says what to do
            throw new IOException("cannot listen for DNS on " + settings.listen() + ": " + e
                    + (e instanceof SocketException && String.valueOf(e.getMessage()).contains("ermission") ? " (port 53 needs CAP_NET_BIND_SERVICE, see docs/response.md)" : ""));
        }
        threads.forEach(Thread::start);
    }

    /** @return the addresses actually bound (a port 0 in the settings becomes the chosen port) */
    List<InetSocketAddress> bound() {
        List<InetSocketAddress> out = new ArrayList<>();
        for (DatagramChannel ch : udp) {
            try {
                out.add((InetSocketAddress) ch.getLocalAddress());
            } catch (IOException e) {
                // closed
            }
        }
        return out;
    }

    Counters counters() {
        return counters;
    }

    int inFlight() {
        return settings.maxInFlight() - inFlight.availablePermits();
    }

    private void udpLoop(DatagramChannel ch) {
        ByteBuffer buf = ByteBuffer.allocate(UDP_RECEIVE);
        InetSocketAddress local;
        try {
            local = (InetSocketAddress) ch.getLocalAddress();
        } catch (IOException e) {
            return; // closed before the loop began
        }
        while (open) {
            try {
                buf.clear();
                InetSocketAddress from = (InetSocketAddress) ch.receive(buf);
                if (from == null) {
                    continue;
                }
                buf.flip();
                byte[] data = new byte[buf.remaining()];
                buf.get(data);
                handle(data, from, local, false).thenAccept(answer -> {
                    if (answer != null) {
                        try {
                            ch.send(ByteBuffer.wrap(answer), from);
                        } catch (IOException e) {
                            // the client is gone or the channel closed: nothing to do
                        }
                    }
                });
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (open) {
                    LOG.log(Level.FINE, "DNS receive failed: " + e);
                }
            }
        }
    }

    private void acceptLoop(ServerSocket ss) {
        while (open) {
            Socket s;
            try {
                s = ss.accept();
            } catch (IOException e) {
                if (open) {
                    LOG.log(Level.FINE, "DNS accept failed: " + e);
                }
                continue;
            }
            try {
                tcpWorkers.execute(() -> serveTcp(s));
            } catch (RejectedExecutionException e) {
                counters.tcpRejected.increment();
                closeQuietly(s);
            }
        }
    }

    private void serveTcp(Socket s) {
        try (s) {
            long idleMillis = settings.tcpIdle().toMillis();
            s.setSoTimeout((int) Math.max(1, idleMillis));
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            InetSocketAddress from = (InetSocketAddress) s.getRemoteSocketAddress();
            InetSocketAddress local = (InetSocketAddress) s.getLocalSocketAddress();
            for (int i = 0; i < QUERIES_PER_TCP_CONNECTION && open; i++) {
                long deadline = System.nanoTime() + idleMillis * 1_000_000L;
                byte[] len = readFully(in, 2, deadline);
                if (len == null) {
                    return;
                }
                int n = ((len[0] & 0xff) << 8) | (len[1] & 0xff);
                byte[] query = readFully(in, n, deadline);
                if (query == null) {
                    return;
                }
                byte[] answer = await(handle(query, from, local, true));
                if (answer == null) {
                    return;
                }
                byte[] framed = new byte[answer.length + 2];
                framed[0] = (byte) (answer.length >>> 8);
                framed[1] = (byte) answer.length;
                System.arraycopy(answer, 0, framed, 2, answer.length);
                out.write(framed);
                out.flush();
            }
        } catch (IOException e) {
            // client gone, idle or too slow: the connection is closed
        }
    }

    private byte[] await(CompletableFuture<byte[]> f) {
        try {
            return f.get(settings.timeout().toMillis() * (upstreams.size() + 1), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Reads n bytes before the deadline; null when the peer closed, was idle or too slow. */
    private static byte[] readFully(InputStream in, int n, long deadline) throws IOException {
        byte[] b = new byte[n];
        int off = 0;
        while (off < n) {
            if (System.nanoTime() > deadline) {
                return null;
            }
            int r;
            try {
                r = in.read(b, off, n - off);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (r < 0) {
                return null;
            }
            off += r;
        }
        return b;
    }

    /**
     * Answers one query.
     *
     * @return the answer's bytes, or null when nothing is to be sent
     */
    CompletableFuture<byte[]> handle(byte[] data, InetSocketAddress from, InetSocketAddress local, boolean overTcp) {
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        InetAddress client = from.getAddress();
        String who = client.getHostAddress();
        if (!settings.clients().contains(client)) {
            counters.refused.increment();
            log.add(new Query(now, who, "", -1, Verdict.REFUSED, "", -1, micros(t0)));
            return CompletableFuture.completedFuture(null);
        }
        if (!limiter.allow(who, t0)) {
            counters.rateLimited.increment();
            return CompletableFuture.completedFuture(null);
        }
        Message query;
        try {
            query = new Message(data);
        } catch (IOException | RuntimeException e) {
            counters.malformed.increment();
            // an unreadable response (QR set) gets no FORMERR either: never answer a response
            boolean answerable = data.length >= 12 && (data[2] & 0x80) == 0;
            log.add(new Query(now, who, "", -1, Verdict.MALFORMED, "", answerable ? Rcode.FORMERR : -1, micros(t0)));
            return CompletableFuture.completedFuture(answerable ? formErr(data) : null);
        }
        if (query.getHeader().getFlag(Flags.QR)) {
            counters.malformed.increment();
            return CompletableFuture.completedFuture(null); // a response sent to us: never answer it
        }
        Tap t = tap;
        if (t == Tap.NONE) {
            return answer(query, who, overTcp, t0, now);
        }
        seen(t, now, from, local, data);
        return answer(query, who, overTcp, t0, now).thenApply(a -> {
            if (a != null) {
                seen(t, Instant.now(), local, from, a);
            }
            return a;
        });
    }

    private static void seen(Tap t, Instant time, InetSocketAddress from, InetSocketAddress to, byte[] message) {
        try {
            t.seen(time, from, to, message);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "DNS tap failed: " + e);
        }
    }

    /** Answers a query that could be read and is not a response. */
    private CompletableFuture<byte[]> answer(Message query, String who, boolean overTcp, long t0, Instant now) {
        Record question = query.getQuestion();
        int maxAnswer = overTcp ? 65_535 : udpLimit(query);
        if (question == null || query.getHeader().getOpcode() != Opcode.QUERY || query.getSection(Section.QUESTION).size() != 1) {
            counters.malformed.increment();
            int rcode = query.getHeader().getOpcode() != Opcode.QUERY ? Rcode.NOTIMP : Rcode.FORMERR;
            log.add(new Query(now, who, question == null ? "" : name(question), question == null ? -1 : question.getType(),
                    Verdict.MALFORMED, "", rcode, micros(t0)));
            return CompletableFuture.completedFuture(reply(query, rcode).toWire(maxAnswer));
        }
        String name = name(question);
        String list = lists.get().match(name);
        if (list != null) {
            counters.blocked.increment();
            Message answer = sinkhole(query, question);
            Query q = new Query(now, who, name, question.getType(), Verdict.BLOCKED, list, answer.getRcode(), micros(t0));
            log.add(q);
            onBlocked.accept(q);
            return CompletableFuture.completedFuture(answer.toWire(maxAnswer));
        }
        if (!inFlight.tryAcquire()) {
            counters.overloaded.increment();
            return CompletableFuture.completedFuture(null);
        }
        int clientId = query.getHeader().getID();
        return ask(query, 0).handle((answer, failure) -> {
            inFlight.release();
            if (failure != null || answer == null) {
                counters.failed.increment();
                log.add(new Query(now, who, name, question.getType(), Verdict.FAILED, "", Rcode.SERVFAIL, micros(t0)));
                return reply(query, Rcode.SERVFAIL).toWire(maxAnswer);
            }
            counters.forwarded.increment();
            answer.getHeader().setID(clientId);
            log.add(new Query(now, who, name, question.getType(), Verdict.FORWARDED, "", answer.getRcode(), micros(t0)));
            return answer.toWire(maxAnswer);
        });
    }

    /** Tries upstream i, then the next ones (each upstream sets its own random transaction id). */
    private CompletableFuture<Message> ask(Message query, int i) {
        CompletableFuture<Message> answer;
        try {
            answer = upstreams.get(i).ask(query).orTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.handle((m, e) -> {
            if (e == null && m != null) {
                return CompletableFuture.completedFuture(m);
            }
            counters.upstreamFailures.increment();
            if (i + 1 < upstreams.size()) {
                return ask(query, i + 1);
            }
            return CompletableFuture.<Message>failedFuture(e != null ? e : new IOException("no answer"));
        }).thenCompose(f -> f);
    }

    private Message sinkhole(Message query, Record question) {
        Message r = reply(query, Rcode.NOERROR);
        if (settings.sinkhole() == Sinkhole.NXDOMAIN) {
            r.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (question.getType() == Type.A) {
            r.addRecord(new ARecord(question.getName(), DClass.IN, settings.sinkholeTtl(), anyAddress(4)), Section.ANSWER);
        } else if (question.getType() == Type.AAAA) {
            r.addRecord(new AAAARecord(question.getName(), DClass.IN, settings.sinkholeTtl(), anyAddress(16)), Section.ANSWER);
        }
        return r;
    }

    private static InetAddress anyAddress(int bytes) {
        try {
            return InetAddress.getByAddress(new byte[bytes]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response to the query with its id, flags and question, and the given code. */
    private static Message reply(Message query, int rcode) {
        Message r = new Message(query.getHeader().getID());
        r.getHeader().setFlag(Flags.QR);
        r.getHeader().setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            r.getHeader().setFlag(Flags.RD);
        }
        r.getHeader().setOpcode(query.getHeader().getOpcode());
        Record q = query.getQuestion();
        if (q != null) {
            r.addRecord(q, Section.QUESTION);
        }
        r.getHeader().setRcode(rcode);
        return r;
    }

    /** FORMERR for a query whose body could not be read: its id and opcode, nothing else. */
    private static byte[] formErr(byte[] data) {
        byte[] out = new byte[12];
        out[0] = data[0];
        out[1] = data[1];
        out[2] = (byte) (0x80 | (data[2] & 0x78)); // QR, the query's opcode
        out[3] = (byte) (0x80 | Rcode.FORMERR); // RA, FORMERR
        return out;
    }

    private static int udpLimit(Message query) {
        OPTRecord opt = query.getOPT();
        if (opt == null) {
            return 512;
        }
        return Math.max(512, Math.min(MAX_UDP_ANSWER, opt.getPayloadSize()));
    }

    private static String name(Record question) {
        return Blocklist.normalise(question.getName().toString(true));
    }

    private static long micros(long t0) {
        return (System.nanoTime() - t0) / 1_000;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        open = false;
        udp.forEach(Forwarder::closeQuietly);
        tcp.forEach(Forwarder::closeQuietly);
        tcpWorkers.shutdownNow();
        for (Thread t : threads) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
