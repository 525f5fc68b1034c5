package io.hearthguard.fleet.aggregator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many simulated hubs as lightweight MQTT 3.1.1 clients on one selector thread (a Paho client
 * per hub costs three threads; ten thousand of them would not fit a 2-core box). Each hub has
 * its own connection (client id = hub id, persistent session) and sends real fleet messages
 * (docs/fleet-schema.json) with QoS 1. Like the hub's outbox, a message is kept until its
 * PUBACK and resent, same id, after a reconnect: at least once, duplicates only by id. Loopback
 * only; counts and rates bounded by the caller.
 */
public final class SimHubs implements AutoCloseable {

    static final int MAX_HUBS = 20_000;

    final class Hub {
        final String id;
        final int index;
        SocketChannel ch;
        boolean connected;
        long retryAt;
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        final LinkedHashMap<Integer, byte[]> unacked = new LinkedHashMap<>();
        final ArrayDeque<byte[]> pending = new ArrayDeque<>(); // (topicType, payload) encoded later
        int nextPacket = 1;
        int findings;

        Hub(String id, int index) {
            this.id = id;
            this.index = index;
        }
    }

    private final InetSocketAddress broker;
    private final List<Hub> hubs = new ArrayList<>();
    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;
    final AtomicLong published = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    /** Finding ids sent (hub/findingId), for the zero-loss check. */
    final Set<String> findingIds = Collections.synchronizedSet(new HashSet<>());

    public SimHubs(String host, int port, int count, String prefix) throws IOException {
        if (count < 1 || count > MAX_HUBS) {
            throw new IllegalArgumentException("1 to " + MAX_HUBS + " simulated hubs");
        }
        if (!InetAddressCheck.loopback(host)) {
            throw new IllegalArgumentException("simulated hubs talk to loopback only");
        }
        broker = new InetSocketAddress(host, port);
        selector = Selector.open();
        for (int i = 0; i < count; i++) {
            hubs.add(new Hub(prefix + "-" + i, i));
        }
        thread = new Thread(this::loop, "sim-hubs");
        thread.setDaemon(true);
    }

    static final class InetAddressCheck {
        static boolean loopback(String host) {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }

    public SimHubs start() {
        thread.start();
        return this;
    }

    public int size() {
        return hubs.size();
    }

    /** Queues a new finding on hub i; runs on the selector thread. */
    public void finding(int i, String category, String severity, String skill) {
        tasks.add(() -> {
            Hub h = hubs.get(i);
            int n = ++h.findings;
            String fid = "f-" + h.id + "-" + n;
            Instant now = Instant.now();
            String json = "{\"v\":1,\"type\":\"finding\",\"id\":\"n" + n + "-" + fid + "\",\"hub\":\"" + h.id + "\",\"sent\":\"" + now
                    + "\",\"kind\":\"finding\",\"finding\":{\"id\":\"" + fid + "\",\"rule\":\"" + category + ".sim\",\"category\":\"" + category
                    + "\",\"severity\":\"" + severity + "\",\"state\":\"open\",\"count\":1,\"firstSeen\":\"" + now + "\",\"lastSeen\":\"" + now
                    + "\",\"updated\":\"" + now + "\"},\"device\":{\"hash\":\"" + hex(h.index * 31L + n) + "\",\"type\":\"smart-speaker\",\"vendor\":\"Amazon\"}"
                    + (skill == null ? "" : ",\"skill\":\"" + hex(skill.hashCode()) + "\"") + "}";
            findingIds.add(h.id + "/" + fid);
            enqueue(h, "finding", json);
        });
        selector.wakeup();
    }

