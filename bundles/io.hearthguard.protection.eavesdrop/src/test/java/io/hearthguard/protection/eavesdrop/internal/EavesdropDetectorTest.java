package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.protection.testing.GeneratedHouse;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.traffic.FlowRecord.Phase;

class EavesdropDetectorTest {

    static final long MAC = 0x44650D000001L;
    static final TestDevice ECHO = new TestDevice("echo-1", "44:65:0d:00:00:01", "192.168.1.21", DeviceType.SMART_SPEAKER);
    static final String AVS = "avs-alexa-14-na.amazon.com";

    /** Drives one speaker minute by minute like capture's periodic updates do. */
    static final class Sim {
        final RecordingContext ctx = new RecordingContext();
        final EavesdropDetector d;
        final Instant t0 = ctx.now;
        int minute;

        Sim(Settings s) {
            d = new EavesdropDetector(s, "test");
            ctx.now = t0;
            d.flow(TestFlow.of(1, Phase.STARTED, MAC, AVS, t0, t0, 60, 60), ECHO, ctx);
        }

        Sim() {
            this(Settings.defaults());
        }

        /** One minute with these byte counts on the voice connection. */
        Sim minute(long up, long down) {
            minute++;
            Instant t = t0.plusSeconds(60L * minute);
            ctx.now = t;
            d.flow(TestFlow.of(1, Phase.UPDATED, MAC, AVS, t0, t, up, down), ECHO, ctx);
            ctx.now = t.plusSeconds(2);
            d.tick(ctx);
            return this;
        }

        Sim idle(int minutes) {
            for (int i = 0; i < minutes; i++) {
                minute(380 + (i % 3) * 40, 300 + (i % 2) * 30);
            }
            return this;
        }

        List<Finding> above(Severity s) {
            return ctx.published.stream().filter(f -> f.severity().atLeast(s)).toList();
        }
    }

    @Test
    void ordinaryAnsweredRequestsBetweenHeartbeatsRaiseNothing() {
        Sim sim = new Sim().idle(90);
        for (int i = 0; i < 20; i++) {
            sim.minute(400 + 6 * 4000, 300 + 50_000).idle(10); // 6 s asked, long spoken answer
        }
        assertEquals(List.of(), sim.ctx.published);
    }

    @Test
    void listeningForMinutesAfterAGoodbyeIsLongListening() {
        Sim sim = new Sim().idle(90);
        sim.minute(400 + 5 * 4000, 20_000).minute(400 + 60 * 4000, 500).minute(400 + 50 * 4000, 400).idle(3);
        List<Finding> f = sim.ctx.rule(EavesdropDetector.LONG);
        assertFalse(f.isEmpty(), sim.ctx.published.toString());
        Finding first = f.get(0);
        assertEquals(Categories.EAVESDROP, first.category());
        assertEquals(Severity.HIGH, first.severity());
        assertEquals(ECHO.id(), first.device().id());
        assertEquals(List.of(AVS), first.evidence().get("remoteNames"));
        assertTrue(((List<?>) first.evidence().get("timeline")).size() >= 2);
        assertTrue(((Map<?, ?>) first.evidence().get("baseline")).get("idleUpBytesPerInterval") instanceof Long);
        // it is reported while it happens (2nd listening minute), and completed when it ends
        assertEquals(false, first.evidence().get("complete"));
        assertEquals(true, f.get(f.size() - 1).evidence().get("complete"));
        assertEquals(first.dedupKey(), f.get(f.size() - 1).dedupKey());
    }

    @Test
    void listeningResumedAfterNearEmptyAnswersIsSilentReprompt() {
        Sim sim = new Sim().idle(90);
        sim.minute(400 + 30 * 4000, 300 + 2_000).idle(3); // 30 s of listening in total, answers of a few hundred bytes
        assertEquals(1, sim.ctx.rule(EavesdropDetector.SILENT).size(), sim.ctx.published.toString());
        assertEquals(Severity.HIGH, sim.ctx.rule(EavesdropDetector.SILENT).get(0).severity());
    }

    @Test
    void aShortUnansweredWakeIsAMisactivationRatedLow() {
        Sim sim = new Sim().idle(90);
        sim.minute(400 + 7 * 4000, 300 + 600).idle(5);
        List<Finding> f = sim.ctx.rule(EavesdropDetector.MISACTIVATION);
        assertEquals(1, f.size());
        assertEquals(Severity.LOW, f.get(0).severity());
        assertEquals(1L, f.get(0).evidence().get("misactivationsSoFar"));
        assertEquals(1, sim.d.misactivations);
        assertEquals(List.of(), sim.above(Severity.MEDIUM));
    }

