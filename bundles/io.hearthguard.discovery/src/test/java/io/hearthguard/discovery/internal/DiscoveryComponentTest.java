package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import io.hearthguard.api.device.DeviceEvents;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.StoredFinding;

/**
 * The DS component without a framework: its worker thread, EventAdmin events, findings,
 * store writes and a vendor bundle's rules header, with plain stand-ins for the services.
 */
class DiscoveryComponentTest {
    static final Instant T0 = InventoryEngineTest.T0;

    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<Finding> findings = new CopyOnWriteArrayList<>();

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    static DiscoveryComponent.Config config(Path rulesDir) {
        Map<String, Object> values = Map.of("ouiDirectory", "/nonexistent", "fingerprintDirectories", new String[0],
                "rulesDirectory", rulesDir == null ? "" : rulesDir.toString(), "idleTimeoutSeconds", 600,
                "settleSeconds", 30, "maxDevices", 4096, "activeDiscovery", true, "activeSubnets", new String[0]);
        return (DiscoveryComponent.Config) Proxy.newProxyInstance(DiscoveryComponentTest.class.getClassLoader(),
                new Class<?>[] {DiscoveryComponent.Config.class}, (p, m, a) -> {
                    if (m.getName().equals("annotationType")) {
                        return DiscoveryComponent.Config.class;
                    }
                    return values.get(m.getName());
                });
    }

