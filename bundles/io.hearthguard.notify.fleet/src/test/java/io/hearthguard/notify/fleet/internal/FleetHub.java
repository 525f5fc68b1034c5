package io.hearthguard.notify.fleet.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import io.hearthguard.api.device.DeviceInventory;
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
 * A hub's notification path from the real plain classes, wired as the OSGi components wire
 * it: SQLite store, findings with their journal, the durable outbox, one delivery thread, the
 * fleet channel.
 */
final class FleetHub implements AutoCloseable {

    static final DeviceRef ECHO = new DeviceRef("d-echo", "44:65:0d:12:34:56", "192.168.1.20", "Grandma's bedroom speaker");

    final SqliteStore store;
    final FindingServiceImpl findings;
    final Dispatcher dispatcher;
    final FleetChannel channel;

    FleetHub(Path db, FleetSettings settings, Supplier<DeviceInventory> inventory) {
        store = new SqliteStore(db, "FULL");
        findings = new FindingServiceImpl(store, null, Duration.ofSeconds(0), Duration.ofDays(30));
        NotificationFactory factory = new NotificationFactory("http://hub.local:8080");
        dispatcher = new Dispatcher(new Outbox(store, findings, factory, Clock.systemUTC()), factory, Duration.ofMillis(100),
                Duration.ofMillis(500), Clock.systemUTC());
        findings.addListener(dispatcher);
        channel = new FleetChannel(settings, inventory, () -> findings, "hearthguard/test", Clock.systemUTC());
        channel.onConnected(() -> dispatcher.channelAvailable("fleet"));
        channel.start();
        dispatcher.addChannel("fleet", channel, ChannelPolicy.ALL);
    }

    /** Settings for a hub of the test broker, with its own password and the test salt. */
    static FleetSettings settings(FleetBroker broker, String hub, byte[] salt, int heartbeatSeconds) {
        return new FleetSettings(broker.uri(), hub, hub, FleetBroker.password(hub), broker.ca.toString(), "", "", salt, "fleet",
                heartbeatSeconds, heartbeatSeconds, 5, 3_000);
    }

    /** A distinct finding each call, about the family's speaker (named by the family). */
    StoredFinding publish(int i) {
        return findings.publish(Finding.builder("eavesdrop.long-listening", Categories.EAVESDROP, Severity.HIGH).device(ECHO)
                .span(Instant.now(), null).summary("Grandma's bedroom speaker streamed audio for 95 s (#" + i + ")")
                .evidence(Map.of("seconds", 95, "destination", "avs-alexa.example", "n", i)).dedupKey("k" + i).source("test").build());
    }

    @Override
    public void close() {
        dispatcher.close();
        channel.close();
        store.close();
    }

    /**
     * Child-process entry for the kill -9 test: {@code <db> <brokerUri> <caFile> <hub> <saltFile>}. Publishes a finding
     * every 5 ms and prints its id once publish() returned (the finding is accepted) until the parent kills it.
     */
    public static void main(String[] args) throws Exception {
        FleetSettings s = new FleetSettings(args[1], args[3], args[3], FleetBroker.password(args[3]), args[2], "", "",
                Files.readAllBytes(Path.of(args[4])), "fleet", 60, 3600, 5, 3_000);
        try (PrintStream accepted = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
                FleetHub hub = new FleetHub(Path.of(args[0]), s, () -> null)) {
            for (int i = 0; !accepted.checkError(); i++, Thread.sleep(5)) {
                accepted.println(hub.publish(i).id());
            }
        }
    }
}
