package io.hearthguard.fleet.aggregator;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSocketFactory;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

import io.hearthguard.notify.mqtt.internal.paho.ConnectSafeSockets;
import io.hearthguard.notify.mqtt.internal.paho.PahoClients;

/**
 * MQTT to Kafka: subscribes to {@code <prefix>/+/+} on a persistent session (QoS 1, manual
 * acknowledgement) and produces each message to the Kafka topic of its type
 * ({@code fleet.finding}, {@code fleet.devices}, {@code fleet.health}) keyed by the hub id taken
 * from the MQTT topic (which the broker's ACL ties to the hub's credentials). The MQTT message is
 * acknowledged only after Kafka confirmed the record (idempotent producer, {@code acks=all}):
 * a bridge or Kafka failure makes the broker redeliver, never lose. Several bridges may share
 * the load with an MQTT shared subscription ({@code $share/<group>/...}).
 *
 * <p>Each connection attempt gets a new Paho client (as the hub's MQTT channels do,
 * {@link PahoClients}): Paho 1.2.5 may still be shutting a failed connection down when the next
 * one starts, and on the same client that late shutdown closed the new connection's socket. A
 * message is acknowledged on the client that received it; one received by a client that is gone
 * is not acknowledged, and the broker redelivers it on the session's next connection.
 */
public final class Bridge implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Bridge.class.getName());
    public static final String[] TYPES = {"finding", "devices", "health"};

    /** Kafka topic for a message type. */
    public static String kafkaTopic(String type) {
        return "fleet." + type;
    }

    private final String mqttUri;
    private final String clientId;
    /** The connected client; null while there is none. Written by the keeper thread only. */
    private volatile MqttClient mqtt;
    private final MqttConnectOptions options;
    private final KafkaProducer<String, byte[]> producer;
    private final String subscription;
    private final Pattern topic;
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong connectionsLost = new AtomicLong();
    private volatile boolean closed;
    private final Thread keeper;
    private final java.util.concurrent.CountDownLatch subscribed = new java.util.concurrent.CountDownLatch(1);

    /**
     * @param shareGroup empty for a plain subscription, else the shared-subscription group
     */
    public Bridge(String mqttUri, String clientId, String username, String password, SSLSocketFactory tls, String prefix,
            String shareGroup, String kafkaBootstrap) throws MqttException {
        if (!prefix.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+){0,3}")) {
            throw new IllegalArgumentException("MQTT topic prefix must be 1 to 4 levels of [A-Za-z0-9_-]");
        }
        this.topic = Pattern.compile(Pattern.quote(prefix) + "/([A-Za-z0-9_-]{1,64})/(finding|devices|health)");
        this.subscription = (shareGroup.isEmpty() ? "" : "$share/" + shareGroup + "/") + prefix + "/+/+";
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "fleet-bridge-" + clientId);
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.mqttUri = mqttUri;
        this.clientId = clientId;
        options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(false);
        options.setMaxInflight(1000);
        options.setKeepAliveInterval(30);
        if (!username.isEmpty()) {
            options.setUserName(username);
            options.setPassword(password.toCharArray());
        }
        // the socket factories keep Paho 1.2.5's connect thread from hanging forever when the
        // broker drops a connection at once (Paho issue #850; ConnectSafeSockets of the hub's MQTT channel)
        if (tls != null || mqttUri.startsWith("ssl:")) {
            options.setSocketFactory(ConnectSafeSockets.tls(tls != null ? tls : (SSLSocketFactory) SSLSocketFactory.getDefault()));
        } else if (mqttUri.startsWith("tcp:")) {
            options.setSocketFactory(ConnectSafeSockets.plain());
        }
        keeper = new Thread(this::keep, "fleet-bridge-" + clientId);
        keeper.setDaemon(true);
    }

    /** Connects (and keeps reconnecting every 500 ms while the broker is away). */
    public Bridge start() {
        keeper.start();
        return this;
    }

    /**
     * Waits until the bridge's subscription exists on the broker. Until the first subscription of
     * its persistent session the broker keeps nothing for the bridge, so hubs' messages published
     * before then are not delivered (after it, the session queues them while the bridge is away).
     *
     * @return true once subscribed, false if the time ran out
     */
    public boolean awaitSubscribed(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return subscribed.await(timeout, unit);
    }

    /** A new, unconnected client whose callback forwards and acknowledges on that client. */
    private MqttClient newClient() throws MqttException {
        MqttClient[] self = new MqttClient[1];
        self[0] = PahoClients.create(mqttUri, clientId, 30_000, new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                connectionsLost.incrementAndGet();
                LOG.warning(() -> "bridge: MQTT connection lost: " + cause.getClass().getSimpleName());
            }

            @Override
            public void messageArrived(String t, MqttMessage message) {
                forward(self[0], t, message);
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        self[0].setManualAcks(true);
        return self[0];
    }

    private void keep() {
        while (!closed) {
            MqttClient current = mqtt;
            if (current == null || !current.isConnected()) {
                if (current != null) {
                    mqtt = null;
                    PahoClients.discard(current);
                }
                MqttClient next = null;
                try {
                    next = newClient();
                    next.connect(options);
                    next.subscribe(subscription, 1);
                    mqtt = next;
                    if (closed) { // close() ran while connecting: it did not see this client
                        mqtt = null;
                        PahoClients.discard(next);
                        return;
                    }
                    subscribed.countDown();
                    LOG.info("bridge: subscribed to " + subscription);
                } catch (MqttException e) {
                    LOG.log(Level.FINE, "bridge: MQTT broker not reachable", e);
                    if (next != null) {
                        PahoClients.discard(next);
                    }
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void forward(MqttClient client, String t, MqttMessage message) {
        Matcher m = topic.matcher(t);
        int id = message.getId();
        int qos = message.getQos();
        if (!m.matches() || message.getPayload().length > FleetView.MAX_MESSAGE_BYTES) {
            dropped.incrementAndGet();
            ack(client, id, qos);
            return;
        }
        producer.send(new ProducerRecord<>(kafkaTopic(m.group(2)), m.group(1), message.getPayload()), (meta, error) -> {
            if (error == null) {
                forwarded.incrementAndGet();
                ack(client, id, qos);
            } else {
                // not acknowledged: the broker redelivers the message on the next connection
                LOG.warning(() -> "bridge: Kafka did not take a message: " + error);
                try {
                    client.disconnectForcibly(0, 1_000);
                } catch (MqttException e) {
                    LOG.log(Level.FINE, "bridge: disconnect", e);
                }
            }
        });
    }

    private void ack(MqttClient client, int id, int qos) {
        try {
            client.messageArrivedComplete(id, qos);
        } catch (MqttException e) {
            LOG.log(Level.FINE, "bridge: ack of " + id + " not sent (redelivered later)", e);
        }
    }

    public long forwarded() {
        return forwarded.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** @return how often an established MQTT connection was lost */
    public long connectionsLost() {
        return connectionsLost.get();
    }

    /** @return true while the bridge has a connected MQTT client */
    public boolean connected() {
        MqttClient c = mqtt;
        return c != null && c.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        keeper.interrupt();
        MqttClient c = mqtt;
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect(2_000);
                }
            } catch (MqttException e) {
                LOG.log(Level.FINE, "bridge: close", e);
            }
            PahoClients.discard(c);
        }
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