    /** A bundle context whose only bundle is a vendor bundle with a rules header. */
    static BundleContext context(Path vendorRules) {
        Dictionary<String, String> headers = new Hashtable<>();
        if (vendorRules != null) {
            headers.put(DiscoveryComponent.RULES_HEADER, "rules/acme.rules, rules/missing.rules");
        }
        Bundle vendor = (Bundle) Proxy.newProxyInstance(DiscoveryComponentTest.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getState" -> Bundle.ACTIVE;
                    case "getBundleId" -> 42L;
                    case "getSymbolicName" -> "com.acme.rules";
                    case "getHeaders" -> headers;
                    case "getEntry" -> a[0].equals("rules/acme.rules") ? vendorRules.toUri().toURL() : null;
                    case "hashCode" -> 42;
                    case "equals" -> p == a[0];
                    default -> null;
                });
        return (BundleContext) Proxy.newProxyInstance(DiscoveryComponentTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getBundles" -> new Bundle[] {vendor};
                    default -> null;
                });
    }

    EventAdmin eventAdmin() {
        return new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
    }

    FindingService findingService() {
        return new FindingService() {
            @Override
            public StoredFinding publish(Finding finding) {
                findings.add(finding);
                return null;
            }

            @Override
            public Optional<StoredFinding> get(String id) {
                return Optional.empty();
            }

            @Override
            public List<StoredFinding> query(FindingFilter filter) {
                return List.of();
            }
        };
    }

    @Test
    void feedsEventsFindingsAndTheStoreOffTheCaptureThreadAndRestoresAfterRestart(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("acme.rules");
        Files.writeString(rules, "hostname ~ ^acme-cam -> vendor=Acme; type=camera; model=AC-1; weight=0.9\n");
        SqliteTestStore store = new SqliteTestStore(tmp.resolve("hub.db"));
        DiscoveryComponent c = new DiscoveryComponent(config(null), context(rules), store);
        c.eventAdmin = eventAdmin();
        c.findings = findingService();
        long cam = InventoryEngineTest.CAM;
        long router = InventoryEngineTest.ROUTER;
        // the vendor bundle's rules are loaded on the worker thread
        long[] ms = {T0.toEpochMilli()};
        waitFor(() -> {
            c.metadata(InventoryEngineTest.dhcp(Instant.ofEpochMilli(ms[0]), cam, 3, "acme-cam-7", null, null));
            ms[0] += 10; // capture time advances; the engine flushes once per second of it
            c.tick(ms[0] * 1_000_000L);
            return c.byMac(Macs.format(cam)).map(d -> d.model().isPresent()).orElse(false);
        }, "vendor rules applied");
        c.metadata(InventoryEngineTest.ack(T0.plusSeconds(1), router, cam, "192.168.1.129"));
        c.metadata(InventoryEngineTest.arp(T0.plusSeconds(2), router, "192.168.1.1"));
        c.tick(T0.plusSeconds(40).toEpochMilli() * 1_000_000L);
        c.metadata(InventoryEngineTest.arp(T0.plusSeconds(41), InventoryEngineTest.ROGUE, "192.168.1.1"));
        c.sessionEnded(null);

        waitFor(() -> findings.stream().anyMatch(f -> f.category().equals(Categories.MITM)), "mitm finding");
        waitFor(() -> findings.stream().filter(f -> f.category().equals(Categories.NEW_DEVICE)).count() >= 3, "new-device findings");
        Finding camFinding = findings.stream().filter(f -> f.rule().equals("discovery.new-device")
                && f.device().mac().equals(Macs.format(cam))).findFirst().orElseThrow();
        assertEquals("camera", camFinding.evidence().get("type"));
        assertEquals("Acme", camFinding.evidence().get("vendor"));
        assertTrue(camFinding.evidence().get("evidence").toString().contains("com.acme.rules/rules/acme.rules:1"));
        Finding mitm = findings.stream().filter(f -> f.category().equals(Categories.MITM)).findFirst().orElseThrow();
        assertEquals("discovery.arp-spoof", mitm.rule());
        assertEquals(Macs.format(InventoryEngineTest.ROGUE), mitm.device().mac());

        waitFor(() -> events.stream().anyMatch(e -> e.getTopic().equals(DeviceEvents.TOPIC_ADDED)
                && Macs.format(cam).equals(e.getProperty(DeviceEvents.PROP_DEVICE_MAC))), "ADDED event for the camera");
        Event added = events.stream().filter(e -> e.getTopic().equals(DeviceEvents.TOPIC_ADDED)
                && Macs.format(cam).equals(e.getProperty(DeviceEvents.PROP_DEVICE_MAC))).findFirst().orElseThrow();
        assertEquals(Macs.hex(cam), added.getProperty(DeviceEvents.PROP_DEVICE_ID));
        assertNotNull(added.getProperty(DeviceEvents.PROP_DEVICE_TYPE));

        c.deactivate();
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("hearthguard-discovery") && t.isAlive()),
                "worker thread stopped");

        // a new instance (restart) finds the devices in the store, offline, not announced again
        events.clear();
        findings.clear();
        DiscoveryComponent again = new DiscoveryComponent(config(null), context(null), store);
        again.eventAdmin = eventAdmin();
        waitFor(() -> again.byMac(Macs.format(cam)).isPresent(), "restored camera");
        var d = again.byMacBits(cam);
        assertEquals(DeviceType.CAMERA, d.type());
        assertFalse(d.online());
        assertSame(d, again.byIp("192.168.1.129").orElseThrow());
        again.sessionEnded(null);
        again.deactivate();
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void outOfRangeConfigurationFailsNamingTheProperty() {
        DiscoveryComponent.Config bad = (DiscoveryComponent.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DiscoveryComponent.Config.class}, (p, m, a) -> m.getName().equals("idleTimeoutSeconds") ? 1
                        : m.getName().equals("activeSubnets") ? new String[0] : m.invoke(config(null)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new DiscoveryComponent(bad, context(null), null));
        assertTrue(e.getMessage().contains("idleTimeoutSeconds"), e.getMessage());
        DiscoveryComponent.Config wide = (DiscoveryComponent.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DiscoveryComponent.Config.class}, (p, m, a) -> m.getName().equals("activeSubnets")
                        ? new String[] {"0.0.0.0/0"} : m.invoke(config(null)));
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DiscoveryComponent(wide, context(null), null));
        assertTrue(e.getMessage().contains("activeSubnets"), e.getMessage());
    }

    @Test
    void aCaptureStartsOnlyOnceRegistriesAndRulesAreLoaded() throws Exception {
        java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
        // a store that is slow to open: loading (on the discovery worker) takes until the test says so
        io.hearthguard.platform.store.Store slow = (io.hearthguard.platform.store.Store) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {io.hearthguard.platform.store.Store.class}, (p, m, a) -> {
                    if (m.getName().equals("migrate")) {
                        loading.await();
                        return 1;
                    }
                    throw new IllegalStateException("not in this test");
                });
        DiscoveryComponent c = new DiscoveryComponent(config(null), context(null), slow);
        try {
            Thread capture = new Thread(() -> c.sessionStarted(null));
            capture.start();
            capture.join(500);
            assertTrue(capture.isAlive(), "the capture started before discovery had loaded");
            loading.countDown();
            capture.join(10_000);
            assertFalse(capture.isAlive());
            assertTrue(c.awaitStarted(Duration.ofSeconds(1)));
        } finally {
            loading.countDown();
            c.deactivate();
        }
    }

    @Test
    void worksInMemoryWithoutStoreEventAdminOrFindingService() throws Exception {
        DiscoveryComponent c = new DiscoveryComponent(config(null), context(null), null);
        c.metadata(InventoryEngineTest.arp(T0, InventoryEngineTest.CAM, "192.168.1.129"));
        c.sessionEnded(null);
        assertEquals(1, c.devices().size());
        assertTrue(c.byId(Macs.hex(InventoryEngineTest.CAM)).isPresent());
        c.deactivate();
    }

}
