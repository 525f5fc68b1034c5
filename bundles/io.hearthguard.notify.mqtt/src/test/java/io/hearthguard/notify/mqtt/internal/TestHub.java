package io.hearthguard.notify.mqtt.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;


import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.findings.internal.FindingServiceImpl;
import io.hearthguard.notify.internal.ChannelPolicy;
import io.hearthguard.notify.internal.Dispatcher;
import io.hearthguard.notify.internal.NotificationFactory;
import io.hearthguard.notify.internal.Outbox;
import io.hearthguard.store.internal.SqliteStore;

/**
 * The hub's notification path assembled from plain classes, as the OSGi components wire it:
 * store, findings (with journal), outbox, one delivery thread, the MQTT channel.
 */
final class TestHub implements AutoCloseable {

    static final DeviceRef ECHO = new DeviceRef("d-echo", "44:65:0d:00:00:01", "192.168.1.20", "Kitchen Echo");

    final SqliteStore store;
    final FindingServiceImpl findings;
    final Dispatcher dispatcher;
    final MqttChannel channel;
    /** When the channel last (re)connected. */
    volatile long connectedNanos;

    TestHub(Path db, MqttSettings settings, String synchronous) {
        this(db, settings, synchronous, Duration.ofMillis(100), Duration.ofMillis(500));
    }

    /** With the outbox's retry delays, e.g. the production defaults 1 s and 300 s. */
    TestHub(Path db, MqttSettings settings, String synchronous, Duration backoffBase, Duration backoffMax) {
        store = new SqliteStore(db, synchronous);
        findings = new FindingServiceImpl(store, null, Duration.ofSeconds(0), Duration.ofDays(30));
        NotificationFactory factory = new NotificationFactory("http://hub.local:8080");
        dispatcher = new Dispatcher(new Outbox(store, findings, factory, Clock.systemUTC()), factory, backoffBase, backoffMax,
                Clock.systemUTC());
        findings.addListener(dispatcher);
        channel = new MqttChannel(settings, () -> null, () -> findings, () -> findings);
        channel.onConnected(() -> { // as MqttChannelComponent wires it
            connectedNanos = System.nanoTime();
            dispatcher.channelAvailable("mqtt");
        });
        channel.start();
        dispatcher.addChannel("mqtt", channel, ChannelPolicy.ALL);
    }

    /** A distinct finding each call (a fresh dedup key), so each is its own notification. */
    StoredFinding publish(int i) {
        return findings.publish(Finding.builder("eavesdrop.long-listening", Categories.EAVESDROP, Severity.HIGH).device(ECHO)
                .span(Instant.now(), null).summary("Kitchen Echo streamed audio for 95 s with nobody speaking (#" + i + ")")
                .evidence(Map.of("seconds", 95, "destination", "avs-alexa.example", "n", i)).dedupKey("k" + i).source("test")
                .build());
    }

    @Override
    public void close() {
        dispatcher.close();
        channel.close();
        store.close();
    }

    /**
     * Child-process entry for the kill -9 test: {@code <db> <brokerUri> <count>}. Prints each
     * finding id after publish() returned (the finding is accepted), then keeps publishing.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
        TestHub hub = new TestHub(Path.of(args[0]), MqttSettings.local(args[1], "hub-child", "hg"), "FULL");
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++) {
            out.println(hub.publish(i).id());
            Thread.sleep(5);
        }
        Thread.sleep(60_000); // the parent kills us long before
    }
}
