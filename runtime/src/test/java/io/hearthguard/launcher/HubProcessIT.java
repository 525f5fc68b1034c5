package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled hub as a separate process: start, restart, kill -9, Java 25, bad config. */
class HubProcessIT {

    @TempDir
    Path tmp;

    @Test
    void theHubStartsAnswersHealthAndStopsCleanlyOnSigterm() throws Exception {
        Path data = tmp.resolve("data");
        try (Hub hub = Hub.start(data)) {
            long ms = hub.awaitReady(Duration.ofSeconds(60));
            System.out.println("hub ready after " + ms + " ms (Java " + Runtime.version().feature() + ")");
            var health = hub.get("/api/health");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"UP\""), health.body());
            assertTrue(hub.output().contains("ready in"), hub.output());
            for (String sub : List.of("framework", "config", "deploy", "logs")) {
                assertTrue(Files.isDirectory(data.resolve(sub)), sub + " missing");
            }
            assertTrue(Files.exists(data.resolve("hearthguard.db")));
            int exit = hub.stop();
            assertTrue(exit == 0 || exit == 143, "exit " + exit + " after SIGTERM: " + hub.output());
            assertTrue(hub.output().lines().noneMatch(l -> l.contains("SEVERE") || l.contains("Exception")), hub.output());
        }
        // a restart opens the same data
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(60));
            assertEquals(200, hub.get("/api/health").statusCode());
            hub.stop();
        }
    }

    @Test
    void theHubStartsOnJava25() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        Assumptions.assumeTrue(Files.isExecutable(java25.resolve("bin/java")), "Temurin 25 is not installed here");
        try (Hub hub = Hub.start(tmp.resolve("data25"), java25.toString())) {
            long ms = hub.awaitReady(Duration.ofSeconds(60));
            System.out.println("hub on Java 25 ready after " + ms + " ms");
            var health = hub.get("/api/health");
            assertEquals(200, health.statusCode(), health.body() + "\n" + hub.output());
            hub.stop();
        }
    }

    @Test
    void aBadConfigurationValueIsReportedNamingTheProperty() throws Exception {
        Path data = tmp.resolve("bad");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.guard.cfg"), "queueCapacity=3\n");
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(60));
            String body = "";
            for (int i = 0; i < 100 && !body.contains("queueCapacity"); i++) {
                body = hub.get("/api/health").body();
                Thread.sleep(100);
            }
            assertTrue(body.contains("DEGRADED") && body.contains("queueCapacity must be >= 16"), body);
            hub.stop();
        }
    }

    @Test
    void everyAcknowledgedFindingSurvivesKillMinus9AndTheStoreOpensWithoutRepair() throws Exception {
        Path data = tmp.resolve("crash");
        Files.createDirectories(data.resolve("config"));
        Files.createDirectories(data.resolve("deploy"));
        // the emitter is a test bundle: accept it unsigned in this hub only
        Files.writeString(data.resolve("config/io.hearthguard.deploy.cfg"), "requireSignature=false\npollMillis=200\n");
        Files.writeString(data.resolve("emit.go"), "");
        Path emitter;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("hearthguard.emitter.dir")))) {
            emitter = s.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path acks = data.resolve("emit.acks");
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(60));
            Files.copy(emitter, data.resolve("deploy/.emitter.part"));
            Files.move(data.resolve("deploy/.emitter.part"), data.resolve("deploy/emitter.jar"), StandardCopyOption.ATOMIC_MOVE);
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (lines(acks) < 300) {
                assertTrue(System.nanoTime() < end, "emitter wrote only " + lines(acks) + " acks:\n" + hub.output());
                Thread.sleep(20);
            }
            hub.kill9();
        }
        Files.delete(data.resolve("emit.go"));
        Set<String> acked = new HashSet<>(Files.readAllLines(acks));
        acked.remove("");
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(60));
            assertEquals(200, hub.get("/api/health").statusCode(), hub.get("/api/health").body());
            hub.stop();
        }
        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hearthguard.db"));
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT id FROM finding WHERE rule = 'itest.emit'")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        System.out.println("kill -9 after " + acked.size() + " acknowledged findings; " + stored.size() + " stored");
        acked.removeAll(stored);
        assertTrue(acked.isEmpty(), "acknowledged but lost after kill -9: " + acked);
    }

    private static long lines(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        }
    }
}
