package io.hearthguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.testsupport.Ports;

/** HTTPS turned on by a config file: a certificate generated on first run, Secure cookies, HSTS. */
class TlsIT {

    @TempDir
    Path tmp;

    @Test
    void aTlsConfigFileGivesHttpsWithAGeneratedCertificateAndSecureSessionCookies() throws Exception {
        int httpsPort = Ports.freeLoopbackPort(); // the hub binds it once it has read the config file
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.web.tls.cfg"), "httpsPort=" + httpsPort + "\n");
        try (HubProcess hub = HubProcess.start(data)) {
            hub.awaitReady(Duration.ofSeconds(90));
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!hub.output().contains("HTTPS on port " + httpsPort)) {
                assertTrue(System.nanoTime() < end && !hub.output().contains("HTTPS could not"), hub.output());
                Thread.sleep(50);
            }
            Matcher fp = Pattern.compile("fingerprint ([0-9A-F:]{95})").matcher(hub.output());
            assertTrue(fp.find(), hub.output());
            Path ks = data.resolve("tls/hub.p12");
            String password = Files.readString(data.resolve("tls/hub.p12.pass")).trim();
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(ks)));

            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ks)) {
                trust.load(in, password.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
            String base = "https://127.0.0.1:" + httpsPort;
            HttpResponse<String> health = awaitHttps(https, base + "/api/health");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.headers().firstValue("Strict-Transport-Security").isPresent(), health.headers().toString());

            // setup over HTTPS: the session cookie is Secure
            HttpResponse<String> setup = https.send(HttpRequest.newBuilder(URI.create(base + "/api/setup")).header("Origin", base)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + hub.setupCode() + "\",\"username\":\"admin\",\"password\":\"correct horse battery\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, setup.statusCode(), setup.body());
            String cookie = setup.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

            // a client that does not trust the hub's certificate is refused
            HttpClient strict = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(SSLHandshakeException.class,
                    () -> strict.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString()));
            // plain HTTP on the launcher's port still answers (loopback)
            assertEquals(200, hub.get("/api/health", Map.of()).statusCode());
            System.out.println("HTTPS certificate SHA-256 " + fp.group(1));
        }
    }

    /** Jetty restarts its connectors when the HTTPS configuration arrives: wait for the port. */
    private static HttpResponse<String> awaitHttps(HttpClient c, String url) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
