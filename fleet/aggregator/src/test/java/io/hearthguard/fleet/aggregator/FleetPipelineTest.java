package io.hearthguard.fleet.aggregator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole backend on loopback with real engines: simulated hubs (real fleet messages, QoS 1)
 * → Debian's mosquitto → the bridge (persistent session, manual acks) → a 3-node Apache Kafka
 * cluster in KRaft mode (child JVMs from Maven Central's jars) → the aggregator (consumer group)
 * → its REST API. Mid-stream one Kafka node is killed with SIGKILL (and started again later) and
 * mosquitto is restarted; every finding must reach the view, once, and duplicates sent on
 * purpose (same id) must be dropped.
 */
class FleetPipelineTest {

    static final int HUBS = 40;
    static final int FINDINGS_PER_HUB = 30;

    @TempDir
    Path dir;

    @Test
    void everyFindingReachesTheViewThroughAKafkaNodeKillAndAnMqttBrokerRestart() throws Exception {
        try (Backend b = new Backend(dir, 1000, 3, "320m", 6)) {
            Broker mqtt = b.mqtt;
            KafkaCluster kafka = b.kafka;
            Bridge bridge = b.bridge;
            FleetView view = b.view;
            Api api = b.track(new Api(new InetSocketAddress("127.0.0.1", 0), view, 3).start());
            SimHubs hubs = b.track(new SimHubs("127.0.0.1", mqtt.port, HUBS, "hub").start());

            for (int i = 0; i < HUBS; i++) {
                hubs.summary(i, 60);
            }
            // warm: every hub connected, the bridge producing, the consumer group joined
            long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (b.applied() < 2L * HUBS && System.nanoTime() < warm) {
                Thread.sleep(100);
            }
            assertEquals(2L * HUBS, b.applied(), () -> "health and device summaries of every hub: hubs published " + hubs.published.get() + ", acked "
                    + hubs.acked.get() + ", bridge forwarded " + bridge.forwarded() + ", view " + view.stats());
            String[] categories = {"eavesdrop", "pii-request", "hygiene", "threat-intel"};
            String[] severities = {"low", "medium", "high", "critical"};
            for (int round = 0; round < FINDINGS_PER_HUB; round++) {
                for (int i = 0; i < HUBS; i++) {
                    hubs.finding(i, categories[(i + round) % 4], severities[round % 4], round % 4 == 1 ? "skill-" + (round % 3) : null);
                }
                if (round == 8) {
                    kafka.kill9(1); // a Kafka node dies mid-stream
                }
                if (round == 16) {
                    mqtt.stop(); // the MQTT broker restarts mid-stream (hubs and bridge reconnect)
                    Thread.sleep(1_000);
                    mqtt.start();
                }
                if (round == 22) {
                    kafka.startNode(1);
                }
                Thread.sleep(100);
            }
            for (int i = 0; i < HUBS; i++) {
                hubs.duplicateFirst(i);
            }
            int expected = HUBS * FINDINGS_PER_HUB;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            List<String> missing = missing(hubs, view);
            while (!missing.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(500);
                missing = missing(hubs, view);
            }
            assertTrue(missing.isEmpty(), missing.size() + " findings never reached the view, e.g. " + missing.subList(0, Math.min(5, missing.size()))
                    + "; stats " + view.stats() + ", bridge forwarded " + bridge.forwarded());
            // the duplicates (same id, claiming 'resolved') were dropped: nothing resolved, all open
            long dupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (((Number) view.stats().get("duplicates")).longValue() < HUBS && System.nanoTime() < dupEnd) {
                Thread.sleep(200);
            }
            assertTrue(((Number) view.stats().get("duplicates")).longValue() >= HUBS, "the re-sent messages were not seen as duplicates: " + view.stats());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode fleet = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/fleet"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(HUBS, fleet.get("homes").asInt());
            assertEquals(expected, fleet.get("openFindings").asInt(), "open findings in the fleet view: " + fleet);
            assertEquals(HUBS, fleet.get("homesWithEavesdropping").asInt());
            assertEquals(0, fleet.get("silentHubs").asInt());
            assertEquals(3, fleet.get("skillsFlaggedInManyHomes").size(), fleet.toString());
            assertEquals(HUBS, fleet.get("skillsFlaggedInManyHomes").get(0).get("homes").asInt());
            assertEquals(3, fleet.get("deviceModels").size(), "three firmware versions of one camera model: " + fleet.get("deviceModels"));
            JsonNode home = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                    + "/api/homes/hub-7")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(FINDINGS_PER_HUB, home.get("openFindings").size());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/homes/nobody")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("Hearthguard fleet"));
            System.out.println("fleet pipeline: " + expected + " findings from " + HUBS + " hubs, view stats " + view.stats()
                    + ", bridge forwarded " + bridge.forwarded() + ", hub reconnects " + hubs.reconnects.get());
            Map<String, Object> s = view.stats();
            assertTrue(s.containsKey("lagMillis"));
        }
    }

    static List<String> missing(SimHubs hubs, FleetView view) {
        List<String> m = new ArrayList<>();
        synchronized (hubs.findingIds) {
            for (String k : hubs.findingIds) {
                int slash = k.indexOf('/');
                if (!view.isOpen(k.substring(0, slash), k.substring(slash + 1))) {
                    m.add(k);
                }
            }
        }
        return m;
    }
}
