package io.hearthguard.notify.mqtt.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A test subscriber on a persistent session that records every message and parses every JSON payload. */
final class Subscriber implements AutoCloseable {

    record Message(String topic, String payload, boolean retained, long receivedNanos) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
    final List<Message> messages = Collections.synchronizedList(new ArrayList<>());
    final List<String> badPayloads = Collections.synchronizedList(new ArrayList<>());
    private final MqttClient client;

    Subscriber(String uri, String clientId, String... filters) throws MqttException {
        client = new MqttClient(uri, clientId, new MemoryPersistence());
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage m) {
                String p = new String(m.getPayload(), StandardCharsets.UTF_8);
                if (topic.contains("/events/") || topic.endsWith("/state") && !topic.contains("$") || topic.endsWith("/config")) {
                    try {
                        MAPPER.readTree(p);
                    } catch (Exception e) {
                        badPayloads.add(topic + ": " + p);
                    }
                }
                messages.add(new Message(topic, p, m.isRetained(), System.nanoTime()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(500);
        o.setMaxInflight(1_000); // tests publish bursts of commands; Paho's default of 10 refused one once ("Too many publishes in progress")
        o.setConnectionTimeout(5);
        client.connect(o);
        for (String f : filters) {
            client.subscribe(f, 1);
        }
    }

    List<Message> on(String topicPrefix) {
        synchronized (messages) {
            return messages.stream().filter(m -> m.topic().startsWith(topicPrefix)).toList();
        }
    }

    /** @return the payload JSON's "id" of every event message, in arrival order */
    List<String> eventIds(String prefix) {
        List<String> ids = new ArrayList<>();
        for (Message m : on(prefix + "/events/")) {
            try {
                ids.add(MAPPER.readTree(m.payload()).get("id").asText());
            } catch (Exception e) {
                throw new AssertionError("bad event payload: " + m.payload(), e);
            }
        }
        return ids;
    }

    /** @return the latest payload per topic under a prefix */
    Map<String, String> latest(String topicPrefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Message m : on(topicPrefix)) {
            out.put(m.topic(), m.payload());
        }
        return out;
    }

    void publish(String topic, String payload, boolean retained) throws MqttException {
        MqttMessage m = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        m.setRetained(retained);
        client.publish(topic, m);
    }

    static void waitFor(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + millis + " ms waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws MqttException {
        try {
            if (client.isConnected()) {
                client.disconnect(1_000);
            }
        } finally {
            client.close(true);
        }
    }
}
