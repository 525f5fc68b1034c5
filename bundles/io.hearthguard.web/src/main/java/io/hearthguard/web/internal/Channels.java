package io.hearthguard.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;

/**
 * Notification channels as Settings shows them: the MQTT and webhook channels are factory
 * configurations ({@code io.hearthguard.notify.mqtt}, {@code io.hearthguard.notify.webhook},
 * docs/notifications.md) that this class lists, creates, changes and deletes through
 * ConfigurationAdmin; a channel is "running" while its {@link NotificationChannel} service
 * is registered. Secrets ({@code .password}, {@code .secret}) are write-only: they are stored
 * in the configuration and never returned (only whether one is set). "Send a test" delivers
 * one notification straight through the channel and reports what its destination answered.
 */
final class Channels {
    static final Map<String, String> FACTORY_PIDS = Map.of("mqtt", "io.hearthguard.notify.mqtt", "webhook", "io.hearthguard.notify.webhook",
            "email", "io.hearthguard.notify.email");
    static final int MAX_CHANNELS = 20;
    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern QUIET = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,23}");
    private static final Pattern TOPIC_PREFIX = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+){0,4}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7e]*");
    /** A host name or an IPv4 address (IPv6 in brackets is not offered by the form). */
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    /** One mailbox: no display name, no spaces, no header-breaking characters. */
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    static final int MAX_RECIPIENTS = 20;
    /** Properties the page may see; everything else (secrets above all) stays in the configuration. */
    private static final List<String> SHOWN = List.of("brokerUri", "clientId", "username", "topicPrefix", "homeAssistant", "url", "notify.minSeverity",
            "notify.quietHours", "notify.quietHoursZone", "notify.maxPerHour", "host", "port", "security", "from", "to", "subjectPrefix");
    /** The secret of each type: written, never read back. */
    /** Configuration (and so service) property marking one save; see {@link #save}. */
    static final String PROP_SAVED = "hearthguard.channel.saved";
    private static final java.util.concurrent.atomic.AtomicLong SAVES = new java.util.concurrent.atomic.AtomicLong();
    /** How long a save waits for its channel to run before answering with the state it has (the page keeps asking). */
    static final long SAVE_WAIT_NANOS = 10_000_000_000L;

    private static final Map<String, String> SECRET = Map.of("mqtt", ".password", "webhook", ".secret", "email", ".password");

    private final BundleContext context;

    Channels(BundleContext context) {
        this.context = context;
    }

    /** Every configured channel (any of the three types) and every running channel service, with its state. */
    List<Map<String, Object>> list(ConfigurationAdmin cm) throws IOException {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (cm != null) {
            for (var e : FACTORY_PIDS.entrySet()) {
                for (Configuration c : configurations(cm, e.getValue())) {
                    Dictionary<String, Object> p = c.getProperties();
                    if (p == null) {
                        continue;
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    String id = String.valueOf(Optional.ofNullable(p.get(NotificationChannel.PROP_CHANNEL)).orElse(e.getKey()));
                    m.put("id", id);
                    m.put("type", e.getKey());
                    m.put("configured", true);
                    m.put("editable", true);
                    for (String k : SHOWN) {
                        Object v = p.get(k);
                        if (v instanceof String[] a) {
                            m.put(k, List.of(a));
                        } else if (v instanceof java.util.Collection<?> col) {
                            m.put(k, col.stream().map(String::valueOf).toList());
                        } else if (v != null) {
                            m.put(k, v instanceof Boolean || v instanceof Number ? v : String.valueOf(v));
                        }
                    }
                    Object secret = p.get(SECRET.get(e.getKey()));
                    m.put("secretSet", secret != null && !String.valueOf(secret).isEmpty());
                    out.put(id, m);
                }
            }
        }
        for (ServiceReference<NotificationChannel> r : services(null)) {
            String id = String.valueOf(r.getProperty(NotificationChannel.PROP_CHANNEL));
            Map<String, Object> m = out.computeIfAbsent(id, k -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", k);
                x.put("type", "other");
                x.put("configured", false);
                x.put("editable", false);
                x.put("secretSet", false);
                return x;
            });
            m.put("state", "running");
        }
        for (Map<String, Object> m : out.values()) {
            m.putIfAbsent("state", "stopped");
            m.put("stateText", "running".equals(m.get("state")) ? "on: notifications go here"
                    : "not running: the hub refused its settings or the channel's bundle is missing (the hub's log says why); nothing is sent");
        }
        return new ArrayList<>(out.values());
    }

    private static Configuration[] configurations(ConfigurationAdmin cm, String factoryPid) throws IOException {
        try {
            Configuration[] cs = cm.listConfigurations("(service.factoryPid=" + factoryPid + ")");
            return cs == null ? new Configuration[0] : cs;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ServiceReference<NotificationChannel>> services(String id) {
        try {
            String filter = id == null ? null : "(" + NotificationChannel.PROP_CHANNEL + "=" + id + ")";
            return new ArrayList<>(context.getServiceReferences(NotificationChannel.class, filter));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Configuration> find(ConfigurationAdmin cm, String id) throws IOException {
        for (String pid : FACTORY_PIDS.values()) {
            for (Configuration c : configurations(cm, pid)) {
                if (c.getProperties() != null && id.equals(c.getProperties().get(NotificationChannel.PROP_CHANNEL))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    static String channelId(String s) {
        if (s == null || !CHANNEL_ID.matcher(s).matches()) {
            throw Problem.badRequest("'id' (the channel's name) is 1 to 40 characters of a-z, 0-9 and '-'");
        }
        return s;
    }

    /**
     * Creates or changes a channel. Body: {@code type} (mqtt or webhook), {@code id}, the
     * type's settings, {@code secret} (empty or absent keeps the stored one), and the policy
     * ({@code minSeverity}, {@code quietHours}, {@code quietHoursZone}). Waits up to 5 s for
     * the channel to start and returns it as {@link #list} shows it.
     */
    Map<String, Object> save(ConfigurationAdmin cm, JsonNode body) throws IOException, InterruptedException {
        String type = Json.text(body, "type", 16);
        if (!FACTORY_PIDS.containsKey(type)) {
            throw Problem.badRequest("'type' is mqtt, webhook or email");
        }
        String id = channelId(Json.text(body, "id", 40));
        Optional<Configuration> existing = find(cm, id);
        if (existing.isPresent() && !FACTORY_PIDS.get(type).equals(existing.get().getFactoryPid())) {
            throw new Problem(409, "channel-type", "Another channel has this name", "a channel named '" + id + "' of another type exists; choose another name");
        }
        if (existing.isEmpty() && list(cm).stream().filter(m -> Boolean.TRUE.equals(m.get("configured"))).count() >= MAX_CHANNELS) {
            throw Problem.badRequest("at most " + MAX_CHANNELS + " channels can be configured");
        }
        Hashtable<String, Object> p = new Hashtable<>();
        if (existing.isPresent()) {
            Dictionary<String, Object> old = existing.get().getProperties();
            for (var keys = old.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                if (!k.startsWith("service.") && !k.startsWith("felix.")) {
                    p.put(k, old.get(k));
                }
            }
        }
        p.put(NotificationChannel.PROP_CHANNEL, id);
        String secret = Api.optional(body, "secret", 256);
        if ("mqtt".equals(type)) {
            p.put("brokerUri", brokerUri(Json.text(body, "brokerUri", 256)));
            String clientId = Api.optional(body, "clientId", 23);
            clientId = clientId == null || clientId.isEmpty() ? "hearthguard-" + id : clientId;
            if (!CLIENT_ID.matcher(clientId).matches()) {
                throw Problem.badRequest("'clientId' is 1 to 23 characters of letters, digits, '_' and '-'");
            }
            p.put("clientId", clientId);
            String user = printable("username", Api.optional(body, "username", 64));
            p.put("username", user == null ? "" : user);
            String prefix = Api.optional(body, "topicPrefix", 64);
            prefix = prefix == null || prefix.isEmpty() ? "hearthguard" : prefix;
            if (!TOPIC_PREFIX.matcher(prefix).matches()) {
                throw Problem.badRequest("'topicPrefix' is up to 5 levels of letters, digits, '_' and '-' separated by '/', without wildcards (+ #)");
            }
            p.put("topicPrefix", prefix);
            p.put("homeAssistant", !body.has("homeAssistant") || body.get("homeAssistant").asBoolean(true));
            if (secret != null && !secret.isEmpty()) {
                p.put(".password", printable("secret", secret));
            }
        } else if ("email".equals(type)) {
            email(body, p);
            if (secret != null && !secret.isEmpty()) {
                p.put(".password", printable("secret", secret));
            }
        } else {
            p.put("url", webhookUrl(Json.text(body, "url", 512)));
            if (secret != null && !secret.isEmpty()) {
                if (secret.length() < 16) {
                    throw Problem.badRequest("a webhook's signing secret has at least 16 characters (the receiver checks the signature with it)");
                }
                p.put(".secret", printable("secret", secret));
            } else if (p.get(".secret") == null) {
                throw Problem.badRequest("a new webhook needs a signing secret of at least 16 characters");
            }
        }
        String sev = Api.optional(body, "minSeverity", 16);
        if (sev != null && !sev.isEmpty()) {
            try {
                p.put("notify.minSeverity", Severity.fromId(sev).id());
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("'minSeverity' is info, low, medium, high or critical");
            }
        }
        String quiet = Api.optional(body, "quietHours", 11);
        if (quiet == null || quiet.isBlank()) {
            p.remove("notify.quietHours");
        } else {
            if (!QUIET.matcher(quiet.strip()).matches()) {
                throw Problem.badRequest("'quietHours' looks like 22:00-07:00 (24-hour clock, may span midnight), not '" + quiet + "'");
            }
            p.put("notify.quietHours", quiet.strip());
        }
        String zone = Api.optional(body, "quietHoursZone", 64);
        if (zone == null || zone.isBlank()) {
            p.remove("notify.quietHoursZone");
        } else {
            try {
                p.put("notify.quietHoursZone", ZoneId.of(zone.strip()).getId());
            } catch (DateTimeException e) {
                throw Problem.badRequest("'quietHoursZone' is a time zone like Europe/Berlin, not '" + zone + "'");
            }
        }
        // a mark of this save, public so that DS copies it to the channel's service: the answer waits for the channel
        // made from these settings, not for the one still registered from the settings before (a change is applied
        // asynchronously; the old service stays registered for a moment, or is gone while the new one starts)
        String saved = Long.toHexString(SAVES.incrementAndGet()) + "-" + Long.toHexString(System.nanoTime());
        p.put(PROP_SAVED, saved);
        Configuration c = existing.isPresent() ? existing.get() : cm.getFactoryConfiguration(FACTORY_PIDS.get(type), id, "?");
        c.update(p);
        long end = System.nanoTime() + SAVE_WAIT_NANOS;
        while (services(id).stream().noneMatch(r -> saved.equals(r.getProperty(PROP_SAVED))) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return list(cm).stream().filter(m -> id.equals(m.get("id"))).findFirst().orElseThrow();
    }

    /** The e-mail channel's settings (docs/notifications.md, "E-mail channel"), checked before anything is stored. */
    static void email(JsonNode body, Hashtable<String, Object> p) {
        String host = Json.text(body, "host", 253).strip();
        if (!HOST.matcher(host).matches()) {
            throw Problem.badRequest("'host' is the mail server's name or address, like smtp.example.org, not '" + host + "'");
        }
        p.put("host", host);
        String security = Api.optional(body, "security", 16);
        security = security == null || security.isEmpty() ? "STARTTLS" : security.toUpperCase(Locale.ROOT);
        if (!Set.of("STARTTLS", "SMTPS", "NONE").contains(security)) {
            throw Problem.badRequest("'security' is STARTTLS, SMTPS or NONE");
        }
        p.put("security", security);
        int port = body.has("port") && !body.get("port").asText().isEmpty() ? body.get("port").asInt(-1) : "SMTPS".equals(security) ? 465 : 587;
        if (port < 1 || port > 65535) {
            throw Problem.badRequest("'port' is a number from 1 to 65535 (587 for STARTTLS, 465 for SMTPS)");
        }
        p.put("port", port);
        String user = printable("username", Api.optional(body, "username", 128));
        p.put("username", user == null ? "" : user);
        p.put("from", mailbox("from", Json.text(body, "from", 254).strip()));
        String toText = Json.text(body, "to", 20 * 255);
        List<String> to = new ArrayList<>();
        for (String a : toText.split("[,;\\s]+")) {
            if (!a.isEmpty()) {
                to.add(mailbox("to", a));
            }
        }
        if (to.isEmpty() || to.size() > MAX_RECIPIENTS) {
            throw Problem.badRequest("'to' is 1 to " + MAX_RECIPIENTS + " addresses, separated by commas");
        }
        p.put("to", to.toArray(String[]::new));
        String prefix = printable("subjectPrefix", Api.optional(body, "subjectPrefix", 40));
        p.put("subjectPrefix", prefix == null || prefix.isBlank() ? "[Hearthguard]" : prefix.strip());
    }

    private static String mailbox(String field, String a) {
        if (a.length() > 254 || !MAILBOX.matcher(a).matches()) {
            throw Problem.badRequest("'" + field + "' holds e-mail addresses like family@example.org; '" + clip(a) + "' is not one");
        }
        return a;
    }

    /** Deletes a channel's configuration: the channel stops; what it had not sent yet stays in its outbox. */
    boolean remove(ConfigurationAdmin cm, String id) throws IOException {
        Optional<Configuration> c = find(cm, channelId(id));
        if (c.isEmpty()) {
            return false;
        }
        c.get().delete();
        return true;
    }

    /**
     * Sends one test notification through the running channel, on this thread, and waits for
     * the destination's confirmation (MQTT PUBACK, HTTP 2xx). It is a {@code digest} of
     * nothing with {@code "test": true}, so automations that act on findings ignore it.
     */
    Map<String, Object> test(String id, String user) {
        List<ServiceReference<NotificationChannel>> refs = services(channelId(id));
        if (refs.isEmpty()) {
            throw new Problem(409, "channel-stopped", "The channel is not running",
                    "channel '" + id + "' is not running, so nothing can be sent; check its settings (the hub's log says why it did not start)");
        }
        NotificationChannel ch = context.getService(refs.get(0));
        if (ch == null) {
            throw new Problem(409, "channel-stopped", "The channel is not running", "channel '" + id + "' stopped just now");
        }
        long t0 = System.nanoTime();
        try {
            TestNotification n = new TestNotification("test-" + UUID.randomUUID(), Instant.now(), user);
            ch.deliver(n);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("delivered", true);
            m.put("id", n.id());
            m.put("millis", (System.nanoTime() - t0) / 1_000_000);
            return m;
        } catch (DeliveryException e) {
            throw new Problem(502, "test-not-delivered", "The test was not delivered", "the test did not arrive: " + clip(e.getMessage()));
        } catch (RuntimeException e) {
            throw new Problem(502, "test-not-delivered", "The test was not delivered", "the channel failed: " + clip(String.valueOf(e)));
        } finally {
            context.ungetService(refs.get(0));
        }
    }

    private static String clip(String s) {
        return s == null ? "no reason given" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String printable(String field, String v) {
        if (v != null && !PRINTABLE.matcher(v).matches()) {
            throw Problem.badRequest("'" + field + "' may hold printable ASCII characters only");
        }
        return v;
    }

    /** tcp:// or ssl:// with a host and a port; nothing else (no paths, no user info). */
    static String brokerUri(String s) {
        URI u;
        try {
            u = new URI(s.strip());
        } catch (URISyntaxException e) {
            throw Problem.badRequest("'brokerUri' is not a valid address: " + e.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!Set.of("tcp", "ssl").contains(scheme) || u.getHost() == null || u.getPort() < 1 || u.getUserInfo() != null
                || !(u.getRawPath() == null || u.getRawPath().isEmpty()) || u.getRawQuery() != null) {
            throw Problem.badRequest("'brokerUri' looks like tcp://broker.lan:1883 or ssl://broker.lan:8883 (a host and a port, nothing else)");
        }
        return scheme + "://" + u.getHost() + ":" + u.getPort();
    }

    static String webhookUrl(String s) {
        URI u;
        try {
            u = new URI(s.strip());
        } catch (URISyntaxException e) {
            throw Problem.badRequest("'url' is not a valid address: " + e.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!Set.of("http", "https").contains(scheme) || u.getHost() == null || u.getUserInfo() != null || u.getFragment() != null) {
            throw Problem.badRequest("'url' is an http:// or https:// address with a host, without a user name or #fragment");
        }
        return u.toString();
    }

    /** The test message: a digest of nothing, marked as a test. */
    record TestNotification(String id, Instant created, String user) implements Notification {
        @Override
        public Kind kind() {
            return Kind.DIGEST;
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public String title() {
            return "Hearthguard test message";
        }

        @Override
        public String body() {
            return "A test sent from the Hearthguard dashboard by " + user + ". If you can read this, the hub's notifications arrive here.";
        }

        @Override
        public Optional<StoredFinding> finding() {
            return Optional.empty();
        }

        @Override
        public Optional<String> deviceId() {
            return Optional.empty();
        }

        @Override
        public List<String> digestOf() {
            return List.of();
        }

        @Override
        public String json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("schema", 1);
            m.put("id", id);
            m.put("kind", "digest");
            m.put("test", true);
            m.put("created", created.toString());
            m.put("severity", "info");
            m.put("title", title());
            m.put("body", body());
            m.put("digestOf", List.of());
            m.put("digest", Map.of("count", 0, "items", List.of()));
            try {
                return Json.MAPPER.writeValueAsString(m);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
