package io.hearthguard.notify.mqtt.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validated settings of one MQTT channel. Immutable. {@link #toString()} never shows the
 * password or the command secret.
 *
 * @param brokerUri         {@code tcp://host:port} or {@code ssl://host:port}
 * @param clientId          MQTT client id ({@code [A-Za-z0-9_-]{1,64}})
 * @param username          user name, empty for none
 * @param password          password, empty for none
 * @param caFile            PEM file with the CA certificate(s) to trust for ssl://, empty for the JVM's
 * @param topicPrefix       first levels of every hub topic, e.g. {@code hearthguard}
 * @param connectTimeoutSeconds connect timeout
 * @param publishTimeoutMillis  how long to wait for PUBACK
 * @param homeAssistant     publish Home Assistant discovery
 * @param homeAssistantPrefix   discovery prefix, usually {@code homeassistant}
 * @param homie             publish the Homie 4 convention
 * @param homiePrefix       Homie base topic, usually {@code homie}
 * @param commandsEnabled   accept commands on {@code <prefix>/command}
 * @param commandSecret     shared secret a command must carry (at least 16 chars when enabled)
 * @param commandActors     actor names allowed to send commands
 * @param commandActions    actions allowed (acknowledge, mute, resolve, reopen, undo)
 * @param homeAssistantDeviceDiscovery one discovery message per device (Home Assistant 2024.11 and later);
 *                          false: one per entity, for older versions
 */
public record MqttSettings(String brokerUri, String clientId, String username, String password, String caFile,
        String topicPrefix, int connectTimeoutSeconds, int publishTimeoutMillis, boolean homeAssistant,
        String homeAssistantPrefix, boolean homie, String homiePrefix, boolean commandsEnabled, String commandSecret,
        Set<String> commandActors, Set<String> commandActions, boolean homeAssistantDeviceDiscovery) {

    /** As the canonical constructor, with device-based Home Assistant discovery. */
    public MqttSettings(String brokerUri, String clientId, String username, String password, String caFile, String topicPrefix,
            int connectTimeoutSeconds, int publishTimeoutMillis, boolean homeAssistant, String homeAssistantPrefix, boolean homie,
            String homiePrefix, boolean commandsEnabled, String commandSecret, Set<String> commandActors, Set<String> commandActions) {
        this(brokerUri, clientId, username, password, caFile, topicPrefix, connectTimeoutSeconds, publishTimeoutMillis, homeAssistant,
                homeAssistantPrefix, homie, homiePrefix, commandsEnabled, commandSecret, commandActors, commandActions, true);
    }

    /** The actions a command may name. */
    public static final List<String> ACTIONS = List.of("acknowledge", "mute", "resolve", "reopen", "undo");

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+){0,4}");
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9_.:@-]{1,48}");

    /**
     * Validates everything.
     *
     * @throws IllegalArgumentException naming the offending property
     */
    public MqttSettings {
        try {
            URI u = new URI(brokerUri == null ? "" : brokerUri.trim());
            if (!"tcp".equals(u.getScheme()) && !"ssl".equals(u.getScheme()) || u.getHost() == null || u.getPort() < 1
                    || u.getPath() != null && !u.getPath().isEmpty()) {
                throw new URISyntaxException(String.valueOf(brokerUri), "scheme, host or port");
            }
            brokerUri = u.toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("brokerUri must look like tcp://host:1883 or ssl://host:8883, not '" + brokerUri + "'");
        }
        require(clientId != null && CLIENT_ID.matcher(clientId).matches(), "clientId must match [A-Za-z0-9_-]{1,64}");
        require(topicPrefix != null && TOPIC.matcher(topicPrefix).matches(),
                "topicPrefix must be 1 to 5 levels of [A-Za-z0-9_-] separated by '/', without wildcards or leading/trailing '/'");
        require(homeAssistantPrefix != null && TOPIC.matcher(homeAssistantPrefix).matches(), "homeAssistantPrefix must be like topicPrefix");
        require(homiePrefix != null && TOPIC.matcher(homiePrefix).matches(), "homiePrefix must be like topicPrefix");
        require(connectTimeoutSeconds >= 1 && connectTimeoutSeconds <= 120, "connectTimeoutSeconds must be between 1 and 120");
        require(publishTimeoutMillis >= 100 && publishTimeoutMillis <= 60_000, "publishTimeoutMillis must be between 100 and 60000");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        caFile = caFile == null ? "" : caFile.trim();
        commandSecret = commandSecret == null ? "" : commandSecret;
        commandActors = commandActors == null ? Set.of() : Set.copyOf(commandActors);
        commandActions = commandActions == null ? Set.of() : Set.copyOf(commandActions);
        require(username.length() <= 256, "username must be at most 256 characters");
        require(password.isEmpty() || !username.isEmpty(), "password is set but username is empty");
        require(!caFile.isEmpty() ? brokerUri.startsWith("ssl:") : true, "caFile is only used with an ssl:// brokerUri");
        for (String a : commandActions) {
            require(ACTIONS.contains(a), "commandActions: unknown action '" + a + "'; allowed: " + ACTIONS);
        }
        for (String a : commandActors) {
            require(ACTOR.matcher(a).matches(), "commandActors: '" + a + "' must match [A-Za-z0-9_.:@-]{1,48}");
        }
        if (commandsEnabled) {
            require(commandSecret.length() >= 16, "commandSecret must be at least 16 characters when commandsEnabled is true");
            require(!commandActors.isEmpty(), "commandActors must name at least one actor when commandsEnabled is true");
            require(!commandActions.isEmpty(), "commandActions must name at least one action when commandsEnabled is true");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @return settings for a plain local broker, commands off, discovery on */
    public static MqttSettings local(String brokerUri, String clientId, String topicPrefix) {
        return new MqttSettings(brokerUri, clientId, "", "", "", topicPrefix, 5, 5_000, true, "homeassistant", true, "homie",
                false, "", Set.of(), Set.of());
    }

    @Override
    public String toString() {
        return "MqttSettings[brokerUri=" + brokerUri + ", clientId=" + clientId + ", username=" + username + ", password="
                + (password.isEmpty() ? "(none)" : "****") + ", caFile=" + caFile + ", topicPrefix=" + topicPrefix
                + ", homeAssistant=" + homeAssistant + (homeAssistantDeviceDiscovery ? " (per device)" : " (per entity)") + ", homie=" + homie + ", commandsEnabled=" + commandsEnabled
                + ", commandSecret=" + (commandSecret.isEmpty() ? "(none)" : "****") + ", commandActors=" + commandActors
                + ", commandActions=" + commandActions + "]";
    }
}
