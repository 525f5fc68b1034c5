package io.hearthguard.notify.fleet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** The fleet channel's TLS context: a private CA and an optional client certificate, both from PEM files. */
final class Tls {
    private static final int MAX_PEM = 1 << 20;

    private Tls() {
    }

    /** @throws IllegalArgumentException naming the file, never a key's content */
    static SSLContext context(String caFile, String certFile, String keyFile) {
        try {
            TrustManager[] trust = null;
            if (!caFile.isEmpty()) {
                KeyStore ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                List<Certificate> cas = certificates("caFile", caFile);
                for (int i = 0; i < cas.size(); i++) {
                    ts.setCertificateEntry("ca-" + i, cas.get(i));
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(ts);
                trust = tmf.getTrustManagers();
            }
            KeyManager[] keys = null;
            if (!certFile.isEmpty()) {
                List<Certificate> chain = certificates("clientCertFile", certFile);
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                char[] none = new char[0];
                ks.setKeyEntry("hub", privateKey(keyFile), none, chain.toArray(Certificate[]::new));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, none);
                keys = kmf.getKeyManagers();
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keys, trust, null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("TLS settings cannot be used: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static byte[] read(String what, String file) throws IOException {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p) || Files.size(p) > MAX_PEM) {
            throw new IllegalArgumentException(what + " " + p + " must be a readable PEM file of at most 1 MiB");
        }
        return Files.readAllBytes(p);
    }

    private static List<Certificate> certificates(String what, String file) throws IOException, GeneralSecurityException {
        List<Certificate> l = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(read(what, file))));
        if (l.isEmpty()) {
            throw new IllegalArgumentException(what + " " + file + " holds no certificate");
        }
        return l;
    }

    /** An unencrypted PKCS#8 key ("BEGIN PRIVATE KEY", as openssl 3 writes), RSA or EC. */
    private static PrivateKey privateKey(String file) throws IOException {
        String pem = new String(read("clientKeyFile", file), StandardCharsets.US_ASCII);
        int a = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int b = pem.indexOf("-----END PRIVATE KEY-----");
        if (a < 0 || b < a) {
            throw new IllegalArgumentException("clientKeyFile " + file + " must hold an unencrypted PKCS#8 key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(a + 27, b));
        for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("clientKeyFile " + file + ": not an RSA, EC or Ed25519 key");
    }
}
