package io.hearthguard.notify.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.findings.internal.FindingServiceImpl;
import io.hearthguard.notify.internal.ChannelPolicy;
import io.hearthguard.notify.internal.Dispatcher;
import io.hearthguard.notify.internal.NotificationFactory;
import io.hearthguard.notify.internal.Outbox;
import io.hearthguard.store.internal.SqliteStore;

class WebhookChannelTest {

    static final String SECRET = "a-long-shared-secret-123";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    HttpServer server;
    SqliteStore store;
    FindingServiceImpl findings;
    Dispatcher dispatcher;

    record Received(Map<String, String> headers, byte[] body) {
    }

    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    /** What the server answers to request number i (0-based); 200 by default. */
    volatile java.util.function.IntUnaryOperator answer = i -> 200;
    volatile long delayMillis;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/hook", ex -> {
            int i = requests.getAndIncrement();
            byte[] body = ex.getRequestBody().readAllBytes();
            Map<String, String> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ex.getRequestHeaders().forEach((k, v) -> h.put(k, v.get(0)));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int code = answer.applyAsInt(i);
            if (code == 200) {
                received.add(new Received(h, body));
            }
            if (code == 302) {
                ex.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            }
            ex.sendResponseHeaders(code, -1);
            ex.close();
        });
        server.start();
        store = new SqliteStore(dir.resolve("db"), "NORMAL");
        findings = new FindingServiceImpl(store, null, Duration.ofHours(1), Duration.ofDays(30));
        NotificationFactory factory = new NotificationFactory("");
        dispatcher = new Dispatcher(new Outbox(store, findings, factory, Clock.systemUTC()), factory, Duration.ofMillis(20),
                Duration.ofMillis(200), Clock.systemUTC());
        findings.addListener(dispatcher);
    }

    @AfterEach
    void stop() {
        dispatcher.close();
        store.close();
        server.stop(0);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    WebhookChannel channel(Duration readTimeout) {
        return new WebhookChannel(new WebhookChannel.Settings(url(), SECRET, Duration.ofSeconds(2), readTimeout), Clock.systemUTC());
    }

    StoredFinding publish(int i) {
        return findings.publish(Finding.builder("port-scan.inbound", Categories.PORT_SCAN, Severity.HIGH)
                .device(new DeviceRef("d-cam", null, "192.168.1.30", "Door camera")).span(Instant.now(), null)
                .summary("Door camera was scanned on 1000 ports").evidence(Map.of("ports", 1000, "n", i)).dedupKey("k" + i)
                .source("test").build());
    }

    static void waitFor(String what, BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    Notification oneNotification() {
        publish(0);
        return new NotificationFactory("").fromChange(store.read(c -> findings.read(c, 0, 1)).get(0));
    }

    @Test
    void postsSignedJsonThatAReceiverCanVerify() throws Exception {
        dispatcher.addChannel("hook", channel(Duration.ofSeconds(2)), ChannelPolicy.ALL);
        StoredFinding f = publish(1);
        waitFor("one request", () -> received.size() == 1);
        Received r = received.get(0);
        long now = Instant.now().getEpochSecond();
        assertTrue(WebhookChannel.verify(SECRET, r.headers().get(WebhookChannel.TIMESTAMP_HEADER),
                r.headers().get(WebhookChannel.SIGNATURE_HEADER), r.body(), now, 300), r.headers().toString());
        assertFalse(WebhookChannel.verify("another-secret-of-length", r.headers().get(WebhookChannel.TIMESTAMP_HEADER),
                r.headers().get(WebhookChannel.SIGNATURE_HEADER), r.body(), now, 300));
        byte[] tampered = new String(r.body(), StandardCharsets.UTF_8).replace("1000", "1001").getBytes(StandardCharsets.UTF_8);
        assertFalse(WebhookChannel.verify(SECRET, r.headers().get(WebhookChannel.TIMESTAMP_HEADER),
                r.headers().get(WebhookChannel.SIGNATURE_HEADER), tampered, now, 300));
        assertFalse(WebhookChannel.verify(SECRET, r.headers().get(WebhookChannel.TIMESTAMP_HEADER),
                r.headers().get(WebhookChannel.SIGNATURE_HEADER), r.body(), now + 3600, 300), "an old request is a replay");

        JsonNode body = MAPPER.readTree(r.body());
        assertEquals(r.headers().get(WebhookChannel.ID_HEADER), body.get("id").asText());
        assertEquals("finding", r.headers().get(WebhookChannel.KIND_HEADER));
        assertEquals(f.id(), body.get("finding").get("id").asText());
        assertEquals(1000, body.get("finding").get("evidence").get("ports").asInt());
        assertTrue(r.headers().get("Content-Type").startsWith("application/json"));
    }

    @Test
    void serverErrorsAreRetriedInOrderAndEveryNotificationArrivesOnce() throws Exception {
        answer = i -> i < 4 ? 503 : i == 6 ? 429 : 200;
        dispatcher.addChannel("hook", channel(Duration.ofSeconds(2)), ChannelPolicy.ALL);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(publish(i).id());
        }
        waitFor("six delivered", () -> received.size() == 6);
        List<String> got = new ArrayList<>();
        for (Received r : received) {
            got.add(MAPPER.readTree(r.body()).get("finding").get("id").asText());
        }
        assertEquals(ids, got);
        assertEquals(6, new LinkedHashSet<>(got).size());
        assertTrue(requests.get() >= 11, "4 x 503 and 1 x 429 were retried: " + requests.get());
    }

    @Test
    void clientErrorsAndRedirectsArePermanentTimeoutsAndRefusalsAreTransient() throws Exception {
        Notification n = oneNotification();
        answer = i -> 400;
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel(Duration.ofSeconds(2)).deliver(n));
        assertTrue(e.permanent() && e.getMessage().contains("HTTP 400"), e.getMessage());
        answer = i -> 302;
        e = assertThrows(DeliveryException.class, () -> channel(Duration.ofSeconds(2)).deliver(n));
        assertTrue(e.permanent() && e.getMessage().contains("redirects are not followed"), e.getMessage());
        answer = i -> 200;
        delayMillis = 1_500;
        long t0 = System.nanoTime();
        e = assertThrows(DeliveryException.class, () -> channel(Duration.ofMillis(300)).deliver(n));
        assertFalse(e.permanent());
        assertTrue(e.getMessage().contains("did not answer within 300 ms"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 1_400_000_000L, "the read timeout was respected");
        delayMillis = 0;
        server.stop(0);
        e = assertThrows(DeliveryException.class, () -> channel(Duration.ofSeconds(1)).deliver(n));
        assertFalse(e.permanent());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void anEndlessResponseBodyDoesNotHoldTheDelivery() throws Exception {
        server.createContext("/endless", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked, never finished in time
            try {
                for (int i = 0; i < 30; i++) {
                    ex.getResponseBody().write(new byte[1024]);
                    ex.getResponseBody().flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | java.io.IOException e) {
                // the client went away: expected
            }
            ex.close();
        });
        Notification n = oneNotification();
        WebhookChannel ch = new WebhookChannel(new WebhookChannel.Settings(URI.create(url().toString().replace("/hook", "/endless")),
                SECRET, Duration.ofSeconds(1), Duration.ofSeconds(1)), Clock.systemUTC());
        long t0 = System.nanoTime();
        ch.deliver(n);
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "returned on the status line, not after the body");
    }

    @Test
    void badSettingsNameThePropertyAndTheSecretNeverShows() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WebhookChannel.Settings(URI.create("ftp://x/"), SECRET,
                Duration.ofSeconds(1), Duration.ofSeconds(1))).getMessage().startsWith("url"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WebhookChannel.Settings(URI.create("http://u:p@x/"), SECRET,
                Duration.ofSeconds(1), Duration.ofSeconds(1))).getMessage().startsWith("url must not carry credentials"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookChannel.Settings.parseUrl("http://x y/")).getMessage()
                .startsWith("url"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WebhookChannel.Settings(url(), "short",
                Duration.ofSeconds(1), Duration.ofSeconds(1))).getMessage().startsWith("secret"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WebhookChannel.Settings(url(), SECRET,
                Duration.ofMillis(5), Duration.ofSeconds(1))).getMessage().startsWith("connectTimeoutMillis"));
        WebhookChannel.Settings s = new WebhookChannel.Settings(url(), SECRET, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertFalse(s.toString().contains(SECRET), s.toString());
        assertFalse(new WebhookChannel(s, Clock.systemUTC()).toString().contains(SECRET));
    }
}
