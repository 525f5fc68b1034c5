package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.score.HomeScore;

class ScoreTest {
    private record Stored(String id, Finding finding, FindingState state) implements StoredFinding {
        public long count() { return 1; }
        public Instant firstSeen() { return Instant.EPOCH; }
        public Instant lastSeen() { return Instant.EPOCH; }
        public Instant updated() { return Instant.EPOCH; }
    }

    private static final List<StoredFinding> STORED = new ArrayList<>();

    private static StoredFinding stored(String rule, Severity s, FindingState state) {
        Finding f = Finding.builder(rule, Categories.HYGIENE, s).device(new DeviceRef("cam-1", null, null, "Camera"))
                .summary("something about " + rule).evidence(Map.of("fix", "do this for " + rule)).build();
        return new Stored("f" + STORED.size(), f, state);
    }

    @Test
    void aHomeWithoutHygieneFindingsScoresHundred() {
        assertEquals(new HomeScore(100, List.of()), Score.of(List.of()));
    }

    @Test
    void openFindingsCostPointsBySeverityAndSayHowToWinThemBack() {
        HomeScore s = Score.of(List.of(stored("hygiene.exposed.telnet", Severity.HIGH, FindingState.OPEN),
                stored("hygiene.default-credentials.telnet", Severity.CRITICAL, FindingState.ACKNOWLEDGED),
                stored("hygiene.exposed.ssh", Severity.INFO, FindingState.OPEN),
                stored("hygiene.exposed.ftp", Severity.MEDIUM, FindingState.RESOLVED),
                stored("hygiene.exposed.http", Severity.LOW, FindingState.MUTED),
                stored("intrusion.port-scan", Severity.HIGH, FindingState.OPEN)));
        assertEquals(60, s.score());
        assertEquals(List.of("hygiene.default-credentials.telnet", "hygiene.exposed.telnet"), s.reasons().stream().map(HomeScore.Reason::rule).toList());
        assertEquals(25, s.reasons().get(0).points());
        assertEquals("do this for hygiene.default-credentials.telnet", s.reasons().get(0).action());
        assertEquals("Camera", s.reasons().get(0).device());
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        List<StoredFinding> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(stored("hygiene.default-credentials.telnet", Severity.CRITICAL, FindingState.OPEN));
        }
        HomeScore s = Score.of(many);
        assertEquals(0, s.score());
        assertEquals(6, s.reasons().size());
    }
}
