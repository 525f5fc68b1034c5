package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Capture replays of uploads and live capture configuration in the real hub process:
 * truthful job states and complete counts, no replay at restart, the documented live
 * capture key, no fallback to another interface, and health telling when capture failed.
 */
class CaptureJobsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Hub hub;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    String token;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    private void start(Path data) throws Exception {
        hub = Hub.start(data);
        hub.awaitReady(Duration.ofSeconds(90));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String name, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(hub.url("/api/captures?into=home&name=" + name))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.tcpdump.pcap").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private JsonNode jobs() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(hub.url("/api/captures/jobs"))).header("Authorization", "Bearer " + token));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("items");
    }

    /** Waits until no job is queued or running; returns the jobs. */
    private JsonNode settled(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode items = jobs();
            boolean busy = false;
            for (JsonNode j : items) {
                busy |= !("done".equals(j.get("state").asText()) || "failed".equals(j.get("state").asText()));
            }
            if (!busy) {
                return items;
            }
            assertTrue(System.nanoTime() < end, "jobs did not finish: " + items);
            Thread.sleep(200);
        }
    }

    /** A pcap of {@code n} UDP packets between two home addresses. */
    static byte[] pcap(int n) {
        int len = 14 + 20 + 8 + 32;
        ByteBuffer b = ByteBuffer.allocate(24 + n * (16 + len)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        for (int i = 0; i < n; i++) {
            b.putInt(1_764_000_000 + i / 1000).putInt(i % 1000 * 1000).putInt(len).putInt(len);
            b.order(ByteOrder.BIG_ENDIAN);
            b.put(new byte[] { 0x02, 0, 0, 0, 0, 1 }).put(new byte[] { 0x44, 0x65, 0x0d, 0x12, 0x34, 0x56 }).putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + 32)).putShort((short) i).putShort((short) 0).put((byte) 64).put((byte) 17)
                    .putShort((short) 0).put(new byte[] { (byte) 192, (byte) 168, 1, 20 }).put(new byte[] { (byte) 192, (byte) 168, 1, 1 });
            b.putShort((short) (40000 + i % 500)).putShort((short) 9999).putShort((short) (8 + 32)).putShort((short) 0).put(new byte[32]);
            b.order(ByteOrder.LITTLE_ENDIAN);
        }
        return b.array();
    }

    @Test
    void quickUploadsOfOneCaptureAllFinishCompleteAndACorruptOneFailsWithItsReason() throws Exception {
        Path data = tmp.resolve("data");
        start(data);
        token = hub.adminToken(http);
        int packets = 11_150;
        byte[] capture = pcap(packets);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = upload("home.pcap", capture);
            assertEquals(202, r.statusCode(), r.body());
        }
        // a pcap header, then a record claiming more bytes than the snap length allows
        byte[] corrupt = java.util.Arrays.copyOf(pcap(3), 24 + 16);
        ByteBuffer.wrap(corrupt, 24 + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7fff_ffff);
        assertEquals(202, upload("broken.pcap", corrupt).statusCode());
        JsonNode items = settled(Duration.ofSeconds(120));
        System.out.println("jobs: " + items);
        List<String> states = new ArrayList<>();
        for (JsonNode j : items) {
            states.add(j.get("name").asText() + ":" + j.get("state").asText());
            // the job the list shows answers by its id too, the same
            HttpResponse<String> one = send(HttpRequest.newBuilder(URI.create(hub.url("/api/captures/jobs/" + j.get("id").asText())))
                    .header("Authorization", "Bearer " + token));
            assertEquals(200, one.statusCode(), one.body());
            assertEquals(j, JSON.readTree(one.body()), one.body());
            if (j.get("name").asText().equals("home.pcap")) {
                assertEquals("done", j.get("state").asText(), j.toString());
                assertEquals(packets, j.get("packetsProcessed").asLong(), j.toString());
            } else {
                assertEquals("failed", j.get("state").asText(), j.toString());
                assertTrue(j.hasNonNull("reason") && !j.get("reason").asText().contains("null"), j.toString());
            }
        }
        assertEquals(4, states.size(), states.toString());

        // a restart does not replay the last upload
        hub.stop();
        hub.close();
        start(data);
        Thread.sleep(3000);
        String out = hub.output();
        assertFalse(out.contains("replay finished") || out.contains("replay of"), out);
        hub.stop();
    }

    @Test
    void liveCaptureReadsTheDocumentedKeyAndNeverFallsBackToAnotherInterface() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.capture.live.cfg"), "enabled=true\ninterface=nosuchif0\n");
        start(data);
        String body = "";
        for (int i = 0; i < 100 && !body.contains("nosuchif0"); i++) {
            body = hub.get("/api/health").body();
            Thread.sleep(100);
        }
        System.out.println(body);
        assertTrue(body.contains("DEGRADED") && body.contains("nosuchif0"), body);
        assertEquals(503, hub.get("/api/health").statusCode());
        assertFalse(hub.output().contains("live capture on eth0"), hub.output());
        assertFalse(hub.output().matches("(?s).*live capture on \\S+ started.*"), hub.output());
        // the documented key with an interface that exists: capture starts there, health is UP again
        if (Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libpcap.so.0.8")) && "root".equals(System.getProperty("user.name"))) {
            Files.writeString(data.resolve("config/io.hearthguard.capture.live.cfg"), "enabled=true\ninterface=lo\nfilter=udp port 9\n");
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!hub.output().contains("live capture on lo started") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertTrue(hub.output().contains("live capture on lo started"), hub.output());
            int status = 0;
            while (status != 200 && System.nanoTime() < end) {
                status = hub.get("/api/health").statusCode();
                Thread.sleep(100);
            }
            assertEquals(200, status, hub.get("/api/health").body());
        }
        hub.stop();
    }
}
