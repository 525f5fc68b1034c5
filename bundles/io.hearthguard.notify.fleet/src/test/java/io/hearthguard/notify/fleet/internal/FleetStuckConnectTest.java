package io.hearthguard.notify.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.notify.DeliveryException;

/**
 * Paho 1.2.5's connect thread hangs forever when the broker drops a connection at once (Paho
 * issue #850; docs/reliability.md). A loopback server that accepts and closes every
 * connection stands in for a broker that crashes right after accepting (a real one cannot be
 * timed to that); the fleet channel must leave no connect thread behind. The MQTT channel's
 * StuckConnectThreadsTest shows that Paho as it comes does leave them.
 */
class FleetStuckConnectTest {

    @Test
    void theFleetChannelLeavesNoConnectThreadBehindWhenTheBrokerDropsEveryConnectionAtOnce() throws Exception {
        AtomicInteger dropped = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        dropped.incrementAndGet();
                    } catch (java.io.IOException e) {
                        // closed
                    }
                }
            }, "dropping-server");
            acceptor.setDaemon(true);
            acceptor.start();
            FleetSettings settings = new FleetSettings("tcp://127.0.0.1:" + server.getLocalPort(), "hub-dropped", "", "", "", "", "",
                    FleetChannelTest.SALT, "fleet", 60, 3600, 5, 2000);
            try (FleetChannel c = new FleetChannel(settings, () -> null, () -> null, "t", Clock.systemUTC())) {
                for (int i = 0; i < 50 && dropped.get() < 10; i++) {
                    assertThrows(DeliveryException.class, c::ensureConnected);
                }
            }
            assertTrue(dropped.get() >= 10, dropped + " connections dropped");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals("MQTT Con: hub-dropped")).count();
            Thread.sleep(100);
        } while (left > 0 && System.nanoTime() < deadline);
        assertEquals(0, left, "connect threads left behind");
    }
}
