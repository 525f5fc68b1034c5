package io.hearthguard.notify.fleet.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.notify.mqtt.internal.paho.ConnectSafeSockets;
import io.hearthguard.notify.mqtt.internal.paho.PahoClients;

/**
 * Sends fleet messages to the operator's broker: findings from the durable outbox (QoS 1,
 * confirmed by PUBACK, on a persistent session), and from its own thread a health message
 * every {@code heartbeatSeconds} and a device summary every {@code summaryIntervalSeconds}.
 * The summaries are derived state and not queued: one missed while the broker is away is
 * replaced by the next. Plain class; thread-safe.
 */
public final class FleetChannel implements NotificationChannel, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FleetChannel.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FleetSettings s;
    private final FleetMessages messages;
    private final Supplier<DeviceInventory> inventory;
    private final Supplier<FindingService> findings;
    private final String version;
    private final Clock clock;
    private final Instant started;
    private final MqttCallback callback;
    /** The client of the current or last connection attempt; replaced (under connectLock) before each new attempt. */
    private volatile MqttClient client;
    /** Whether {@link #client} has not been used for a connection attempt yet (guarded by connectLock). */
    private boolean clientUnused = true;
    private final Object connectLock = new Object();
    private final AtomicLong sequence = new AtomicLong();
    private volatile Runnable onConnected = () -> { };
    private volatile boolean closed;
    private Thread keeper;

    public FleetChannel(FleetSettings settings, Supplier<DeviceInventory> inventory, Supplier<FindingService> findings, String version,
            Clock clock) {
        this.s = settings;
        this.messages = new FleetMessages(settings.hubId(), settings.salt());
        this.inventory = inventory;
        this.findings = findings;
        this.version = version;
        this.clock = clock;
        this.started = clock.instant();
        callback = new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                LOG.warning(() -> "fleet broker " + s.brokerUri() + " lost: " + cause.getClass().getSimpleName());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                // the fleet channel subscribes to nothing
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        };
        client = newClient();
    }

    /** A new Paho client: each connection attempt gets its own (PahoClients of the MQTT channel explains why). */
    private MqttClient newClient() {
        try {
            return PahoClients.create(s.brokerUri(), s.hubId(), s.publishTimeoutMillis(), callback);
        } catch (MqttException e) {
            throw new IllegalArgumentException("brokerUri/hubId rejected by the MQTT client: " + e.getMessage(), e);
        }
    }

    /** Called after each (re)connection, e.g. to let the outbox send its backlog at once. */
    public void onConnected(Runnable r) {
        onConnected = r == null ? () -> { } : r;
    }

    /** Starts the thread that keeps the connection and sends health and device summaries. */
    public void start() {
        keeper = new Thread(this::keep, "hearthguard-fleet-" + s.hubId());
        keeper.setDaemon(true);
        keeper.start();
    }

    private void keep() {
        long nextHealth = 0;
        long nextSummary = 0;
        while (!closed) {
            long now = System.nanoTime();
            try {
                ensureConnected();
                if (now - nextHealth >= 0) {
                    publish(s.topic("health"), health());
                    nextHealth = now + s.heartbeatSeconds() * 1_000_000_000L;
                }
                if (now - nextSummary >= 0) {
                    Map<String, Object> d = devices();
                    if (d != null) {
                        publish(s.topic("devices"), d);
                    }
                    nextSummary = now + s.summaryIntervalSeconds() * 1_000_000_000L;
                }
            } catch (DeliveryException | MqttException | RuntimeException e) {
                LOG.log(Level.FINE, "fleet summary not sent", e);
            }
            try {
                Thread.sleep(Math.min(1_000, s.heartbeatSeconds() * 1_000L));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String nextId(String prefix) {
        return prefix + "-" + clock.millis() + "-" + sequence.incrementAndGet();
    }

    Map<String, Object> health() {
        Map<String, Integer> open = null;
        FindingService fs = findings.get();
        if (fs != null) {
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            List<StoredFinding> l = fs.query(FindingFilter.all().withStates(Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED)));
            for (StoredFinding f : l) {
                bySeverity.merge(f.finding().severity(), 1, Integer::sum);
            }
            open = new LinkedHashMap<>();
            for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
                open.put(e.getKey().id(), e.getValue());
            }
        }
        DeviceInventory inv = inventory.get();
        Integer devices = inv == null ? null : inv.devices().size();
        return messages.health(nextId("h"), clock.instant(), version, clock.instant().getEpochSecond() - started.getEpochSecond(),
                devices, open, s.heartbeatSeconds());
    }

    /** @return the device summary, or null without an inventory */
    Map<String, Object> devices() {
        DeviceInventory inv = inventory.get();
        if (inv == null) {
            return null;
        }
        List<Device> all = inv.devices();
        return messages.devices(nextId("s"), clock.instant(), all);
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(s.connectTimeoutSeconds());
        o.setKeepAliveInterval(30);
        o.setMaxInflight(100);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (!s.username().isEmpty()) {
            o.setUserName(s.username());
            o.setPassword(s.password().toCharArray());
        }
        // the socket factories keep Paho 1.2.5's connect thread from hanging forever when the
        // broker drops a connection at once (Paho issue #850; ConnectSafeSockets of the MQTT channel)
        if (s.brokerUri().startsWith("ssl:")) {
            o.setHttpsHostnameVerificationEnabled(true);
            o.setSocketFactory(ConnectSafeSockets.tls(!s.caFile().isEmpty() || !s.clientCertFile().isEmpty()
                    ? Tls.context(s.caFile(), s.clientCertFile(), s.clientKeyFile()).getSocketFactory()
                    : (SSLSocketFactory) SSLSocketFactory.getDefault()));
        } else {
            o.setSocketFactory(ConnectSafeSockets.plain());
        }
        return o;
    }

    void ensureConnected() throws DeliveryException {
        boolean made;
        synchronized (connectLock) {
            if (closed) {
                throw new DeliveryException("fleet channel is closed", null);
            }
            if (client.isConnected()) {
                return;
            }
            if (!clientUnused) {
                MqttClient previous = client;
                client = newClient();
                PahoClients.discard(previous);
            }
            clientUnused = false;
            try {
                client.connect(options());
            } catch (MqttException | IllegalArgumentException e) {
                // Paho's messages name the reason code, never the password
                throw new DeliveryException("cannot connect to fleet broker " + s.brokerUri() + " as " + s.hubId() + ": " + e.getMessage(), e);
            }
            made = true;
            LOG.info(() -> "fleet channel connected to " + s.brokerUri() + " as " + s.hubId());
        }
        if (made) {
            try {
                onConnected.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "fleet channel: after connecting: " + e.getMessage(), e);
            }
        }
    }

    private void publish(String topic, Map<String, Object> message) throws MqttException {
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fleet message not serialisable", e);
        }
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        m.setRetained(false);
        client.publish(topic, m); // returns after the PUBACK, or fails after publishTimeoutMillis
    }

    /**
     * Sends a finding message and returns after the broker's PUBACK. Digests and device
     * notifications are confirmed without sending anything: they are made of names and titles.
     */
    @Override
    public void deliver(Notification n) throws DeliveryException {
        Optional<Map<String, Object>> m = messages.finding(n, inventory.get());
        if (m.isEmpty()) {
            return;
        }
        ensureConnected();
        try {
            publish(s.topic("finding"), m.get());
        } catch (MqttException e) {
            throw new DeliveryException("fleet publish of " + n.id() + " not confirmed: reason " + e.getReasonCode(), e);
        } catch (RuntimeException e) {
            throw new DeliveryException("fleet delivery of " + n.id() + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (keeper != null) {
            keeper.interrupt();
        }
        synchronized (connectLock) {
            try (MqttClient c = client) {
                if (c.isConnected()) {
                    c.disconnect(2_000); // a clean DISCONNECT; the session and its queue stay at the broker
                }
            } catch (MqttException e) {
                LOG.log(Level.FINE, "fleet channel close", e);
            }
        }
    }

    @Override
    public String toString() {
        return "FleetChannel[" + s + "]";
    }

}
