package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
}
