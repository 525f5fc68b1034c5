package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.score.HomeScore;
import io.hearthguard.store.internal.SqliteStore;

/** The score's history in the real SQLite store (the store bundle's own implementation). */
class ScoreHistoryTest {
    @TempDir
    Path dir;
    private SqliteStore store;

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("hearthguard.db"), "NORMAL");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPointIsKeptOnlyWhenTheScoreChangesAndSurvivesAReopen() {
        ScoreHistory h = new ScoreHistory(store);
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        assertTrue(h.record(100, t));
        assertFalse(h.record(100, t.plusSeconds(60)));
        assertTrue(h.record(60, t.plusSeconds(120)));
        assertTrue(h.record(85, t.plusSeconds(180)));
        store.close();
        store = new SqliteStore(dir.resolve("hearthguard.db"), "NORMAL");
        assertEquals(List.of(new HomeScore.Point(t, 100), new HomeScore.Point(t.plusSeconds(120), 60), new HomeScore.Point(t.plusSeconds(180), 85)),
                new ScoreHistory(store).points());
    }

    @Test
    void theHistoryKeepsTheNewestPointsUpToTheBound() {
        ScoreHistory h = new ScoreHistory(store);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < ScoreHistory.MAX_POINTS + 40; i++) {
            h.record(i % 2 == 0 ? 100 : 75, t.plusSeconds(i));
        }
        List<HomeScore.Point> p = h.points();
        assertEquals(ScoreHistory.MAX_POINTS, p.size());
        assertEquals(t.plusSeconds(40), p.get(0).at()); // the 40 oldest were dropped
        assertEquals(t.plusSeconds(ScoreHistory.MAX_POINTS + 39L), p.get(p.size() - 1).at());
    }

    @Test
    void theComponentAddsAPointWhenItsScoreMoves() {
        List<StoredFinding> open = new ArrayList<>();
        TestHome.Published findings = new TestHome.Published() {
            @Override
            public List<StoredFinding> query(FindingFilter filter) {
                return List.copyOf(open);
            }
        };
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("scheduleHours", 0)), TestHome.inventory(), findings, null,
                Clock.fixed(now, ZoneOffset.UTC), store);
        try {
            assertEquals(100, c.score().score());
            Finding telnet = Finding.builder("hygiene.exposed.telnet", Categories.HYGIENE, Severity.HIGH)
                    .device(new DeviceRef("cam-1", null, "10.0.0.5", "Camera")).summary("Telnet is open").evidence(Map.of("fix", "turn it off")).build();
            open.add(new StoredFinding() {
                public String id() { return "f1"; }
                public Finding finding() { return telnet; }
                public FindingState state() { return FindingState.OPEN; }
                public long count() { return 1; }
                public Instant firstSeen() { return now; }
                public Instant lastSeen() { return now; }
                public Instant updated() { return now; }
            });
            assertEquals(85, c.score().score());
            assertEquals(85, c.score().score());
            assertEquals(List.of(new HomeScore.Point(now, 100), new HomeScore.Point(now, 85)), c.history());
        } finally {
            c.deactivate();
        }
        // without a store there is no history, and the score still works
        HygieneComponent none = new HygieneComponent(TestHome.config(Map.of("scheduleHours", 0)), TestHome.inventory(), findings, null);
        try {
            assertEquals(85, none.score().score());
            assertEquals(List.of(), none.history());
        } finally {
            none.deactivate();
        }
    }
}
