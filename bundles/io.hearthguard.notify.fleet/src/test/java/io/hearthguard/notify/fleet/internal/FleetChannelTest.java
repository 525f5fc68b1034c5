package io.hearthguard.notify.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.notify.DeliveryException;

class FleetChannelTest {

    static final byte[] SALT = "operator-salt-for-tests-0123456789".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    private <T extends AutoCloseable> T track(T t) {
        open.add(0, t);
        return t;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void badSettingsAreRefusedByNameAndSecretsNeverShow() {
        FleetSettings ok = new FleetSettings("ssl://fleet.example:8883", "hub-1", "hub-1", "s3cret-password", "", "", "", SALT, "fleet",
                60, 3600, 10, 5000);
        assertFalse(ok.toString().contains("s3cret-password"), ok.toString());
        assertFalse(ok.toString().contains("operator-salt"), ok.toString());
        assertTrue(ok.toString().contains("password=****"));
        String plain = assertThrows(IllegalArgumentException.class, () -> new FleetSettings("tcp://fleet.example:1883", "hub-1", "hub-1",
                "x", "", "", "", SALT, "fleet", 60, 3600, 10, 5000)).getMessage();
        assertTrue(plain.contains("ssl://"), plain);
        // loopback may be plain (a local bridge), by address only: no name is resolved
        new FleetSettings("tcp://127.0.0.1:1883", "hub-1", "", "", "", "", "", SALT, "fleet", 60, 3600, 10, 5000);
        new FleetSettings("tcp://[::1]:1883", "hub-1", "", "", "", "", "", SALT, "fleet", 60, 3600, 10, 5000);
        assertThrows(IllegalArgumentException.class, () -> new FleetSettings("tcp://127.evil.example:1883", "hub-1", "", "", "", "", "", SALT,
                "fleet", 60, 3600, 10, 5000));
        String creds = assertThrows(IllegalArgumentException.class, () -> new FleetSettings("ssl://fleet.example:8883", "hub-1", "", "",
                "", "", "", SALT, "fleet", 60, 3600, 10, 5000)).getMessage();
        assertTrue(creds.contains("credentials"), creds);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FleetSettings("ssl://f.example:8883", "hub-1", "hub-1", "p", "",
                "", "", new byte[8], "fleet", 60, 3600, 10, 5000)).getMessage().contains("saltFile"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FleetSettings("ssl://f.example:8883", "hub/1", "hub-1", "p", "",
                "", "", SALT, "fleet", 60, 3600, 10, 5000)).getMessage().contains("hubId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FleetSettings("ssl://f.example:8883", "hub-1", "hub-1", "p", "",
                "cert.pem", "", SALT, "fleet", 60, 3600, 10, 5000)).getMessage().contains("clientKeyFile"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FleetSettings("ssl://u:p@f.example:8883", "hub-1", "hub-1", "p",
                "", "", "", SALT, "fleet", 60, 3600, 10, 5000)).getMessage().contains("no user"));
    }

    @Test
    void secretFilesAreBoundedAndTheirContentNeverInAMessage() throws Exception {
        Path big = Files.write(dir.resolve("big"), new byte[FleetSettings.MAX_SECRET_FILE + 1]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FleetSettings.readSecret("saltFile", big.toString())).getMessage()
                .contains("at most"));
        Path pw = Files.writeString(dir.resolve("pw"), "hunter2-password\n");
        assertEquals("hunter2-password", FleetSettings.readPassword(pw.toString()));
        String missing = assertThrows(IllegalArgumentException.class, () -> FleetSettings.readSecret("saltFile", dir.resolve("nope").toString()))
                .getMessage();
        assertTrue(missing.contains("saltFile"), missing);
    }

    @Test
    void findingsHealthAndSummariesArriveOverTlsWithPerHubCredentialsAndMatchTheSchema() throws Exception {
        FleetBroker broker = track(new FleetBroker(dir.resolve("broker"), List.of("hub-a")).start());
        Recorder operator = track(new Recorder(broker));
        FleetHub hub = track(new FleetHub(dir.resolve("hub.db"), FleetHub.settings(broker, "hub-a", SALT, 1), () -> null));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(hub.publish(i).id());
        }
        List<Recorder.Received> got = operator.await(l -> findingIds(l).containsAll(ids) && l.stream().anyMatch(r -> r.topic().endsWith("/health")),
                30, "5 findings and a health message");
        Recorder.Received f = got.stream().filter(r -> r.topic().equals("fleet/hub-a/finding")).findFirst().orElseThrow();
        Map<String, Object> m = f.json();
        assertEquals(1, m.get("v"));
        assertEquals("hub-a", m.get("hub"));
        @SuppressWarnings("unchecked")
        Map<String, Object> device = (Map<String, Object>) m.get("device");
        assertEquals(new FleetMessages("x", SALT).macHash("44:65:0D:12:34:56"), device.get("hash"), "HMAC-SHA256 of the MAC with the salt");
        String all = new String(operator.bytes(), StandardCharsets.UTF_8);
        assertFalse(all.contains("Grandma"), "a household-given name left the hub");
        assertFalse(all.toLowerCase().contains("44:65:0d"), "a clear MAC left the hub");
        assertFalse(all.contains("192.168.1.20") || all.contains("avs-alexa"), "an address or evidence left the hub");
        SchemaCheck.assertValid(dir, operator);
    }

    @Test
    void aHubCannotWriteUnderAnotherHubsTopicAndAWrongPasswordIsRefusedWithoutShowingIt() throws Exception {
        FleetBroker broker = track(new FleetBroker(dir.resolve("broker"), List.of("hub-a", "hub-b")).start());
        Recorder operator = track(new Recorder(broker));
        // hub-a's credentials, hub-b's topic: the broker's ACL drops it
        FleetSettings impostor = new FleetSettings(broker.uri(), "hub-b", "hub-a", FleetBroker.password("hub-a"), broker.ca.toString(), "",
                "", SALT, "fleet", 1, 1, 5, 3_000);
        FleetChannel c = track(new FleetChannel(impostor, () -> null, () -> null, "t", Clock.systemUTC()));
        c.start();
        FleetHub honest = track(new FleetHub(dir.resolve("hub.db"), FleetHub.settings(broker, "hub-a", SALT, 1), () -> null));
        String id = honest.publish(1).id();
        operator.await(l -> findingIds(l).contains(id), 30, "hub-a's finding");
        Thread.sleep(2_500); // the impostor has sent health messages meanwhile (every second)
        assertTrue(operator.all().stream().noneMatch(r -> r.topic().startsWith("fleet/hub-b/")), "the ACL let hub-a write as hub-b");
        FleetSettings wrong = new FleetSettings(broker.uri(), "hub-b", "hub-b", "not-the-password-123", broker.ca.toString(), "", "",
                SALT, "fleet", 60, 3600, 5, 3_000);
        FleetChannel w = track(new FleetChannel(wrong, () -> null, () -> null, "t", Clock.systemUTC()));
        DeliveryException e = assertThrows(DeliveryException.class, w::ensureConnected);
        assertFalse(e.getMessage().contains("not-the-password-123"), e.getMessage());
    }

    @Test
    void withoutTheCaTheBrokerIsNotTrusted() throws Exception {
        FleetBroker broker = track(new FleetBroker(dir.resolve("broker"), List.of("hub-a")).start());
        FleetSettings noCa = new FleetSettings(broker.uri(), "hub-a", "hub-a", FleetBroker.password("hub-a"), "", "", "", SALT, "fleet", 60,
                3600, 5, 3_000);
        FleetChannel c = track(new FleetChannel(noCa, () -> null, () -> null, "t", Clock.systemUTC()));
        assertThrows(DeliveryException.class, c::ensureConnected);
    }

    /** 200 findings at about 100/s; the broker is stopped while they are published and started 2 s later. */
    @Test
    void aBrokerRestartMidStreamLosesNothingAndDuplicatesCarryTheSameId() throws Exception {
        FleetBroker broker = track(new FleetBroker(dir.resolve("broker"), List.of("hub-a")).start());
        Recorder operator = track(new Recorder(broker));
        FleetHub hub = track(new FleetHub(dir.resolve("hub.db"), FleetHub.settings(broker, "hub-a", SALT, 60), () -> null));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(hub.publish(i).id());
            if (i == 60) {
                broker.stop();
            }
            if (i == 130) {
                broker.start();
            }
            Thread.sleep(10);
        }
        List<Recorder.Received> got = operator.await(l -> findingIds(l).containsAll(ids), 90, "all 200 findings after the restart");
        assertDuplicatesOnlyById(got);
    }

    /** A hub killed with SIGKILL after 100 accepted findings; the restarted hub sends every accepted one. */
    @Test
    void aHubKilledMidStreamLosesNothingAfterItsRestart() throws Exception {
        FleetBroker broker = track(new FleetBroker(dir.resolve("broker"), List.of("hub-k")).start());
        Recorder operator = track(new Recorder(broker));
        Path salt = Files.write(dir.resolve("salt"), SALT);
        Path db = dir.resolve("hub.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FleetHub.class.getName(), db.toString(),
                broker.uri(), broker.ca.toString(), "hub-k", salt.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        Set<String> accepted = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (accepted.size() < 150 && (line = r.readLine()) != null) {
                accepted.add(line.trim());
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(150, accepted.size(), "the child hub did not accept 150 findings: " + Files.readString(dir.resolve("child.err")));
        FleetHub restarted = track(new FleetHub(db, FleetHub.settings(broker, "hub-k", SALT, 60), () -> null));
        List<Recorder.Received> got = operator.await(l -> findingIds(l).containsAll(accepted), 60, "every accepted finding after the restart");
        assertDuplicatesOnlyById(got);
        assertTrue(restarted.dispatcher != null);
    }

    static Set<String> findingIds(List<Recorder.Received> l) {
        Set<String> s = new HashSet<>();
        for (Recorder.Received r : l) {
            if (r.topic().endsWith("/finding")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) r.json().get("finding");
                s.add((String) f.get("id"));
            }
        }
        return s;
    }

    /** The same message id may arrive twice (QoS 1, outbox retry); two different ids for one finding change may not. */
    static void assertDuplicatesOnlyById(List<Recorder.Received> got) {
        Map<String, String> idByFinding = new HashMap<>();
        for (Recorder.Received r : got) {
            if (!r.topic().endsWith("/finding")) {
                continue;
            }
            Map<String, Object> m = r.json();
            String id = (String) m.get("id");
            @SuppressWarnings("unchecked")
            String fid = (String) ((Map<String, Object>) m.get("finding")).get("id");
            String before = idByFinding.putIfAbsent(fid + "/" + m.get("kind"), id);
            assertTrue(before == null || before.equals(id), "finding " + fid + " sent under two ids: " + before + " and " + id);
        }
    }
}
