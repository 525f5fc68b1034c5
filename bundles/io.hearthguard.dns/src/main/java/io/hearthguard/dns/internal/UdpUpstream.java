package io.hearthguard.dns.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;

/**
 * Plain DNS to one upstream: queries go out over a few UDP sockets (each on its own
 * kernel-chosen port, connected to the upstream so nothing from another address is read)
 * with a random transaction id; an answer completes the query only when it is a response (QR)
 * and its id and question match one waiting on that socket. A truncated answer is asked again over TCP.
 *
 * <p>One receiving thread per socket; nothing blocks the caller. Waiting queries are
 * bounded by the forwarder ({@code maxInFlight}); a query that is never answered is removed
 * when the forwarder's timeout completes it.
 */
final class UdpUpstream implements Upstream {
    private static final int SOCKETS = 4;
    private static final int MAX_ANSWER = 65_535;

    private record Pending(Record question, CompletableFuture<Message> answer) {
    }

    private final Upstream.Spec spec;
    private final int timeoutMillis;
    private final List<DatagramChannel> sockets = new ArrayList<>();
    private final List<ConcurrentHashMap<Integer, Pending>> pending = new ArrayList<>();
    private final List<Thread> receivers = new ArrayList<>();
    private final ExecutorService tcp;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean open = true;

    UdpUpstream(Upstream.Spec spec, Duration timeout) throws IOException {
        this.spec = spec;
        this.timeoutMillis = (int) timeout.toMillis();
        this.tcp = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(256), r -> daemon(r, "hearthguard-dns-upstream-tcp"));
        try {
            for (int i = 0; i < SOCKETS; i++) {
                DatagramChannel ch = DatagramChannel.open();
                sockets.add(ch);
                ch.connect(spec.address());
                ConcurrentHashMap<Integer, Pending> waiting = new ConcurrentHashMap<>();
                pending.add(waiting);
                receivers.add(daemon(() -> receive(ch, waiting), "hearthguard-dns-upstream " + spec.describe()));
            }
        } catch (IOException e) {
            close();
            throw new IOException("upstream " + spec.describe() + ": " + e.getMessage(), e);
        }
        receivers.forEach(Thread::start);
    }

    @Override
    public CompletableFuture<Message> ask(Message query) {
        int s = random.nextInt(SOCKETS);
        ConcurrentHashMap<Integer, Pending> waiting = pending.get(s);
        CompletableFuture<Message> answer = new CompletableFuture<>();
        Pending p = new Pending(query.getQuestion(), answer);
        int id = -1;
        for (int tries = 0; tries < 16; tries++) {
            int candidate = random.nextInt(0x10000);
            if (waiting.putIfAbsent(candidate, p) == null) {
                id = candidate;
                break;
            }
        }
        if (id < 0) {
            answer.completeExceptionally(new IOException(spec.describe() + ": too many queries waiting"));
            return answer;
        }
        int key = id;
        answer.whenComplete((m, e) -> waiting.remove(key, p));
        Message out = query.clone();
        out.getHeader().setID(id);
        try {
            sockets.get(s).write(ByteBuffer.wrap(out.toWire(MAX_ANSWER)));
        } catch (IOException e) {
            answer.completeExceptionally(new IOException(spec.describe() + ": " + e.getMessage(), e));
        }
        return answer;
    }

    private void receive(DatagramChannel ch, ConcurrentHashMap<Integer, Pending> waiting) {
        ByteBuffer buf = ByteBuffer.allocate(MAX_ANSWER);
        while (open) {
            try {
                buf.clear();
                ch.read(buf);
                buf.flip();
                if (buf.remaining() < 12) {
                    continue;
                }
                byte[] data = new byte[buf.remaining()];
                buf.get(data);
                int id = ((data[0] & 0xff) << 8) | (data[1] & 0xff);
                Pending p = waiting.get(id);
                if (p == null) {
                    continue; // late, spoofed or already answered
                }
                Message m;
                try {
                    m = new Message(data);
                } catch (IOException | RuntimeException e) {
                    continue; // unreadable: the query times out or a good answer follows
                }
                Record q = m.getQuestion();
                if (!m.getHeader().getFlag(Flags.QR) || q == null || !q.getName().equals(p.question().getName()) || q.getType() != p.question().getType()
                        || q.getDClass() != p.question().getDClass()) {
                    continue;
                }
                if (m.getHeader().getFlag(Flags.TC)) {
                    overTcp(p, m);
                } else {
                    p.answer().complete(m);
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // ICMP port unreachable and the like: the waiting queries time out
            }
        }
    }

    /** The truncated answer's query asked again over TCP (same id and question). */
    private void overTcp(Pending p, Message truncated) {
        Message query = new Message(truncated.getHeader().getID());
        query.getHeader().setFlag(Flags.RD);
        query.addRecord(p.question(), org.xbill.DNS.Section.QUESTION);
        try {
            tcp.execute(() -> {
                try (Socket s = new Socket()) {
                    s.setSoTimeout(timeoutMillis);
                    s.connect(spec.address(), timeoutMillis);
                    byte[] wire = query.toWire(MAX_ANSWER);
                    OutputStream out = s.getOutputStream();
                    out.write(new byte[] {(byte) (wire.length >>> 8), (byte) wire.length});
                    out.write(wire);
                    out.flush();
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    byte[] answer = new byte[in.readUnsignedShort()];
                    in.readFully(answer);
                    Message m = new Message(answer);
                    if (m.getHeader().getID() != query.getHeader().getID() || !m.getHeader().getFlag(Flags.QR)) {
                        throw new IOException("answer for another query");
                    }
                    p.answer().complete(m);
                } catch (IOException | RuntimeException e) {
                    p.answer().complete(truncated); // the client sees TC and may ask us over TCP
                }
            });
        } catch (RejectedExecutionException e) {
            p.answer().complete(truncated);
        }
    }

    @Override
    public String describe() {
        return spec.describe();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        open = false;
        for (DatagramChannel ch : sockets) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        tcp.shutdownNow();
        for (ConcurrentHashMap<Integer, Pending> w : pending) {
            w.values().forEach(p -> p.answer().completeExceptionally(new IOException("forwarder stopped")));
        }
    }
}
