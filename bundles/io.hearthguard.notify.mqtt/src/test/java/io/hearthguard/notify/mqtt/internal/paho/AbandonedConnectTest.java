package io.hearthguard.notify.mqtt.internal.paho;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Paho 1.2.5 can leave a connect unfinished for good when the broker drops the connection just
 * after accepting it: the connection is shut down, its threads end, and the connect token is
 * never completed (a case of eclipse-paho/paho.mqtt.java issue #1013, open), so a blocking
 * connect waits its whole time-to-wait. Measured here with Paho's own connect, options as the
 * fleet bridge sets them (MQTT version left to Paho, which retries with 3.1): about one connect
 * in 60–200. A loopback server that accepts every connection and closes it at once stands in
 * for a broker crashing right after accepting (a real one cannot be timed to do that). Because
 * the race is rare, many connects run, from several clients at once.
 */
class AbandonedConnectTest {
    static final int THREADS = 8;
    static final int CONNECTS_PER_THREAD = Integer.getInteger("paho.abandonedConnects", 40);
    static final long TIME_TO_WAIT_MILLIS = 60_000;

    /** Accepts on 127.0.0.1 and closes every connection at once. */
    static final class DroppingServer implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger accepted = new AtomicInteger();
        private final Thread acceptor;

        DroppingServer() throws IOException {
            server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        accepted.incrementAndGet();
                    } catch (IOException e) {
                        // closed
                    }
                }
            }, "dropping-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String uri() {
            return "tcp://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            server.close();
            acceptor.join(5_000);
        }
    }

    private static final MqttCallback NONE = new MqttCallback() {
        @Override
        public void connectionLost(Throwable cause) {
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    };

    /** The fleet bridge's options: persistent session, credentials, version left to Paho. */
    private static MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setConnectionTimeout(60);
        o.setCleanSession(false);
        o.setKeepAliveInterval(30);
        o.setUserName("bridge");
        o.setPassword("not-a-secret".toCharArray());
        o.setSocketFactory(ConnectSafeSockets.plain()); // one factory per client: it tracks one attempt at a time
        return o;
    }

    interface Connects {
        MqttClient client(String uri, String id) throws MqttException;
    }

    /** Failed connects by how they failed: [0] Paho's own failures, [1] abandoned attempts given up, [2] timeouts, [3] slower than the bound. */
    private static long[] connectAll(Connects factory, long boundMillis) throws Exception {
        long[] counts = new long[4];
        try (DroppingServer server = new DroppingServer()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<long[]>> runs = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String id = "dropped-" + t;
                    runs.add(pool.submit(() -> {
                        long[] c = new long[4];
                        MqttConnectOptions o = options();
                        for (int i = 0; i < CONNECTS_PER_THREAD; i++) {
                            MqttClient client = factory.client(server.uri(), id);
                            long t0 = System.nanoTime();
                            try {
                                client.connect(o);
                                throw new AssertionError("connected to a server that drops every connection");
                            } catch (MqttException e) {
                                if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
                                    c[2]++;
                                } else if (e.getReasonCode() == MqttException.REASON_CODE_CONNECTION_LOST && e.getCause() == null) {
                                    c[1]++; // PahoClients gave up: Paho's own failures carry the socket's exception
                                } else {
                                    c[0]++;
                                }
                            }
                            if (System.nanoTime() - t0 > TimeUnit.MILLISECONDS.toNanos(boundMillis)) {
                                c[3]++;
                            }
                            PahoClients.discard(client);
                        }
                        return c;
                    }));
                }
                for (Future<long[]> f : runs) {
                    long[] c = f.get();
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] += c[i];
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(server.accepted.get() >= THREADS * CONNECTS_PER_THREAD, "every connect reached the server");
        }
        return counts;
    }

    @Test
    @Timeout(900)
    void everyConnectToABrokerThatDropsItEndsWithinSecondsNotAfterTheTimeToWait() throws Exception {
        long bound = PahoClients.ABANDONED_MILLIS + 5_000;
        long[] c = connectAll((uri, id) -> PahoClients.create(uri, id, TIME_TO_WAIT_MILLIS, NONE), bound);
        System.out.printf("%d connects to a broker that drops them: %d failed in Paho, %d abandoned by Paho and given up, "
                + "%d timed out, %d slower than %d ms%n", THREADS * CONNECTS_PER_THREAD, c[0], c[1], c[2], c[3], bound);
        assertEquals(0, c[2], "connects that waited their whole time-to-wait");
        assertEquals(0, c[3], "connects slower than the bound");
        assertEquals(THREADS * CONNECTS_PER_THREAD, c[0] + c[1]);
    }

    /**
     * Control, run when named ({@code -Dpaho.abandonedControl=true}): Paho's own blocking connect
     * (time-to-wait 10 s), one client per attempt as above. Fails when no connect hung, which is
     * either luck or a Paho release that fixed the case; then the workaround can go.
     */
    @Test
    @Timeout(3_600)
    void pahosOwnConnectSometimesWaitsItsWholeTimeToWait() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("paho.abandonedControl"), "control, run when named");
        long[] c = connectAll((uri, id) -> {
            MqttClient client = new MqttClient(uri, id, new MemoryPersistence());
            client.setTimeToWait(10_000);
            return client;
        }, 15_000);
        System.out.printf("Paho's own connect: %d of %d connects waited the whole time-to-wait%n", c[2], THREADS * CONNECTS_PER_THREAD);
        assertTrue(c[2] > 0, "no connect hung");
    }
}
