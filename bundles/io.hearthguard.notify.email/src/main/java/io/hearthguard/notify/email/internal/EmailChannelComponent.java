package io.hearthguard.notify.email.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import jakarta.mail.internet.InternetAddress;

import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;

/**
 * One e-mail channel per factory configuration of {@code io.hearthguard.notify.email}. The
 * password is a private property ({@code .password}).
 */
@Component(service = NotificationChannel.class, configurationPid = "io.hearthguard.notify.email",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = EmailChannelComponent.Config.class, factory = true)
public final class EmailChannelComponent implements NotificationChannel {

    /** E-mail settings. */
    @ObjectClassDefinition(name = "Hearthguard e-mail", description = "Sends notifications as plain-text e-mails over SMTP.")
    public @interface Config {
        @AttributeDefinition(name = "Channel id", description = "Unique id of this channel ([a-z0-9-]); names its outbox.")
        String hearthguard_channel() default "email";

        @AttributeDefinition(name = "SMTP host")
        String host();

        @AttributeDefinition(name = "SMTP port", min = "1", max = "65535")
        int port() default 587;

        @AttributeDefinition(name = "Security", options = {@Option(value = "STARTTLS"), @Option(value = "SMTPS"), @Option(value = "NONE")})
        String security() default "STARTTLS";

        @AttributeDefinition(name = "User name", required = false)
        String username() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
        String _password() default "";

        @AttributeDefinition(name = "From address")
        String from();

        @AttributeDefinition(name = "To addresses")
        String[] to();

        @AttributeDefinition(name = "Subject prefix", required = false)
        String subjectPrefix() default "[Hearthguard]";

        @AttributeDefinition(name = "CA certificate file (PEM)", required = false)
        String caFile() default "";

        @AttributeDefinition(name = "Verify the server host name")
        boolean verifyHostname() default true;

        @AttributeDefinition(name = "Timeout (ms)", min = "100", max = "120000")
        int timeoutMillis() default 10000;

        @AttributeDefinition(name = "Minimum severity", options = {@Option(value = "info"), @Option(value = "low"),
                @Option(value = "medium"), @Option(value = "high"), @Option(value = "critical")})
        String notify_minSeverity() default "medium";

        @AttributeDefinition(name = "Kinds", description = "finding, finding-update, finding-state, digest, device")
        String[] notify_kinds() default {"finding", "digest"};

        @AttributeDefinition(name = "Quiet hours", required = false, description = "HH:mm-HH:mm; critical findings are sent anyway.")
        String notify_quietHours() default "";

        @AttributeDefinition(name = "Quiet hours time zone", required = false)
        String notify_quietHoursZone() default "";

        @AttributeDefinition(name = "Most notifications per hour (0 = no limit)", min = "0", max = "100000")
        int notify_maxPerHour() default 20;
    }

    private final EmailChannel channel;

    @Activate
    public EmailChannelComponent(Config c) {
        try {
            List<InternetAddress> to = new ArrayList<>();
            for (String t : c.to() == null ? new String[0] : c.to()) {
                to.add(EmailChannel.Settings.address("to", t));
            }
            channel = new EmailChannel(new EmailChannel.Settings(c.host(), c.port(), EmailChannel.Settings.security(c.security()),
                    c.username(), c._password(), EmailChannel.Settings.address("from", c.from()), to, c.subjectPrefix(), c.caFile(),
                    c.verifyHostname(), c.timeoutMillis()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("io.hearthguard.notify.email (" + c.hearthguard_channel() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void deliver(Notification notification) throws DeliveryException {
        channel.deliver(notification);
    }
}
