package io.hearthguard.notify.fleet.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operator's side in the tests: subscribes to {@code #} on a persistent session (QoS 1)
 * and keeps every topic and payload byte it receives, reconnecting when the broker restarts.
 */
final class Recorder implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    record Received(String topic, byte[] payload) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            try {
                return JSON.readValue(payload, Map.class);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON on " + topic + ": " + new String(payload, java.nio.charset.StandardCharsets.UTF_8), e);
            }
        }
    }

    private final MqttClient client;
    private final MqttConnectOptions options;
    private final List<Received> received = new ArrayList<>();
    private volatile boolean closed;
    private final Thread keeper;

    Recorder(FleetBroker broker) throws MqttException {
        client = new MqttClient(broker.uri(), "operator-recorder", new MemoryPersistence());
        options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setUserName(FleetBroker.OPERATOR);
        options.setPassword(FleetBroker.OPERATOR_PASSWORD.toCharArray());
        options.setSocketFactory(Tls.context(broker.ca.toString(), "", "").getSocketFactory());
        options.setMaxInflight(1000);
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                synchronized (received) {
                    received.add(new Received(topic, message.getPayload()));
                    received.notifyAll();
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.connect(options);
        client.subscribe("#", 1);
        keeper = new Thread(() -> {
            while (!closed) {
                try {
                    Thread.sleep(200);
                    if (!client.isConnected() && !closed) {
                        client.connect(options); // the session (and its subscription) is kept by the broker
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (MqttException e) {
                    // broker still down: try again
                }
            }
        }, "recorder");
        keeper.setDaemon(true);
        keeper.start();
    }

    List<Received> all() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    /** Waits until the condition holds over everything received; fails after the timeout. */
    List<Received> await(Predicate<List<Received>> done, long seconds, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (received) {
            while (!done.test(received)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what + "; received " + received.size() + " messages");
                }
                received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return new ArrayList<>(received);
        }
    }

    /** Every topic and payload byte, concatenated. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Received r : all()) {
            out.writeBytes(r.topic().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write('\n');
            out.writeBytes(r.payload());
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Writes every payload as one JSON line, for the schema check. */
    void writeJsonLines(Path file) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (Received r : all()) {
            b.append(new String(r.payload(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }
        java.nio.file.Files.writeString(file, b.toString());
    }

    @Override
    public void close() throws MqttException {
        closed = true;
        keeper.interrupt();
        if (client.isConnected()) {
            client.disconnect(1_000);
        }
        client.close(true);
    }
}
