package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

class ScoreViewTest {
    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static StoredFinding stored(String id, String rule, FindingState state, Instant updated) {
        Finding f = Finding.builder(rule, Categories.HYGIENE, Severity.HIGH).device(new DeviceRef("cam", "2c:aa:8e:00:00:01", "192.168.1.21", "Camera"))
                .span(T.minusSeconds(86_400), T.minusSeconds(86_400)).summary(rule + " summary").source("test").build();
        return new StoredFinding() {
            public String id() { return id; }
            public Finding finding() { return f; }
            public long count() { return 1; }
            public Instant firstSeen() { return f.start(); }
            public Instant lastSeen() { return f.start(); }
            public FindingState state() { return state; }
            public Instant updated() { return updated; }
        };
    }

    private static HomeScore.Reason reason(String id, String rule, int points) {
        return new HomeScore.Reason(id, rule, "Camera", points, rule + " summary", "Turn it off");
    }

    @Test
    void aFallIsExplainedByTheFindingsThatCameInWithItAndNotByOlderOnes() {
        HomeScore now = new HomeScore(70, List.of(reason("f-old", "hygiene.exposed.ftp", 15), reason("f-new", "hygiene.exposed.telnet", 15)));
        List<HomeScore.Point> history = List.of(new HomeScore.Point(T, 100), new HomeScore.Point(T.plusSeconds(600), 85), new HomeScore.Point(T.plusSeconds(1200), 70));
        List<StoredFinding> hygiene = List.of(stored("f-old", "hygiene.exposed.ftp", FindingState.OPEN, T.plusSeconds(599)),
                stored("f-new", "hygiene.exposed.telnet", FindingState.OPEN, T.plusSeconds(1199)),
                stored("f-fixed-long-ago", "hygiene.exposed.smb", FindingState.RESOLVED, T.plusSeconds(10)));
        Map<String, Object> m = ScoreView.of(now, history, hygiene, Map.of("cam", "Porch camera"));
        assertEquals(70, m.get("score"));
        assertEquals(3, ((List<?>) m.get("history")).size());
        Map<?, ?> change = (Map<?, ?>) m.get("lastChange");
        assertEquals(85, change.get("from"));
        assertEquals(70, change.get("to"));
        List<?> why = (List<?>) change.get("reasons");
        assertEquals(1, why.size(), why.toString());
        Map<?, ?> r = (Map<?, ?>) why.get(0);
        assertEquals("f-new", r.get("findingId"));
        assertEquals("new", r.get("change"));
        assertEquals("Porch camera", r.get("device"), "the family's name of the device");
    }

    @Test
    void aRiseIsExplainedByWhatWasFixedAndNotByWhatStillCosts() {
        HomeScore now = new HomeScore(85, List.of(reason("f-old", "hygiene.exposed.ftp", 15)));
        List<HomeScore.Point> history = List.of(new HomeScore.Point(T, 70), new HomeScore.Point(T.plusSeconds(60), 85));
        List<StoredFinding> hygiene = List.of(stored("f-old", "hygiene.exposed.ftp", FindingState.OPEN, T.plusSeconds(30)),
                stored("f-new", "hygiene.exposed.telnet", FindingState.RESOLVED, T.plusSeconds(58)));
        Map<?, ?> change = (Map<?, ?>) ScoreView.of(now, history, hygiene, Map.of()).get("lastChange");
        List<?> why = (List<?>) change.get("reasons");
        assertEquals(1, why.size(), why.toString());
        assertEquals("resolved", ((Map<?, ?>) why.get(0)).get("change"));
        assertEquals("Camera", ((Map<?, ?>) why.get(0)).get("device"), "the finding's name when the family gave none");
    }

    @Test
    void withoutTwoPointsThereIsNoLastChangeAndTheHistoryIsBounded() {
        HomeScore now = new HomeScore(100, List.of());
        assertFalse(ScoreView.of(now, List.of(), List.of(), Map.of()).containsKey("lastChange"));
        assertFalse(ScoreView.of(now, List.of(new HomeScore.Point(T, 100)), List.of(), Map.of()).containsKey("lastChange"));
        List<HomeScore.Point> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new HomeScore.Point(T.plusSeconds(i), i % 2 == 0 ? 100 : 90));
        }
        List<?> kept = (List<?>) ScoreView.of(now, many, List.of(), Map.of()).get("history");
        assertEquals(ScoreView.MAX_POINTS, kept.size());
        assertEquals(T.plusSeconds(499).toString(), ((Map<?, ?>) kept.get(kept.size() - 1)).get("at"), "the newest are kept");
    }
}
