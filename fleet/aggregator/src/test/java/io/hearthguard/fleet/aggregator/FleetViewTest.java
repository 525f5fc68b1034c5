package io.hearthguard.fleet.aggregator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FleetViewTest {

    static byte[] finding(String hub, String id, String fid, String state, String updated, String category) {
        return ("{\"v\":1,\"type\":\"finding\",\"id\":\"" + id + "\",\"hub\":\"" + hub + "\",\"sent\":\"2026-12-04T10:00:00Z\",\"kind\":\"finding\","
                + "\"finding\":{\"id\":\"" + fid + "\",\"rule\":\"r\",\"category\":\"" + category + "\",\"severity\":\"high\",\"state\":\"" + state
                + "\",\"count\":1,\"firstSeen\":\"2026-12-04T10:00:00Z\",\"lastSeen\":\"2026-12-04T10:00:00Z\",\"updated\":\"" + updated + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void duplicatesByIdAreDroppedAndTheNewestStateWins() {
        FleetView v = new FleetView(Clock.systemUTC(), null);
        assertTrue(v.apply("h1", finding("h1", "n1-f1", "f1", "open", "2026-12-04T10:00:00Z", "eavesdrop")));
        assertFalse(v.apply("h1", finding("h1", "n1-f1", "f1", "resolved", "2026-12-04T11:00:00Z", "eavesdrop")), "same id: a duplicate");
        assertTrue(v.isOpen("h1", "f1"));
        assertTrue(v.apply("h1", finding("h1", "n3-f1", "f1", "resolved", "2026-12-04T12:00:00Z", "eavesdrop")));
        assertFalse(v.isOpen("h1", "f1"));
        // an older change arriving late does not reopen it
        assertTrue(v.apply("h1", finding("h1", "n2-f1", "f1", "open", "2026-12-04T11:00:00Z", "eavesdrop")));
        assertFalse(v.isOpen("h1", "f1"));
        assertEquals(1L, v.stats().get("duplicates"));
    }

    @Test
    void badMessagesAreRefusedWithAReasonAndAHubCannotSpeakForAnother() {
        FleetView v = new FleetView(Clock.systemUTC(), null);
        assertFalse(v.apply("h2", finding("h1", "n1-f1", "f1", "open", "2026-12-04T10:00:00Z", "x")));
        assertTrue(String.valueOf(v.stats().get("lastRejection")).contains("topic"));
        assertFalse(v.apply("h1", "not json".getBytes(StandardCharsets.UTF_8)));
        assertFalse(v.apply("h1", "{\"v\":2}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(v.apply("h1", new byte[FleetView.MAX_MESSAGE_BYTES + 1]));
        assertFalse(v.apply("h1", finding("h1", "n1-f1", "f1", "exploded", "2026-12-04T10:00:00Z", "x")));
        assertFalse(v.apply("h1", finding("h1", "n1 f1", "f1", "open", "2026-12-04T10:00:00Z", "x")));
        assertEquals(6L, v.stats().get("rejected"));
        assertEquals(0L, v.stats().get("applied"));
    }

    @Test
    void silentHubsAreListedAndTheApiServesViewsAndThePage() throws Exception {
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        Clock[] clock = {Clock.fixed(now, ZoneOffset.UTC)};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        };
        FleetView v = new FleetView(moving, new LagRecorder());
        v.apply("quiet", ("{\"v\":1,\"type\":\"health\",\"id\":\"h-1\",\"hub\":\"quiet\",\"sent\":\"2026-12-04T12:00:00Z\",\"uptimeSeconds\":5,"
                + "\"interval\":60}").getBytes(StandardCharsets.UTF_8));
        v.apply("busy", finding("busy", "n1-f1", "f1", "open", "2026-12-04T12:00:00Z", "eavesdrop"));
        clock[0] = Clock.fixed(now.plusSeconds(150), ZoneOffset.UTC);
        v.apply("busy", finding("busy", "n2-f2", "f2", "open", "2026-12-04T12:02:30Z", "hygiene"));
        clock[0] = Clock.fixed(now.plusSeconds(200), ZoneOffset.UTC);
        Map<String, Object> f = v.fleet(3, 20);
        assertEquals(1L, f.get("silentHubs"), "quiet was last heard 200 s ago with a 60 s interval: " + f);
        try (Api api = new Api(new InetSocketAddress("127.0.0.1", 0), v, 3).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + api.port();
            HttpResponse<String> fleet = http.send(HttpRequest.newBuilder(URI.create(base + "/api/fleet")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, fleet.statusCode());
            JsonNode j = new ObjectMapper().readTree(fleet.body());
            assertEquals(2, j.get("openFindings").asInt());
            assertEquals("quiet", j.get("silent").get(0).get("hub").asText());
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/api/homes/busy")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(2, new ObjectMapper().readTree(home.body()).get("openFindings").size(), home.body());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/api/homes/..%2f")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(base + "/api/fleet")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertTrue(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()).body().contains("<table"));
            assertTrue(http.send(HttpRequest.newBuilder(URI.create(base + "/operator.js")).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("textContent"));
        }
    }
}