    /** Queues a health and a device summary on hub i. */
    public void summary(int i, int interval) {
        tasks.add(() -> {
            Hub h = hubs.get(i);
            Instant now = Instant.now();
            long seq = published.get();
            enqueue(h, "health", "{\"v\":1,\"type\":\"health\",\"id\":\"h-" + now.toEpochMilli() + "-" + seq + "\",\"hub\":\"" + h.id
                    + "\",\"sent\":\"" + now + "\",\"version\":\"hearthguard/sim\",\"uptimeSeconds\":1,\"interval\":" + interval + "}");
            String fw = "1." + (h.index % 3);
            enqueue(h, "devices", "{\"v\":1,\"type\":\"devices\",\"id\":\"s-" + now.toEpochMilli() + "-" + seq + "\",\"hub\":\"" + h.id
                    + "\",\"sent\":\"" + now + "\",\"total\":1,\"devices\":[{\"hash\":\"" + hex(h.index) + "\",\"type\":\"camera\",\"vendor\":\"D-Link\","
                    + "\"model\":\"DCS-930L\",\"firmware\":\"" + fw + "\",\"online\":true}]}");
        });
        selector.wakeup();
    }

    /** Resends hub i's first finding message, same id (a duplicate the aggregator must drop). */
    public void duplicateFirst(int i) {
        tasks.add(() -> {
            Hub h = hubs.get(i);
            if (h.findings == 0) {
                return;
            }
            String fid = "f-" + h.id + "-1";
            String json = "{\"v\":1,\"type\":\"finding\",\"id\":\"n1-" + fid + "\",\"hub\":\"" + h.id + "\",\"sent\":\"" + Instant.now()
                    + "\",\"kind\":\"finding\",\"finding\":{\"id\":\"" + fid + "\",\"rule\":\"dup.sim\",\"category\":\"dup\",\"severity\":\"low\","
                    + "\"state\":\"resolved\",\"count\":1,\"firstSeen\":\"2026-01-01T00:00:00Z\",\"lastSeen\":\"2026-01-01T00:00:00Z\","
                    + "\"updated\":\"2099-01-01T00:00:00Z\"}}";
            enqueue(h, "finding", json);
        });
        selector.wakeup();
    }

    static String hex(long v) {
        String s = Long.toHexString(v * 0x9E3779B97F4A7C15L);
        StringBuilder b = new StringBuilder();
        while (b.length() < 64) {
            b.append("0000000000000000".substring(s.length())).append(s);
        }
        return b.substring(0, 64);
    }

    private void enqueue(Hub h, String type, String json) {
        byte[] topic = ("fleet/" + h.id + "/" + type).getBytes(StandardCharsets.UTF_8);
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        byte[] msg = new byte[2 + topic.length + payload.length + 1];
        // kept as: topic length (2), topic, marker, payload; framed at send time with a packet id
        msg[0] = (byte) (topic.length >> 8);
        msg[1] = (byte) topic.length;
        System.arraycopy(topic, 0, msg, 2, topic.length);
        System.arraycopy(payload, 0, msg, 3 + topic.length, payload.length);
        h.pending.add(msg);
        published.incrementAndGet();
        if (h.connected) {
            drain(h);
        }
    }

    private static ByteBuffer frame(byte[] msg, int packetId, boolean dup) {
        int tl = ((msg[0] & 0xff) << 8) | (msg[1] & 0xff);
        int payloadLen = msg.length - 3 - tl;
        int remaining = 2 + tl + 2 + payloadLen;
        ByteBuffer b = ByteBuffer.allocate(5 + remaining);
        b.put((byte) (0x32 | (dup ? 0x08 : 0)));
        varint(b, remaining);
        b.put(msg, 0, 2 + tl);
        b.putShort((short) packetId);
        b.put(msg, 3 + tl, payloadLen);
        return b.flip();
    }

    private static void varint(ByteBuffer b, int v) {
        do {
            int d = v % 128;
            v /= 128;
            b.put((byte) (v > 0 ? d | 0x80 : d));
        } while (v > 0);
    }

    private void drain(Hub h) {
        while (!h.pending.isEmpty() && h.unacked.size() < 100) {
            byte[] m = h.pending.poll();
            int id = h.nextPacket;
            h.nextPacket = h.nextPacket == 65535 ? 1 : h.nextPacket + 1;
            h.unacked.put(id, m);
            h.out.add(frame(m, id, false));
        }
        flush(h);
    }

