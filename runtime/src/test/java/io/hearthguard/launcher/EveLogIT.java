package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The EVE log of a whole hub: enabled by configuration, then live capture started on the
 * loopback interface (as a user enables capture after the log); short TCP connections to the
 * hub's own port are the traffic (needs CAP_NET_RAW, as the hub does). Each ended connection
 * is one {@code flow} line in Suricata's field names with a community id, and the counters
 * show in {@code /metrics}.
 */
class EveLogIT {
    @TempDir
    Path tmp;

    @Test
    void endedConnectionsBecomeFlowLinesWithCommunityIds() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.eve.cfg"), "enabled=true\n");
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(90));
            Files.writeString(data.resolve("config/io.hearthguard.capture.live.cfg"), "enabled=true\ninterface=lo\nfilter=tcp port " + hub.port + "\n");
            Path eve = data.resolve("logs/eve.json");
            ObjectMapper json = new ObjectMapper();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            List<JsonNode> flows = List.of();
            while (System.nanoTime() < end && flows.size() < 3) {
                for (int i = 0; i < 3; i++) { // a connection that opens, sends a request line and closes
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress("127.0.0.1", hub.port), 2_000);
                        s.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        s.getInputStream().readAllBytes();
                    }
                }
                Thread.sleep(1_000);
                if (Files.exists(eve)) {
                    flows = Files.readAllLines(eve).stream().map(l -> {
                        try {
                            return json.readTree(l);
                        } catch (Exception e) {
                            throw new AssertionError("not one JSON object per line: " + l, e);
                        }
                    }).filter(n -> "flow".equals(n.path("event_type").asText()) && n.path("dest_port").asInt() == hub.port).toList();
                }
            }
            assertTrue(flows.size() >= 3, "flow lines for our connections in " + eve + ":\n" + (Files.exists(eve) ? Files.readString(eve) : "(none)")
                    + "\n" + hub.output());
            JsonNode f = flows.get(0);
            assertEquals("TCP", f.get("proto").asText());
            assertEquals("127.0.0.1", f.get("src_ip").asText());
            assertTrue(f.get("community_id").asText().matches("1:[A-Za-z0-9+/]{27}="), f.toString());
            assertTrue(f.get("flow").get("pkts_toserver").asLong() >= 3 && f.get("flow").get("bytes_toclient").asLong() > 100, f.toString());
            assertTrue(f.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+0000"), f.toString());
            String metrics = hub.get("/metrics").body();
            assertTrue(metrics.contains("hearthguard_eve_lines_written_total "), metrics);
            assertTrue(metrics.contains("hearthguard_eve_lines_dropped_total 0\n"), metrics);
        }
    }
}
