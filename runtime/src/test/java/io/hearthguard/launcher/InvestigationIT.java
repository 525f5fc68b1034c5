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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A capture uploaded for analysis is an investigation: analysed in its own sandbox (the
 * {@code analyze} child process), listed with its own devices, voice sessions and findings in
 * capture time, with a percentage and a summary — and the home's inventory, gateway and
 * findings stay exactly as they were. Real captures from {@code ../shared/data} (skipped when
 * absent): a camera capture replayed into the home first (its live state), then a capture of
 * four Echo speakers on another network (192.168.12.0/24, its own router) as the investigation.
 */
class InvestigationIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path HOME_CAPTURE = RealDevicesIT.SHARED.resolve("pcap/iot-devices/tj-oconnor__blink-cam-01.pcap");
    static final Path INVESTIGATED = RealDevicesIT.SHARED.resolve("pcap/speaker-activations/echodot3a.pcap");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** The hub under test (closed by the test itself) and its API token. */
    Hub hub;
    String token;

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String query, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(hub.url("/api/captures?" + query))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.tcpdump.pcap").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(hub.url(path))).header("Authorization", "Bearer " + token));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The home's live state: every device (all fields), every finding, and the stored gateway. */
    private String home() throws Exception {
        return get("/api/devices") + "\n" + get("/api/findings?limit=1000") + "\n" + gateway();
    }

    /** The gateway discovery stored, read with the sqlite3 tool when installed (read-only). */
    private String gateway() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/sqlite3"))) {
            return "(sqlite3 not installed: gateway not compared)";
        }
        Process p = new ProcessBuilder("/usr/bin/sqlite3", "-readonly", hub.data.resolve("hearthguard.db").toString(),
                "SELECT mac || ' ' || ip FROM discovery_gateway").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return "gateway: " + out;
    }

    private JsonNode awaitJob(String id, Duration timeout, TreeSet<Integer> percents) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode j = null;
            for (JsonNode x : get("/api/captures/jobs").get("items")) {
                if (x.get("id").asText().equals(id)) {
                    j = x;
                }
            }
            assertTrue(j != null, "job " + id + " is listed");
            if (j.has("percent")) {
                percents.add(j.get("percent").asInt());
            }
            String state = j.get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return j;
            }
            assertTrue(System.nanoTime() < end, "job did not finish: " + j + "\n" + hub.output());
            Thread.sleep(100);
        }
    }

    /** Waits until the home's state is the same twice in a row, 2 s apart (discovery and findings write in the background). */
    private String settledHome() throws Exception {
        String last = home();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(2000);
            String now = home();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the home's state did not settle");
    }

    @Test
    void anInvestigationHasItsOwnDevicesSessionsAndFindingsInCaptureTimeAndLeavesTheHomeAsItWas(@TempDir Path tmp) throws Exception {
        try {
            investigate(tmp);
        } finally {
            if (hub != null) {
                hub.close();
            }
        }
    }

    private void investigate(Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(HOME_CAPTURE) && Files.isRegularFile(INVESTIGATED), "shared data set not present: " + RealDevicesIT.SHARED);
        hub = Hub.start(tmp.resolve("data"));
        hub.awaitReady(Duration.ofSeconds(90));
        token = hub.adminToken(http);

        // the home: a real camera capture replayed into the live state (the explicit choice)
        HttpResponse<String> r = upload("into=home&name=home.pcap", Files.readAllBytes(HOME_CAPTURE));
        assertEquals(202, r.statusCode(), r.body());
        assertEquals("done", awaitJob(JSON.readTree(r.body()).get("id").asText(), Duration.ofSeconds(120), new TreeSet<>()).get("state").asText());
        String before = settledHome();
        assertTrue(get("/api/devices").get("items").size() > 0, "the home has devices: " + before);
        assertTrue(before.contains("gateway: ") || before.contains("not compared"), before);

        // the investigation: four Echo speakers on another network, 2019
        r = upload("name=echodot3a.pcap", Files.readAllBytes(INVESTIGATED));
        assertEquals(202, r.statusCode(), r.body());
        JsonNode submitted = JSON.readTree(r.body());
        assertEquals("investigation", submitted.get("kind").asText());
        assertEquals(Files.size(INVESTIGATED), submitted.get("size").asLong());
        TreeSet<Integer> percents = new TreeSet<>();
        JsonNode job = awaitJob(submitted.get("id").asText(), Duration.ofSeconds(180), percents);
        assertEquals("done", job.get("state").asText(), job.toString());
        assertEquals(100, job.get("percent").asInt(), job.toString());
        System.out.println("investigation " + job + " percents seen " + percents);
        JsonNode sum = job.get("summary");
        assertEquals(2778, sum.get("packets").asLong(), sum.toString());
        assertTrue(sum.get("captureStart").asText().startsWith("2019-11-16T08:46"), "capture time kept: " + sum);
        assertTrue(sum.get("speakers").asInt() >= 4, sum.toString());
        assertTrue(sum.get("voiceSessions").asInt() >= 1, sum.toString());

        JsonNode full = get("/api/captures/jobs/" + job.get("id").asText());
        assertEquals(sum.get("devices").asInt(), full.get("devices").size());
        for (JsonNode d : full.get("devices")) {
            assertTrue(d.get("last_seen").asText().startsWith("2019-"), "device times are capture times: " + d);
        }
        for (JsonNode f : full.get("findings")) {
            assertTrue(f.get("start").asText().startsWith("2019-"), "finding times are capture times: " + f);
        }
        JsonNode session = full.get("voiceSessions").get(0);
        assertEquals("68:db:f5:90:19:64", session.get("device").get("mac").asText(), session.toString());

        // the home is exactly as it was: no device added or moved, no finding, the same gateway
        Thread.sleep(3000);
        String after = settledHome();
        assertEquals(before, after, "the investigation changed the home's state");
        assertFalse(after.contains("68:db:f5:90:19:64") || after.contains("192.168.12."), after);

        // a broken capture fails with its reason, the home still unchanged
        byte[] corrupt = new byte[24 + 16];
        ByteBuffer b = ByteBuffer.wrap(corrupt).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        b.putInt(1_764_000_000).putInt(0).putInt(0x7fff_ffff).putInt(0x7fff_ffff);
        r = upload("name=broken.pcap", corrupt);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode broken = awaitJob(JSON.readTree(r.body()).get("id").asText(), Duration.ofSeconds(120), new TreeSet<>());
        assertEquals("failed", broken.get("state").asText(), broken.toString());
        assertTrue(broken.get("reason").asText().contains("broken.pcap") && !broken.get("reason").asText().contains(hub.data.toString()),
                "the reason names the file, not the hub's folders: " + broken);
        assertEquals(400, upload("into=garden&name=x.pcap", Files.readAllBytes(INVESTIGATED)).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(hub.url("/api/captures/jobs/aaaaaaaaaaaa"))).header("Authorization", "Bearer " + token))
                .statusCode());
        assertEquals(before, settledHome());

        // at most 4 wait or run at once; more are refused with 429 until one ends
        byte[] speakers = Files.readAllBytes(INVESTIGATED);
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        java.util.List<String> accepted = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> u = upload("name=again-" + i + ".pcap", speakers);
            statuses.add(u.statusCode());
            if (u.statusCode() == 202) {
                accepted.add(JSON.readTree(u.body()).get("id").asText());
            }
        }
        assertEquals(4, accepted.size(), statuses.toString());
        assertEquals(429, statuses.get(4), statuses.toString());
        for (String a : accepted) {
            assertEquals("done", awaitJob(a, Duration.ofSeconds(240), new TreeSet<>()).get("state").asText());
        }

        // the investigation outlives a restart of the hub
        hub.stop();
        hub.close();
        hub = Hub.start(tmp.resolve("data"));
        hub.awaitReady(Duration.ofSeconds(90));
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(hub.url("/api/captures/jobs/" + job.get("id").asText())))
                .header("Authorization", "Bearer " + token));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(full.get("devices").size(), JSON.readTree(again.body()).get("devices").size());
    }
}
