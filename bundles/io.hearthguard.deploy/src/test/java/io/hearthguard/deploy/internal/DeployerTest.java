package io.hearthguard.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.deploy.DeployAttempt;
import io.hearthguard.platform.deploy.DeployService;
import io.hearthguard.protection.testing.store.TempStore;

class DeployerTest {

    @TempDir
    Path data;

    TempStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** No bundle gets this far in these tests (nothing verifies): the component runtime is never asked. */
    private static ServiceComponentRuntime scr() {
        return (ServiceComponentRuntime) Proxy.newProxyInstance(DeployerTest.class.getClassLoader(), new Class<?>[] { ServiceComponentRuntime.class },
                (p, m, a) -> {
                    throw new AssertionError("unexpected call " + m.getName());
                });
    }

    private Deployer deployer() throws Exception {
        return deployer(true, null);
    }

    /**
     * @param installed a bundle the framework has installed from deploy/ already (its location is the deployer's), or null;
     *                  nothing else of a framework is there, so only attempts that stop before changing a bundle get through
     */
    private Deployer deployer(boolean requireSignature, org.osgi.framework.Bundle installed) throws Exception {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BundleContext.class },
                (p, m, a) -> switch (m.getName()) {
                    case "getProperty" -> Launch.DATA_DIR.equals(a[0]) ? data.toString() : null;
                    case "getBundles" -> new org.osgi.framework.Bundle[0];
                    case "getBundle" -> installed != null && a != null && a.length == 1
                            && (Deployer.LOCATION + installed.getSymbolicName()).equals(a[0]) ? installed : null;
                    default -> null;
                });
        Deployer.Config config = (Deployer.Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Deployer.Config.class },
                (p, m, a) -> switch (m.getName()) {
                    case "pollMillis" -> 60_000L; // the tests poll by hand
                    case "requireSignature" -> requireSignature;
                    case "allowDowngrade" -> false;
                    case "activeWithinMillis" -> 1_000L;
                    case "observeMillis" -> 0L;
                    case "maxMicrosPerEvent" -> 2_000L;
                    case "maxJarMegabytes" -> 1;
                    case "maxUploadsAtOnce" -> 1;
                    case "maxUploadsPerHour" -> 3;
                    case "auditKeep" -> 10;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        store = new TempStore(data.resolve("store"));
        return new Deployer(context, config, store, scr());
    }

    @Test
    void aRefusedJarIsNotOpenedAgainUntilItOrTheTrustFolderChanges() throws Exception {
        Deployer d = deployer();
        try {
            byte[] junk = new byte[4096];
            new Random(1).nextBytes(junk);
            Path jar = data.resolve("deploy/bomb.jar");
            Files.write(jar, junk);
            d.poll(); // the watcher's first poll may have come first: what counts is what follows
            d.poll();
            int after = d.verifications;
            assertTrue(after >= 1, "the jar was never verified");
            String why = Files.readString(data.resolve("deploy/bomb.jar.rejected.txt"));
            assertFalse(why.contains(".staging-"), why);
            for (int i = 0; i < 5; i++) {
                d.poll();
            }
            assertEquals(after, d.verifications, "an unchanged refused jar was verified again");
            // a new certificate in trust/ may make it acceptable: look once more
            Files.createDirectories(data.resolve("trust"));
            Files.writeString(data.resolve("trust/vendor.pem"), "not really a certificate");
            d.poll();
            d.poll();
            assertEquals(after + 1, d.verifications);
            // another jar of the same size and time moved over it is a new file: looked at again
            byte[] other = junk.clone();
            other[100] ^= 1;
            Path part = data.resolve("deploy/.bomb.jar.part");
            Files.write(part, other);
            Files.setLastModifiedTime(part, Files.getLastModifiedTime(jar));
            Files.move(part, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            d.poll();
            d.poll();
            assertEquals(after + 2, d.verifications);
        } finally {
            d.deactivate();
        }
    }

    /** Found by a vendor: a refused jar left in deploy/ was verified, refused and audited again at every start of the hub. */
    @Test
    void aRefusalStandsAcrossRestartsUntilTheJarOrTrustChangesAndItsNoteGoesWithTheJar() throws Exception {
        byte[] junk = new byte[4096];
        new Random(2).nextBytes(junk);
        Path jar = data.resolve("deploy/bad.jar");
        Path note = data.resolve("deploy/bad.jar.rejected.txt");
        Deployer first = deployer();
        int audited;
        try {
            Files.write(jar, junk);
            first.poll();
            first.poll();
            assertTrue(Files.isRegularFile(note));
            assertTrue(Files.readString(note).lines().reduce((a, b) -> b).orElse("").startsWith(Deployer.REFUSED_MARK), Files.readString(note));
            audited = first.audit(100).size();
            assertEquals(1, audited, first.audit(100).toString());
        } finally {
            first.deactivate();
            store.close();
            store = null;
        }
        // the hub starts again with the same folder
        Deployer second = deployer();
        try {
            second.poll();
            second.poll();
            second.poll();
            assertEquals(0, second.verifications, "an unchanged jar refused by the last run was verified again");
            assertEquals(audited, second.audit(100).size(), "the refusal was audited again");
            // trust/ changed: it may be acceptable now, so it is looked at once more
            Files.createDirectories(data.resolve("trust"));
            Files.writeString(data.resolve("trust/vendor.pem"), "not really a certificate");
            second.poll();
            second.poll();
            assertEquals(1, second.verifications);
            // the jar removed: its note goes too
            Files.delete(jar);
            second.poll();
            assertFalse(Files.exists(note), "the note of a removed refused jar stayed");
        } finally {
            second.deactivate();
        }
    }

    @Test
    void givenUploadsWhenTheyBreakALimitOrAreNotSignedThenEachIsRefusedWithItsReasonAndAudited() throws Exception {
        Deployer d = deployer();
        try {
            // a jar that is not signed (signatures are required): refused, named as uploaded, with its SHA-256
            byte[] jar = unsignedBundle();
            DeployAttempt a = d.deploy("acme-upload.jar", new java.io.ByteArrayInputStream(jar), "api:admin", DeployService.VIA_REST);
            assertEquals(DeployAttempt.Verdict.REFUSED, a.verdict(), a.reason());
            assertTrue(a.reason().contains("not signed"), a.reason());
            assertTrue(a.reason().contains("acme-upload.jar") && !a.reason().contains(".upload-"), a.reason());
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(jar)), a.sha256());

            // larger than the limit (1 MiB here): refused before it is looked at; the stream is not read to its end
            java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
            java.io.InputStream endless = new java.io.InputStream() {
                @Override
                public int read() {
                    read.incrementAndGet();
                    return 0;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    read.addAndGet(len);
                    return len;
                }
            };
            DeployAttempt big = d.deploy("big.jar", endless, "api:admin", DeployService.VIA_CLI);
            assertEquals(DeployAttempt.Verdict.LIMITED, big.verdict(), big.reason());
            assertTrue(big.reason().contains("larger than the limit of 1048576 bytes"), big.reason());
            assertTrue(read.get() <= (1 << 20) + 65536, "read " + read.get() + " bytes of an endless upload");

            // a name with a folder in it: refused
            DeployAttempt path = d.deploy("../x.jar", new java.io.ByteArrayInputStream(jar), "api:admin", DeployService.VIA_REST);
            assertEquals(DeployAttempt.Verdict.REFUSED, path.verdict());
            assertTrue(path.reason().contains("plain name"), path.reason());

            // the fourth upload within the hour (3 allowed here) is refused by the count limit
            DeployAttempt fourth = d.deploy("acme-upload.jar", new java.io.ByteArrayInputStream(jar), "api:admin", DeployService.VIA_REST);
            assertEquals(DeployAttempt.Verdict.LIMITED, fourth.verdict());
            assertTrue(fourth.reason().contains("more than 3 uploads in the last hour"), fourth.reason());

            // all four are audited, newest first, with who, the way in and the uploaded names; none was written to deploy/
            var log = d.audit(100);
            assertEquals(java.util.List.of("acme-upload.jar", "../x.jar", "big.jar", "acme-upload.jar"), log.stream().map(DeployAttempt::fileName).toList());
            assertEquals(java.util.List.of("LIMITED", "REFUSED", "LIMITED", "REFUSED"), log.stream().map(x -> x.verdict().name()).toList());
            assertTrue(log.stream().allMatch(x -> x.who().equals("api:admin")));
            assertEquals("cli", log.get(2).via());
            assertTrue(log.get(0).id() > log.get(1).id());
            try (var files = Files.list(data.resolve("deploy"))) {
                assertEquals(0, files.count(), "a refused upload left a file in deploy/");
            }
            try (var files = Files.list(data.resolve("deploy-store"))) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".upload-")), "a staged upload was left behind");
            }
        } finally {
            d.deactivate();
        }
    }

    @Test
    void givenMoreAttemptsThanTheAuditKeepsThenOnlyTheNewestAreKept() throws Exception {
        Deployer d = deployer();
        try {
            byte[] junk = "not a jar at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 14; i++) { // keep = 10; 3 uploads an hour pass the rate, the rest are LIMITED: all audited
                d.deploy("junk-" + i + ".jar", new java.io.ByteArrayInputStream(junk), "dashboard:admin", DeployService.VIA_REST);
            }
            var log = d.audit(1_000);
            assertEquals(10, log.size());
            assertEquals("junk-13.jar", log.get(0).fileName());
            assertEquals("junk-4.jar", log.get(9).fileName());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> d.audit(0));
        } finally {
            d.deactivate();
        }
    }

    /** A minimal valid bundle, not signed. */
    private static byte[] unsignedBundle() throws Exception {
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", "io.hearthguard.test.unsigned");
        mf.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jo = new java.util.jar.JarOutputStream(b, mf)) {
            jo.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            jo.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jo.closeEntry();
        }
        return b.toByteArray();
    }

    /** A bundle the framework reports as installed from deploy/, of that name and version. */
    private static org.osgi.framework.Bundle installed(String bsn, String version) {
        return (org.osgi.framework.Bundle) Proxy.newProxyInstance(DeployerTest.class.getClassLoader(), new Class<?>[] { org.osgi.framework.Bundle.class },
                (p, m, a) -> switch (m.getName()) {
                    case "getSymbolicName" -> bsn;
                    case "getVersion" -> org.osgi.framework.Version.parseVersion(version);
                    case "getLocation" -> Deployer.LOCATION + bsn;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> throw new AssertionError("unexpected call " + m.getName());
                });
    }

    private static byte[] bundleBytes(String bsn, String version) throws Exception {
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", bsn);
        mf.getMainAttributes().putValue("Bundle-Version", version);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jo = new java.util.jar.JarOutputStream(b, mf)) {
            jo.putNextEntry(new java.util.zip.ZipEntry("policy.properties"));
            jo.write(("version=" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jo.closeEntry();
        }
        return b.toByteArray();
    }

    @Test
    void aRefusedUploadIsNamedAsUploadedNotAsTheFolderFileThatHoldsTheBundle() throws Exception {
        // deploy/acme.jar holds com.acme.guard 2.0.0; the vendor uploads 1.0.0 under its release name
        Files.createDirectories(data.resolve("deploy-store"));
        Files.writeString(data.resolve("deploy-store/index.properties"), "acme.jar=com.acme.guard\n");
        Files.write(Files.createDirectories(data.resolve("deploy")).resolve("acme.jar"), bundleBytes("com.acme.guard", "2.0.0"));
        Deployer d = deployer(false, installed("com.acme.guard", "2.0.0"));
        try {
            DeployAttempt a = d.deploy("acme-guard-1.0.0.jar", new java.io.ByteArrayInputStream(bundleBytes("com.acme.guard", "1.0.0")), "tester",
                    DeployService.VIA_REST);
            assertEquals(DeployAttempt.Verdict.REFUSED, a.verdict(), a.toString());
            assertEquals("acme-guard-1.0.0.jar", a.fileName());
            assertTrue(a.reason().startsWith("acme-guard-1.0.0.jar: version 1.0.0 is older than the installed 2.0.0"), a.reason());
            assertTrue(a.reason().endsWith("(the installed bundle is kept in deploy/acme.jar)"), a.reason());
        } finally {
            d.deactivate();
        }
    }

    @Test
    void theFolderScanDoesNotAuditAJarThatIsInstalledAlreadyButAuditsOneItRefuses() throws Exception {
        // what an upload (or an earlier run of the hub) leaves: deploy/acme.jar is the jar the framework runs
        byte[] running = bundleBytes("com.acme.guard", "2.0.0");
        Files.createDirectories(data.resolve("deploy-store"));
        Files.write(data.resolve("deploy-store/com.acme.guard.jar"), running);
        Files.write(Files.createDirectories(data.resolve("deploy")).resolve("acme.jar"), running);
        Deployer d = deployer(false, installed("com.acme.guard", "2.0.0"));
        try {
            d.poll();
            d.poll();
            assertTrue(d.verifications >= 1, "the folder's jar was never looked at");
            assertEquals(List.of(), d.audit(10), "a jar already running is no attempt of anyone's");
            // a jar someone does put there is audited: here an older version, refused
            Path tmp = data.resolve("deploy/.acme.jar.part");
            Files.write(tmp, bundleBytes("com.acme.guard", "1.0.0"));
            Files.move(tmp, data.resolve("deploy/acme.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            d.poll();
            d.poll();
            List<DeployAttempt> audit = d.audit(10);
            assertEquals(1, audit.size(), audit.toString());
            assertEquals(DeployAttempt.Verdict.REFUSED, audit.get(0).verdict(), audit.toString());
            assertTrue(audit.get(0).reason().contains("older than the installed 2.0.0"), audit.toString());
        } finally {
            d.deactivate();
        }
    }
}
