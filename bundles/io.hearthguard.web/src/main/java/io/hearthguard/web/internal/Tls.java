package io.hearthguard.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hub's TLS key and certificate. Generated on first use with the JDK's {@code keytool}
 * (run as a child process: the JDK has no public API to sign a certificate, and this keeps
 * BouncyCastle out of the hub): an EC P-256 key, self-signed, valid 825 days, with the hub's
 * names as subject alternative names, in a PKCS#12 file whose random password sits beside it
 * (both readable by the owner only).
 */
final class Tls {
    static final String ALIAS = "hearthguard";

    private Tls() {
    }

    /** Where a generated key store lives, and its password file. */
    record Store(Path keystore, String password) {
    }

    /**
     * @param dir       the folder for {@code hub.p12} and {@code hub.p12.pass}
     * @param sanNames  DNS names and IP addresses for the certificate
     * @return the existing key store, or a new one
     * @throws IOException when keytool is missing or fails (its output is in the message)
     */
    static Store ensure(Path dir, List<String> sanNames) throws IOException, InterruptedException {
        Path ks = dir.resolve("hub.p12");
        Path pass = dir.resolve("hub.p12.pass");
        if (Files.exists(ks) && Files.exists(pass)) {
            return new Store(ks, Files.readString(pass, StandardCharsets.US_ASCII).trim());
        }
        Files.createDirectories(dir);
        String password = Passwords.randomToken(24);
        Path tmpKs = dir.resolve("hub.p12.tmp");
        Files.deleteIfExists(tmpKs);
        StringBuilder san = new StringBuilder();
        for (String n : sanNames) {
            if (!n.matches("[A-Za-z0-9.:-]{1,253}")) {
                throw new IOException("not a host name or address for the certificate: " + n);
            }
            san.append(san.length() == 0 ? "SAN=" : ",").append(n.matches("[0-9.]+|.*:.*") ? "ip:" : "dns:").append(n);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "825",
                "-dname", "CN=Hearthguard hub", "-storetype", "PKCS12", "-keystore", tmpKs.toString(), "-storepass:env", "HG_KS_PASS"));
        if (san.length() > 0) {
            cmd.addAll(List.of("-ext", san.toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("HG_KS_PASS", password); // not on the command line, where ps would show it
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readNBytes(16 * 1024);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("keytool did not finish within 60 s");
        }
        if (p.exitValue() != 0 || !Files.exists(tmpKs)) {
            Files.deleteIfExists(tmpKs);
            throw new IOException("keytool failed (" + p.exitValue() + "): " + new String(out, StandardCharsets.UTF_8).trim());
        }
        Path tmpPass = dir.resolve("hub.p12.pass.tmp");
        Files.writeString(tmpPass, password, StandardCharsets.US_ASCII);
        ownerOnly(tmpPass);
        ownerOnly(tmpKs);
        // the password first: a crash between the moves leaves a password without a key store, which is regenerated
        Files.move(tmpPass, pass, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpKs, ks, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new Store(ks, password);
    }

    private static void ownerOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the data folder's own permissions apply
        }
    }

    /** @return the SHA-256 fingerprint of the certificate (AA:BB:…), for people to compare with the browser's */
    static String fingerprint(Path keystore, String password, String type) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, password.toCharArray());
        }
        String alias = ks.containsAlias(ALIAS) ? ALIAS : ks.aliases().nextElement();
        Certificate c = ks.getCertificate(alias);
        if (c == null) {
            throw new GeneralSecurityException("no certificate in " + keystore);
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    }
}
