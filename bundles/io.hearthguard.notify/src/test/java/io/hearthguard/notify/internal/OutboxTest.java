package io.hearthguard.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.Notification.Kind;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.findings.internal.FindingServiceImpl;
import io.hearthguard.store.internal.SqliteStore;

class OutboxTest {

    @TempDir
    Path dir;
    SqliteStore store;
    FindingServiceImpl findings;
    Dispatcher dispatcher;
    Outbox outbox;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

    static final DeviceRef ECHO = new DeviceRef("d-echo", "44:65:0d:00:00:01", "192.168.1.20", "Kitchen Echo");

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Records what it confirmed; fails as told. */
    static final class Recording implements NotificationChannel {
        final List<Notification> confirmed = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger attempts = new AtomicInteger();
        volatile int failFirst;
        volatile boolean failAlways;
        volatile boolean permanent;

        @Override
        public void deliver(Notification n) throws DeliveryException {
            int a = attempts.incrementAndGet();
            if (failAlways || a <= failFirst) {
                throw new DeliveryException("destination down (test)", permanent, null);
            }
            confirmed.add(n);
        }

        List<String> ids() {
            synchronized (confirmed) {
                return confirmed.stream().map(Notification::id).toList();
            }
        }
    }

    @BeforeEach
    void open() {
        openStore();
    }

    void openStore() {
        store = new SqliteStore(dir.resolve("db"), "NORMAL");
        findings = new FindingServiceImpl(store, null, Duration.ofHours(1), Duration.ofDays(30));
        NotificationFactory factory = new NotificationFactory("http://hub.local:8080/");
        outbox = new Outbox(store, findings, factory, clock);
        dispatcher = new Dispatcher(outbox, factory, Duration.ofMillis(20), Duration.ofMillis(100), clock);
        findings.addListener(dispatcher);
    }

    @AfterEach
    void close() {
        dispatcher.close();
        store.close();
    }

    static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    StoredFinding publish(String rule, Severity s) {
        return findings.publish(Finding.builder(rule, Categories.EAVESDROP, s).device(ECHO).span(clock.instant(), null)
                .summary("Kitchen Echo " + rule).evidence(Map.of("seconds", 42, "destination", "avs.example"))
                .source("test").build());
    }

