package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web server's total connection cap (issue 13, item 10; ConnectionCap in the web bundle). */
class ConnectionCapIT {

    @TempDir
    Path tmp;

    /**
     * With the cap set to 32, 300 connections that send nothing leave the hub process holding
     * at most about 32 more file descriptors, and {@code /api/health} still answers: at the cap
     * idle connections are closed after 500 ms, so a real request gets its turn.
     */
    @Test
    void idleConnectionsBeyondTheCapAreNotAcceptedAndHealthStillAnswers() throws Exception {
        Path data = tmp.resolve("cap");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.web.connections.cfg"), "maxConnections=32\nidleMillisWhenFull=500\n");
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(120));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!hub.output().contains("at most 32 open connections") && !Files.readString(data.resolve("logs/hub0.log")).contains("at most 32 open connections")) {
                assertTrue(System.nanoTime() < end, "the cap was not applied:\n" + hub.output());
                Thread.sleep(100);
            }
            assertEquals(200, hub.get("/api/health").statusCode());
            long pid = hub.process.pid();
            long before = fds(pid);
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), hub.port), 1_000);
                        idle.add(s);
                    } catch (IOException e) {
                        s.close(); // the kernel's backlog is full too: also refused, fine
                    }
                }
                Thread.sleep(300);
                long held = fds(pid) - before;
                System.out.println("300 idle connections opened (" + idle.size() + " connected at TCP level): the hub holds " + held
                        + " more file descriptors");
                assertTrue(held <= 32 + 8, "the hub accepted " + held + " connections beyond its 32 cap");
                long t0 = System.nanoTime();
                var health = hub.get("/api/health", Duration.ofSeconds(30));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("health answered in " + ms + " ms with 300 idle connections waiting");
                assertEquals(200, health.statusCode(), health.body());
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
            hub.stop();
        }
    }

    private static long fds(long pid) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return s.count();
        }
    }
}