    private void flush(Hub h) {
        try {
            while (!h.out.isEmpty()) {
                ByteBuffer b = h.out.peek();
                h.ch.write(b);
                if (b.hasRemaining()) {
                    h.ch.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    return;
                }
                h.out.poll();
            }
            h.ch.keyFor(selector).interestOps(SelectionKey.OP_READ);
        } catch (IOException | RuntimeException e) {
            drop(h);
        }
    }

    private void connect(Hub h) {
        try {
            h.ch = SocketChannel.open();
            h.ch.configureBlocking(false);
            h.ch.connect(broker);
            h.ch.register(selector, SelectionKey.OP_CONNECT, h);
        } catch (IOException e) {
            drop(h);
        }
    }

    private void drop(Hub h) {
        if (h.ch != null) {
            try {
                h.ch.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        if (h.connected) {
            reconnects.incrementAndGet();
        }
        h.connected = false;
        h.out.clear();
        h.in.clear();
        h.retryAt = System.nanoTime() + 300_000_000L + (h.index % 100) * 5_000_000L;
    }

    private void onConnect(Hub h) throws IOException {
        h.ch.finishConnect();
        byte[] cid = h.id.getBytes(StandardCharsets.UTF_8);
        int remaining = 10 + 2 + cid.length;
        ByteBuffer b = ByteBuffer.allocate(2 + remaining + 4);
        b.put((byte) 0x10);
        varint(b, remaining);
        b.putShort((short) 4).put("MQTT".getBytes(StandardCharsets.US_ASCII)).put((byte) 4).put((byte) 0x00).putShort((short) 0);
        b.putShort((short) cid.length).put(cid);
        h.out.add(b.flip());
        h.ch.register(selector, SelectionKey.OP_READ, h);
        flush(h);
    }

    private void onRead(Hub h) throws IOException {
        int n = h.ch.read(h.in);
        if (n < 0) {
            throw new IOException("closed by broker");
        }
        h.in.flip();
        while (h.in.remaining() >= 2) {
            h.in.mark();
            int type = h.in.get() & 0xff;
            int len = 0;
            int mul = 1;
            int d;
            boolean complete = true;
            do {
                if (!h.in.hasRemaining()) {
                    complete = false;
                    break;
                }
                d = h.in.get() & 0xff;
                len += (d & 0x7f) * mul;
                mul *= 128;
            } while ((d & 0x80) != 0);
            if (!complete || h.in.remaining() < len) {
                h.in.reset();
                break;
            }
            byte[] body = new byte[len];
            h.in.get(body);
            if (type == 0x20) { // CONNACK
                if (body[1] != 0) {
                    throw new IOException("CONNACK refused " + body[1]);
                }
                h.connected = true;
                for (Map.Entry<Integer, byte[]> e : h.unacked.entrySet()) {
                    h.out.add(frame(e.getValue(), e.getKey(), true)); // same packet, same message id: resent after a reconnect
                }
                drain(h);
            } else if (type == 0x40) { // PUBACK
                int id = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
                if (h.unacked.remove(id) != null) {
                    acked.incrementAndGet();
                }
                drain(h);
            }
        }
        h.in.compact();
    }

    private void loop() {
        for (Hub h : hubs) {
            connect(h);
        }
        while (!closed) {
            try {
                selector.select(50);
                Runnable r;
                while ((r = tasks.poll()) != null) {
                    r.run();
                }
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    Hub h = (Hub) k.attachment();
                    try {
                        if (!k.isValid()) {
                            continue;
                        }
                        if (k.isConnectable()) {
                            onConnect(h);
                        } else {
                            if (k.isReadable()) {
                                onRead(h);
                            }
                            if (k.isValid() && k.isWritable()) {
                                flush(h);
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        drop(h);
                    }
                }
                long now = System.nanoTime();
                for (Hub h : hubs) {
                    if (!h.connected && (h.ch == null || !h.ch.isOpen()) && now - h.retryAt >= 0) {
                        connect(h);
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /** @return messages queued or in flight and not yet acknowledged */
    public long outstanding() {
        return published.get() - acked.get();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        selector.wakeup();
        thread.join(5_000);
        for (Hub h : hubs) {
            if (h.ch != null) {
                h.ch.close();
            }
        }
        selector.close();
    }
}
