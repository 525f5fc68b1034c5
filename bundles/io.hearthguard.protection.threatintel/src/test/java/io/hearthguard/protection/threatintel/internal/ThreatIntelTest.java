package io.hearthguard.protection.threatintel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

class ThreatIntelTest {

    static final TestDevice CAM = new TestDevice("cam", "d4:d2:d6:00:00:04", "192.168.1.30", DeviceType.CAMERA);

    @TempDir
    Path dir;

    void lists() throws Exception {
        Files.writeString(dir.resolve("hosts.txt"), "# blocklist\n0.0.0.0 ads.tracker.example\n127.0.0.1 evil.example # c2\n0.0.0.0 localhost\n");
        Files.writeString(dir.resolve("domains.txt"), "malware-drop.example\n203.0.113.66\n\nnot a domain!\n" + "x".repeat(10_000) + "\n");
        Files.writeString(dir.resolve("urlhaus.csv"), "# id,dateadded,url,url_status\n\"1\",\"2026-01-01\",\"http://198.51.100.23:8080/bins/mirai.arm\",\"online\"\n"
                + "\"2\",\"2026-01-01\",\"https://payload.bad.example/x.sh\",\"online\"\n");
    }

    @Test
    void hostsPlainAndUrlCsvListsAreLoadedAndJunkIsCounted() throws Exception {
        lists();
        IntelLists l = IntelLists.load(dir);
        assertEquals(4, l.domains()); // ads.tracker, evil, malware-drop, payload.bad
        assertEquals(2, l.ips()); // 203.0.113.66 and the CSV URL's address
        assertEquals(3, l.files().size());
        assertTrue(l.problems().stream().anyMatch(p -> p.startsWith("domains.txt: 2 lines")), l.problems().toString());
    }

    @Test
    void aListedDomainMatchesItsSubdomainsButNotLookAlikes() throws Exception {
        lists();
        IntelLists l = IntelLists.load(dir);
        assertNotNull(l.domain("evil.example"));
        assertNotNull(l.domain("cdn.EVIL.example"));
        assertNull(l.domain("notevil.example"));
        assertNull(l.domain("example"));
        assertNull(l.domain("evil.example.org"));
        assertTrue(l.domain("a.payload.bad.example").startsWith("urlhaus.csv"));
        assertEquals("urlhaus.csv", l.ip("198.51.100.23"));
    }

    @Test
    void dnsLookupsAreMediumAndContactIsHighOncePerCooldown() throws Exception {
        lists();
        IntelLists l = IntelLists.load(dir);
        ThreatIntelDetector d = new ThreatIntelDetector(() -> l, 3600, "test");
        RecordingContext ctx = new RecordingContext();
        d.metadata(dns("cdn.evil.example", false), CAM, ctx);
        d.metadata(dns("cdn.evil.example", true), CAM, ctx); // the answer adds nothing
        d.metadata(dns("fine.example", false), CAM, ctx);
        TestFlow f = TestFlow.of(1, Phase.STARTED, 1, "cdn.evil.example", ctx.now, ctx.now, 60, 0);
        d.flow(f, CAM, ctx);
        d.flow(TestFlow.of(2, Phase.STARTED, 1, "cdn.evil.example", ctx.now, ctx.now.plusSeconds(5), 60, 0), CAM, ctx);
        List<Finding> out = ctx.published;
        assertEquals(2, out.size(), out.toString());
        assertEquals(Severity.MEDIUM, out.get(0).severity());
        assertEquals(ThreatIntelDetector.DNS, out.get(0).rule());
        assertEquals(Categories.THREAT_INTEL, out.get(1).category());
        assertEquals(Severity.HIGH, out.get(1).severity());
        assertTrue(String.valueOf(out.get(1).evidence().get("list")).startsWith("hosts.txt"));
    }

