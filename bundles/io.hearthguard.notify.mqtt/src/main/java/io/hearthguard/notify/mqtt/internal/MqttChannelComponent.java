package io.hearthguard.notify.mqtt.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.api.notify.NotificationOutbox;
import io.hearthguard.platform.findings.FindingAdmin;

/**
 * One MQTT channel per factory configuration of {@code io.hearthguard.notify.mqtt}. The
 * configuration's public properties (channel id, notify.* policy) become service
 * properties; the password and command secret are private ({@code .password},
 * {@code .commandSecret}) and never leave the component.
 */
@Component(service = NotificationChannel.class, configurationPid = "io.hearthguard.notify.mqtt",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = MqttChannelComponent.Config.class, factory = true)
public final class MqttChannelComponent implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(MqttChannelComponent.class.getName());

    /** MQTT channel settings. */
    @ObjectClassDefinition(name = "Hearthguard MQTT channel", description = "Sends notifications and device state to an MQTT broker.")
    public @interface Config {
        @AttributeDefinition(name = "Channel id", description = "Unique id of this channel ([a-z0-9-]); names its outbox.")
        String hearthguard_channel() default "mqtt";

        @AttributeDefinition(name = "Broker URI", description = "tcp://host:1883 or ssl://host:8883")
        String brokerUri() default "tcp://127.0.0.1:1883";

        @AttributeDefinition(name = "Client id")
        String clientId() default "hearthguard";

        @AttributeDefinition(name = "User name", required = false)
        String username() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
        String _password() default "";

        @AttributeDefinition(name = "CA certificate file (PEM)", required = false, description = "For ssl:// brokers with a private CA; empty uses the JVM trust store.")
        String caFile() default "";

        @AttributeDefinition(name = "Topic prefix")
        String topicPrefix() default "hearthguard";

        @AttributeDefinition(name = "Connect timeout (s)", min = "1", max = "120")
        int connectTimeoutSeconds() default 10;

        @AttributeDefinition(name = "Publish timeout (ms)", min = "100", max = "60000")
        int publishTimeoutMillis() default 5000;

        @AttributeDefinition(name = "Home Assistant discovery")
        boolean homeAssistant() default true;

        @AttributeDefinition(name = "Home Assistant discovery prefix")
        String homeAssistantPrefix() default "homeassistant";

        @AttributeDefinition(name = "Home Assistant discovery per device", description = "One discovery message per device "
                + "(Home Assistant 2024.11 and later); off: one message per entity, for older versions.")
        boolean homeAssistantDeviceDiscovery() default true;

        @AttributeDefinition(name = "Homie 4 convention (openHAB)")
        boolean homie() default true;

        @AttributeDefinition(name = "Homie base topic")
        String homiePrefix() default "homie";

        @AttributeDefinition(name = "Accept commands", description = "Accept acknowledge/mute commands on <prefix>/command.")
        boolean commandsEnabled() default false;

        @AttributeDefinition(name = "Command secret", type = AttributeType.PASSWORD, required = false, description = "At least 16 characters; every command must carry it.")
        String _commandSecret() default "";

        @AttributeDefinition(name = "Command actors", required = false, description = "Actor names allowed to send commands.")
        String[] commandActors() default {};

        @AttributeDefinition(name = "Command actions", options = {@Option(value = "acknowledge"), @Option(value = "mute"),
                @Option(value = "resolve"), @Option(value = "reopen"), @Option(label = "undo a response action (quarantine, block, held new device)", value = "undo")})
        String[] commandActions() default {"acknowledge", "mute"};

        @AttributeDefinition(name = "Minimum severity", options = {@Option(value = "info"), @Option(value = "low"),
                @Option(value = "medium"), @Option(value = "high"), @Option(value = "critical")})
        String notify_minSeverity() default "info";

        @AttributeDefinition(name = "Informational findings", description = "Also send informational findings (every listening session of a speaker, new devices); by default they are stored and shown, not sent.")
        boolean notify_infoFindings() default false;

        @AttributeDefinition(name = "Kinds", description = "finding, finding-update, finding-state, digest, device")
        String[] notify_kinds() default {"finding", "finding-update", "finding-state", "digest", "device"};

        @AttributeDefinition(name = "Quiet hours", required = false, description = "HH:mm-HH:mm; critical findings are sent anyway.")
        String notify_quietHours() default "";

        @AttributeDefinition(name = "Quiet hours time zone", required = false)
        String notify_quietHoursZone() default "";

        @AttributeDefinition(name = "Most notifications per hour (0 = no limit)", min = "0", max = "100000")
        int notify_maxPerHour() default 0;
    }

    // optional and dynamic: the channel works without them (no device state, no commands)
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceInventory inventory;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile FindingAdmin admin;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationOutbox outbox;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile io.hearthguard.api.finding.FindingService findings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile io.hearthguard.api.score.HomeScoreService scores;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile io.hearthguard.api.response.ResponseService responses;
    private final MqttChannel channel;

    @Activate
    public MqttChannelComponent(Config c) {
        MqttSettings settings;
        try {
            settings = new MqttSettings(c.brokerUri(), c.clientId(), c.username(), c._password(), c.caFile(), c.topicPrefix(),
                    c.connectTimeoutSeconds(), c.publishTimeoutMillis(), c.homeAssistant(), c.homeAssistantPrefix(), c.homie(),
                    c.homiePrefix(), c.commandsEnabled(), c._commandSecret(), new LinkedHashSet<>(Arrays.asList(c.commandActors())),
                    new LinkedHashSet<>(Arrays.asList(c.commandActions())), c.homeAssistantDeviceDiscovery());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("io.hearthguard.notify.mqtt (" + c.hearthguard_channel() + "): " + e.getMessage(), e);
        }
        channel = new MqttChannel(settings, () -> inventory, () -> admin, () -> findings);
        String id = c.hearthguard_channel();
        // back online: the backlog goes now, not when its retry timer (up to minutes) runs out
        channel.onConnected(() -> {
            NotificationOutbox o = outbox;
            if (o != null) {
                o.channelAvailable(id);
            }
        });
        channel.scores(() -> scores);
        channel.responses(() -> responses);
        channel.start();
        LOG.info(() -> "MQTT channel " + c.hearthguard_channel() + " started: " + settings);
    }

    @Deactivate
    void deactivate() {
        channel.close();
    }

    @Override
    public void deliver(Notification notification) throws io.hearthguard.api.notify.DeliveryException {
        channel.deliver(notification);
    }
}