    @Test
    void repeatedUnansweredUploadsWithinHalfAnHourAreFlagged() {
        Sim sim = new Sim().idle(90);
        for (int i = 0; i < 4; i++) {
            sim.minute(400 + 10 * 4000, 300 + 500).idle(4);
        }
        assertEquals(1, sim.ctx.rule(EavesdropDetector.REPEATED).size(), sim.ctx.published.toString());
        assertEquals(Severity.MEDIUM, sim.ctx.rule(EavesdropDetector.REPEATED).get(0).severity());
    }

    @Test
    void misactivationsSpreadOverTheDayAreNotRepeatedUploads() {
        Sim sim = new Sim().idle(90);
        for (int i = 0; i < 6; i++) {
            sim.minute(400 + 10 * 4000, 300 + 500).idle(60);
        }
        assertEquals(6, sim.ctx.rule(EavesdropDetector.MISACTIVATION).size());
        assertEquals(List.of(), sim.above(Severity.MEDIUM));
    }

    @Test
    void aQuietTrickleAboveTheHeartbeatIsFlaggedAfterWarmUp() {
        Sim sim = new Sim().idle(90);
        for (int i = 0; i < 20; i++) {
            sim.minute(400 + 1_200, 320);
        }
        assertEquals(1, sim.ctx.rule(EavesdropDetector.TRICKLE).size(), sim.ctx.published.toString());
    }

    @Test
    void theTrickleRuleWaitsForTheBaseline() {
        Sim sim = new Sim().idle(10);
        for (int i = 0; i < 20; i++) {
            sim.minute(400 + 1_200, 320);
        }
        assertEquals(List.of(), sim.ctx.rule(EavesdropDetector.TRICKLE));
    }

    @Test
    void tenMinutesOfSteadyUpstreamIsASustainedUpload() {
        Sim sim = new Sim().idle(90);
        for (int i = 0; i < 12; i++) {
            sim.minute(400 + 8_000, 400);
        }
        List<Finding> f = sim.ctx.rule(EavesdropDetector.SUSTAINED);
        assertFalse(f.isEmpty(), sim.ctx.published.toString());
        assertEquals(10L, f.get(0).evidence().get("intervals"));
    }

    @Test
    void aRecordContinuingTheVoiceConnectionFromTheServerSideStillCounts() {
        Sim sim = new Sim().idle(90);
        // capture ended the named flow (active timeout); the next packet came from the server, so the
        // continuing record is turned around and has no responder name: it is known by the learned address
        for (int m = 0; m < 3; m++) {
            sim.minute++;
            Instant t = sim.t0.plusSeconds(60L * sim.minute);
            sim.ctx.now = t;
            sim.d.flow(new TestFlow(2, Phase.UPDATED, io.hearthguard.api.traffic.FlowRecord.EndReason.NONE, 6, "52.94.233.10", 443,
                    "192.168.1.21", 40001, 0x020000000001L, MAC, t, t, 400, 400 + 60 * 4000, 1, 1, 400, 400 + 60 * 4000, 1, 1,
                    io.hearthguard.api.traffic.TcpState.MIDSTREAM, java.util.Optional.empty()), ECHO, sim.ctx);
            sim.ctx.now = t.plusSeconds(2);
            sim.d.tick(sim.ctx);
        }
        sim.idle(2);
        assertFalse(sim.ctx.rule(EavesdropDetector.LONG).isEmpty(), sim.ctx.published.toString());
        assertEquals(List.of(AVS), sim.ctx.rule(EavesdropDetector.LONG).get(0).evidence().get("remoteNames"));
    }

    @Test
    void uploadsToNamesThatAreNotVoiceCloudsAreIgnored() {
        RecordingContext ctx = new RecordingContext();
        EavesdropDetector d = new EavesdropDetector(Settings.defaults(), "test");
        Instant t0 = ctx.now;
        for (int m = 1; m < 200; m++) {
            ctx.now = t0.plusSeconds(60L * m);
            d.flow(TestFlow.of(9, Phase.UPDATED, MAC, "device-metrics-us.amazon.com", t0, ctx.now, 5_000_000, 100), ECHO, ctx);
            d.flow(TestFlow.of(10, Phase.UPDATED, MAC, null, t0, ctx.now, 5_000_000, 100), ECHO, ctx);
            d.tick(ctx);
        }
        assertEquals(List.of(), ctx.published);
        assertEquals(0, d.speakers());
    }

