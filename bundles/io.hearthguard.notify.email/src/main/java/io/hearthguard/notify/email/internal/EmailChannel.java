package io.hearthguard.notify.email.internal;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;


import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.notify.support.Trust;

/**
 * Delivers each notification as one plain-text e-mail over SMTP, returning once the server
 * accepted it (250). STARTTLS (required, not opportunistic) or SMTPS; authentication when a
 * user name is set. Plain class; thread-safe (a connection per delivery).
 */
public final class EmailChannel implements NotificationChannel {

    /** How the connection is protected. */
    public enum Security { NONE, STARTTLS, SMTPS }

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    /**
     * Validated settings; {@link #toString()} hides the password.
     *
     * @param host           SMTP server
     * @param port           SMTP port
     * @param security       NONE, STARTTLS or SMTPS
     * @param username       user name, empty for no authentication
     * @param password       password
     * @param from           sender address
     * @param to             recipients (1 to 20)
     * @param subjectPrefix  put before every subject
     * @param caFile         PEM file with CA certificates to trust, empty for the JVM's
     * @param verifyHostname check the server certificate names the host
     * @param timeoutMillis  connect, read and write timeout
     */
    public record Settings(String host, int port, Security security, String username, String password, InternetAddress from,
            List<InternetAddress> to, String subjectPrefix, String caFile, boolean verifyHostname, int timeoutMillis) {
        /** Validates; messages name the property. */
        public Settings {
            if (host == null || !HOST.matcher(host).matches()) {
                throw new IllegalArgumentException("host must be a host name or address");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 1 and 65535");
            }
            if (security == null) {
                throw new IllegalArgumentException("security must be NONE, STARTTLS or SMTPS");
            }
            username = username == null ? "" : username;
            password = password == null ? "" : password;
            caFile = caFile == null ? "" : caFile.trim();
            if (!password.isEmpty() && username.isEmpty()) {
                throw new IllegalArgumentException("password is set but username is empty");
            }
            if (to == null || to.isEmpty() || to.size() > 20) {
                throw new IllegalArgumentException("to must name 1 to 20 addresses");
            }
            to = List.copyOf(to);
            subjectPrefix = subjectPrefix == null ? "" : oneLine(subjectPrefix);
            if (subjectPrefix.length() > 40) {
                throw new IllegalArgumentException("subjectPrefix must be at most 40 characters");
            }
            if (timeoutMillis < 100 || timeoutMillis > 120_000) {
                throw new IllegalArgumentException("timeoutMillis must be between 100 and 120000");
            }
            if (!caFile.isEmpty() && security == Security.NONE) {
                throw new IllegalArgumentException("caFile needs security STARTTLS or SMTPS");
            }
        }

        /** Parses one address, naming the property on error. */
        public static InternetAddress address(String property, String value) {
            try {
                InternetAddress a = new InternetAddress(value == null ? "" : value.trim(), true);
                if (a.getAddress().indexOf('@') < 1) {
                    throw new AddressException("no domain");
                }
                return a;
            } catch (AddressException e) {
                throw new IllegalArgumentException(property + " is not an e-mail address: '" + value + "'", e);
            }
        }

        /** Parses a security value, naming the property on error. */
        public static Security security(String value) {
            try {
                return Security.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("security must be NONE, STARTTLS or SMTPS, not '" + value + "'", e);
            }
        }

        @Override
        public String toString() {
            return "Settings[" + host + ":" + port + " " + security + ", username=" + username + ", password="
                    + (password.isEmpty() ? "(none)" : "****") + ", from=" + from + ", to=" + to + "]";
        }
    }

    private final Settings settings;
    private final Session session;

    public EmailChannel(Settings settings) {
        this.settings = settings;
        String p = settings.security() == Security.SMTPS ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        String timeout = Integer.toString(settings.timeoutMillis());
        props.put(p + "connectiontimeout", timeout);
        props.put(p + "timeout", timeout);
        props.put(p + "writetimeout", timeout);
        props.put(p + "auth", Boolean.toString(!settings.username().isEmpty()));
        if (settings.security() == Security.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != Security.NONE) {
            props.put(p + "ssl.checkserveridentity", Boolean.toString(settings.verifyHostname()));
            props.put(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
            if (!settings.caFile().isEmpty()) {
                props.put(p + "ssl.socketFactory", Trust.trusting(Path.of(settings.caFile())).getSocketFactory());
            }
        }
        this.session = withMailClassLoader(() -> Session.getInstance(props));
    }

    /** Work that throws. */
    interface MailWork<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs with the mail bundle as context class loader: jakarta.mail finds its providers and
     * mailcap through it (in OSGi the caller's loader cannot see them).
     */
    static <T, E extends Exception> T withMailClassLoader(MailWork<T, E> work) throws E {
        Thread t = Thread.currentThread();
        ClassLoader old = t.getContextClassLoader();
        t.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.run();
        } finally {
            t.setContextClassLoader(old);
        }
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").trim();
    }

    /** @return the message for a notification */
    MimeMessage message(Notification n) throws MessagingException {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // stable across retries, so mail systems can drop duplicates
                setHeader("Message-ID", "<" + n.id() + "@hearthguard.invalid>");
            }
        };
        m.setFrom(settings.from());
        m.setRecipients(Message.RecipientType.TO, settings.to().toArray(new InternetAddress[0]));
        String subject = (settings.subjectPrefix().isEmpty() ? "" : settings.subjectPrefix() + " ") + oneLine(n.title());
        m.setSubject(subject.length() > 200 ? subject.substring(0, 199) + "…" : subject, "UTF-8");
        m.setSentDate(Date.from(n.created()));
        m.setHeader("X-Hearthguard-Id", n.id());
        m.setHeader("X-Hearthguard-Severity", n.severity().id());
        m.setText(n.body() + "\n--\nHearthguard notification " + n.id() + " (" + n.kind().name().toLowerCase(Locale.ROOT)
                + ", " + n.created() + ")\n", "UTF-8");
        return m;
    }

    @Override
    public void deliver(Notification n) throws DeliveryException {
        String server = settings.host() + ":" + settings.port();
        try {
            withMailClassLoader(() -> {
                MimeMessage m = message(n);
                m.saveChanges();
                try (Transport t = session.getTransport(settings.security() == Security.SMTPS ? "smtps" : "smtp")) {
                    t.connect(settings.host(), settings.port(), settings.username().isEmpty() ? null : settings.username(),
                            settings.password().isEmpty() ? null : settings.password());
                    t.sendMessage(m, m.getAllRecipients());
                }
                return null;
            });
        } catch (AuthenticationFailedException e) {
            throw new DeliveryException("SMTP server " + server + " refused the login of " + settings.username(), e);
        } catch (SMTPSendFailedException e) {
            boolean permanent = e.getReturnCode() >= 500;
            throw new DeliveryException("SMTP server " + server + " refused the message: " + oneLine(String.valueOf(e.getMessage())),
                    permanent, e);
        } catch (SendFailedException e) {
            throw new DeliveryException("SMTP server " + server + " refused the recipients: " + oneLine(String.valueOf(e.getMessage())),
                    true, e);
        } catch (MessagingException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new DeliveryException("SMTP delivery to " + server + " failed: " + oneLine(String.valueOf(e.getMessage()))
                    + (root == e ? "" : " (" + oneLine(root.toString()) + ")"), e);
        }
    }

    @Override
    public String toString() {
        return "EmailChannel[" + settings + "]";
    }
}
