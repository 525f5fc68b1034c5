package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import jdk.security.jarsigner.JarSigner;

/**
 * The deploy lifecycle in a hub process, through its ways in other than the folder: the
 * {@code ./hearthguard deploy} command and the dashboard's REST upload. A signed jar
 * installs and updates; an unsigned, a tampered and an oversized jar are refused; a jar
 * whose component fails to activate is rolled back to the version before; uploads beyond
 * the count limits get 429; the authentication, CSRF and Origin rules of the other routes
 * apply; and every attempt is in the audit log with the name it was uploaded under.
 */
class DeployIT {
    static final String BSN = "io.hearthguard.example.protection";

    @TempDir
    Path tmp;
    Hub hub;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    KeyStore.PrivateKeyEntry key;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void everyWayInGoesThroughTheLifecycleAndIsAudited() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.createDirectories(data.resolve("trust"));
        // small limits so the test reaches them: 1 MiB, one upload at once, 12 an hour
        Files.writeString(data.resolve("config/io.hearthguard.deploy.cfg"),
                "maxJarMegabytes=1\nmaxUploadsAtOnce=1\nmaxUploadsPerHour=12\nobserveMillis=300\n");
        vendorKey(data.resolve("trust/acme.pem"));
        hub = Hub.start(data);
        hub.awaitReady(Duration.ofSeconds(90));
        String[] session = setup();
        String token = token(session);

        Path v1 = sign(example("io.hearthguard.example.protection"), "acme.jar");
        Path v2 = sign(example("io.hearthguard.example.protection.v2"), "acme-2.jar");

        // 1. the command, with an API token from the environment: installed
        Cli cli = cli(token, "deploy", v1.toString(), "--url", hub.url("/"));
        assertEquals(0, cli.code, cli.err + cli.out);
        assertTrue(cli.err.contains("installed: installed " + BSN + " 1.0.0"), cli.err);
        assertEquals("1.0.0 active", protection(token));

        // 2. the REST upload obeys the rules of every authenticated route
        assertEquals(401, upload("acme-2.jar", v2, "Origin", origin()).statusCode());
        HttpResponse<String> noCsrf = upload("acme-2.jar", v2, "Origin", origin(), "Cookie", session[0]);
        assertEquals(403, noCsrf.statusCode(), noCsrf.body());
        assertTrue(noCsrf.body().contains("csrf"), noCsrf.body());
        HttpResponse<String> crossSite = upload("acme-2.jar", v2, "Origin", "http://evil.example", "Cookie", session[0], "X-CSRF-Token", session[1]);
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertTrue(crossSite.body().contains("origin"), crossSite.body());

        // 3. from the dashboard: an update, kept in deploy/ under the name that holds the bundle
        HttpResponse<String> updated = dashboardUpload("acme-2.jar", v2, session);
        assertEquals(200, updated.statusCode(), updated.body());
        JsonNode u = SecurityIT.JSON.readTree(updated.body());
        assertEquals("updated", u.get("verdict").asText());
        assertEquals(sha(v2), u.get("sha256").asText());
        assertTrue(u.get("reason").asText().contains("1.0.0 -> 2.0.0") && u.get("reason").asText().contains("deploy/acme.jar"), updated.body());
        assertEquals("2.0.0 active", protection(token));
        assertEquals(sha(v2), sha(data.resolve("deploy/acme.jar")));

        // 4. unsigned and tampered jars are refused; nothing changes
        HttpResponse<String> unsigned = dashboardUpload("acme-unsigned.jar", unsigned(example("io.hearthguard.example.protection")), session);
        assertEquals(422, unsigned.statusCode(), unsigned.body());
        assertEquals("refused", SecurityIT.JSON.readTree(unsigned.body()).get("verdict").asText(), unsigned.body());
        assertTrue(unsigned.body().contains("not signed"), unsigned.body());
        // the build output as it is: signed by the example build's own key, which this household does not trust
        HttpResponse<String> untrusted = dashboardUpload("acme-build.jar", example("io.hearthguard.example.protection"), session);
        assertEquals(422, untrusted.statusCode(), untrusted.body());
        assertTrue(untrusted.body().contains("which is not a trusted vendor certificate"), untrusted.body());
        HttpResponse<String> tampered = dashboardUpload("acme-tampered.jar", tamper(v2), session);
        assertEquals(422, tampered.statusCode(), tampered.body());
        assertTrue(tampered.body().contains("signature does not match"), tampered.body());
        assertTrue(!tampered.body().contains(".upload-"), "the staging name leaked: " + tampered.body());

