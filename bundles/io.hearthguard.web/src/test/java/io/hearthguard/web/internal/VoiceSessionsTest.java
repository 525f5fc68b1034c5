package io.hearthguard.web.internal;

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

class VoiceSessionsTest {
    private static StoredFinding stored(String id, String rule, Instant start, Map<String, Object> evidence) {
        Finding f = Finding.builder(rule, Categories.EAVESDROP, Severity.INFO).device(new DeviceRef("44650d000001", "44:65:0d:00:00:01", "192.168.1.21", "Echo")).span(start, start.plusSeconds(5))
                .summary("s").evidence(evidence).source("test").build();
        return new StoredFinding() {
            public String id() { return id; }
            public Finding finding() { return f; }
            public long count() { return 1; }
            public Instant firstSeen() { return start; }
            public Instant lastSeen() { return start; }
            public FindingState state() { return FindingState.OPEN; }
            public Instant updated() { return start; }
        };
    }

    @Test
    void onlySessionRecordsOldestFirstWithTheirFiguresAndTheAlarmingCounted() {
        Instant t = Instant.parse("2026-01-01T09:00:00Z");
        List<StoredFinding> in = List.of(
                stored("f-2", VoiceSessions.RULE, t.plusSeconds(60), Map.of("upstreamBytes", 600_000L, "downstreamBytes", 70_000L, "turnCount", 3L,
                        "verdict", "long-listening", "alarm", true, "reasons", List.of("one window ran 45 s"), "turns", List.of(Map.of("start", "x")))),
                stored("f-1", VoiceSessions.RULE, t, Map.of("upstreamBytes", 4_000L, "turnCount", 1L, "verdict", "misactivation", "alarm", false)),
                stored("f-3", "eavesdrop.long-listening", t.plusSeconds(60), Map.of("upstreamBytes", 1L)));
        Map<String, Object> m = VoiceSessions.of(in);
        List<?> items = (List<?>) m.get("items");
        assertEquals(2, items.size(), "the alarm finding itself is not a session");
        assertEquals(2, m.get("total"));
        assertEquals(1L, m.get("alarming"));
        Map<?, ?> first = (Map<?, ?>) items.get(0), second = (Map<?, ?>) items.get(1);
        assertEquals("f-1", first.get("id"));
        assertEquals(0L, first.get("downstreamBytes"), "a missing figure is 0, never null");
        assertEquals(List.of(), first.get("reasons"));
        assertEquals("long-listening", second.get("verdict"));
        assertEquals(600_000L, second.get("upstreamBytes"));
        assertEquals(true, second.get("alarm"));
        assertEquals(1, ((List<?>) second.get("turns")).size());
    }

    @Test
    void atMostTheNewestFiveHundredAreDrawnButAllAreCounted() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<StoredFinding> in = new ArrayList<>();
        for (int i = 0; i < VoiceSessions.MAX + 20; i++) {
            in.add(stored("f-" + i, VoiceSessions.RULE, t.plusSeconds(60L * i), Map.of("verdict", "request", "alarm", i == 3)));
        }
        Map<String, Object> m = VoiceSessions.of(in);
        List<?> items = (List<?>) m.get("items");
        assertEquals(VoiceSessions.MAX, items.size());
        assertEquals(VoiceSessions.MAX + 20, m.get("total"));
        assertEquals(1L, m.get("alarming"), "an alarming session older than the drawn ones still counts");
        assertEquals("f-20", ((Map<?, ?>) items.get(0)).get("id"));
    }
}
