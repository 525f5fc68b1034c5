package io.hearthguard.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceEvents;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.api.notify.NotificationOutbox;
import io.hearthguard.findings.FindingChangeListener;
import io.hearthguard.findings.FindingJournal;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;
import io.hearthguard.platform.store.Store;

/**
 * Wires the {@link Dispatcher} into OSGi: the store and journal, every
 * {@link NotificationChannel} service (its policy from its service properties), finding
 * change wake-ups and device events.
 */
@Component(service = {FindingChangeListener.class, EventHandler.class, NotificationOutbox.class, MetricSource.class}, configurationPid = "io.hearthguard.notify", immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + DeviceEvents.TOPIC_PREFIX + "*")
@Designate(ocd = NotifyComponent.Config.class)
public final class NotifyComponent implements FindingChangeListener, EventHandler, NotificationOutbox, MetricSource {

    private static final Logger LOG = Logger.getLogger(NotifyComponent.class.getName());

    /** Outbox settings. */
    @ObjectClassDefinition(name = "Hearthguard notifications", description = "The durable notification outbox.")
    public @interface Config {
        @AttributeDefinition(name = "Dashboard URL", description = "Base URL of the dashboard, for links in notifications (empty: no links).")
        String dashboardUrl() default "";

        @AttributeDefinition(name = "First retry delay (ms)", min = "10", max = "600000")
        long backoffBaseMillis() default 1000;

        @AttributeDefinition(name = "Longest retry delay (s)", min = "1", max = "86400")
        long backoffMaxSeconds() default 300;
    }

    private final Dispatcher dispatcher;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceInventory inventory;

    @Activate
    public NotifyComponent(@Reference Store store, @Reference FindingJournal journal, Config config) {
        if (config.backoffBaseMillis() < 10 || config.backoffBaseMillis() > 600_000) {
            throw new IllegalArgumentException("io.hearthguard.notify backoffBaseMillis must be between 10 and 600000, not "
                    + config.backoffBaseMillis());
        }
        if (config.backoffMaxSeconds() < 1 || config.backoffMaxSeconds() > 86_400) {
            throw new IllegalArgumentException("io.hearthguard.notify backoffMaxSeconds must be between 1 and 86400, not "
                    + config.backoffMaxSeconds());
        }
        String url = config.dashboardUrl().trim();
        if (!url.isEmpty() && !url.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("io.hearthguard.notify dashboardUrl must be an http(s) URL, not '" + url + "'");
        }
        NotificationFactory factory = new NotificationFactory(url);
        Clock clock = Clock.systemUTC();
        dispatcher = new Dispatcher(new Outbox(store, journal, factory, clock), factory,
                Duration.ofMillis(config.backoffBaseMillis()), Duration.ofSeconds(config.backoffMaxSeconds()), clock);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedChannel", unbind = "removeChannel")
    void addChannel(NotificationChannel channel, Map<String, Object> properties) {
        Object id = properties.get(NotificationChannel.PROP_CHANNEL);
        try {
            dispatcher.addChannel(id == null ? null : id.toString(), channel, ChannelPolicy.from(properties));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "notification channel " + id + " ignored: " + e.getMessage());
        }
    }

    void updatedChannel(NotificationChannel channel, Map<String, Object> properties) {
        removeChannel(channel, properties);
        addChannel(channel, properties);
    }

    void removeChannel(NotificationChannel channel, Map<String, Object> properties) {
        Object id = properties.get(NotificationChannel.PROP_CHANNEL);
        if (id != null) {
            dispatcher.removeChannel(id.toString(), channel);
        }
    }

    @Deactivate
    void deactivate() {
        dispatcher.close();
    }

    @Override
    public void collect(MetricSink sink) {
        dispatcher.outbox().metrics(sink);
    }

    @Override
    public void channelAvailable(String channelId) {
        dispatcher.channelAvailable(channelId);
    }

    @Override
    public void changed(io.hearthguard.findings.FindingChange change) {
        dispatcher.wake();
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(DeviceEvents.PROP_DEVICE_ID);
        if (!(id instanceof String deviceId) || !deviceId.matches("[a-z0-9-]{1,100}")) {
            LOG.warning(() -> "device event " + event.getTopic() + " without a valid " + DeviceEvents.PROP_DEVICE_ID + " ignored");
            return;
        }
        String what = event.getTopic().substring(DeviceEvents.TOPIC_PREFIX.length()).toLowerCase(java.util.Locale.ROOT);
        DeviceInventory inv = inventory;
        Optional<Device> d = inv == null ? Optional.empty() : inv.byId(deviceId);
        dispatcher.device(what, describe(deviceId, d, event));
    }

    /** @return the device members of a device notification */
    static Map<String, Object> describe(String id, Optional<Device> device, Event event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        if (device.isPresent()) {
            Device d = device.get();
            m.put("name", d.displayName());
            m.put("type", d.type().id());
            d.vendor().ifPresent(v -> m.put("vendor", v));
            d.model().ifPresent(v -> m.put("model", v));
            m.put("online", d.online());
            m.put("macs", d.macs());
            m.put("ips", d.ips().stream().sorted().toList());
            m.put("lastSeen", d.lastSeen().toString());
        } else {
            Object type = event.getProperty(DeviceEvents.PROP_DEVICE_TYPE);
            if (type != null) {
                m.put("type", type.toString());
            }
            Object mac = event.getProperty(DeviceEvents.PROP_DEVICE_MAC);
            if (mac != null) {
                m.put("macs", java.util.List.of(mac.toString()));
            }
            String topic = event.getTopic();
            if (topic.endsWith("ONLINE") || topic.endsWith("OFFLINE")) {
                m.put("online", topic.endsWith("ONLINE"));
            }
        }
        return m;
    }
}