        // 5. 3.0.0's component throws when it is activated: rolled back to 2.0.0, which runs again
        HttpResponse<String> broken = dashboardUpload("acme-3.jar", sign(failingActivation(v2), "acme-3.jar"), session);
        assertEquals(422, broken.statusCode(), broken.body());
        JsonNode b = SecurityIT.JSON.readTree(broken.body());
        assertEquals("rolled_back", b.get("verdict").asText(), broken.body());
        assertTrue(b.get("reason").asText().contains("failed to activate") && b.get("reason").asText().contains("rolled back to 2.0.0"), broken.body());
        assertEquals("2.0.0 active", protection(token));
        assertEquals(sha(v2), sha(data.resolve("deploy/acme.jar")), "the folder still holds 2.0.0");
        // the component's failure, reported by SCR to the OSGi log, is in the hub's log file for the operator
        String hubLog = Files.readString(data.resolve("logs/hub0.log"));
        assertTrue(hubLog.lines().anyMatch(l -> l.contains("osgi." + BSN) || l.contains("osgi.org.apache.felix.scr"))
                && hubLog.contains("activate"), "SCR's activation error not in logs/hub0.log:\n" + hubLog.substring(Math.max(0, hubLog.length() - 4000)));

        // 6. limits: size (1 MiB here), uploads at once (1), uploads per hour (12)
        Path big = tmp.resolve("big.jar");
        Files.write(big, new byte[(1 << 20) + 4096]);
        HttpResponse<String> tooBig = dashboardUpload("big.jar", big, session);
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        try (Socket slow = slowUpload(session)) {
            // nothing outside the hub shows that it took the slot; a second is ample on loopback
            Thread.sleep(1_000);
            HttpResponse<String> busy = dashboardUpload("acme-2.jar", v2, session);
            assertEquals(429, busy.statusCode(), busy.body());
            assertTrue(busy.body().contains("busy"), busy.body());
        }
        awaitAuditSize(token, 9); // the cut slow upload ends refused
        Path junk = tmp.resolve("junk.jar");
        Files.writeString(junk, "not a jar");
        int attempts = 9;
        HttpResponse<String> r;
        do {
            r = dashboardUpload("junk.jar", junk, session);
            attempts++;
        } while (r.statusCode() == 422 && attempts < 30);
        assertEquals(429, r.statusCode(), r.body());
        assertTrue(r.body().contains("more than 12 uploads in the last hour"), r.body());
        assertEquals(13, attempts, "the 13th upload within the hour is the first one refused");

