package io.hearthguard.itests;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.ZipFile;

import jdk.security.jarsigner.JarSigner;

/** A vendor's signing key made for one test run (keytool, EC P-256, valid two days), and jars signed with it. */
final class VendorKey {
    final KeyStore.PrivateKeyEntry key;

    private VendorKey(KeyStore.PrivateKeyEntry key) {
        this.key = key;
    }

    static VendorKey create(Path work, String alias, String dname) throws Exception {
        Path ks = work.resolve(alias + ".p12");
        String pass = "itest-only-" + System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname, "-validity", "2",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", pass, "-keypass", pass).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError("keytool failed: " + out);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, pass.toCharArray());
        }
        return new VendorKey((KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(pass.toCharArray())));
    }

    /** Writes the certificate as PEM, e.g. into the hub's trust/ folder. */
    void trustIn(Path pem) throws Exception {
        Files.createDirectories(pem.getParent());
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    /** Signs every entry of jar into out. */
    Path sign(Path jar, Path out) throws Exception {
        JarSigner signer = new JarSigner.Builder(key.getPrivateKey(),
                CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(key.getCertificateChain()))).build();
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(out)) {
            signer.sign(in, os);
        }
        return out;
    }
}
