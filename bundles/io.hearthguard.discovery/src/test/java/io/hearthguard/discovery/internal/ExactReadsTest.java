package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * Discovery runs on its own thread, yet the protection host, asking on the capture thread for
 * the device of each record right after discovery was handed it, must get the answer the
 * engine would give had it run inline (so {@code analyze} does not depend on timing). A
 * seeded household's records (flows, ARP, DHCP with randomized MACs that merge, idle devices,
 * a full inventory that evicts) go to the component and, on this thread, to the same engine
 * run inline; after each record both ends are read the host's way from the component and
 * compared with the inline engine's answer.
 */
class ExactReadsTest {

    @ParameterizedTest
    @CsvSource({"1, 4096, 40", "2, 4096, 40", "3, 16, 40", "4, 16, 200"})
    void theHostsReadsOnTheCaptureThreadAreTheInlineAnswers(long seed, int maxDevices, int macs) throws Exception {
        DiscoveryComponent c = new DiscoveryComponent(config(maxDevices), DiscoveryComponentTest.context(null), null);
        try {
            assertTrue(c.awaitStarted(Duration.ofSeconds(30)));
            Random r = new Random(seed);
            long router = InventoryEngineTest.ROUTER;
            List<Long> devices = new ArrayList<>();
            for (int i = 0; i < macs; i++) {
                long oui = i % 3 == 0 ? 0x02_00_00L : 0xf4_b8_5eL; // a third locally administered (randomized)
                devices.add(oui << 24 | (seed << 16) | i);
            }
            // the same engine run inline on this thread: what the host read before discovery had its own thread
            InventoryEngine inline = new InventoryEngine(c.identifier(),
                    new InventoryEngine.Settings(Duration.ofSeconds(600), Duration.ofSeconds(30), maxDevices, 5), new InventoryEngine.Listener() {
                    });
            Instant t = InventoryEngineTest.T0;
            long fast = 0;
            long waited = c.feed().catchUps();
            for (int n = 0; n < 20_000; n++) {
                int kind = r.nextInt(100);
                long a = devices.get(r.nextInt(devices.size()));
                long b = devices.get(r.nextInt(devices.size()));
                String ipA = "192.168.1." + (2 + (a & 0xff) % 250);
                String ipB = "192.168.1." + (2 + (b & 0xff) % 250);
                if (kind < 2) {
                    t = t.plusSeconds(r.nextInt(10) == 0 ? 900 : 1); // now and then long enough for devices to go offline
                    c.tick(t.getEpochSecond() * 1_000_000_000L + t.getNano());
                    inline.tick(t);
                    continue;
                }
                t = t.plusMillis(r.nextInt(50));
                TrafficMetadata m = null;
                FlowRecord f = null;
                if (kind < 8) {
                    // DHCP from a device, its host name and client id shared with another MAC now and then (a merge)
                    String host = "phone-" + r.nextInt(macs / 4 + 1);
                    m = new Records.Dhcp(t, a, -1, "0.0.0.0", "255.255.255.255", 68, 67, 4, 3, Macs.format(a), Optional.of(host),
                            Optional.of("id-" + host), Optional.empty(), List.of(1, 3, 6), Optional.empty(), Optional.empty());
                } else if (kind < 14) {
                    m = InventoryEngineTest.arp(t, a, ipA);
                } else if (kind < 60) {
                    f = new Records.Flow(n, FlowRecord.Phase.STARTED, 6, ipA, 40000 + r.nextInt(20000), ipB, 80, a, b, t, t, 100, 100, 1,
                            r.nextInt(2), 100, 100, 1, 1, TcpState.SYN_SENT, Optional.empty());
                } else {
                    f = new Records.Flow(n, r.nextBoolean() ? FlowRecord.Phase.STARTED : FlowRecord.Phase.UPDATED, 6, ipA, 50000,
                            "93.184.216." + r.nextInt(50), 443, a, router, t, t, 100, 100, 1, 1, 100, 100, 1, 1, TcpState.ESTABLISHED,
                            Optional.empty());
                }
                long x;
                long y;
                if (m != null) {
                    c.metadata(m);
                    inline.metadata(m);
                    x = m.srcMac();
                    y = m.dstMac();
                } else {
                    c.flow(f);
                    inline.flow(f);
                    x = f.initiatorMac();
                    y = f.responderMac();
                }
                for (long mac : new long[] {x, y}) {
                    if (mac < 0) {
                        continue;
                    }
                    long before = c.feed().catchUps();
                    Device d = c.byMacBits(mac); // the host's read
                    if (c.feed().catchUps() == before) {
                        fast++;
                    }
                    assertEquals(inline.byMacBits(mac), d, "record " + n + ", " + Macs.format(mac));
                }
            }
            c.sessionEnded(null);
            inline.flush(true);
            assertEquals(new java.util.HashSet<>(inline.devices()), new java.util.HashSet<>(c.devices()));
            assertTrue(c.devices().size() <= maxDevices);
            assertTrue(fast > 0, "some reads found their answer without waiting");
            assertTrue(c.feed().catchUps() > waited, "some reads waited for the feed");
            assertEquals(0, c.feedDropped());
        } finally {
            c.deactivate();
        }
    }

    static DiscoveryComponent.Config config(int maxDevices) {
        DiscoveryComponent.Config base = DiscoveryComponentTest.config(null);
        Map<String, Object> over = Map.of("maxDevices", maxDevices, "activeDiscovery", false);
        return (DiscoveryComponent.Config) java.lang.reflect.Proxy.newProxyInstance(ExactReadsTest.class.getClassLoader(),
                new Class<?>[] {DiscoveryComponent.Config.class}, (p, m, a) -> over.containsKey(m.getName()) ? over.get(m.getName())
                        : m.invoke(base, a));
    }
}
