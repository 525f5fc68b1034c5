package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * HTTP Digest and RTSP, in a network namespace the test creates and removes: the real Debian
 * lighttpd with its whole site behind HTTP Digest (mod_auth, htdigest file) admin/1234, and the
 * real Debian {@code rtsp-server-perl} (no authentication at all) relaying a stream the test
 * announces at {@code /}, as a camera pushing to it would. Debian has no RTSP server with a
 * password, so the stream with a default password is a minimal RTSP responder written in this
 * test (it answers DESCRIBE with 401 and a Basic challenge, 200 for admin/12345), listening on
 * this machine's end of the veth pair. Install: {@code apt-get install lighttpd
 * rtsp-server-perl}. Skips when not root, without {@code ip netns}, or when one is missing.
 */
@Timeout(120)
class LoginsNetnsTest {
    private static final String HTTP_PASSWORD = "1234";
    private static final String RTSP_PASSWORD = "12345";

    @TempDir
    static Path dir;
    private static Netns ns;
    private static Socket source;
    private static ServerSocket camera;
    private static final AtomicInteger cameraRequests = new AtomicInteger();

    @BeforeAll
    static void startServices() throws Exception {
        for (String bin : List.of("/usr/sbin/lighttpd", "/usr/bin/rtsp-server-perl")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(bin)), bin + " is missing (see the class comment): skipped");
        }
        ns = Netns.create();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("index.html"), "<html><body>recorder</body></html>\n");
        String ha1 = DigestAuth.hash("MD5", "admin:recorder:" + HTTP_PASSWORD); // the htdigest file format: user:realm:MD5(user:realm:password)
        Files.writeString(dir.resolve("htdigest"), "admin:recorder:" + ha1 + "\n");
        Files.writeString(dir.resolve("lighttpd.conf"), String.join("\n", "server.document-root = \"" + www + "\"",
                "server.bind = \"" + ns.nsIp + "\"", "server.port = 8080", "server.modules = (\"mod_auth\", \"mod_authn_file\")",
                "index-file.names = (\"index.html\")", "auth.backend = \"htdigest\"", "auth.backend.htdigest.userfile = \"" + dir.resolve("htdigest") + "\"",
                "auth.require = ( \"/\" => ( \"method\" => \"digest\", \"realm\" => \"recorder\", \"require\" => \"valid-user\" ) )",
                "server.errorlog = \"" + dir.resolve("lighttpd.err") + "\"", ""));
        Process lighttpd = ns.start(dir.resolve("lighttpd.log"), "/usr/sbin/lighttpd", "-D", "-f", dir.resolve("lighttpd.conf").toString());
        Process rtsp = ns.start(dir.resolve("rtsp.log"), "/usr/bin/rtsp-server-perl", "--client_listen_address", ns.nsIp,
                "--source_listen_address", ns.nsIp, "--clientport", "554", "--serverport", "5545");
        ns.awaitPort(8080, lighttpd);
        ns.awaitPort(554, rtsp);
        ns.awaitPort(5545, rtsp);
        // a camera pushing its stream to the relay at "/": ANNOUNCE its SDP and keep the connection
        source = new Socket(ns.nsIp, 5545);
        source.setSoTimeout(5000);
        String sdp = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=cam\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:streamid=0\r\n";
        String base = "rtsp://" + ns.nsIp + ":5545/";
        assertTrue(rtspRequest(source, "ANNOUNCE " + base + " RTSP/1.0\r\nCSeq: 1\r\nContent-Type: application/sdp\r\nContent-Length: " + sdp.length()
                + "\r\n\r\n" + sdp).startsWith("RTSP/1.0 200"));
        camera = new ServerSocket(8554, 8, InetAddress.getByName(ns.hostIp));
        Thread t = new Thread(LoginsNetnsTest::serveCamera, "test-rtsp-camera");
        t.setDaemon(true);
        t.start();
    }

    private static String rtspRequest(Socket s, String request) throws Exception {
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return readHead(s.getInputStream());
    }

    private static String readHead(InputStream in) throws Exception {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n") && b.length() < 8192) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    /** The minimal camera: DESCRIBE needs Basic admin/12345; everything else is 401 too. */
    private static void serveCamera() {
        String good = "Basic " + Base64.getEncoder().encodeToString(("admin:" + RTSP_PASSWORD).getBytes(StandardCharsets.UTF_8));
        while (!camera.isClosed()) {
            try (Socket s = camera.accept()) {
                s.setSoTimeout(5000);
                String req = readHead(s.getInputStream());
                cameraRequests.incrementAndGet();
                String cseq = req.lines().filter(l -> l.startsWith("CSeq:")).findFirst().orElse("CSeq: 0");
                boolean ok = req.startsWith("DESCRIBE ") && req.lines().anyMatch(l -> l.equals("Authorization: " + good));
                OutputStream out = s.getOutputStream();
                out.write((ok ? "RTSP/1.0 200 OK\r\n" + cseq + "\r\nContent-Type: application/sdp\r\nContent-Length: 0\r\n\r\n"
                        : "RTSP/1.0 401 Unauthorized\r\n" + cseq + "\r\nWWW-Authenticate: Basic realm=\"camera\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            } catch (Exception e) {
                // next connection
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (camera != null) {
            camera.close();
        }
        if (source != null) {
            source.close();
        }
        if (ns != null) {
            ns.close();
        }
    }

    private static List<Finding> check(String ip, int... ports) throws Exception {
        try (HygieneChecker c = new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(ns.subnet)), RiskyPort.forPorts(ports),
                new Limits(1000, 2000, 4096), 20, 4, true, 100, 6000, 6))) {
            HygieneChecker.Report r = c.check(List.of(ip));
            return HygieneFindings.of(r, new DeviceRef("nvr-1", null, ip, "camera"), Instant.now());
        }
    }

    @Test
    void aDigestLoginPageAndAnOpenStreamOfRealServersAreFoundAndTheDefaultLoginTakesThreeAttempts() throws Exception {
        List<Finding> f = check(ns.nsIp, 8080, 554);
        Set<String> rules = f.stream().map(x -> x.rule() + "@" + x.evidence().get("port")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("hygiene.exposed.http.cleartext-login@8080", "hygiene.default-credentials.http@8080",
                "hygiene.exposed.rtsp.no-password@554")), rules, f.toString());
        Finding page = f.stream().filter(x -> x.rule().equals("hygiene.exposed.http.cleartext-login")).findFirst().orElseThrow();
        assertEquals("digest", page.evidence().get("httpAuth"));
        Finding cred = f.stream().filter(x -> x.rule().equals("hygiene.default-credentials.http")).findFirst().orElseThrow();
        assertEquals(3L, cred.evidence().get("attempts")); // admin/1234 is the third HTTP login of the list
        assertEquals(Severity.CRITICAL, cred.severity());
        Finding stream = f.stream().filter(x -> x.rule().equals("hygiene.exposed.rtsp.no-password")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, stream.severity());
        assertTrue(stream.summary().contains("answers without a password"), stream.summary());
        assertTrue(((String) stream.evidence().get("fix")).contains("Set a password for the camera's RTSP stream"), stream.evidence().toString());
        assertNoSecret(f);
    }

    @Test
    void aStreamWithADefaultPasswordIsFoundOnTheSecondLogin() throws Exception {
        int before = cameraRequests.get();
        List<Finding> f = check(ns.hostIp, 8554);
        Set<String> rules = f.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("hygiene.exposed.rtsp", "hygiene.default-credentials.rtsp")), rules, f.toString());
        Finding exposed = f.stream().filter(x -> x.rule().equals("hygiene.exposed.rtsp")).findFirst().orElseThrow();
        assertEquals("basic", exposed.evidence().get("rtspAuth"));
        Finding cred = f.stream().filter(x -> x.rule().equals("hygiene.default-credentials.rtsp")).findFirst().orElseThrow();
        assertEquals(2L, cred.evidence().get("attempts")); // admin/12345 is the second RTSP login
        assertTrue(cred.summary().contains("change the administrator password"), cred.summary());
        // the probe, then per attempt one DESCRIBE for the challenge and one with the login: 1 + 2 x 2
        assertEquals(5, cameraRequests.get() - before);
        assertNoSecret(f);
    }

    private static void assertNoSecret(List<Finding> f) {
        String all = f.stream().map(x -> x.summary() + x.evidence()).collect(Collectors.joining("\n"));
        for (String secret : List.of(HTTP_PASSWORD, RTSP_PASSWORD, "admin:", "admin/", "\"admin\"")) {
            assertFalse(all.contains(secret), secret + " in findings: " + all);
        }
    }
}
