package io.hearthguard.capture.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.platform.traffic.MetadataFeed;

/**
 * The DNS forwarder's messages reach the observers as captured DNS would: decoded by the
 * capture parser, with the client's MAC from a neighbour table in the kernel's format, on
 * one live session named {@code dns-forwarder}; bad and excess messages are dropped and counted.
 */
class DnsFeedTest {
    @TempDir
    Path dir;
    private DnsFeed feed;

    @AfterEach
    void stop() throws Exception {
        if (feed != null) {
            feed.deactivate();
        }
    }

    private static final class Recorder implements TrafficObserver {
        final List<CaptureSession> started = new CopyOnWriteArrayList<>();
        final List<CaptureSession> ended = new CopyOnWriteArrayList<>();
        final List<TrafficMetadata> records = new CopyOnWriteArrayList<>();
        volatile CountDownLatch gate;

        @Override
        public void sessionStarted(CaptureSession s) {
            started.add(s);
        }

        @Override
        public void metadata(TrafficMetadata r) {
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            records.add(r);
        }

        @Override
        public void sessionEnded(CaptureSession s) {
            ended.add(s);
        }
    }

    /** A DNS message: one question and optionally one A answer. */
    static byte[] dns(int id, boolean response, String name, String answerIp) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int[] head = {id >> 8, id, response ? 0x81 : 0x01, response ? 0x80 : 0x00, 0, 1, 0, answerIp == null ? 0 : 1, 0, 0, 0, 0};
        for (int b : head) {
            o.write(b);
        }
        for (String label : name.split("\\.")) {
            o.write(label.length());
            o.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        o.write(0);
        o.writeBytes(new byte[] {0, 1, 0, 1});
        if (answerIp != null) {
            o.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4});
            for (String p : answerIp.split("\\.")) {
                o.write(Integer.parseInt(p));
            }
        }
        return o.toByteArray();
    }

    private DnsFeed start(Recorder r, AtomicLong generation) throws Exception {
        Path arp = dir.resolve("arp");
        Files.writeString(arp, """
                IP address       HW type     Flags       HW address            Mask     Device
                10.214.1.2       0x1         0x2         02:aa:bb:cc:dd:01     *        hgd1l
                10.214.1.7       0x1         0x0         00:00:00:00:00:00     *        hgd1l
                """);
        List<Dispatcher.Registration> regs = List.of(new Dispatcher.Registration(r,
                Map.of(TrafficObserver.PROP_STREAMS, new String[] {TrafficObserver.STREAM_METADATA})));
        feed = new DnsFeed(() -> regs, generation::get, s -> null, arp);
        return feed;
    }

    private static void await(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!c.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(c.getAsBoolean(), "condition not reached within 10 s");
    }

    @Test
    void queriesAndAnswersArriveAsDnsMessagesWithTheClientsMacOnOneLiveSession() throws Exception {
        Recorder r = new Recorder();
        start(r, new AtomicLong());
        InetSocketAddress client = new InetSocketAddress("10.214.1.2", 40_000);
        InetSocketAddress hub = new InetSocketAddress("10.214.1.1", 53);
        Instant t = Instant.parse("2026-12-04T17:00:00Z");
        byte[] q = dns(0x1234, false, "api.c2.test", null);
        byte[] padded = new byte[q.length + 10];
        System.arraycopy(q, 0, padded, 5, q.length);
        assertTrue(feed.offerDns(t, client, hub, padded, 5, q.length));
        assertTrue(feed.offerDns(t.plusMillis(3), hub, client, dns(0x1234, true, "api.c2.test", "192.0.2.99"), 0,
                dns(0x1234, true, "api.c2.test", "192.0.2.99").length));
        await(() -> r.records.size() == 2);

        assertEquals(1, r.started.size());
        CaptureSession s = r.started.get(0);
        assertEquals(MetadataFeed.DNS_FORWARDER_SOURCE, s.source());
        assertTrue(s.live());
        DnsMessage query = (DnsMessage) r.records.get(0);
        assertFalse(query.response());
        assertEquals("api.c2.test", query.questions().get(0).name());
        assertEquals(0x02aabbccdd01L, query.srcMac(), "the client's MAC from the neighbour table");
        assertEquals(-1, query.dstMac(), "the hub's own address is not in the table");
        assertEquals("10.214.1.2", query.srcIp());
        assertEquals(53, query.dstPort());
        assertEquals(t, query.timestamp());
        DnsMessage answer = (DnsMessage) r.records.get(1);
        assertTrue(answer.response());
        assertEquals("192.0.2.99", answer.answers().get(0).data());
        assertEquals(0x02aabbccdd01L, answer.dstMac());
        await(() -> s.processed() == 2);
    }

    @Test
    void anIncompleteNeighbourEntryGivesNoMacAndBadMessagesAreDroppedNotDelivered() throws Exception {
        Recorder r = new Recorder();
        start(r, new AtomicLong());
        InetSocketAddress other = new InetSocketAddress("10.214.1.7", 5000);
        InetSocketAddress hub = new InetSocketAddress("10.214.1.1", 53);
        byte[] cut = java.util.Arrays.copyOf(dns(7, false, "shop.test", null), 15);
        assertTrue(feed.offerDns(Instant.now(), other, hub, cut, 0, cut.length), "queued; decoding happens on the feed thread");
        assertFalse(feed.offerDns(Instant.now(), other, hub, new byte[10], 4, 10), "a range outside the array is refused");
        assertFalse(feed.offerDns(Instant.now(), other, hub, new byte[70_000], 0, 70_000), "longer than any DNS message");
        byte[] ok = dns(8, false, "shop.test", null);
        assertTrue(feed.offerDns(Instant.now(), other, hub, ok, 0, ok.length));
        await(() -> r.records.size() == 1);
        DnsMessage m = (DnsMessage) r.records.get(0);
        assertEquals("shop.test", m.questions().get(0).name());
        assertEquals(-1, m.srcMac(), "incomplete neighbour entry: no MAC");
        await(() -> r.started.get(0).dropped() == 1);
    }

    @Test
    void aFullQueueRefusesWithoutBlockingAndANewObserverSetStartsANewSession() throws Exception {
        Recorder r = new Recorder();
        AtomicLong generation = new AtomicLong();
        start(r, generation);
        InetSocketAddress client = new InetSocketAddress("10.214.1.2", 40_000);
        InetSocketAddress hub = new InetSocketAddress("10.214.1.1", 53);
        byte[] q = dns(1, false, "a.test", null);
        r.gate = new CountDownLatch(1); // the observer stalls: the queue fills
        int accepted = 0;
        int refused = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < DnsFeed.QUEUE + 500; i++) {
            if (feed.offerDns(Instant.now(), client, hub, q, 0, q.length)) {
                accepted++;
            } else {
                refused++;
            }
        }
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "offers never wait for the observer");
        assertTrue(refused >= 499, "refused " + refused);
        r.gate.countDown();
        r.gate = null;
        int expected = accepted;
        await(() -> r.records.size() == expected);

        String first = r.started.get(0).id();
        generation.incrementAndGet(); // an observer registered or left
        assertTrue(feed.offerDns(Instant.now(), client, hub, q, 0, q.length));
        await(() -> r.started.size() == 2);
        assertEquals(1, r.ended.size(), "the old session ended before the new one started");
        assertNotEquals(first, r.started.get(1).id());
    }
}
