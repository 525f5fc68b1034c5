package io.hearthguard.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.security.jarsigner.JarSigner;

/**
 * The bad bundles of shared/docs/bad-inputs.md, made here: keys come from the JDK's
 * keytool, signatures from the JDK's JarSigner API.
 */
class BundleVerifierTest {

    @TempDir
    static Path keys;
    @TempDir
    Path dir;

    static KeyStore.PrivateKeyEntry vendor;
    static KeyStore.PrivateKeyEntry stranger;
    static KeyStore.PrivateKeyEntry expired;

    @BeforeAll
    static void makeKeys() throws Exception {
        vendor = key("vendor", "CN=Acme Devices", null);
        stranger = key("stranger", "CN=Somebody Else", null);
        expired = key("expired", "CN=Acme Old", "-400d");
    }

    static KeyStore.PrivateKeyEntry key(String alias, String dname, String startDate) throws Exception {
        Path ks = keys.resolve(alias + ".p12");
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname, "-validity", "30",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit-test-only", "-keypass", "changeit-test-only"));
        if (startDate != null) {
            cmd.addAll(List.of("-startdate", startDate));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit-test-only".toCharArray());
        }
        return (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection("changeit-test-only".toCharArray()));
    }

    static X509Certificate cert(KeyStore.PrivateKeyEntry e) {
        return (X509Certificate) e.getCertificate();
    }

    Path bundle(String name, String bsn, Map<String, byte[]> entries) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        if (bsn != null) {
            a.putValue("Bundle-SymbolicName", bsn);
        }
        a.putValue("Bundle-Version", "1.0.0");
        Path p = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(p), mf)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return p;
    }

    Path plain() throws IOException {
        return bundle("acme.jar", "com.acme.protection", Map.of("com/acme/A.class", "class bytes A".getBytes(), "com/acme/B.class", "class bytes B".getBytes()));
    }

    Path sign(Path jar, KeyStore.PrivateKeyEntry key) throws Exception {
        Path out = dir.resolve("signed-" + jar.getFileName());
        JarSigner signer = new JarSigner.Builder(key.getPrivateKey(), CertificateFactory.getInstance("X.509")
                .generateCertPath(Arrays.asList(key.getCertificateChain()))).build();
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(out)) {
            signer.sign(in, os);
        }
        return out;
    }

    /** Copies a zip, letting {@code edit} replace (or drop, with null) entry contents. */
    Path rewrite(Path jar, String name, BiFunction<String, byte[], byte[]> edit, Map<String, byte[]> extra) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                byte[] now = edit.apply(e.getName(), data);
                if (now != null) {
                    zo.putNextEntry(new ZipEntry(e.getName()));
                    zo.write(now);
                    zo.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
        return out;
    }

    BundleVerifier trusting(boolean require) {
        return new BundleVerifier(List.of(cert(vendor), cert(expired)), require, BundleVerifier.Limits.DEFAULT);
    }

    String refused(Path jar) {
        return assertThrows(DeployException.class, () -> trusting(true).verify(jar)).getMessage();
    }

    @Test
    void aJarSignedByATrustedVendorIsAccepted() throws Exception {
        BundleVerifier.Verified v = trusting(true).verify(sign(plain(), vendor));
        assertEquals("com.acme.protection", v.symbolicName());
        assertEquals("1.0.0", v.version());
        assertTrue(v.signer().contains("Acme Devices"), v.signer());
    }

    @Test
    void unsignedIsRefusedUnlessSignaturesAreNotRequired() throws Exception {
        assertTrue(refused(plain()).contains("is not signed"));
        assertEquals(null, trusting(false).verify(plain()).signer());
    }

    @Test
    void aSignatureByAnUnknownKeyIsRefused() throws Exception {
        assertTrue(refused(sign(plain(), stranger)).contains("not a trusted vendor certificate"));
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        assertTrue(refused(sign(plain(), expired)).contains("not valid now"));
    }

    @Test
    void aClassModifiedAfterSigningIsRefused() throws Exception {
        Path tampered = rewrite(sign(plain(), vendor), "tampered.jar",
                (n, d) -> n.equals("com/acme/A.class") ? "evil bytes".getBytes() : d, Map.of());
        assertTrue(refused(tampered).contains("signature does not match"), refused(tampered));
    }

    @Test
    void anUnsignedEntryAddedAfterSigningIsRefused() throws Exception {
        Path added = rewrite(sign(plain(), vendor), "added.jar", (n, d) -> d, Map.of("com/acme/Evil.class", "x".getBytes()));
        assertTrue(refused(added).contains("'com/acme/Evil.class' is not signed"), refused(added));
    }

    @Test
    void aSignedEntryRemovedAfterSigningIsRefused() throws Exception {
        Path removed = rewrite(sign(plain(), vendor), "removed.jar", (n, d) -> n.equals("com/acme/B.class") ? null : d, Map.of());
        assertTrue(refused(removed).contains("'com/acme/B.class' is missing"), refused(removed));
    }

    @Test
    void aHalfCopiedJarIsRefusedAsIncomplete() throws Exception {
        Path full = sign(plain(), vendor);
        byte[] bytes = Files.readAllBytes(full);
        Path half = Files.write(dir.resolve("half.jar"), Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refused(half).contains("not a complete jar"), refused(half));
    }

    @Test
    void missingOrDuplicateSymbolicNameIsRefused() throws Exception {
        assertTrue(assertThrows(DeployException.class, () -> trusting(false).verify(bundle("nobsn.jar", null, Map.of())))
                .getMessage().contains("no Bundle-SymbolicName"));
        Path dup = dir.resolve("dup.jar");
        try (ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(dup))) {
            zo.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zo.write("Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: a\r\nBundle-SymbolicName: b\r\n\r\n".getBytes());
            zo.closeEntry();
        }
        assertTrue(assertThrows(DeployException.class, () -> trusting(false).verify(dup)).getMessage().contains("given 2 times"));
    }

    @Test
    void zipSlipEntriesAndBombsAreRefused() throws Exception {
        Path slip = bundle("slip.jar", "a.b", Map.of("../../etc/cron.d/x", "x".getBytes()));
        assertTrue(assertThrows(DeployException.class, () -> trusting(false).verify(slip)).getMessage().contains("unsafe path"));
        Path bomb = bundle("bomb.jar", "a.b", Map.of("zeros.bin", new byte[50_000_000]));
        assertTrue(assertThrows(DeployException.class, () -> trusting(false).verify(bomb)).getMessage().contains("expands"));
        Map<String, byte[]> many = new java.util.HashMap<>();
        for (int i = 0; i < 10_001; i++) {
            many.put("e" + i, new byte[0]);
        }
        Path crowded = bundle("many.jar", "a.b", many);
        assertTrue(assertThrows(DeployException.class, () -> trusting(false).verify(crowded)).getMessage().contains("entries"));
    }

}
