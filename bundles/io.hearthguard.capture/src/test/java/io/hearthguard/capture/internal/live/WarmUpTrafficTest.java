package io.hearthguard.capture.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.osgi.LiveCapture;

/**
 * The warm-up capture exercises the decoders live capture needs: read by capture's own reader (not libpcap, which the
 * warm-up itself uses) every frame decodes, and the pipeline makes flows and every kind of metadata from it.
 */
class WarmUpTrafficTest {

    @Test
    void theWarmUpCaptureDecodesAndFeedsEveryParser(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.pcap");
        assertEquals(6000, WarmUpTraffic.write(f, 6000));
        Map<String, Integer> kinds = new TreeMap<>();
        int[] flows = new int[1];
        int[] sni = new int[1];
        TrafficObserver o = new TrafficObserver() {
            @Override
            public void flow(FlowRecord flow) {
                flows[0]++;
            }

            @Override
            public void metadata(TrafficMetadata m) {
                kinds.merge(m.getClass().getSimpleName(), 1, Integer::sum);
                if (m instanceof TlsClientHello t && t.sni().isPresent()) {
                    sni[0]++;
                }
            }
        };
        Engine e = new Engine(EngineConfig.defaults(), new Dispatcher(List.of(new Dispatcher.Registration(o, Map.of()))), new Session("t", false));
        e.run(CaptureFiles.open(f), null, null);
        assertEquals(6000, e.received());
        assertEquals(6000, e.processed(), "every frame decodes");
        assertEquals(0, e.malformedPackets());
        assertTrue(flows[0] > 1000, "flows: " + flows[0]);
        for (String k : new String[] {"Dns", "Tls", "Http", "Ssdp", "Dhcp", "Neighbor"}) {
            assertTrue(kinds.getOrDefault(k, 0) > 0, k + " records from the warm-up: " + kinds);
        }
        assertTrue(sni[0] > 100, "ClientHellos with SNI: " + sni[0]);
        assertTrue(e.metadataErrors().keySet().stream().anyMatch(k -> k.toLowerCase(java.util.Locale.ROOT).contains("quic")),
                "the QUIC Initials are tried and fail to decrypt: " + e.metadataErrors());
    }

    @Test
    void theSizeIsBoundedAndLiveCaptureRefusesOtherCounts(@TempDir Path dir) throws Exception {
        assertEquals(0, WarmUpTraffic.write(dir.resolve("none.pcap"), -5));
        assertEquals(LiveCapture.DEFAULT_WARM_UP_PACKETS, LiveCapture.warmUpPackets(LiveCapture.DEFAULT_WARM_UP_PACKETS));
        assertEquals(0, LiveCapture.warmUpPackets(0));
        for (int bad : new int[] {-1, WarmUpTraffic.MAX_PACKETS + 1, Integer.MAX_VALUE}) {
            IllegalArgumentException x = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LiveCapture.warmUpPackets(bad));
            assertTrue(x.getMessage().contains("warmUpPackets=" + bad), x.getMessage());
        }
    }

    /** Through libpcap and the pipeline, as the hub runs it; the temporary file is gone afterwards. */
    @Test
    void theHubsWarmUpRunsThroughLibpcapAndLeavesNothing() throws Exception {
        LibPcapBindingTest.lib();
        assertEquals(5000, LiveCapture.warmUp(5000, 131_072));
        assertEquals(0, LiveCapture.warmUp(0, 131_072));
        for (Path dir : new Path[] {Path.of(System.getProperty("java.io.tmpdir")), Path.of("/dev/shm")}) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                continue;
            }
            try (var files = java.nio.file.Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("hearthguard-capture-warm-up")), dir.toString());
            }
        }
    }
}
