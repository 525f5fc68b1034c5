package io.hearthguard.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import io.hearthguard.api.device.DeviceEvents;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.findings.internal.FindingServiceImpl;
import io.hearthguard.store.internal.SqliteStore;

/** The OSGi adapter driven by hand: channel properties, device events, bad configuration. */
class NotifyComponentTest {

    @TempDir
    Path dir;
    SqliteStore store;
    NotifyComponent component;

    static NotifyComponent.Config config(Map<String, Object> values) {
        return (NotifyComponent.Config) Proxy.newProxyInstance(NotifyComponent.Config.class.getClassLoader(),
                new Class<?>[] {NotifyComponent.Config.class}, (proxy, m, args) -> values.containsKey(m.getName())
                        ? values.get(m.getName()) : m.getDefaultValue());
    }

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("db"), "NORMAL");
    }

    @AfterEach
    void close() {
        if (component != null) {
            component.deactivate();
        }
        store.close();
    }

    NotifyComponent start(Map<String, Object> values) {
        FindingServiceImpl findings = new FindingServiceImpl(store, null, Duration.ofHours(1), Duration.ofDays(30));
        return new NotifyComponent(store, findings, config(values));
    }

    @Test
    void deviceEventsBecomeDeviceNotificationsAndMalformedOnesAreIgnored() throws Exception {
        component = start(Map.of("backoffBaseMillis", 20L));
        OutboxTest.Recording ch = new OutboxTest.Recording();
        component.addChannel(ch, Map.of(NotificationChannel.PROP_CHANNEL, "rec"));
        component.handleEvent(new Event(DeviceEvents.TOPIC_OFFLINE, Map.of(DeviceEvents.PROP_DEVICE_ID, "d-tv",
                DeviceEvents.PROP_DEVICE_TYPE, "tv")));
        component.handleEvent(new Event(DeviceEvents.TOPIC_OFFLINE, Map.of(DeviceEvents.PROP_DEVICE_ID, "../../x")));
        component.handleEvent(new Event(DeviceEvents.TOPIC_ADDED, Map.of()));
        OutboxTest.waitFor("device notification", () -> ch.confirmed.size() == 1);
        Thread.sleep(100);
        assertEquals(1, ch.confirmed.size());
        Notification n = ch.confirmed.get(0);
        assertEquals(Notification.Kind.DEVICE, n.kind());
        assertTrue(n.json().contains("\"event\":\"offline\""), n.json());
        assertTrue(n.json().contains("\"online\":false"), n.json());
        assertTrue(n.json().contains("\"type\":\"tv\""), n.json());
    }

    @Test
    void aChannelWithABadPolicyIsIgnoredAndTheOthersWork() throws Exception {
        component = start(Map.of("backoffBaseMillis", 20L));
        OutboxTest.Recording bad = new OutboxTest.Recording();
        OutboxTest.Recording good = new OutboxTest.Recording();
        component.addChannel(bad, Map.of(NotificationChannel.PROP_CHANNEL, "bad", ChannelPolicy.QUIET_HOURS, "sometimes"));
        component.addChannel(good, Map.of(NotificationChannel.PROP_CHANNEL, "good"));
        component.handleEvent(new Event(DeviceEvents.TOPIC_ADDED, Map.of(DeviceEvents.PROP_DEVICE_ID, "d-new")));
        OutboxTest.waitFor("good channel", () -> good.confirmed.size() == 1);
        assertTrue(bad.confirmed.isEmpty());
    }

    @Test
    void badComponentConfigurationNamesTheProperty() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> start(Map.of("backoffBaseMillis", 1L))).getMessage()
                .contains("backoffBaseMillis"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> start(Map.of("backoffMaxSeconds", 0L))).getMessage()
                .contains("backoffMaxSeconds"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> start(Map.of("dashboardUrl", "javascript:alert(1)")))
                .getMessage().contains("dashboardUrl"));
        component = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> start(Map.of("dashboardUrl", "http://hub.local:8080/")));
    }
}
