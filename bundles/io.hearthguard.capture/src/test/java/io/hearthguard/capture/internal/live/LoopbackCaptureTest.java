package io.hearthguard.capture.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.hearthguard.capture.internal.decode.Decoder;
import io.hearthguard.capture.internal.decode.Packet;
import io.hearthguard.capture.internal.io.RawPacket;

/**
 * Live capture through libpcap on the loopback interface only (traffic to 127.0.0.1):
 * BPF filter, packets, stats and stopping from another thread. Skipped without
 * CAP_NET_RAW/CAP_NET_ADMIN, which is the normal case for an unprivileged build.
 */
class LoopbackCaptureTest {

    @Test
    void capturesFilteredLoopbackTrafficAndStopsWhenAskedFromAnotherThread() throws Exception {
        LibPcapBindingTest.lib();
        LivePcapSource src;
        try {
            src = LivePcapSource.open("lo", "udp and dst port 53999", 2048, false, 0);
        } catch (CaptureUnavailableException e) {
            assumeTrue(false, "no capture right here: " + e.getMessage());
            return;
        }
        try (src; DatagramSocket s = new DatagramSocket()) {
            InetAddress lo = InetAddress.getLoopbackAddress();
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 5; i++) {
                        s.send(new DatagramPacket(new byte[] {'h', 'g', (byte) i}, 3, lo, 53999));
                        s.send(new DatagramPacket(new byte[] {'x'}, 1, lo, 53998)); // filtered out
                        Thread.sleep(20);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            RawPacket raw = new RawPacket();
            Packet p = new Packet();
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen < 5 && System.nanoTime() < deadline) {
                assertTrue(src.next(raw));
                p.reset(raw.buf, raw.base, raw.captureLength, raw.wireLength, raw.timestampNanos);
                assertTrue(Decoder.decode(p, raw.linkType));
                assertEquals(53999, p.dstPort, "the BPF filter lets only port 53999 through");
                assertEquals(3, p.payloadLength);
                assertTrue(Math.abs(System.currentTimeMillis() * 1_000_000L - raw.timestampNanos) < 60_000_000_000L);
                seen++;
            }
            sender.get(10, TimeUnit.SECONDS);
            assertEquals(5, seen);
            assertEquals(0, src.kernelDrops());
            CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                src.breakLoop();
            });
            assertFalse(src.next(raw), "breakLoop from another thread ends the capture");
        }
    }
}
