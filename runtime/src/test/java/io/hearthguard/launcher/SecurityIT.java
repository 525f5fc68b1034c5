package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hub's own security, attacked the way issue 13 did, against the real hub process on
 * 127.0.0.1 (never any other address): login races, slow bodies, aborted uploads, Host
 * headers (DNS rebinding), secrets on disk, token revocation. Each test starts its own hub.
 */
class SecurityIT {
    static final String USER = "admin";
    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern SETUP_CODE = Pattern.compile("setup code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    /** Attempts a key gets before it is locked (Throttle.FREE in the web bundle). */
    static final int LOGIN_BUDGET = 5;

    @TempDir
    Path tmp;
    Hub hub;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    private Hub start() throws Exception {
        hub = Hub.start(tmp.resolve("data"));
        hub.awaitReady(Duration.ofSeconds(90));
        return hub;
    }

    private String origin() {
        return "http://127.0.0.1:" + hub.port;
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub.url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        return send("POST", "/api/login", JSON.writeValueAsString(Map.of("username", user, "password", password)), "Origin", origin(),
                "Content-Type", "application/json");
    }

    /** Does first-run setup; returns the session cookie and CSRF token. */
    String[] setup() throws Exception {
        Matcher m = SETUP_CODE.matcher(hub.output());
        assertTrue(m.find(), hub.output());
        HttpResponse<String> r = send("POST", "/api/setup", JSON.writeValueAsString(Map.of("code", m.group(1), "username", USER, "password", PASSWORD)),
                "Origin", origin(), "Content-Type", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return session(r);
    }

    static String[] session(HttpResponse<String> r) throws IOException {
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hg_session=")).findFirst().orElseThrow();
        return new String[] { cookie.substring(0, cookie.indexOf(';')), JSON.readTree(r.body()).get("csrfToken").asText() };
    }

    String token(String[] session) throws Exception {
        HttpResponse<String> r = send("POST", "/api/tokens", "{\"name\":\"it\"}", "Origin", origin(), "Cookie", session[0], "X-CSRF-Token", session[1],
                "Content-Type", "application/json");
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    /** Sends {@code n} requests at once; returns the status codes. */
    static List<Integer> parallel(int n, java.util.function.IntFunction<Callable<Integer>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> c = call.apply(i);
                fs.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : fs) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static long count(List<Integer> codes, int code) {
        return codes.stream().filter(c -> c == code).count();
    }

    // ------------------------------------------------------------------ 1. login races

    @Test
    void parallelLoginGuessesGetNoMorePasswordChecksThanTheBudget() throws Exception {
        start();
        setup();
        // 60 parallel guesses for one user from one address: only the budget reaches the password check
        List<Integer> codes = parallel(60, i -> () -> login(USER, "wrong guess number " + i).statusCode());
        System.out.println("60 parallel guesses for one user: " + codes);
        assertTrue(count(codes, 401) <= LOGIN_BUDGET, "password checks: " + count(codes, 401) + " > " + LOGIN_BUDGET + ": " + codes);
        assertEquals(60, count(codes, 401) + count(codes, 429), codes.toString());
        // locked out: the right password is not even checked
        HttpResponse<String> right = login(USER, PASSWORD);
        assertEquals(429, right.statusCode(), right.body());
        assertTrue(right.headers().firstValue("Retry-After").isPresent());

        // 100 parallel guesses for 100 user names from the same address: the address budget holds too
        Thread.sleep(1000 * Long.parseLong(right.headers().firstValue("Retry-After").orElse("1")));
        codes = parallel(100, i -> () -> login("user" + i, "wrong guess number " + i).statusCode());
        assertTrue(count(codes, 401) <= LOGIN_BUDGET, "password checks: " + count(codes, 401) + ": " + codes);
        assertEquals(0, count(codes, 200));
        int failedLines = (int) hub.output().lines().filter(l -> l.contains("failed login for")).count();
        assertTrue(failedLines <= 2 * LOGIN_BUDGET, failedLines + " password checks logged");
    }

    @Test
    void guessesFromAnotherAddressCannotLockTheAdministratorOut() throws Exception {
        start();
        setup();
        // the attacker: another loopback source address (127.0.0.2), still only towards the hub on 127.0.0.1
        String guess = JSON.writeValueAsString(Map.of("username", USER, "password", "wrong guess"));
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            codes.add(raw(InetAddress.getByName("127.0.0.2"), "POST", "/api/login", "127.0.0.1:" + hub.port,
                    "Origin: " + origin() + "\r\nContent-Type: application/json", guess));
        }
        assertTrue(codes.contains(429), "the attacker's address was never locked: " + codes);
        // the administrator, from their own address, is not locked out
        HttpResponse<String> r = login(USER, PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void theConsoleRecoveryCodeLetsTheAdministratorPastTheirOwnAddressesLock() throws Exception {
        start();
        setup();
        for (int i = 0; i < 8; i++) {
            login(USER, "wrong guess " + i);
        }
        assertEquals(429, login(USER, PASSWORD).statusCode());
        Pattern recovery = Pattern.compile("recovery code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
        Matcher m = recovery.matcher(hub.output());
        assertTrue(m.find(), "no recovery code on the console:\n" + hub.output());
        String code = m.group(1);
        for (Path p : Files.list(hub.data.resolve("logs")).toList()) {
            assertFalse(Files.readString(p).contains(code), "recovery code written to " + p);
        }
        // a wrong code is no way in, nor is the right code with a wrong password
        String origin = origin();
        HttpResponse<String> r = send("POST", "/api/login", JSON.writeValueAsString(Map.of("username", USER, "password", PASSWORD, "recoveryCode", "AAAA-BBBB-CCCC")),
                "Origin", origin, "Content-Type", "application/json");
        assertEquals(429, r.statusCode(), r.body());
        r = send("POST", "/api/login", JSON.writeValueAsString(Map.of("username", USER, "password", PASSWORD, "recoveryCode", code)), "Origin", origin,
                "Content-Type", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        // used up
        for (int i = 0; i < 8; i++) {
            login(USER, "wrong guess " + i);
        }
        r = send("POST", "/api/login", JSON.writeValueAsString(Map.of("username", USER, "password", PASSWORD, "recoveryCode", code)), "Origin", origin,
                "Content-Type", "application/json");
        assertEquals(429, r.statusCode(), r.body());
    }

    // ------------------------------------------------------------------ 2. slow bodies

    /** A connection that declared a body and sends it one byte at a time. */
    static final class Slow implements AutoCloseable {
        final Socket s;
        final OutputStream out;
        volatile boolean closedByHub;

        Slow(int port, String head) throws IOException {
            s = new Socket(InetAddress.getLoopbackAddress(), port);
            s.setSoTimeout(1);
            out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** Sends one more byte; notes when the hub has answered or closed the connection. */
        void trickle() {
            if (closedByHub) {
                return;
            }
            try {
                InputStream in = s.getInputStream();
                try {
                    in.read(); // any answer (or EOF) means the hub let go of this body
                    closedByHub = true;
                    return;
                } catch (SocketTimeoutException stillWaiting) {
                    // nothing from the hub yet
                }
                out.write('{');
                out.flush();
            } catch (IOException e) {
                closedByHub = true;
            }
        }

        @Override
        public void close() throws IOException {
            s.close();
        }
    }

    @Test
    void slowRequestBodiesDoNotStopTheHubAndAreCutOff() throws Exception {
        start();
        String token = token(setup());
        List<Slow> slow = new ArrayList<>();
        try {
            // 250 unauthenticated logins that pass the Origin check, 100 authenticated uploads
            for (int i = 0; i < 350; i++) {
                String head = i < 250
                        ? "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port + "\r\nOrigin: " + origin()
                                + "\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n"
                        : "POST /api/captures?name=slow" + i + ".pcap HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port + "\r\nAuthorization: Bearer " + token
                                + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n";
                slow.add(new Slow(hub.port, head));
            }
            // the health checks go on while any slow body is still held (bounded by 40 s): once
            // the hub has cut off every one of them, there is no attack left to answer beside
            long end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            int checks = 0;
            long worstMillis = 0;
            while (System.nanoTime() < end && slow.stream().anyMatch(s -> !s.closedByHub)) {
                for (Slow s : slow) {
                    s.trickle();
                }
                long t0 = System.nanoTime();
                HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(hub.url("/api/health"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                worstMillis = Math.max(worstMillis, (System.nanoTime() - t0) / 1_000_000);
                assertEquals(200, h.statusCode(), h.body());
                checks++;
                Thread.sleep(2000);
            }
            long open = slow.stream().filter(s -> !s.closedByHub).count();
            System.out.println("slow bodies: health answered " + checks + " times, worst " + worstMillis + " ms; " + open + " of " + slow.size()
                    + " slow connections still held after 40 s");
            assertEquals(0, open, "slow bodies still held by the hub after 40 s");
        } finally {
            for (Slow s : slow) {
                s.close();
            }
        }
    }

    @Test
    void slowHeadersHoldNoRequestThread() throws Exception {
        start();
        List<Slow> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                slow.add(new Slow(hub.port, "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port + "\r\nX-Slow-" + i + ": "));
            }
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end) {
                for (Slow s : slow) {
                    s.trickle(); // one more byte of a header line that never ends
                }
                HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(hub.url("/api/health"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, h.statusCode(), h.body());
                Thread.sleep(2000);
            }
        } finally {
            for (Slow s : slow) {
                s.close();
            }
        }
    }

    // ------------------------------------------------------------------ 3. aborted uploads

    @Test
    void abortedUnauthenticatedUploadsDoNotFloodTheLog() throws Exception {
        start();
        Path log = hub.data.resolve("logs/hub0.log");
        long before = Files.size(log);
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 500; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), hub.port)) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/captures?name=x.pcap HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port
                        + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 10000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.flush();
                s.setSoLinger(true, 0); // reset, like a killed client
            } catch (IOException e) {
                // the hub may already have answered 401 and closed
            }
        }
        assertEquals(200, hub.get("/api/health").statusCode());
        Thread.sleep(1000);
        String added = Files.readString(log).substring((int) before);
        System.out.println("500 aborted uploads added " + added.length() + " bytes to the log:\n" + added.substring(0, Math.min(2000, added.length())));
        assertTrue(added.length() < 2000, added.length() + " bytes of log for 500 aborts");
        assertFalse(added.contains("SEVERE") || added.contains("\tat ") || added.contains("    at "), added);
    }

    // ------------------------------------------------------------------ 7. Host header (DNS rebinding)

    @Test
    void onlyHostsNamingTheHubAreServed() throws Exception {
        start();
        String evil = "evil.example:" + hub.port;
        Matcher m = SETUP_CODE.matcher(hub.output());
        assertTrue(m.find());
        String body = JSON.writeValueAsString(Map.of("code", m.group(1), "username", USER, "password", PASSWORD));
        // a rebinding page: its Host and Origin agree, but name another site
        assertEquals(421, raw("POST", "/api/setup", evil, "Origin: http://" + evil + "\r\nContent-Type: application/json", body));
        assertEquals(421, raw("GET", "/api/auth/state", evil, null, null));
        assertEquals(421, raw("GET", "/", evil, null, null));
        assertEquals(421, raw("GET", "/api/health", "attacker.test", null, null));
        assertEquals(421, raw("GET", "/api/health", "127.0.0.1.nip.io:" + hub.port, null, null));
        assertEquals(200, raw("GET", "/api/auth/state", "localhost:" + hub.port, null, null));
        assertEquals(200, raw("GET", "/api/auth/state", "[::1]:" + hub.port, null, null));
        assertEquals(200, raw("GET", "/api/auth/state", "127.0.0.1:" + hub.port, null, null));
        // setup still works for the real origin
        setup();
    }

    // ------------------------------------------------------------------ 8. secrets on disk, tokens, lockout

    @Test
    void secretsStayOffTheDiskAndTokensDieWithAPasswordChange() throws Exception {
        start();
        String[] session = setup();
        String token = token(session);
        assertEquals(200, send("GET", "/api/summary", null, "Authorization", "Bearer " + token).statusCode());
        // the setup code is shown on the console only
        Matcher m = SETUP_CODE.matcher(hub.output());
        assertTrue(m.find());
        for (Path p : Files.list(hub.data.resolve("logs")).toList()) {
            assertFalse(Files.readString(p).contains(m.group(1)), "setup code written to " + p);
        }
        // owner only: the directory, the database and the WAL files SQLite made beside it while running
        assertOwnerOnly(hub.data);
        assertTrue(Files.exists(hub.data.resolve("hearthguard.db-wal")), "the hub runs in WAL mode");
        // a new password ends the API tokens too
        HttpResponse<String> r = send("POST", "/api/account/password",
                JSON.writeValueAsString(Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase")), "Origin", origin(), "Cookie",
                session[0], "X-CSRF-Token", session[1], "Content-Type", "application/json");
        assertEquals(204, r.statusCode(), r.body());
        assertEquals(401, send("GET", "/api/summary", null, "Authorization", "Bearer " + token).statusCode());
    }

    /** The data directory and its sub-directories 0700, the database and its WAL files 0600. */
    static void assertOwnerOnly(Path data) throws IOException {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)), data.toString());
        for (String sub : new String[] { "config", "deploy", "logs", "framework" }) {
            Path d = data.resolve(sub);
            if (Files.isDirectory(d)) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)), d.toString());
            }
        }
        for (String f : new String[] { "hearthguard.db", "hearthguard.db-wal", "hearthguard.db-shm" }) {
            Path p = data.resolve(f);
            if (Files.exists(p)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
    }

    /**
     * Issue 13 #8 found {@code hearthguard.db} 0644: a data directory written by such a hub (or
     * copied with loose modes) must be closed at the next start, not only a new one.
     */
    @Test
    void aDataDirectoryWithLooseModesIsClosedAtStart() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.createDirectories(data.resolve("logs"));
        Files.createFile(data.resolve("hearthguard.db")); // an empty file is an empty SQLite database
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("config"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("logs"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(data.resolve("hearthguard.db"), PosixFilePermissions.fromString("rw-r--r--"));
        start();
        assertEquals(200, hub.get("/api/health").statusCode());
        assertOwnerOnly(data);
        assertTrue(Files.exists(data.resolve("hearthguard.db-wal")), "the hub runs in WAL mode");
    }

    // ------------------------------------------------------------------ 10. small ones

    @Test
    void malformedRequestsGetProblemsNotContainerErrors() throws Exception {
        start();
        String token = token(setup());
        // an upload without Content-Type
        HttpResponse<String> r = send("POST", "/api/captures?name=x.pcap", "not a capture", "Authorization", "Bearer " + token);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        // curl --data-binary's default type: no form parsing by the container
        r = send("POST", "/api/captures?name=x.pcap", "a=b&c=d", "Authorization", "Bearer " + token, "Content-Type", "application/x-www-form-urlencoded");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        r = send("POST", "/api/health", "{}", "Content-Type", "application/json");
        assertEquals(405, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertFalse(hub.output().contains("SEVERE"), hub.output());
    }

    /** One request over a plain socket (java.net.http does not let a caller set Host); returns the status code. */
    int raw(String method, String path, String host, String headers, String body) throws IOException {
        return raw(InetAddress.getLoopbackAddress(), method, path, host, headers, body);
    }

    /** The same from a given local (loopback) source address. */
    int raw(InetAddress from, String method, String path, String host, String headers, String body) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), hub.port, from, 0)) {
            s.setSoTimeout(10_000);
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String req = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + (headers == null ? "" : headers + "\r\n")
                    + (body == null ? "" : "Content-Length: " + b.length + "\r\n") + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(req.getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
