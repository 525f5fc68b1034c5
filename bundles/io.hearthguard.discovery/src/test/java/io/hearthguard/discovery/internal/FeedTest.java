package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;

/** The bounded hand-off between capture and the inventory engine. */
class FeedTest {
    static final Instant T0 = InventoryEngineTest.T0;

    /** Records what the feed thread got, in order; {@code gate} holds the feed thread until opened. */
    static final class Log implements Feed.Sink {
        final List<String> got = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch gate;

        Log(CountDownLatch gate) {
            this.gate = gate;
        }

        private void hold() {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void flow(FlowRecord f) {
            hold();
            got.add("flow " + f.flowId());
        }

        @Override
        public void metadata(TrafficMetadata m) {
            hold();
            got.add("meta " + m.srcMac());
        }

        @Override
        public void tick(Instant now) {
            hold();
            got.add("tick " + (now.getEpochSecond() * 1_000_000_000L + now.getNano()));
        }
    }

    static FlowRecord flow(long id) {
        return new Records.Flow(id, FlowRecord.Phase.STARTED, "192.168.1.2", "8.8.8.8", 1, 2, T0, T0, 1, java.util.Optional.empty());
    }

    @Test
    void feedsEverythingInOrderAndCatchesUp() throws Exception {
        Log log = new Log(new CountDownLatch(0));
        Feed f = new Feed(log, 64);
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            if (i % 100 == 0) {
                assertTrue(f.tick(i, false));
                want.add("tick " + i);
            } else if (i % 7 == 0) {
                assertTrue(f.metadata(InventoryEngineTest.arp(T0, i, "192.168.1.9"), false));
                want.add("meta " + i);
            } else {
                assertTrue(f.flow(flow(i), false));
                want.add("flow " + i);
            }
        }
        f.catchUp();
        assertFalse(f.behind());
        assertEquals(want, log.got); // a ring of 64: the producer made room and lost nothing
        assertTrue(f.fedForRoom() > 0, "the producer had to make room");
        assertEquals(0, f.dropped());
        assertTrue(f.stop(5_000));
    }

    @Test
    void aLiveProducerDropsWhatDoesNotFitAndItIsCounted() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Log log = new Log(gate);
        Feed f = new Feed(log, 16);
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            if (f.flow(flow(i), true)) {
                accepted++;
            }
        }
        // the feed thread holds at most one record while it waits at the gate: 16 or 17 fit, the rest are counted
        assertTrue(accepted >= 16 && accepted <= 17, "accepted " + accepted);
        assertEquals(100 - accepted, f.dropped());
        gate.countDown();
        f.catchUp();
        assertEquals(accepted, log.got.size());
        assertEquals("flow 0", log.got.get(0));
        assertTrue(f.stop(5_000));
    }

    @Test
    void markersRunBehindTheRecordsPutBeforeThemAndStopFeedsWhatWasPut() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Log log = new Log(gate);
        Feed f = new Feed(log, 1024);
        for (int i = 0; i < 10; i++) {
            f.flow(flow(i), false);
        }
        List<Integer> seenByMarker = new ArrayList<>();
        f.run(() -> seenByMarker.add(log.got.size()));
        assertTrue(f.barrierPending());
        gate.countDown();
        assertTrue(f.stop(5_000));
        assertEquals(List.of(10), seenByMarker);
        assertFalse(f.flow(flow(99), false), "nothing is taken after stop");
        assertEquals(1, f.dropped());
        f.catchUp(); // returns: the feed has stopped
    }

    @Test
    void aSlowEngineNeverBlocksALiveProducer() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Feed f = new Feed(new Log(gate), 8);
        for (int i = 0; i < 10_000; i++) {
            f.flow(flow(i), true); // the engine is stuck at the gate: a producer that waited would wait here for 30 s
        }
        assertTrue(f.dropped() >= 10_000 - 9, "dropped " + f.dropped());
        assertEquals(0, f.fedForRoom());
        gate.countDown();
        assertTrue(f.stop(5_000));
    }
}
