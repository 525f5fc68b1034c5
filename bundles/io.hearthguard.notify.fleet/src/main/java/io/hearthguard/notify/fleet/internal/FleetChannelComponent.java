package io.hearthguard.notify.fleet.internal;

import java.time.Clock;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.api.notify.NotificationOutbox;

/**
 * The fleet channel, opt-in: nothing runs until a configuration {@code io.hearthguard.notify.fleet}
 * exists. Secrets come from files named in the configuration (password, salt, client key), so
 * neither ConfigAdmin nor the service registry ever holds them.
 */
@Component(service = NotificationChannel.class, configurationPid = "io.hearthguard.notify.fleet",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = FleetChannelComponent.Config.class)
public final class FleetChannelComponent implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(FleetChannelComponent.class.getName());

    /** Fleet channel settings. */
    @ObjectClassDefinition(name = "Hearthguard fleet channel (operator)", description = "Opt-in: sends findings, device summaries "
            + "(hashed MACs, no names, no traffic) and health to an operator's MQTT broker. See docs/fleet.md.")
    public @interface Config {
        @AttributeDefinition(name = "Channel id")
        String hearthguard_channel() default "fleet";

        @AttributeDefinition(name = "Broker URI", description = "ssl://host:8883; tcp:// only to a loopback address")
        String brokerUri();

        @AttributeDefinition(name = "Hub id", description = "This hub's id at the operator ([A-Za-z0-9_-]{1,64}); MQTT client id and topic level")
        String hubId();

        @AttributeDefinition(name = "User name", required = false, description = "Per-hub user name")
        String username() default "";

        @AttributeDefinition(name = "Password file", required = false, description = "File holding the per-hub password")
        String passwordFile() default "";

        @AttributeDefinition(name = "CA certificate file (PEM)", required = false)
        String caFile() default "";

        @AttributeDefinition(name = "Client certificate file (PEM)", required = false, description = "Per-hub certificate instead of a password")
        String clientCertFile() default "";

        @AttributeDefinition(name = "Client key file (PEM, PKCS#8)", required = false)
        String clientKeyFile() default "";

        @AttributeDefinition(name = "Salt file", description = "The operator's salt (at least 16 bytes) for hashing MAC addresses and skills")
        String saltFile();

        @AttributeDefinition(name = "Topic prefix")
        String topicPrefix() default "fleet";

        @AttributeDefinition(name = "Health interval (s)", min = "1", max = "3600")
        int heartbeatSeconds() default 60;

        @AttributeDefinition(name = "Device summary interval (s)", min = "1", max = "86400")
        int summaryIntervalSeconds() default 3600;

        @AttributeDefinition(name = "Connect timeout (s)", min = "1", max = "120")
        int connectTimeoutSeconds() default 10;

        @AttributeDefinition(name = "Publish timeout (ms)", min = "100", max = "60000")
        int publishTimeoutMillis() default 5000;

        @AttributeDefinition(name = "Minimum severity", options = {@Option(value = "info"), @Option(value = "low"),
                @Option(value = "medium"), @Option(value = "high"), @Option(value = "critical")})
        String notify_minSeverity() default "low";

        @AttributeDefinition(name = "Kinds", description = "finding, finding-update, finding-state (digests and device notifications are never sent)")
        String[] notify_kinds() default {"finding", "finding-update", "finding-state"};
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceInventory inventory;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile FindingService findings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationOutbox outbox;
    private final FleetChannel channel;

    @Activate
    public FleetChannelComponent(Config c, BundleContext context) {
        FleetSettings settings = settings(c);
        channel = new FleetChannel(settings, () -> inventory, () -> findings, "hearthguard/" + context.getBundle().getVersion(),
                Clock.systemUTC());
        String id = c.hearthguard_channel();
        channel.onConnected(() -> {
            NotificationOutbox o = outbox;
            if (o != null) {
                o.channelAvailable(id);
            }
        });
        channel.start();
        LOG.info(() -> "fleet channel " + id + " started: " + settings);
    }

    static FleetSettings settings(Config c) {
        try {
            return new FleetSettings(c.brokerUri(), c.hubId(), c.username(), FleetSettings.readPassword(c.passwordFile()), c.caFile(),
                    c.clientCertFile(), c.clientKeyFile(), FleetSettings.readSecret("saltFile", c.saltFile()), c.topicPrefix(),
                    c.heartbeatSeconds(), c.summaryIntervalSeconds(), c.connectTimeoutSeconds(), c.publishTimeoutMillis());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("io.hearthguard.notify.fleet (" + c.hearthguard_channel() + "): " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() {
        channel.close();
    }

    @Override
    public void deliver(Notification notification) throws DeliveryException {
        channel.deliver(notification);
    }
}