    @Test
    void skillFindingsAboutTheSpeakerRaiseSeverityAndAreQueriedRarely() {
        Sim sim = new Sim().idle(90);
        Finding skill = Finding.builder("skills.silent-reprompt", Categories.SILENT_KEEPALIVE, Severity.HIGH)
                .device(new DeviceRef(ECHO.id(), null, null, null)).summary("Horoscope Daily reprompts with U+D801").build();
        Finding other = Finding.builder("skills.phishing", Categories.CREDENTIAL_PHISHING, Severity.HIGH)
                .device(new DeviceRef("another-speaker", null, null, null)).summary("asks for a password").build();
        sim.ctx.stored = List.of(stored("f-1", skill), stored("f-2", other));
        sim.minute(400 + 30 * 4000, 300 + 2_000).idle(1);
        sim.minute(400 + 30 * 4000, 300 + 2_000).idle(1); // second finding within the same minute of capture time? no: 2 min later
        List<Finding> f = sim.ctx.rule(EavesdropDetector.SILENT);
        assertEquals(2, f.size());
        assertEquals(Severity.CRITICAL, f.get(0).severity());
        List<?> linked = (List<?>) f.get(0).evidence().get("skillFindings");
        assertEquals(1, linked.size());
        assertEquals("f-1", ((Map<?, ?>) linked.get(0)).get("id"));
        assertTrue(sim.ctx.queries <= 2, "queried " + sim.ctx.queries + " times");
    }

    @Test
    void skillQueriesAreCachedForTheConfiguredCaptureTime() {
        Settings s = Settings.defaults();
        Settings hourly = new Settings(s.voiceNames(), 60, 4000, 3000, 6000, 0.5, 20, 40, 10, 4, 1800, 15, 0.8, 400, 60, 3600, 1024);
        Sim sim = new Sim(hourly).idle(90);
        for (int i = 0; i < 5; i++) {
            sim.minute(400 + 30 * 4000, 300 + 2_000).idle(2);
        }
        assertEquals(5, sim.ctx.rule(EavesdropDetector.SILENT).size());
        assertEquals(1, sim.ctx.queries);
    }

    @Test
    void speakersTrackedAreBounded() {
        Settings s = Settings.defaults();
        Settings two = new Settings(s.voiceNames(), 60, 4000, 3000, 6000, 0.5, 20, 40, 10, 4, 1800, 15, 0.8, 400, 60, 60, 2);
        EavesdropDetector d = new EavesdropDetector(two, "test");
        RecordingContext ctx = new RecordingContext();
        for (int i = 0; i < 5; i++) {
            TestDevice dev = new TestDevice("echo-" + i, String.format("44:65:0d:00:00:%02x", i), "192.168.1." + (30 + i), DeviceType.SMART_SPEAKER);
            d.flow(TestFlow.of(i, Phase.STARTED, MAC + i, AVS, ctx.now, ctx.now, 100, 100), dev, ctx);
        }
        assertEquals(2, d.speakers());
    }

    @Test
    void globPatternsMatchWholeNamesOnly() {
        NamePatterns p = new NamePatterns(Settings.DEFAULT_VOICE_NAMES);
        assertTrue(p.matches("avs-alexa-14-na.amazon.com"));
        assertTrue(p.matches("Bob-Dispatch-Prod-EU.amazon.com"));
        assertTrue(p.matches("x.amazonalexa.com"));
        assertFalse(p.matches("amazonalexa.com.evil.example"));
        assertFalse(p.matches("device-metrics-us.amazon.com"));
        assertFalse(p.matches("a".repeat(300)));
        assertFalse(NamePatterns.glob("*a*a*a*a*a*b", 0, "a".repeat(200), 0));
    }

    @Test
    void invalidSettingsAreRejectedWithTheirName() {
        Settings s = Settings.defaults();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Settings(s.voiceNames(), 0, 4000, 3000, 6000, 0.5, 20, 40, 10, 4, 1800, 15, 0.8, 400, 60, 60, 2));
        assertTrue(e.getMessage().contains("bucketSeconds"));
    }

    static StoredFinding stored(String id, Finding f) {
        return new StoredFinding() {
            @Override public String id() { return id; }
            @Override public Finding finding() { return f; }
            @Override public long count() { return 1; }
            @Override public Instant firstSeen() { return f.start(); }
            @Override public Instant lastSeen() { return f.end(); }
            @Override public FindingState state() { return FindingState.values()[0]; }
            @Override public Instant updated() { return f.end(); }
        };
    }
}