    @Test
    void everyFindingIsDeliveredOnceInOrderWithAStableIdAndTheEvidence() throws Exception {
        Recording ch = new Recording();
        dispatcher.addChannel("test", ch, ChannelPolicy.ALL);
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            published.add(publish("rule-" + i, Severity.MEDIUM).id());
        }
        waitFor("50 delivered", () -> ch.confirmed.size() == 50);
        assertEquals(published, ch.confirmed.stream().map(n -> n.finding().orElseThrow().id()).toList());
        Notification n = ch.confirmed.get(0);
        assertEquals(Kind.FINDING, n.kind());
        assertTrue(n.id().endsWith(published.get(0)), n.id());
        assertTrue(n.body().contains("destination: avs.example"), n.body());
        assertTrue(n.body().contains("http://hub.local:8080/#/findings/" + published.get(0)), n.body());
        assertTrue(n.json().contains("\"schema\":1"), n.json());
        NotificationImpl back = NotificationImpl.fromJson(n.json());
        assertEquals(n.id(), back.id());
        assertEquals(Severity.MEDIUM, back.severity());
        waitFor("outbox empty", () -> outbox.count("test", Outbox.Status.READY) == 0);
    }

    @Test
    void aFailingChannelRetriesInOrderAndDoesNotBlockTheOthers() throws Exception {
        Recording broken = new Recording();
        broken.failAlways = true;
        Recording flaky = new Recording();
        flaky.failFirst = 5;
        Recording fine = new Recording();
        dispatcher.addChannel("broken", broken, ChannelPolicy.ALL);
        dispatcher.addChannel("flaky", flaky, ChannelPolicy.ALL);
        dispatcher.addChannel("fine", fine, ChannelPolicy.ALL);
        for (int i = 0; i < 20; i++) {
            publish("rule-" + i, Severity.HIGH);
        }
        waitFor("fine got 20", () -> fine.confirmed.size() == 20);
        waitFor("flaky got 20", () -> flaky.confirmed.size() == 20);
        assertEquals(fine.ids(), flaky.ids());
        assertTrue(broken.attempts.get() >= 2, "the broken channel was retried");
        assertTrue(broken.confirmed.isEmpty());
        // the broken channel's rows are queued by its own worker, which may lag the others under load
        waitFor("broken holds 20 ready", () -> outbox.count("broken", Outbox.Status.READY) == 20);

        // it comes back: everything arrives, in the same order
        broken.failAlways = false;
        waitFor("broken got 20", () -> broken.confirmed.size() == 20);
        assertEquals(fine.ids(), broken.ids());
    }

    @Test
    void aPermanentlyRejectedNotificationIsParkedAndTheQueueMovesOn() throws Exception {
        Recording ch = new Recording();
        ch.failFirst = 1;
        ch.permanent = true;
        dispatcher.addChannel("strict", ch, ChannelPolicy.ALL);
        publish("a", Severity.HIGH);
        publish("b", Severity.HIGH);
        waitFor("b delivered", () -> ch.confirmed.size() == 1);
        assertEquals("b", ch.confirmed.get(0).finding().orElseThrow().finding().rule());
        assertEquals(1, outbox.count("strict", Outbox.Status.PARKED));
    }

    @Test
    void queuedNotificationsSurviveARestartAndAreSentThen() throws Exception {
        Recording down = new Recording();
        down.failAlways = true;
        dispatcher.addChannel("later", down, ChannelPolicy.ALL);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(publish("r" + i, Severity.LOW).id());
        }
        waitFor("queued", () -> outbox.count("later", Outbox.Status.READY) == 10);
        close();
        openStore();
        Recording up = new Recording();
        dispatcher.addChannel("later", up, ChannelPolicy.ALL);
        waitFor("all 10 after restart", () -> up.confirmed.size() == 10);
        assertEquals(ids, up.confirmed.stream().map(n -> n.finding().orElseThrow().id()).toList());
    }

    @Test
    void aChannelSeenForTheFirstTimeIsNotFloodedWithHistory() throws Exception {
        publish("old", Severity.HIGH);
        Recording ch = new Recording();
        dispatcher.addChannel("new", ch, ChannelPolicy.ALL);
        publish("new", Severity.HIGH);
        waitFor("one delivered", () -> ch.confirmed.size() == 1);
        assertEquals("new", ch.confirmed.get(0).finding().orElseThrow().finding().rule());
    }

    @Test
    void mutedFindingsAndThoseBelowTheMinimumSeverityAreNeverSent() throws Exception {
        Recording ch = new Recording();
        dispatcher.addChannel("picky", ch, ChannelPolicy.from(Map.of(ChannelPolicy.MIN_SEVERITY, "high",
                ChannelPolicy.KINDS, new String[] {"finding", "finding-state"})));
        findings.addMuteRule("d-echo", "muted.rule", "test", "me");
        publish("muted.rule", Severity.CRITICAL);
        publish("low.rule", Severity.LOW);
        StoredFinding high = publish("high.rule", Severity.HIGH);
        publish("high.rule", Severity.HIGH); // a recurrence: finding-update, not wanted here
        findings.acknowledge(high.id(), "dashboard:alice");
        waitFor("two delivered", () -> ch.confirmed.size() == 2);
        Thread.sleep(100);
        assertEquals(List.of(Kind.FINDING, Kind.FINDING_STATE), ch.confirmed.stream().map(Notification::kind).toList());
        assertTrue(ch.confirmed.get(1).title().contains("acknowledged by dashboard:alice"), ch.confirmed.get(1).title());
        assertTrue(ch.confirmed.get(1).json().contains("\"previousState\":\"open\""), ch.confirmed.get(1).json());
    }

    @Test
    void informationalRecordsAreNotNotifiedUnlessAChannelAsksForThem() throws Exception {
        Recording byDefault = new Recording();
        Recording wantsAll = new Recording();
        dispatcher.addChannel("default", byDefault, ChannelPolicy.from(Map.of()));
        dispatcher.addChannel("everything", wantsAll, ChannelPolicy.from(Map.of(ChannelPolicy.INFO_FINDINGS, "true")));
        publish("eavesdrop.voice-session", Severity.INFO); // a benign listening session: a record
        publish("eavesdrop.idle-trickle", Severity.MEDIUM);
        waitFor("records and alarms to the channel that wants everything", () -> wantsAll.confirmed.size() == 2);
        waitFor("the alarm to the default channel", () -> byDefault.confirmed.size() == 1);
        Thread.sleep(100);
        assertEquals(1, byDefault.confirmed.size());
        assertEquals("eavesdrop.idle-trickle", byDefault.confirmed.get(0).finding().orElseThrow().finding().rule());
        assertEquals(Severity.INFO, ChannelPolicy.from(Map.of()).minSeverity(), "device notifications (info) still go by default");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPolicy.from(Map.of(ChannelPolicy.INFO_FINDINGS, "yes")))
                .getMessage().startsWith("notify.infoFindings"));
    }

    @Test
    void quietHoursHoldNotificationsExceptCriticalAndSendADigestAfterwards() throws Exception {
        clock.now = Instant.parse("2026-11-25T23:00:00Z");
        Recording ch = new Recording();
        dispatcher.addChannel("night", ch, ChannelPolicy.from(Map.of(ChannelPolicy.QUIET_HOURS, "22:00-07:00",
                ChannelPolicy.QUIET_ZONE, "UTC")));
        StoredFinding a = publish("a", Severity.HIGH);
        StoredFinding b = publish("b", Severity.MEDIUM);
        publish("c", Severity.CRITICAL);
        waitFor("critical delivered", () -> ch.confirmed.size() == 1);
        assertEquals(Severity.CRITICAL, ch.confirmed.get(0).severity());
        waitFor("two held", () -> outbox.count("night", Outbox.Status.HELD) == 2);

        clock.now = Instant.parse("2026-11-26T07:00:01Z");
        dispatcher.wake();
        waitFor("digest delivered", () -> ch.confirmed.size() == 2);
        Notification d = ch.confirmed.get(1);
        assertEquals(Kind.DIGEST, d.kind());
        assertEquals(Severity.HIGH, d.severity());
        assertEquals(List.of(a.id(), b.id()), d.digestOf());
        assertTrue(d.body().contains("2 notifications were held back"), d.body());
        assertEquals(0, outbox.count("night", Outbox.Status.HELD));
    }

    @Test
    void theRateLimitHoldsTheExcessAndSummarisesItInADigest() throws Exception {
        Recording ch = new Recording();
        dispatcher.addChannel("limited", ch, ChannelPolicy.from(Map.of(ChannelPolicy.MAX_PER_HOUR, "3")));
        for (int i = 0; i < 8; i++) {
            publish("r" + i, Severity.MEDIUM);
        }
        waitFor("three delivered", () -> ch.confirmed.size() == 3);
        waitFor("five held", () -> outbox.count("limited", Outbox.Status.HELD) == 5);
        Thread.sleep(100);
        assertEquals(3, ch.confirmed.size());
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        dispatcher.wake();
        waitFor("digest", () -> ch.confirmed.size() == 4);
        assertEquals(Kind.DIGEST, ch.confirmed.get(3).kind());
        assertEquals(5, ch.confirmed.get(3).digestOf().size());
    }

    @Test
    void deviceNotificationsGoToChannelsThatWantThem() throws Exception {
        Recording all = new Recording();
        Recording findingsOnly = new Recording();
        dispatcher.addChannel("all", all, ChannelPolicy.ALL);
        dispatcher.addChannel("findings", findingsOnly, ChannelPolicy.from(Map.of(ChannelPolicy.KINDS, "finding")));
        dispatcher.device("added", Map.of("id", "d-tv", "name", "Living room TV", "type", "tv"));
        waitFor("device delivered", () -> all.confirmed.size() == 1);
        assertEquals(Kind.DEVICE, all.confirmed.get(0).kind());
        assertEquals("d-tv", all.confirmed.get(0).deviceId().orElseThrow());
        assertTrue(all.confirmed.get(0).title().contains("Living room TV joined"), all.confirmed.get(0).title());
        assertTrue(findingsOnly.confirmed.isEmpty());
    }

    @Test
    void badPolicyValuesAndChannelIdsNameTheProperty() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPolicy.from(Map.of(ChannelPolicy.MIN_SEVERITY, "urgent")))
                .getMessage().startsWith("notify.minSeverity"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPolicy.from(Map.of(ChannelPolicy.QUIET_HOURS, "late")))
                .getMessage().startsWith("notify.quietHours"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPolicy.from(Map.of(ChannelPolicy.QUIET_ZONE, "Mars/Base")))
                .getMessage().startsWith("notify.quietHoursZone"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPolicy.from(Map.of(ChannelPolicy.MAX_PER_HOUR, "-1")))
                .getMessage().startsWith("notify.maxPerHour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPolicy.from(Map.of(ChannelPolicy.KINDS, "pager")))
                .getMessage().startsWith("notify.kinds"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dispatcher.addChannel("Bad Id", new Recording(), ChannelPolicy.ALL))
                .getMessage().contains("hearthguard.channel"));
        dispatcher.addChannel("dup", new Recording(), ChannelPolicy.ALL);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dispatcher.addChannel("dup", new Recording(), ChannelPolicy.ALL))
                .getMessage().contains("already registered"));
    }

    @Test
    void quietHoursOverMidnightAndWithinADayAreRecognised() {
        ChannelPolicy night = ChannelPolicy.from(Map.of(ChannelPolicy.QUIET_HOURS, "22:00-07:00", ChannelPolicy.QUIET_ZONE, "UTC"));
        assertTrue(night.quiet(Instant.parse("2026-11-25T23:30:00Z")));
        assertTrue(night.quiet(Instant.parse("2026-11-25T06:59:00Z")));
        assertFalse(night.quiet(Instant.parse("2026-11-25T07:00:00Z")));
        ChannelPolicy lunch = ChannelPolicy.from(Map.of(ChannelPolicy.QUIET_HOURS, "12:00-13:00", ChannelPolicy.QUIET_ZONE, "UTC"));
        assertTrue(lunch.quiet(Instant.parse("2026-11-25T12:30:00Z")));
        assertFalse(lunch.quiet(Instant.parse("2026-11-25T13:30:00Z")));
    }
}
