package io.hearthguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.itests.throwing.Activator;
import io.hearthguard.itests.throwing.ThrowingProtection;
import io.hearthguard.platform.deploy.DeployAttempt;
import io.hearthguard.platform.deploy.DeployService;
import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;
import io.hearthguard.platform.traffic.ObserverCompletion;

/**
 * A vendor protection is hot-deployed into the running hub, updated in place from 1.0.0 to
 * 2.0.0 (which reports differently), survives a broken 3.0.0 by rolling back, and is
 * removed — all through the deploy/ folder, with jars signed by a key whose certificate the
 * test puts in the hub's trust folder.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class HotDeployIT {

    static final String BSN = "io.hearthguard.example.protection";
    static final AtomicLong FLOW_IDS = new AtomicLong(1000);
    static String lastStatus = "";

    @InjectBundleContext
    BundleContext context;

    static Path data;
    static Path work;
    static VendorKey key;

    @BeforeAll
    static void trustAVendorKey() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(HotDeployIT.class).getBundleContext();
        data = Path.of(ctx.getProperty("hearthguard.data"));
        work = Files.createTempDirectory("hotdeploy");
        key = VendorKey.create(work, "acme", "CN=Acme Devices (itest)");
        key.trustIn(data.resolve("trust/acme.pem"));
        // poll faster than the default second so the test is quick
        configureDeployer(ctx, 200L, WATCH);
    }

    /**
     * Replaces the deployer's configuration ({@code pollMillis} and {@code observeMillis}) and
     * waits until the deployer runs with it: it restarts on a change.
     */
    static void configureDeployer(BundleContext ctx, long pollMillis, long observeMillis) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = ctx.getServiceReference(ConfigurationAdmin.class);
        Configuration c = ctx.getService(ref).getConfiguration("io.hearthguard.deploy", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("pollMillis", pollMillis);
        props.put("observeMillis", observeMillis);
        c.update(props);
        ServiceComponentRuntime scr = ctx.getService(ctx.getServiceReference(ServiceComponentRuntime.class));
        Await.until("the deployer runs with " + props, PATIENCE, () -> {
            ComponentDescriptionDTO d = scr.getComponentDescriptionDTO(
                    Arrays.stream(ctx.getBundles()).filter(b -> "io.hearthguard.deploy".equals(b.getSymbolicName())).findFirst().orElseThrow(),
                    "io.hearthguard.deploy.internal.Deployer");
            return scr.getComponentConfigurationDTOs(d).stream().anyMatch(cc -> cc.state == ComponentConfigurationDTO.ACTIVE
                    && Long.valueOf(pollMillis).equals(cc.properties.get("pollMillis"))
                    && Long.valueOf(observeMillis).equals(cc.properties.get("observeMillis")));
        });
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static Path example(String module) throws Exception {
        Path target = Path.of(FrameworkUtil.getBundle(HotDeployIT.class).getBundleContext().getProperty("hearthguard.itest.examples"))
                .resolve(module).resolve("target");
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    static Path sign(Path jar, String name) throws Exception {
        return key.sign(jar, work.resolve(name));
    }

    /** Copies the way users are told to: write elsewhere, then move into deploy/ in one step. */
    static void deploy(Path jar) throws Exception {
        Path tmp = data.resolve("deploy/.acme.jar.part");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, data.resolve("deploy/acme.jar"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Bundle acme() {
        return Arrays.stream(context.getBundles()).filter(b -> BSN.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    TrafficObserver host() throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences(TrafficObserver.class.getName(),
                "(component.name=io.hearthguard.guard.internal.ProtectionHost)");
        assertNotNull(refs, "protection host not registered");
        return (TrafficObserver) context.getService(refs[0]);
    }

    /** Ends an offline session as capture does and waits, as analyze does, until the host has stored what it found. */
    void endAndAwait(TrafficObserver host) throws Exception {
        host.sessionEnded(offline());
        ServiceReference<ObserverCompletion> ref = context.getServiceReference(ObserverCompletion.class);
        assertNotNull(ref, "the protection host does not offer its completion");
        context.getService(ref).completed().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** @return the protection host's report on its protections */
    ProtectionStatusService protections() {
        ServiceReference<ProtectionStatusService> ref = context.getServiceReference(ProtectionStatusService.class);
        assertNotNull(ref, "the protection host does not report its protections");
        return context.getService(ref);
    }

    /** @return the acme protection's service (built-in protections are registered too), or null */
    ServiceReference<DeviceProtection> acmeProtection() {
        try {
            var refs = context.getServiceReferences(DeviceProtection.class, "(hearthguard.protection.vendor=acme)");
            return refs.isEmpty() ? null : refs.iterator().next();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the protection host has bound the currently registered acme protection. */
    void awaitBound(String what) throws Exception {
        Await.until(what, PATIENCE, () -> {
            ServiceReference<DeviceProtection> ref = acmeProtection();
            if (ref == null) {
                return false;
            }
            return protections().byServiceId((Long) ref.getProperty("service.id")).isPresent();
        });
    }

    static CaptureSession offline() {
        return new TestSession("itest", false);
    }

    /** Sends two Telnet flows (ports 23 and 2323) to fresh addresses; returns the acme findings they raised. */
    List<StoredFinding> telnetFindings(String net) throws Exception {
        TrafficObserver host = host();
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        host.sessionStarted(offline());
        host.flow(TestFlow.tcpStart(FLOW_IDS.incrementAndGet(), "192.0.2.10", net + ".23", 23, t));
        host.flow(TestFlow.tcpStart(FLOW_IDS.incrementAndGet(), "192.0.2.10", net + ".2323", 2323, t));
        endAndAwait(host);
        FindingService findings = context.getService(context.getServiceReference(FindingService.class));
        lastStatus = protections().protections() + " all findings: "
                + findings.query(FindingFilter.all()).stream().map(f -> f.finding().rule() + "/" + f.finding().evidence().get("responder")).toList();
        return findings.query(FindingFilter.all()).stream()
                .filter(f -> f.finding().rule().equals("acme.telnet") && f.finding().evidence().get("responder").toString().startsWith(net + "."))
                .toList();
    }

    @Test
    void aVendorProtectionIsDeployedUpdatedRolledBackAndRemovedWithoutRestart() throws Exception {
        Path v1 = sign(example("io.hearthguard.example.protection"), "acme-1.jar");
        Path v2 = sign(example("io.hearthguard.example.protection.v2"), "acme-2.jar");

        // a half-written copy is never installed
        byte[] whole = Files.readAllBytes(v1);
        Path target = data.resolve("deploy/acme.jar");
        Files.write(target, Arrays.copyOf(whole, whole.length / 2));
        Thread.sleep(1_000); // five polls
        assertNull(acme(), "a half-copied jar was installed");
        Files.write(target, whole);
        Await.until("1.0.0 is active", PATIENCE, () -> acme() != null && acme().getState() == Bundle.ACTIVE);
        long id = acme().getBundleId();
        assertEquals("1.0.0", acme().getVersion().toString());
        awaitBound("its protection is bound by the protection host");

        List<StoredFinding> v1Findings = telnetFindings("198.51.100");
        assertEquals(1, v1Findings.size(), "1.0.0 watches port 23 only: " + v1Findings + " " + lastStatus);
        assertEquals(Severity.MEDIUM, v1Findings.get(0).finding().severity());

        deploy(v2);
        Await.until("2.0.0 replaced 1.0.0", PATIENCE,
                () -> acme() != null && "2.0.0".equals(acme().getVersion().toString()) && acme().getState() == Bundle.ACTIVE);
        awaitBound("2.0.0's protection is bound by the protection host");
        assertEquals(id, acme().getBundleId(), "updated in place, same bundle");
        List<StoredFinding> v2Findings = telnetFindings("203.0.113");
        assertEquals(2, v2Findings.size(), "2.0.0 watches 23 and 2323: " + v2Findings + " " + lastStatus);
        assertTrue(v2Findings.stream().allMatch(f -> f.finding().severity() == Severity.HIGH));

        // 3.0.0 cannot start: the hub rolls back to 2.0.0 and says why
        deploy(sign(broken(example("io.hearthguard.example.protection.v2")), "acme-3.jar"));
        Path rejected = data.resolve("deploy/acme.jar.rejected.txt");
        Await.until("3.0.0 was refused", PATIENCE, () -> Files.exists(rejected));
        assertTrue(Files.readString(rejected).contains("rolled back to 2.0.0"), Files.readString(rejected));
        assertEquals("2.0.0", acme().getVersion().toString());
        assertEquals(Bundle.ACTIVE, acme().getState());
        awaitBound("the rolled-back protection is bound again");
        assertEquals(2, telnetFindings("192.0.2").size(), "2.0.0 works again after the rollback");

        Files.delete(target);
        Await.until("the bundle is uninstalled", PATIENCE, () -> acme() == null);
        assertNull(acmeProtection(), "the acme protection is still registered");
        Await.until("the refusal note is removed with the jar", PATIENCE, () -> Files.notExists(rejected));
        // the removal is audited like every other change: who removed which version
        ServiceReference<io.hearthguard.platform.deploy.DeployService> ds = context.getServiceReference(io.hearthguard.platform.deploy.DeployService.class);
        io.hearthguard.platform.deploy.DeployAttempt last = context.getService(ds).audit(1).get(0);
        assertEquals(io.hearthguard.platform.deploy.DeployAttempt.Verdict.UNINSTALLED, last.verdict(), last.toString());
        assertEquals("2.0.0", last.version(), last.toString());
        assertTrue(last.who().startsWith("folder:"), last.toString());
    }

    /**
     * A vendor bundle whose protection throws on every flow, once it passed its health check
     * (no traffic reached it while it was watched) and was committed: the protection host
     * quarantines it after its failure limit, the protection status service and
     * {@code /api/health} say so with the reason (DEGRADED, not down), and the hub is UP again
     * once the bundle is removed. (The flows wait for the commit: sent while the deployer still
     * watches the bundle, they make it fail its health check instead — the next test.)
     */
    @Test
    void aProtectionThatThrowsAfterItsHealthCheckIsQuarantinedAndHealthShowsItWithItsReason() throws Exception {
        long since = lastAuditId();
        Path target = deployThrowing("broken-vendor.jar");
        try {
            DeployAttempt committed = awaitVerdict(since, "broken-vendor.jar", Duration.ofSeconds(40));
            assertEquals(DeployAttempt.Verdict.INSTALLED, committed.verdict(), committed.toString());
            assertTrue(committed.reason().contains("activation only"), "no traffic reached it while it was watched: " + committed);
            assertTrue(protections().protections().stream().anyMatch(p -> Activator.VENDOR.equals(p.vendor())), "bound: " + protections().protections());
            assertTrue(Http.get(context, "api/health").body().contains("\"status\" : \"UP\""), "UP before the first flow");
            sendFlowsTo(host(), 30); // more than the default limit of 20 failures
            Await.until("the throwing protection is quarantined", PATIENCE, () -> !protections().quarantined().isEmpty());
            ProtectionStatus broken = protections().quarantined().get(0);
            assertEquals(Activator.VENDOR, broken.vendor());
            assertTrue(broken.reason().contains("threw 20 times") && broken.reason().contains(ThrowingProtection.BUG), broken.reason());
            assertEquals(20, broken.failures());
            assertTrue(protections().protections().stream().filter(p -> !Activator.VENDOR.equals(p.vendor()))
                    .allMatch(p -> p.state() == ProtectionStatus.State.ACTIVE), "only the broken one is quarantined: " + protections().protections());

            java.net.http.HttpResponse<String> health = Http.get(context, "api/health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\" : \"DEGRADED\""), health.body());
            assertTrue(health.body().contains("\"vendor\" : \"" + Activator.VENDOR + "\"") && health.body().contains(ThrowingProtection.BUG), health.body());
        } finally {
            Files.deleteIfExists(target);
        }
        awaitGoneAndUp();
    }

    /**
     * The same bundle, with traffic reaching it while the deployer watches it (a long
     * observation window, so that the flows surely fall inside it): it fails its health check
     * at the first failure — not at the window's end — is removed again, and the refusal note
     * beside the jar says why. Nothing of it stays: no protection, no quarantine, health UP.
     */
    @Test
    void aProtectionThatThrowsWhileItIsWatchedIsRemovedAtOnceAndTheNoteSaysWhy() throws Exception {
        configureDeployer(context, 200L, 60_000L);
        Path target = null;
        try {
            long since = lastAuditId();
            target = deployThrowing("watched-vendor.jar");
            Await.until("the throwing protection is bound", PATIENCE,
                    () -> protections().protections().stream().anyMatch(p -> Activator.VENDOR.equals(p.vendor())));
            long t0 = System.nanoTime();
            sendFlowsTo(host(), 5);
            DeployAttempt refused = awaitVerdict(since, "watched-vendor.jar", Duration.ofSeconds(40));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(DeployAttempt.Verdict.ROLLED_BACK, refused.verdict(), refused.toString());
            assertTrue(refused.reason().contains("during its health check") && refused.reason().contains(ThrowingProtection.class.getName()), refused.reason());
            assertTrue(ms < 30_000, "judged at the first failure, not at the end of the 60 s window: " + ms + " ms");
            Path note = data.resolve("deploy/watched-vendor.jar.rejected.txt");
            Await.until("the refusal note is written", PATIENCE, () -> Files.exists(note));
            assertTrue(Files.readString(note).contains("during its health check"), Files.readString(note));
            assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> THROWING.equals(b.getSymbolicName())), "the refused bundle was removed");
        } finally {
            if (target != null) {
                Files.deleteIfExists(target);
            }
            configureDeployer(context, 200L, WATCH);
        }
        awaitGoneAndUp();
    }

    static final String THROWING = "io.hearthguard.itests.throwing";
    /** The deployer's observation window in these tests: its default. */
    static final long WATCH = 1_000;
    /**
     * How long a wait for the hub may take before it counts as a failure: generous, because a
     * loaded CI machine is slow, and never part of what is asserted (each wait returns as soon
     * as its condition holds).
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Signs the throwing bundle and moves it into deploy/ under {@code name}; returns where it lies. */
    Path deployThrowing(String name) throws Exception {
        Path jar = sign(throwingBundle(), "signed-" + name);
        Path target = data.resolve("deploy/" + name);
        Files.copy(jar, data.resolve("deploy/." + name + ".part"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(data.resolve("deploy/." + name + ".part"), target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    void sendFlowsTo(TrafficObserver host, int n) throws Exception {
        Instant t = Instant.parse("2026-11-21T09:00:00Z");
        host.sessionStarted(offline());
        for (int i = 0; i < n; i++) {
            host.flow(TestFlow.tcpStart(FLOW_IDS.incrementAndGet(), "192.0.2.20", "198.51.100." + (i + 1), 8080, t.plusSeconds(i)));
        }
        endAndAwait(host);
    }

    /** The deploy service; after a configuration change it comes back a moment after the component reports ACTIVE. */
    DeployService deployer() throws InterruptedException {
        Await.until("the deploy service is registered", PATIENCE, () -> context.getServiceReference(DeployService.class) != null);
        return context.getService(context.getServiceReference(DeployService.class));
    }

    long lastAuditId() throws InterruptedException {
        List<DeployAttempt> a = deployer().audit(1);
        return a.isEmpty() ? 0 : a.get(0).id();
    }

    /** Waits for the deployer's verdict on the file after the audit entry {@code since}. */
    DeployAttempt awaitVerdict(long since, String file, Duration within) throws Exception {
        DeployAttempt[] found = new DeployAttempt[1];
        DeployService d = deployer();
        Await.until("the deployer's verdict on " + file, within, () -> {
            for (DeployAttempt a : d.audit(20)) {
                if (a.id() > since && file.equals(a.fileName())) {
                    found[0] = a;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    void awaitGoneAndUp() throws Exception {
        Await.until("the broken protection is gone", PATIENCE,
                () -> protections().protections().stream().noneMatch(p -> Activator.VENDOR.equals(p.vendor())));
        Await.until("the hub is UP again", PATIENCE, () -> {
            try {
                return Http.get(context, "api/health").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** A bundle of the two classes in {@code io.hearthguard.itests.throwing}, taken from this test bundle. */
    static Path throwingBundle() throws Exception {
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        java.util.jar.Attributes a = mf.getMainAttributes();
        a.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", THROWING);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", Activator.class.getName());
        a.putValue("Import-Package", "org.osgi.framework,io.hearthguard.api.device,io.hearthguard.api.protection,io.hearthguard.api.traffic");
        Path out = work.resolve("broken-vendor.jar");
        try (java.util.jar.JarOutputStream jo = new java.util.jar.JarOutputStream(Files.newOutputStream(out), mf)) {
            for (Class<?> c : List.of(Activator.class, ThrowingProtection.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                try (InputStream in = HotDeployIT.class.getClassLoader().getResourceAsStream(entry)) {
                    assertNotNull(in, entry);
                    jo.putNextEntry(new ZipEntry(entry));
                    jo.write(in.readAllBytes());
                    jo.closeEntry();
                }
            }
        }
        return out;
    }

    /** The v2 jar as 3.0.0 with an activator class that does not exist (signature files dropped). */
    static Path broken(Path jar) throws Exception {
        Path out = work.resolve("acme-3-unsigned.jar");
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                if (e.getName().matches("META-INF/[^/]+\\.(SF|EC|RSA|DSA)")) {
                    continue; // the build's signature no longer matches the changed manifest: the test signs the copy itself
                }
                byte[] d = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("META-INF/MANIFEST.MF")) {
                    d = new String(d, StandardCharsets.UTF_8).replace("Bundle-Version: 2.0.0", "Bundle-Version: 3.0.0\r\nBundle-Activator: com.acme.DoesNotExist")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zo.putNextEntry(new ZipEntry(e.getName()));
                zo.write(d);
                zo.closeEntry();
            }
        }
        return out;
    }
}
