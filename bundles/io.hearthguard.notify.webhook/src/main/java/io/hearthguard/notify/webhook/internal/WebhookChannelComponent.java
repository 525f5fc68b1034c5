package io.hearthguard.notify.webhook.internal;

import java.time.Clock;
import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;

/**
 * One webhook per factory configuration of {@code io.hearthguard.notify.webhook}. The
 * secret is a private property ({@code .secret}) and never becomes a service property.
 */
@Component(service = NotificationChannel.class, configurationPid = "io.hearthguard.notify.webhook",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = WebhookChannelComponent.Config.class, factory = true)
public final class WebhookChannelComponent implements NotificationChannel {

    /** Webhook settings. */
    @ObjectClassDefinition(name = "Hearthguard webhook", description = "POSTs each notification as signed JSON.")
    public @interface Config {
        @AttributeDefinition(name = "Channel id", description = "Unique id of this channel ([a-z0-9-]); names its outbox.")
        String hearthguard_channel() default "webhook";

        @AttributeDefinition(name = "URL", description = "http:// or https:// URL to POST to.")
        String url();

        @AttributeDefinition(name = "Signing secret", type = AttributeType.PASSWORD, description = "At least 16 characters; shared with the receiver.")
        String _secret();

        @AttributeDefinition(name = "Connect timeout (ms)", min = "100", max = "60000")
        int connectTimeoutMillis() default 3000;

        @AttributeDefinition(name = "Read timeout (ms)", min = "100", max = "120000")
        int readTimeoutMillis() default 5000;

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

    private final WebhookChannel channel;

    @Activate
    public WebhookChannelComponent(Config c) {
        try {
            channel = new WebhookChannel(new WebhookChannel.Settings(WebhookChannel.Settings.parseUrl(c.url()), c._secret(),
                    Duration.ofMillis(c.connectTimeoutMillis()), Duration.ofMillis(c.readTimeoutMillis())), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("io.hearthguard.notify.webhook (" + c.hearthguard_channel() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void deliver(Notification notification) throws DeliveryException {
        channel.deliver(notification);
    }
}
