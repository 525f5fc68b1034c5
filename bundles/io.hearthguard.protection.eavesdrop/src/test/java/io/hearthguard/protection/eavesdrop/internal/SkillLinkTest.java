package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;

/** Issue 12: checking one Alexa skill must not raise every speaker's eavesdrop findings. */
class SkillLinkTest {
    static final Instant T = Instant.parse("2026-12-04T20:00:00Z");

    static StoredFinding stored(String id, Finding f, Instant seen) {
        return new StoredFinding() {
            public String id() { return id; }
            public Finding finding() { return f; }
            public long count() { return 1; }
            public Instant firstSeen() { return seen; }
            public Instant lastSeen() { return seen; }
            public FindingState state() { return FindingState.OPEN; }
            public Instant updated() { return seen; }
        };
    }

    static Finding skillFinding(String platform) {
        return Finding.builder("skills.fake-goodbye.wording", Categories.FAKE_GOODBYE, Severity.HIGH).span(T, T)
                .summary("Alexa skill \"star sign\": says goodbye and keeps listening").evidence(Map.of("skillPlatform", platform))
                .dedupKey("s-" + platform).source("test").build();
    }

    static FindingService service(List<StoredFinding> all) {
        return new FindingService() {
            public StoredFinding publish(Finding finding) { throw new UnsupportedOperationException(); }
            public Optional<StoredFinding> get(String id) { return Optional.empty(); }
            public List<StoredFinding> query(FindingFilter filter) { return all; }
        };
    }

    @Test
    void anAlexaSkillConcernsAmazonSpeakersListeningWhileItWasUsedAndNoOneElse() {
        FindingService fs = service(List.of(stored("a", skillFinding("alexa"), T)));
        assertEquals(1, new SkillLink(60).about("echo", "alexa", T.minusSeconds(30), T.plusSeconds(30), T, fs).size());
        assertTrue(new SkillLink(60).about("nest", "google", T.minusSeconds(30), T.plusSeconds(30), T, fs).isEmpty(),
                "an Alexa skill says nothing about a Google speaker");
        assertTrue(new SkillLink(60).about("echo", "alexa", T.plusSeconds(3600), T.plusSeconds(3630), T.plusSeconds(3630), fs).isEmpty(),
                "a session an hour after the skill was seen is not linked");
        assertTrue(new SkillLink(60).about("unknown", null, T, T, T, fs).isEmpty(), "a speaker of unknown assistant links nothing");
    }

    @Test
    void aFindingAboutOneDeviceConcernsThatDeviceOnly() {
        Finding onEcho = Finding.builder("skills.x", Categories.SILENT_KEEPALIVE, Severity.HIGH)
                .device(new DeviceRef("echo", "44:65:0d:00:00:01", "192.168.1.20", "Echo")).span(T, T).summary("x")
                .evidence(Map.of()).dedupKey("k").source("test").build();
        FindingService fs = service(List.of(stored("b", onEcho, T)));
        assertEquals(1, new SkillLink(60).about("echo", "alexa", T, T, T, fs).size());
        assertTrue(new SkillLink(60).about("echo-2", "alexa", T, T, T, fs).isEmpty());
    }

    @Test
    void assistantsFollowTheMaker() {
        assertEquals("alexa", SkillLink.assistantOf("Amazon"));
        assertEquals("google", SkillLink.assistantOf("Google Nest"));
        assertEquals(null, SkillLink.assistantOf("Sonos"));
        assertEquals(null, SkillLink.assistantOf(null));
    }
}
