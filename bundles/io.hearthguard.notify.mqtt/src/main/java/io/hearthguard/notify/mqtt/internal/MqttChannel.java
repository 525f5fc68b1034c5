package io.hearthguard.notify.mqtt.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.notify.mqtt.internal.paho.ConnectSafeSockets;
import io.hearthguard.notify.mqtt.internal.paho.PahoClients;
import io.hearthguard.notify.support.Trust;

/**
 * Delivers notifications to an MQTT broker with QoS 1 (confirmed by PUBACK) on a persistent
 * session, keeps a retained state topic per device, announces devices to Home Assistant
 * and as Homie 4 and Homie 5 devices, and accepts commands when enabled. The durable outbox does the
 * retrying: this class only reports failures. Plain class; thread-safe.
 */
public final class MqttChannel implements NotificationChannel, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MqttChannel.class.getName());
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Most devices remembered for re-announcing after a reconnect. */
    static final int MAX_DEVICES = 10_000;
    static final String ONLINE = "online";
    static final String OFFLINE = "offline";

    private final MqttSettings s;
    private final DeviceState.Source states;
    private final CommandHandler commands;
    private final MqttCallback callback;
    /** The client of the current or last connection attempt; replaced (under connectLock) before each new attempt. */
    private volatile MqttClient client;
    /** Whether {@link #client} has not been used for a connection attempt yet (guarded by connectLock). */
    private boolean clientUnused = true;
    private final Map<String, DeviceState> devices = new ConcurrentHashMap<>();
    private final Map<String, Boolean> announced = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor commandExecutor;
    private final Object connectLock = new Object();
    private volatile boolean closed;
    /** A notification went out since the household state was last published (the keeper publishes it, at most every 2 s). */
    private volatile boolean householdDirty = true;
    private final Supplier<io.hearthguard.api.finding.FindingService> findings;
    /** The home security score, or a supplier of null while no score service is registered. */
    private volatile Supplier<io.hearthguard.api.score.HomeScoreService> scores = () -> null;
    private Thread keeper;

    /**
     * @param settings  validated settings
     * @param inventory the device inventory, or a supplier of null while there is none
     * @param admin     findings management (device summaries, commands), or a supplier of null
     */
    private volatile Runnable onConnected = () -> { };

    public MqttChannel(MqttSettings settings, Supplier<io.hearthguard.api.device.DeviceInventory> inventory,
            Supplier<FindingAdmin> admin) {
        this(settings, inventory, admin, () -> null);
    }

    /**
     * @param findings the finding service, for the Home Assistant buttons (which act on a
     *                 device's newest finding), or a supplier of null
     */
    public MqttChannel(MqttSettings settings, Supplier<io.hearthguard.api.device.DeviceInventory> inventory,
            Supplier<FindingAdmin> admin, Supplier<io.hearthguard.api.finding.FindingService> findings) {
        this.s = settings;
        this.findings = findings;
        this.states = new DeviceState.Source(admin, inventory);
        this.commands = new CommandHandler(settings, admin, findings);
        commandExecutor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100),
                r -> new Thread(r, "hearthguard-mqtt-commands-" + settings.clientId()),
                (r, ex) -> LOG.warning("MQTT command dropped: more than 100 commands waiting"));
        callback = new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                LOG.warning(() -> "MQTT connection to " + s.brokerUri() + " lost: " + cause);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                // never block Paho's thread: answering needs a publish
                // an empty payload is how a client clears a retained message: nothing to answer
                if (topic.equals(commandTopic()) && message.getPayload().length > 0) {
                    byte[] payload = message.getPayload();
                    boolean retained = message.isRetained();
                    commandExecutor.execute(() -> command(payload, retained));
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        };
        this.client = newClient();
    }

    /** A new Paho client: each connection attempt gets its own (PahoClients explains why). */
    private MqttClient newClient() {
        try {
            return PahoClients.create(s.brokerUri(), s.clientId(), s.publishTimeoutMillis(), callback);
        } catch (MqttException e) {
            throw new IllegalArgumentException("brokerUri/clientId rejected by the MQTT client: " + e.getMessage(), e);
        }
    }

    /** Starts the thread that (re)connects in the background so commands and availability work while idle. */
    public void start() {
        keeper = new Thread(() -> {
            while (!closed) {
                try {
                    ensureConnected();
                    publishHousehold();
                } catch (DeliveryException e) {
                    // logged by ensureConnected; the next delivery or round tries again
                } catch (MqttException | RuntimeException e) {
                    LOG.log(Level.FINE, "household state not published", e);
                }
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hearthguard-mqtt-" + s.clientId());
        keeper.setDaemon(true);
        keeper.start();
    }

    String topic(String suffix) {
        return s.topicPrefix() + "/" + suffix;
    }

    String commandTopic() {
        return topic("command");
    }

    /** Retained: the whole home's counts (Home Assistant's household entities on the hub device). */
    String householdTopic() {
        return topic("household/state");
    }

    /** Where the household state takes the home security score from; marks the state for republishing. */
    /** Where {@code undo} commands go (the gateway's response service, when there is one). */
    public void responses(Supplier<io.hearthguard.api.response.ResponseService> s) {
        commands.responses(s);
    }

    public void scores(Supplier<io.hearthguard.api.score.HomeScoreService> s) {
        scores = s == null ? () -> null : s;
        householdDirty = true;
    }

    /** Publishes the household state when something changed since the last time (called by the keeper thread). */
    void publishHousehold() throws MqttException {
        io.hearthguard.api.finding.FindingService fs = findings.get();
        if (!householdDirty || fs == null || !client.isConnected()) {
            return;
        }
        householdDirty = false;
        try {
            publishState(householdTopic(), json(Household.of(fs, scores.get())));
        } catch (MqttException | RuntimeException e) {
            householdDirty = true;
            throw e;
        }
    }

    String stateTopic(String deviceId) {
        return topic("device/" + deviceId + "/state");
    }

    /** Non-retained: one message per new finding of the device (Home Assistant's event entity). */
    String eventTopic(String deviceId) {
        return topic("device/" + deviceId + "/event");
    }

    private MqttConnectOptions options() throws DeliveryException {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(s.connectTimeoutSeconds());
        o.setKeepAliveInterval(30);
        o.setMaxInflight(100);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setWill(topic("status"), OFFLINE.getBytes(StandardCharsets.UTF_8), 1, true);
        if (!s.username().isEmpty()) {
            o.setUserName(s.username());
            o.setPassword(s.password().toCharArray());
        }
        // the socket factories keep Paho 1.2.5's connect thread from hanging forever when the
        // broker drops a connection at once (Paho issue #850; ConnectSafeSockets)
        if (s.brokerUri().startsWith("ssl:")) {
            o.setHttpsHostnameVerificationEnabled(true);
            try {
                o.setSocketFactory(ConnectSafeSockets.tls(s.caFile().isEmpty() ? (SSLSocketFactory) SSLSocketFactory.getDefault()
                        : Trust.trusting(Path.of(s.caFile())).getSocketFactory()));
            } catch (IllegalArgumentException e) {
                throw new DeliveryException(e.getMessage(), e);
            }
        } else {
            o.setSocketFactory(ConnectSafeSockets.plain());
        }
        return o;
    }

    /**
     * Called after every (re)connection once availability and device state are announced,
     * on the thread that connected; e.g. to tell the outbox the backlog can go now.
     */
    public void onConnected(Runnable r) {
        this.onConnected = r == null ? () -> { } : r;
    }

    /** Connects when not connected; announces availability and (re)subscribes. */
    void ensureConnected() throws DeliveryException {
        if (client.isConnected()) {
            return;
        }
        if (!connectLocked()) {
            return; // another thread connected meanwhile
        }
        try {
            onConnected.run();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "MQTT channel: after connecting: " + e.getMessage(), e);
        }
    }

    /** @return true when this call made the connection */
    private boolean connectLocked() throws DeliveryException {
        synchronized (connectLock) {
            if (client.isConnected() || closed) {
                if (closed) {
                    throw new DeliveryException("MQTT channel is closed", null);
                }
                return false;
            }
            if (!clientUnused) {
                MqttClient previous = client;
                client = newClient();
                PahoClients.discard(previous);
            }
            clientUnused = false;
            try {
                client.connect(options());
            } catch (MqttException e) {
                String why = "cannot connect to MQTT broker " + s.brokerUri() + " as " + s.clientId() + ": " + reason(e);
                LOG.fine(why);
                throw new DeliveryException(why, e);
            }
            LOG.info(() -> "connected to MQTT broker " + s.brokerUri() + " as " + s.clientId());
            announced.clear();
            householdDirty = true; // retained state is republished after every connection
            try {
                publish(topic("status"), ONLINE, true);
                if (s.homeAssistant()) {
                    for (Map.Entry<String, String> e : homeAssistantHub().entrySet()) {
                        publish(e.getKey(), e.getValue(), true);
                    }
                }
                if (s.commandsEnabled()) {
                    client.subscribe(commandTopic(), 1);
                }
                for (DeviceState d : devices.values()) {
                    announce(d);
                    publishState(d);
                }
            } catch (MqttException e) {
                throw new DeliveryException("connected to " + s.brokerUri() + " but announcing failed: " + reason(e), e);
            }
            return true;
        }
    }

    static String reason(MqttException e) {
        String m = e.getMessage();
        return (m == null ? "reason " + e.getReasonCode() : m) + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
    }

    void publish(String topic, String payload, boolean retained) throws MqttException {
        client.publish(topic, message(payload, retained)); // blocks until PUBACK or the publish timeout
    }

    private static MqttMessage message(String payload, boolean retained) {
        MqttMessage m = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        m.setRetained(retained);
        return m;
    }

    /**
     * Publishes retained state without waiting for PUBACK: it is derived data, republished in
     * full on every reconnect (each connection has a new Paho client, so Paho itself resends
     * nothing of an earlier one). Falls back to waiting when too many are in flight.
     */
    void publishState(String topic, String payload) throws MqttException {
        try {
            client.getTopic(topic).publish(message(payload, true));
        } catch (MqttException e) {
            if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                throw e;
            }
            publish(topic, payload, true);
        }
    }

    @Override
    public void deliver(Notification n) throws DeliveryException {
        ensureConnected();
        householdDirty = true;
        try {
            publish(topic("events/" + n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')), n.json(), false);
            String deviceId = n.deviceId().orElse(null);
            if (deviceId != null && deviceId.matches("[a-z0-9-]{1,100}")) {
                DeviceState d = states.of(deviceId, n, devices.get(deviceId));
                if (devices.size() < MAX_DEVICES || devices.containsKey(deviceId)) {
                    devices.put(deviceId, d);
                }
                announce(d);
                publishState(d);
                if (n.kind() == Notification.Kind.FINDING && n.finding().isPresent()) {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("event_type", n.finding().get().finding().severity().id());
                    event.putAll(DeviceState.latest(n.finding().get()));
                    publish(eventTopic(deviceId), json(event), false);
                }
            }
        } catch (MqttException e) {
            throw new DeliveryException("MQTT publish of " + n.id() + " not confirmed: " + reason(e), e);
        } catch (RuntimeException e) {
            throw new DeliveryException("MQTT delivery of " + n.id() + " failed: " + e, e);
        }
    }

    private void publishState(DeviceState d) throws MqttException {
        publishState(stateTopic(d.id()), json(d.toMap()));
        if (s.homie()) {
            String base = homieBase(d.id()) + "/security/";
            publishState(base + "open-findings", Integer.toString(d.openFindings()));
            publishState(base + "eavesdropping", Boolean.toString(d.eavesdropSuspected()));
            if (d.online() != null) { // unknown stays unpublished rather than "false"
                publishState(base + "online", Boolean.toString(d.online()));
            }
            String base5 = homie5Base(d.id()) + "/security/";
            publishState(base5 + "open-findings", Integer.toString(d.openFindings()));
            publishState(base5 + "eavesdropping", Boolean.toString(d.eavesdropSuspected()));
            if (d.online() != null) {
                publishState(base5 + "online", Boolean.toString(d.online()));
            }
        }
    }

    /** Homie 5's device topic: {@code <homiePrefix>/5/hearthguard-<id>}. */
    String homie5Base(String deviceId) {
        return s.homiePrefix() + "/5/hearthguard-" + deviceId;
    }

    String homieBase(String deviceId) {
        return s.homiePrefix() + "/hearthguard-" + deviceId;
    }

    /** Publishes the retained discovery documents of a device once per connection. */
    private void announce(DeviceState d) throws MqttException {
        if (announced.putIfAbsent(d.id(), Boolean.TRUE) != null) {
            return;
        }
        try {
            if (s.homeAssistant()) {
                for (Map.Entry<String, String> e : homeAssistantConfigs(d).entrySet()) {
                    publish(e.getKey(), e.getValue(), true);
                }
            }
            if (s.homie()) {
                for (String[] kv : homieAttributes(d)) {
                    publish(kv[0], kv[1], true);
                }
                for (String[] kv : homie5Attributes(d)) {
                    publish(kv[0], kv[1], true);
                }
            }
        } catch (MqttException | RuntimeException e) {
            announced.remove(d.id());
            throw e;
        }
    }

    /** Home Assistant's node id of a device. */
    static String haNode(String deviceId) {
        return "hearthguard_" + deviceId.replace('-', '_');
    }

    String haHubNode() {
        return "hearthguard_hub_" + s.clientId().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** Who publishes the discovery (Home Assistant's {@code origin}). */
    private static Map<String, Object> haOrigin() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", "Hearthguard");
        String v = MqttChannel.class.getPackage() == null ? null : MqttChannel.class.getPackage().getImplementationVersion();
        if (v != null) {
            o.put("sw_version", v);
        }
        return o;
    }

    /**
     * @return topic → retained payload of the Home Assistant discovery of the hub itself, so
     *         that every device's {@code via_device} names a device Home Assistant knows; announced first
     */
    Map<String, String> homeAssistantHub() {
        String node = haHubNode();
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("identifiers", List.of(node));
        device.put("name", "Hearthguard");
        device.put("manufacturer", "Hearthguard");
        device.put("model", "Home network security hub");
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("platform", "binary_sensor");
        status.put("name", "Hub running");
        status.put("unique_id", node + "_running");
        status.put("default_entity_id", "binary_sensor." + node + "_running");
        status.put("device_class", "running");
        status.put("state_topic", topic("status"));
        status.put("payload_on", ONLINE);
        status.put("payload_off", OFFLINE);
        status.put("qos", 1);
        Map<String, Map<String, Object>> cmps = new LinkedHashMap<>();
        cmps.put("running", status);
        cmps.put("open_findings", household(node, "sensor", "open_findings", "Open findings in the home", "{{ value_json.openFindings }}",
                "mdi:shield-alert"));
        cmps.put("urgent_findings", household(node, "sensor", "urgent_findings", "Open high or critical findings",
                "{{ value_json.urgentFindings }}", "mdi:alert"));
        cmps.put("skill_findings", household(node, "sensor", "skill_findings", "Open voice-skill findings",
                "{{ value_json.skillFindings }}", "mdi:account-voice"));
        Map<String, Object> score = household(node, "sensor", "security_score", "Home security score", "{{ value_json.score }}",
                "mdi:shield-check");
        score.put("unit_of_measurement", "points");
        cmps.put("security_score", score);
        Map<String, Object> eaves = household(node, "binary_sensor", "eavesdrop", "Eavesdropping suspected in the home",
                "{{ 'ON' if value_json.eavesdropSuspected else 'OFF' }}", null);
        eaves.put("device_class", "problem");
        cmps.put("eavesdrop", eaves);
        Map<String, String> out = new LinkedHashMap<>();
        if (s.homeAssistantDeviceDiscovery()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("device", device);
            m.put("origin", haOrigin());
            m.put("components", cmps);
            out.put(s.homeAssistantPrefix() + "/device/" + node + "/config", json(m));
        } else {
            for (Map.Entry<String, Map<String, Object>> e : cmps.entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>(e.getValue());
                String platform = (String) m.remove("platform");
                m.put("device", device);
                m.put("origin", haOrigin());
                out.put(s.homeAssistantPrefix() + "/" + platform + "/" + node + "/" + e.getKey() + "/config", json(m));
            }
        }
        return out;
    }

    /**
     * @return topic → retained payload of the Home Assistant discovery of one device: one
     *         device message with its components (Home Assistant 2024.11+), or one message per
     *         entity for older versions
     */
    Map<String, String> homeAssistantConfigs(DeviceState d) {
        String node = haNode(d.id());
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("identifiers", List.of(node));
        device.put("name", d.name());
        if (d.vendor() != null) {
            device.put("manufacturer", d.vendor());
        }
        if (d.model() != null) {
            device.put("model", d.model());
        }
        if (!d.macs().isEmpty()) {
            device.put("connections", d.macs().stream().map(m -> List.of("mac", m)).toList());
        }
        device.put("via_device", haHubNode());
        Map<String, Map<String, Object>> cmps = new LinkedHashMap<>();
        cmps.put("eavesdrop", haEntity("binary_sensor", node, "eavesdrop", "Eavesdropping suspected",
                "{{ 'ON' if value_json.eavesdropSuspected else 'OFF' }}", "problem"));
        Map<String, Object> count = haEntity("sensor", node, "open_findings", "Open findings", "{{ value_json.openFindings }}", null);
        count.put("state_class", "measurement");
        count.put("icon", "mdi:shield-alert");
        cmps.put("open_findings", count);
        cmps.put("online", haEntity("binary_sensor", node, "online", "Online", "{{ 'ON' if value_json.online else 'OFF' }}",
                "connectivity"));
        Map<String, Object> event = haEntity("event", node, "finding", "New finding", null, null);
        event.put("state_topic", eventTopic(d.id()));
        event.put("json_attributes_topic", eventTopic(d.id()));
        event.put("event_types", SEVERITIES);
        event.put("icon", "mdi:shield-alert-outline");
        cmps.put("finding", event);
        for (String action : List.of("acknowledge", "mute")) {
            if (!s.commandsEnabled() || !s.commandActions().contains(action)) {
                continue; // a button that could only answer "not enabled" is not announced
            }
            Map<String, Object> b = haEntity("button", node, action, "acknowledge".equals(action) ? "Acknowledge newest finding"
                    : "Mute newest finding", null, null);
            b.put("command_topic", commandTopic());
            Map<String, Object> press = new LinkedHashMap<>();
            press.put("action", action);
            press.put("deviceId", d.id());
            press.put("button", CommandHandler.buttonToken(s.commandSecret(), d.id(), action));
            b.put("payload_press", json(press));
            b.put("icon", "acknowledge".equals(action) ? "mdi:check-circle-outline" : "mdi:bell-off-outline");
            cmps.put(action, b);
        }
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("state_topic", stateTopic(d.id()));
        shared.put("json_attributes_topic", stateTopic(d.id()));
        shared.put("availability_topic", topic("status"));
        shared.put("payload_available", ONLINE);
        shared.put("payload_not_available", OFFLINE);
        shared.put("qos", 1);
        Map<String, String> out = new LinkedHashMap<>();
        if (s.homeAssistantDeviceDiscovery()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("device", device);
            m.put("origin", haOrigin());
            m.put("components", cmps);
            m.putAll(shared);
            out.put(s.homeAssistantPrefix() + "/device/" + node + "/config", json(m));
        } else {
            for (Map.Entry<String, Map<String, Object>> e : cmps.entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>(e.getValue());
                String platform = (String) m.remove("platform");
                shared.forEach(m::putIfAbsent); // an entity's own topics (the event's) win, as in device-based discovery
                m.put("device", device);
                m.put("origin", haOrigin());
                out.put(s.homeAssistantPrefix() + "/" + platform + "/" + node + "/" + e.getKey() + "/config", json(m));
            }
        }
        return out;
    }

    /** A household entity of the hub device, reading the retained household state. */
    private Map<String, Object> household(String node, String platform, String object, String name, String template, String icon) {
        Map<String, Object> m = haEntity(platform, node, object, name, template, null);
        m.put("state_topic", householdTopic());
        m.put("json_attributes_topic", householdTopic());
        m.put("availability_topic", topic("status"));
        m.put("payload_available", ONLINE);
        m.put("payload_not_available", OFFLINE);
        m.put("qos", 1);
        if ("sensor".equals(platform)) {
            m.put("state_class", "measurement");
        }
        if (icon != null) {
            m.put("icon", icon);
        }
        return m;
    }

    private static Map<String, Object> haEntity(String platform, String node, String object, String name, String template,
            String deviceClass) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("platform", platform);
        m.put("name", name);
        m.put("unique_id", node + "_" + object);
        // object_id was deprecated in Home Assistant 2025.10 for default_entity_id (domain.object_id)
        m.put("default_entity_id", platform + "." + node + "_" + object);
        if (template != null) {
            m.put("value_template", template);
        }
        if (deviceClass != null) {
            m.put("device_class", deviceClass);
        }
        return m;
    }

    /** Home Assistant event types of the per-device finding event: the finding's severity. */
    static final List<String> SEVERITIES = List.of("info", "low", "medium", "high", "critical");

    /**
     * @return topic/payload pairs of the Homie 5 description of one device: {@code $state}
     *         init, the {@code $description} JSON (its {@code version} is a checksum of the
     *         rest, so it changes exactly when the description does), {@code $state} ready
     */
    List<String[]> homie5Attributes(DeviceState d) {
        String b = homie5Base(d.id());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("open-findings", homie5Property("Open findings", "integer"));
        props.put("eavesdropping", homie5Property("Eavesdropping suspected", "boolean"));
        props.put("online", homie5Property("Online", "boolean"));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", "Security");
        node.put("type", "hearthguard-device");
        node.put("properties", props);
        Map<String, Object> desc = new LinkedHashMap<>();
        desc.put("homie", "5.0");
        desc.put("name", d.name());
        desc.put("type", "hearthguard-device");
        desc.put("nodes", Map.of("security", node));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(json(desc).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> withVersion = new LinkedHashMap<>();
        withVersion.put("homie", "5.0");
        withVersion.put("version", crc.getValue());
        withVersion.putAll(desc);
        return List.of(new String[] {b + "/$state", "init"}, new String[] {b + "/$description", json(withVersion)},
                new String[] {b + "/$state", "ready"});
    }

    private static Map<String, Object> homie5Property(String name, String datatype) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("datatype", datatype);
        p.put("settable", false);
        p.put("retained", true);
        return p;
    }

    /** Our Homie 4 extension: {@code $hearthguard-state} names the device's JSON state topic. */
    static final String HOMIE_EXTENSION = "io.hearthguard.state:1.0.0:[4.x]";

    /** @return topic/payload pairs of the Homie 4 description of one device, $state last */
    List<String[]> homieAttributes(DeviceState d) {
        String b = homieBase(d.id());
        String n = b + "/security";
        return List.of(
                new String[] {b + "/$state", "init"},
                new String[] {b + "/$homie", "4.0.0"},
                new String[] {b + "/$name", d.name()},
                new String[] {b + "/$extensions", HOMIE_EXTENSION},
                new String[] {b + "/$hearthguard-state", stateTopic(d.id())},
                new String[] {b + "/$nodes", "security"},
                new String[] {n + "/$name", "Security"},
                new String[] {n + "/$type", "hearthguard-device"},
                new String[] {n + "/$properties", "open-findings,eavesdropping,online"},
                new String[] {n + "/open-findings/$name", "Open findings"},
                new String[] {n + "/open-findings/$datatype", "integer"},
                new String[] {n + "/eavesdropping/$name", "Eavesdropping suspected"},
                new String[] {n + "/eavesdropping/$datatype", "boolean"},
                new String[] {n + "/online/$name", "Online"},
                new String[] {n + "/online/$datatype", "boolean"},
                new String[] {b + "/$state", "ready"});
    }

    private void command(byte[] payload, boolean retained) {
        CommandHandler.Result r = retained
                ? new CommandHandler.Result(null, false, "retained commands are ignored; publish commands without the retain flag", null, null)
                : commands.handle(payload);
        if (retained) {
            LOG.warning("MQTT command rejected: it was retained");
        }
        try {
            ensureConnected();
            publish(topic("command/result"), r.json(), false);
        } catch (MqttException | DeliveryException e) {
            LOG.warning(() -> "could not publish the command result: " + e.getMessage());
        }
    }

    static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return whether the client is connected now */
    public boolean connected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        if (keeper != null) {
            keeper.interrupt();
        }
        commandExecutor.shutdownNow();
        synchronized (connectLock) {
            try {
                if (client.isConnected()) {
                    publish(topic("status"), OFFLINE, true);
                    if (s.homie()) {
                        for (String id : devices.keySet()) {
                            publish(homieBase(id) + "/$state", "disconnected", true);
                            publish(homie5Base(id) + "/$state", "disconnected", true);
                        }
                    }
                    client.disconnect(2_000);
                }
            } catch (MqttException e) {
                LOG.log(Level.FINE, "MQTT disconnect", e);
            }
            try {
                client.close(true);
            } catch (MqttException e) {
                LOG.log(Level.FINE, "MQTT close", e);
            }
        }
    }

    @Override
    public String toString() {
        return "MqttChannel[" + s + "]";
    }
}