        // 7. the audit log: every attempt, newest first, who, how, the name as uploaded
        JsonNode items = SecurityIT.JSON.readTree(get("/api/deploy/audit?limit=100", token).body()).get("items");
        List<String> lines = new ArrayList<>();
        for (JsonNode i : items) {
            lines.add(i.get("via").asText() + " " + i.get("who").asText() + " " + i.get("fileName").asText() + " " + i.get("verdict").asText());
        }
        Collections.reverse(lines);
        assertEquals(List.of(
                "cli api:admin acme.jar installed",
                "rest dashboard:admin acme-2.jar updated",
                "rest dashboard:admin acme-unsigned.jar refused",
                "rest dashboard:admin acme-build.jar refused",
                "rest dashboard:admin acme-tampered.jar refused",
                "rest dashboard:admin acme-3.jar rolled_back",
                "rest dashboard:admin big.jar limited",
                "rest dashboard:admin acme-2.jar limited", // busy
                "rest dashboard:admin slow.jar refused",
                "rest dashboard:admin junk.jar refused",
                "rest dashboard:admin junk.jar refused",
                "rest dashboard:admin junk.jar refused",
                "rest dashboard:admin junk.jar limited"), sortSlow(lines), items.toString());
        assertEquals(sha(v1), items.get(items.size() - 1).get("sha256").asText());
        for (JsonNode i : items) {
            assertTrue(!i.get("reason").asText().isBlank(), i.toString());
        }
    }

    /** The busy refusal and the cut slow upload end in either order: compare them as a pair. */
    private static List<String> sortSlow(List<String> lines) {
        List<String> l = new ArrayList<>(lines);
        int busy = l.indexOf("rest dashboard:admin acme-2.jar limited");
        int slow = l.indexOf("rest dashboard:admin slow.jar refused");
        if (busy > slow && slow >= 0) {
            Collections.swap(l, busy, slow);
        }
        return l;
    }

    /**
     * A jar put into deploy/ while the hub is down (an image with the jar baked in, a copy after a
     * power cut) is installed at the next start. It was refused as "the bundle stopped during its
     * health check": the folder was scanned while the framework was still raising its start level,
     * so the new bundle was not started yet (found by a vendor walking the guide). And a second hub
     * on the same data directory is refused instead of sharing the first one's database.
     */
    @Test
    void aJarWaitingInTheFolderAtStartIsInstalledAndASecondHubOnTheSameDataIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("trust"));
        Files.createDirectories(data.resolve("deploy"));
        // exactly the build output: the example's build signs its jar with a key it generated (target/signing/), and this
        // household trusts that key's certificate and nothing else
        Path built = example("io.hearthguard.example.protection");
        Path buildCert = built.resolveSibling("signing/vendor.pem");
        assertTrue(Files.isRegularFile(buildCert), "the example's build wrote no certificate: " + buildCert);
        Files.copy(buildCert, data.resolve("trust/example-build.pem"));
        Files.copy(built, data.resolve("deploy/acme.jar"));
        hub = Hub.start(data);
        hub.awaitReady(Duration.ofSeconds(120));
        String token = token(setup());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!protection(token).equals("1.0.0 active") && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        String deployed = list(data.resolve("deploy"));
        assertEquals("1.0.0 active", protection(token), "deploy/ holds " + deployed);
        // the protection runs before the attempt is committed and audited (after the health check's observation)
        awaitAuditSize(token, 1);
        JsonNode audit = SecurityIT.JSON.readTree(get("/api/deploy/audit?limit=10", token).body()).get("items");
        assertEquals("installed", audit.get(0).get("verdict").asText(), audit.toString());
        assertEquals(sha(built), audit.get(0).get("sha256").asText(), "the build output itself was installed");
        assertTrue(audit.get(0).get("reason").asText().contains("signed by CN=io.hearthguard.example.protection build key"), audit.toString());

        // 2.0.0 as its own build wrote it (signed with the same build key, no signing by the test): an update the hub accepts
        Path built2 = example("io.hearthguard.example.protection.v2");
        HttpResponse<String> updated = upload("acme-2.jar", built2, "Authorization", "Bearer " + token);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("updated", SecurityIT.JSON.readTree(updated.body()).get("verdict").asText(), updated.body());
        assertEquals("2.0.0 active", protection(token));

        try (Hub second = Hub.start(data)) {
            assertTrue(second.process.waitFor(60, TimeUnit.SECONDS), "a second hub on the same data directory kept running");
            assertEquals(1, second.process.exitValue(), second.output());
            assertTrue(second.output().contains("another Hearthguard hub is running with the data directory"), second.output());
            assertTrue(!second.output().contains("ready in"), second.output());
        }
        assertEquals(200, hub.get("/api/health").statusCode(), "the first hub is unaffected");
    }

    private static String list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList().toString();
        }
    }

    // ------------------------------------------------------------------ helpers

    private String origin() {
        return "http://127.0.0.1:" + hub.port;
    }

    private String[] setup() throws Exception {
        java.util.regex.Matcher m = SecurityIT.SETUP_CODE.matcher(hub.output());
        assertTrue(m.find(), hub.output());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(hub.url("/api/setup"))).header("Origin", origin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SecurityIT.JSON.writeValueAsString(
                        java.util.Map.of("code", m.group(1), "username", SecurityIT.USER, "password", SecurityIT.PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return SecurityIT.session(r);
    }

    private String token(String[] s) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(hub.url("/api/tokens"))).header("Origin", origin()).header("Cookie", s[0])
                .header("X-CSRF-Token", s[1]).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"cli\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return SecurityIT.JSON.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hub.url(path))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String name, Path jar, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub.url("/api/deploy?name=" + name))).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofFile(jar));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> dashboardUpload(String name, Path jar, String[] session) throws Exception {
        return upload(name, jar, "Origin", origin(), "Cookie", session[0], "X-CSRF-Token", session[1]);
    }

    /** Starts an upload that sends its headers and a few bytes of a long body, then waits: it holds the one upload slot. */
    private Socket slowUpload(String[] session) throws Exception {
        Socket s = new Socket("127.0.0.1", hub.port);
        OutputStream o = s.getOutputStream();
        o.write(("POST /api/deploy?name=slow.jar HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port + "\r\nOrigin: " + origin() + "\r\nCookie: " + session[0]
                + "\r\nX-CSRF-Token: " + session[1] + "\r\nContent-Length: 500000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.write(new byte[1000]);
        o.flush();
        return s;
    }

    private void awaitAuditSize(String token, int size) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (SecurityIT.JSON.readTree(get("/api/deploy/audit?limit=100", token).body()).get("items").size() >= size) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the audit log did not reach " + size + " entries within 60 s");
    }

    /** @return version and state of the acme protection the hub runs, from /api/protections */
    private String protection(String token) throws Exception {
        HttpResponse<String> r = get("/api/protections", token);
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode p : SecurityIT.JSON.readTree(r.body()).get("items")) {
            if (BSN.equals(p.get("bundle").asText())) {
                return p.get("version").asText() + " " + p.get("state").asText();
            }
        }
        return "none in " + r.body();
    }

    record Cli(int code, String out, String err) {
    }

    private Cli cli(String token, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dhearthguard.bundles=" + Hub.TARGET.resolve("export/hearthguard"), "-cp",
                Hub.TARGET.resolve("hearthguard-launcher.jar") + ":" + Hub.TARGET.resolve("lib/*"), "io.hearthguard.launcher.Main"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("cli-out.txt");
        Path err = tmp.resolve("cli-err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("HEARTHGUARD_TOKEN", token);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
        return new Cli(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private void vendorKey(Path pem) throws Exception {
        Path ks = tmp.resolve("vendor.p12");
        String pass = "it-only-" + System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "acme",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Acme Devices (test)", "-validity", "2", "-keystore", ks.toString(),
                "-storetype", "PKCS12", "-storepass", pass, "-keypass", pass).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, pass.toCharArray());
        }
        key = (KeyStore.PrivateKeyEntry) store.getEntry("acme", new KeyStore.PasswordProtection(pass.toCharArray()));
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    static Path example(String module) throws Exception {
        Path target = Hub.ROOT.resolve("examples").resolve(module).resolve("target");
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow(() -> new AssertionError("no jar in " + target));
        }
    }

    private Path sign(Path jar, String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("signed-" + System.nanoTime()));
        Path out = dir.resolve(name);
        JarSigner signer = new JarSigner.Builder(key.getPrivateKey(),
                CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(key.getCertificateChain()))).build();
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(out)) {
            signer.sign(in, os);
        }
        return out;
    }

    /** A copy of a signed jar without its signature files: what the build made before signing. */
    private Path unsigned(Path jar) throws Exception {
        return rewrite(jar, "unsigned-" + System.nanoTime() + ".jar", (n, d) -> n.matches("META-INF/[^/]+\\.(SF|EC|RSA|DSA)") ? DROP : null);
    }

    /** Returned by an edit: leave the entry out. */
    private static final byte[] DROP = new byte[0];

    /** A copy of the jar with entries changed by {@code edit} (name -> new bytes, null to keep them, {@link #DROP}). */
    private Path rewrite(Path jar, String name, java.util.function.BiFunction<String, byte[], byte[]> edit) throws Exception {
        Path out = tmp.resolve(name);
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] d = in.getInputStream(e).readAllBytes();
                byte[] n = edit.apply(e.getName(), d);
                if (n == DROP) {
                    continue;
                }
                zo.putNextEntry(new ZipEntry(e.getName()));
                zo.write(n == null ? d : n);
                zo.closeEntry();
            }
        }
        return out;
    }

    /** The signed jar with its policy changed after signing. */
    private Path tamper(Path signed) throws Exception {
        return rewrite(signed, "acme-tampered.jar", (n, d) -> n.equals("acme-policy.properties")
                ? (new String(d, StandardCharsets.UTF_8) + "\nports=23,2323,8023\n").getBytes(StandardCharsets.UTF_8) : null);
    }

    /** 2.0.0 as 3.0.0 whose policy names a port that is not a number: the component's constructor throws. */
    private Path failingActivation(Path signedV2) throws Exception {
        return rewrite(signedV2, "acme-3-unsigned.jar", (n, d) -> {
            if (n.startsWith("META-INF/") && (n.endsWith(".SF") || n.endsWith(".EC") || n.endsWith(".RSA"))) {
                return DROP;
            }
            if (n.equals("META-INF/MANIFEST.MF")) {
                String m = new String(d, StandardCharsets.UTF_8);
                int digests = m.indexOf("\r\n\r\n"); // main section only: the signer adds the digests again
                return ((digests < 0 ? m : m.substring(0, digests + 2)).replace("Bundle-Version: 2.0.0", "Bundle-Version: 3.0.0") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8);
            }
            return n.equals("acme-policy.properties") ? "ports=telnet\n".getBytes(StandardCharsets.UTF_8) : null;
        });
    }

    static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
