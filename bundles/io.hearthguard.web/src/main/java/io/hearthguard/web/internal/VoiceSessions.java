package io.hearthguard.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.finding.StoredFinding;

/**
 * A speaker's listening sessions as the speaker page shows them. The eavesdrop protection
 * records each session as an informational finding of rule {@value #RULE} (evidence: bytes
 * each way, turns, verdict and its reasons), so they reach the hub's store like any finding
 * and are read here through the public {@code FindingService}.
 */
final class VoiceSessions {
    /** Rule id of the session records the eavesdrop protection publishes. */
    static final String RULE = "eavesdrop.voice-session";
    /** Most sessions one answer carries (the newest). */
    static final int MAX = 500;

    private VoiceSessions() {
    }

    /**
     * @param found findings of one device (any rule; other rules are skipped)
     * @return {@code items} (oldest first, at most {@link #MAX}: the newest ones), {@code total}, {@code alarming}
     */
    static Map<String, Object> of(List<? extends StoredFinding> found) {
        List<StoredFinding> sessions = new ArrayList<>(found.stream().filter(s -> RULE.equals(s.finding().rule())).toList());
        sessions.sort(Comparator.comparing((StoredFinding s) -> s.finding().start()));
        List<StoredFinding> kept = sessions.subList(Math.max(0, sessions.size() - MAX), sessions.size());
        List<Map<String, Object>> items = new ArrayList<>();
        long alarming = 0;
        for (StoredFinding s : sessions) {
            if (Boolean.TRUE.equals(s.finding().evidence().get("alarm"))) {
                alarming++;
            }
        }
        for (StoredFinding s : kept) {
            Map<String, Object> ev = s.finding().evidence();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", s.id());
            v.put("start", s.finding().start().toString());
            v.put("end", s.finding().end().toString());
            v.put("upstreamBytes", number(ev.get("upstreamBytes")));
            v.put("downstreamBytes", number(ev.get("downstreamBytes")));
            v.put("turnCount", number(ev.get("turnCount")));
            v.put("answered", Boolean.TRUE.equals(ev.get("answered")));
            v.put("verdict", ev.get("verdict") instanceof String t ? t : "unknown");
            v.put("alarm", Boolean.TRUE.equals(ev.get("alarm")));
            v.put("reasons", ev.get("reasons") instanceof List<?> l ? l : List.of());
            v.put("turns", ev.get("turns") instanceof List<?> l ? l : List.of());
            v.put("remotes", ev.get("remotes") instanceof List<?> l ? l : List.of());
            items.add(v);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("total", sessions.size());
        m.put("alarming", alarming);
        return m;
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
