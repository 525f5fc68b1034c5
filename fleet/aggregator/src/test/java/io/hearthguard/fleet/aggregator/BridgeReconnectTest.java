package io.hearthguard.fleet.aggregator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge against a broker that accepts connections and drops them at once, then comes up
 * for real (a real Mosquitto on the same loopback port): it ends up subscribed, and the
 * connection it keeps is not closed afterwards by the late shutdown of an earlier failed attempt
 * (each attempt has its own Paho client). The dropping listener stands in for a broker crashing
 * right after accepting, which a real one cannot be timed to do. No Kafka is needed: nothing is
 * published, and the producer's bootstrap address (loopback port 1) is never reached.
 */
class BridgeReconnectTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aFlappingBrokerLeavesTheBridgeSubscribedOnOneLastingConnection() throws Exception {
        try (Broker broker = new Broker(dir.resolve("mqtt"), 100)) {
            AtomicInteger dropped = new AtomicInteger();
            ServerSocket flapping = new ServerSocket();
            flapping.setReuseAddress(true);
            flapping.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), broker.port));
            Thread dropper = new Thread(() -> {
                while (!flapping.isClosed()) {
                    try (Socket s = flapping.accept()) {
                        dropped.incrementAndGet(); // closed at once, before any CONNACK
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            }, "flapping-broker");
            dropper.start();
            try (Bridge bridge = new Bridge(broker.uri(), "bridge-flap", Broker.BRIDGE_USER, Broker.BRIDGE_PASSWORD, null, "fleet", "",
                    "127.0.0.1:1").start()) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (dropped.get() < 5 && System.nanoTime() < end) {
                    Thread.sleep(50);
                }
                assertTrue(dropped.get() >= 5, "the bridge kept trying: " + dropped.get() + " attempts dropped");
                flapping.close();
                dropper.join(5_000);
                broker.start();
                assertTrue(bridge.awaitSubscribed(30, TimeUnit.SECONDS), "subscribed once the broker is up");
                long lostAtSubscribe = bridge.connectionsLost();
                Thread.sleep(3_000); // earlier attempts' shutdowns would land in this time
                assertTrue(bridge.connected(), "still connected");
                assertEquals(lostAtSubscribe, bridge.connectionsLost(), "the kept connection was not lost");
            }
        }
    }
}