    @Test
    void whatTheFamilySaidIsNormalForADeviceIsNotRaisedAgainForItButStillForOthersAndOtherNames() throws Exception {
        lists();
        IntelLists l = IntelLists.load(dir);
        // the platform contract the dashboard provides: "contacting cdn.evil.example is normal for the camera"
        List<String> asked = new java.util.ArrayList<>();
        io.hearthguard.platform.allow.AllowList allow = (device, rule, destination) -> {
            asked.add(device + " " + rule + " " + destination);
            return "cam".equals(device) && ThreatIntelDetector.CONTACT.equals(rule) && "cdn.evil.example".equals(destination);
        };
        ThreatIntelDetector d = new ThreatIntelDetector(() -> l, 0, "test", () -> allow);
        RecordingContext ctx = new RecordingContext();
        d.flow(TestFlow.of(1, Phase.STARTED, 1, "cdn.evil.example", ctx.now, ctx.now, 60, 0), CAM, ctx);
        assertEquals(List.of(), ctx.published, "allowed for the camera: not raised");
        assertEquals(List.of("cam " + ThreatIntelDetector.CONTACT + " cdn.evil.example"), asked);
        d.flow(TestFlow.of(2, Phase.STARTED, 1, "malware-drop.example", ctx.now, ctx.now, 60, 0), CAM, ctx);
        d.metadata(dns("cdn.evil.example", false), CAM, ctx); // the lookup is another rule: still raised
        TestDevice laptop = new TestDevice("laptop", "3c:22:fb:00:00:05", "192.168.1.40", DeviceType.COMPUTER);
        d.flow(TestFlow.of(3, Phase.STARTED, 1, "cdn.evil.example", ctx.now, ctx.now, 60, 0), laptop, ctx);
        assertEquals(List.of("malware-drop.example", "cdn.evil.example", "cdn.evil.example"),
                ctx.published.stream().map(f -> String.valueOf(f.evidence().get("indicator"))).toList());
        assertEquals(List.of(ThreatIntelDetector.CONTACT, ThreatIntelDetector.DNS, ThreatIntelDetector.CONTACT),
                ctx.published.stream().map(Finding::rule).toList());
        assertEquals("laptop", ctx.published.get(2).device().id());
        // without the dashboard (no allow list) everything listed is raised, as before
        RecordingContext plain = new RecordingContext();
        new ThreatIntelDetector(() -> l, 0, "test", () -> null).flow(TestFlow.of(1, Phase.STARTED, 1, "cdn.evil.example", plain.now, plain.now, 60, 0), CAM, plain);
        assertEquals(1, plain.published.size());
    }

    @Test
    void aListedAddressWithoutANameIsFound() throws Exception {
        lists();
        IntelLists l = IntelLists.load(dir);
        ThreatIntelDetector d = new ThreatIntelDetector(() -> l, 3600, "test");
        RecordingContext ctx = new RecordingContext();
        TestFlow f = TestFlow.of(1, Phase.STARTED, 1, null, ctx.now, ctx.now, 60, 0);
        d.flow(new TestFlow(3, Phase.STARTED, f.endReason(), 6, "192.168.1.30", 40000, "203.0.113.66", 23, 1, 2, ctx.now, ctx.now, 60, 0, 1,
                0, 60, 0, 1, 0, f.tcpState(), Optional.empty()), CAM, ctx);
        assertEquals(1, ctx.published.size());
        assertEquals("203.0.113.66", ctx.published.get(0).evidence().get("indicator"));
    }

    @Test
    void listsAreReloadedWhenTheDirectoryChangesAndTheWatcherStops() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "first.example\n");
        ThreatIntelProtection p = new ThreatIntelProtection(config(dir.toString()), context());
        try {
            RecordingContext ctx = new RecordingContext();
            waitFor(() -> {
                ctx.published.clear();
                p.metadata(dns("first.example", false), CAM, ctx);
                return !ctx.published.isEmpty();
            });
            Files.writeString(dir.resolve("b.txt"), "second.example\n");
            Files.setLastModifiedTime(dir.resolve("b.txt"), FileTime.from(Instant.now().plusSeconds(1)));
            waitFor(() -> {
                ctx.published.clear();
                p.metadata(dns("x.second.example", false), CAM, ctx);
                return !ctx.published.isEmpty();
            });
        } finally {
            p.deactivate();
        }
        // the executor reports termination just before its thread exits: give it a moment
        waitFor(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("hearthguard-threatintel-reload") && t.isAlive()));
    }

    static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!c.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within 10 s");
            Thread.sleep(50);
        }
    }

    static ThreatIntelProtection.Config config(String directory) {
        return (ThreatIntelProtection.Config) Proxy.newProxyInstance(ThreatIntelTest.class.getClassLoader(),
                new Class<?>[] { ThreatIntelProtection.Config.class }, (o, m, a) -> switch (m.getName()) {
                    case "directory" -> directory;
                    case "reloadSeconds" -> 1;
                    case "cooldownSeconds" -> 3600;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    static BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(ThreatIntelTest.class.getClassLoader(), new Class<?>[] { BundleContext.class },
                (o, m, a) -> null);
    }

    static DnsMessage dns(String name, boolean response) {
        return new DnsMessage() {
            @Override public Instant timestamp() { return Instant.parse("2026-01-01T00:00:00Z"); }
            @Override public long flowId() { return 1; }
            @Override public long srcMac() { return 1; }
            @Override public long dstMac() { return 2; }
            @Override public String srcIp() { return CAM.ip(); }
            @Override public String dstIp() { return "192.168.1.1"; }
            @Override public int srcPort() { return 40000; }
            @Override public int dstPort() { return 53; }
            @Override public boolean multicast() { return false; }
            @Override public int transactionId() { return 7; }
            @Override public boolean response() { return response; }
            @Override public int rcode() { return 0; }
            @Override public List<Question> questions() { return List.of(new Question(name, 1, 1)); }
            @Override public List<Answer> answers() { return List.of(); }
        };
    }
}
