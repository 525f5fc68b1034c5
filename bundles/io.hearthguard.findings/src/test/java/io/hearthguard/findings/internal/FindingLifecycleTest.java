package io.hearthguard.findings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.findings.FindingChange;
import io.hearthguard.findings.FindingCodec;
import io.hearthguard.platform.findings.MuteRule;
import io.hearthguard.store.internal.SqliteStore;

class FindingLifecycleTest {

    @TempDir
    Path dir;
    SqliteStore store;
    FindingServiceImpl service;
    final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    final List<FindingChange> heard = Collections.synchronizedList(new ArrayList<>());

    static final DeviceRef ECHO = new DeviceRef("d-echo", "44:65:0d:00:00:01", "192.168.1.20", "Kitchen Echo");
    static final DeviceRef CAM = new DeviceRef("d-cam", "00:11:22:33:44:55", "192.168.1.30", "Door camera");

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("db"), "NORMAL");
        service = new FindingServiceImpl(store, new Recorder(), Duration.ofHours(1), Duration.ofDays(30));
        service.addListener(heard::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    final class Recorder implements EventAdmin {
        @Override
        public void postEvent(Event event) {
            events.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            events.add(event);
        }
    }

    static Finding finding(String rule, DeviceRef device, Severity s) {
        return Finding.builder(rule, Categories.EAVESDROP, s).device(device).span(Instant.now(), null)
                .summary(rule + " on " + device.name()).evidence(Map.of("seconds", 42)).source("test").build();
    }

    @Test
    void acknowledgeMuteResolveReopenAreJournaledAndAnnounced() {
        StoredFinding f = service.publish(finding("eavesdrop.long-listening", ECHO, Severity.HIGH));
        assertEquals(FindingState.OPEN, f.state());
        assertEquals(FindingState.ACKNOWLEDGED, service.acknowledge(f.id(), "dashboard:alice").state());
        assertEquals(FindingState.MUTED, service.mute(f.id(), "mqtt:ha").state());
        assertEquals(FindingState.RESOLVED, service.resolve(f.id(), "dashboard:alice").state());
        assertEquals(FindingState.OPEN, service.reopen(f.id(), "dashboard:bob").state());
        assertEquals(FindingState.OPEN, service.get(f.id()).orElseThrow().state());

        List<String> topics = events.stream().map(Event::getTopic).toList();
        assertEquals(List.of(FindingEvents.TOPIC_CREATED, FindingEvents.TOPIC_STATE_CHANGED, FindingEvents.TOPIC_STATE_CHANGED,
                FindingEvents.TOPIC_STATE_CHANGED, FindingEvents.TOPIC_STATE_CHANGED), topics);
        assertEquals("open", events.get(4).getProperty(FindingEvents.PROP_STATE));
        assertEquals("d-echo", events.get(4).getProperty(FindingEvents.PROP_DEVICE_ID));

        List<FindingChange> journal = store.read(c -> service.read(c, 0, 100));
        assertEquals(5, journal.size());
        // listeners heard exactly what the journal holds, in the same order
        assertEquals(journal.stream().map(c -> c.seq() + c.type().name() + c.finding().state()).toList(),
                heard.stream().map(c -> c.seq() + c.type().name() + c.finding().state()).toList());
        for (int i = 1; i < journal.size(); i++) {
            assertTrue(journal.get(i).seq() > journal.get(i - 1).seq());
        }
        assertEquals(FindingState.MUTED, journal.get(3).previousState());
        assertEquals("dashboard:alice", journal.get(3).actor());
        assertEquals(journal.get(4).seq(), store.read(service::head));
    }

    @Test
    void aTransitionThatIsNotAllowedNamesBothStatesAndChangesNothing() {
        StoredFinding f = service.publish(finding("eavesdrop.long-listening", ECHO, Severity.HIGH));
        service.resolve(f.id(), "me");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> service.acknowledge(f.id(), "me"));
        assertTrue(e.getMessage().contains("from resolved to acknowledged"), e.getMessage());
        assertEquals(FindingState.RESOLVED, service.get(f.id()).orElseThrow().state());
        // the same state again is a no-op, not an error, and records nothing
        int before = heard.size();
        assertEquals(FindingState.RESOLVED, service.resolve(f.id(), "me").state());
        assertEquals(before, heard.size());
    }

    @Test
    void unknownIdsAndBadActorsAreRejectedClearly() {
        assertThrows(NoSuchElementException.class, () -> service.acknowledge("f-nope", "me"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.acknowledge("../etc", "me"));
        assertTrue(e.getMessage().contains("finding id"), e.getMessage());
        StoredFinding f = service.publish(finding("r", ECHO, Severity.LOW));
        e = assertThrows(IllegalArgumentException.class, () -> service.acknowledge(f.id(), "evil\nactor"));
        assertTrue(e.getMessage().contains("actor"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.acknowledge(f.id(), "x".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> service.acknowledge(f.id(), ""));
        assertEquals(FindingState.OPEN, service.get(f.id()).orElseThrow().state());
    }

    @Test
    void muteRulesPerDevicePerRuleAndPerDeviceAndRuleStoreMatchingFindingsAsMuted() {
        service.addMuteRule("d-cam", null, "camera is noisy", "me");
        service.addMuteRule(null, "hygiene.default-password", "", "me");
        MuteRule both = service.addMuteRule("d-echo", "eavesdrop.short", "known", "me");

        assertEquals(FindingState.MUTED, service.publish(finding("port-scan.inbound", CAM, Severity.HIGH)).state());
        assertEquals(FindingState.MUTED, service.publish(finding("hygiene.default-password", ECHO, Severity.HIGH)).state());
        assertEquals(FindingState.MUTED, service.publish(finding("eavesdrop.short", ECHO, Severity.HIGH)).state());
        assertEquals(FindingState.OPEN, service.publish(finding("eavesdrop.long", ECHO, Severity.HIGH)).state());
        assertEquals(3, service.muteRules().size());

        assertTrue(service.removeMuteRule(both.id(), "me"));
        assertFalse(service.removeMuteRule(both.id(), "me"));
        // a recurrence of the muted finding stays muted; a new occurrence after the rule went is open
        assertEquals(FindingState.MUTED, service.publish(finding("eavesdrop.short", ECHO, Severity.HIGH)).state());
    }

    @Test
    void aNewMuteRuleMutesMatchingOpenFindingsAndAnnouncesIt() {
        StoredFinding a = service.publish(finding("eavesdrop.long", ECHO, Severity.HIGH));
        StoredFinding b = service.publish(finding("eavesdrop.long", CAM, Severity.HIGH));
        service.addMuteRule("44:65:0d:00:00:01", null, "by mac", "me");
        assertEquals(FindingState.MUTED, service.get(a.id()).orElseThrow().state());
        assertEquals(FindingState.OPEN, service.get(b.id()).orElseThrow().state());
        FindingChange last = heard.get(heard.size() - 1);
        assertEquals(FindingChange.Type.STATE_CHANGED, last.type());
        assertEquals(a.id(), last.finding().id());
    }

    @Test
    void badMuteRulesAreRejectedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.addMuteRule(null, null, "", "me")).getMessage()
                .contains("device id, a rule id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.addMuteRule("D ECHO", null, "", "me")).getMessage()
                .contains("deviceId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.addMuteRule(null, "Bad Rule", "", "me")).getMessage()
                .contains("rule"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.addMuteRule("d-x", null, "x".repeat(201), "me"))
                .getMessage().contains("reason"));
        assertEquals(0, service.muteRules().size());
    }

    @Test
    void aRecurrenceReopensAResolvedFindingButNotAnAcknowledgedOne() {
        StoredFinding a = service.publish(finding("eavesdrop.long", ECHO, Severity.MEDIUM));
        service.resolve(a.id(), "me");
        StoredFinding again = service.publish(finding("eavesdrop.long", ECHO, Severity.MEDIUM));
        assertEquals(a.id(), again.id());
        assertEquals(FindingState.OPEN, again.state());
        FindingChange reopened = heard.get(heard.size() - 1);
        assertEquals(FindingChange.Type.STATE_CHANGED, reopened.type());
        assertEquals(FindingState.RESOLVED, reopened.previousState());
        assertEquals("system", reopened.actor());

        service.acknowledge(a.id(), "me");
        StoredFinding third = service.publish(finding("eavesdrop.long", ECHO, Severity.MEDIUM));
        assertEquals(FindingState.ACKNOWLEDGED, third.state());
        assertEquals(3, third.count());
        assertEquals(FindingChange.Type.UPDATED, heard.get(heard.size() - 1).type());
        assertNull(heard.get(heard.size() - 1).actor());
    }

    @Test
    void aLowerSeverityRecurrenceKeepsTheHigherSeverity() {
        service.publish(finding("eavesdrop.long", ECHO, Severity.CRITICAL));
        StoredFinding b = service.publish(finding("eavesdrop.long", ECHO, Severity.LOW));
        assertEquals(Severity.CRITICAL, b.finding().severity());
        assertEquals(Severity.CRITICAL, service.get(b.id()).orElseThrow().finding().severity());
    }

    @Test
    void retentionPurgesOldResolvedFindingsAndOldJournalEntriesOnly() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        Clock[] clock = {Clock.fixed(t0, ZoneOffset.UTC)};
        Clock moving = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId z) { return this; }
            @Override public Instant instant() { return clock[0].instant(); }
        };
        FindingRepository repo = new FindingRepository(store, Duration.ofHours(1), moving);
        String resolved = repo.publish(finding("a", ECHO, Severity.LOW)).stored().id();
        String open = repo.publish(finding("b", ECHO, Severity.LOW)).stored().id();
        repo.transition(resolved, FindingState.RESOLVED, "me");
        clock[0] = Clock.fixed(t0.plus(Duration.ofDays(10)), ZoneOffset.UTC);
        String recent = repo.publish(finding("c", ECHO, Severity.LOW)).stored().id();
        repo.transition(recent, FindingState.RESOLVED, "me");

        FindingRepository.Purged p = repo.purge(Duration.ofDays(5), Duration.ofDays(20));
        assertEquals(1, p.findings());
        assertEquals(0, p.journalEntries());
        p = repo.purge(Duration.ofDays(5), Duration.ofDays(5));
        assertEquals(0, p.findings());
        assertEquals(3, p.journalEntries());
        assertTrue(repo.get(resolved).isEmpty());
        assertTrue(repo.get(open).isPresent());
        assertTrue(repo.get(recent).isPresent());
    }

    @Test
    void theDeviceSummaryCountsOpenAndAcknowledgedFindingsAndTheirCategories() {
        StoredFinding a = service.publish(finding("eavesdrop.long", ECHO, Severity.HIGH));
        service.publish(finding("eavesdrop.short", ECHO, Severity.HIGH));
        StoredFinding c = service.publish(finding("eavesdrop.other", ECHO, Severity.HIGH));
        service.publish(finding("eavesdrop.long", CAM, Severity.HIGH));
        service.acknowledge(a.id(), "me");
        service.resolve(c.id(), "me");
        FindingAdmin.DeviceSummary s = service.summary("d-echo");
        assertEquals(1, s.open());
        assertEquals(1, s.acknowledged());
        assertEquals(java.util.Set.of(Categories.EAVESDROP), s.activeCategories());
        assertEquals(new FindingAdmin.DeviceSummary(0, 0, java.util.Set.of()), service.summary("d-none"));
    }

    @Test
    void theCodecRoundTripsAStoredFinding() {
        StoredFinding f = service.publish(finding("eavesdrop.long", ECHO, Severity.HIGH));
        StoredFinding back = FindingCodec.fromJson(FindingCodec.toJson(f));
        assertEquals(f.id(), back.id());
        assertEquals(f.state(), back.state());
        assertEquals(f.finding().evidence(), back.finding().evidence());
        assertEquals(f.lastSeen(), back.lastSeen());
        assertEquals("high", FindingCodec.toMap(f).get("severity"));
    }
}
