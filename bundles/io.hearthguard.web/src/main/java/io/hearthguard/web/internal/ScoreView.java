package io.hearthguard.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.score.HomeScore;

/**
 * The home score card's data ({@code GET /api/score}): the score now with what costs points,
 * its history (the newest {@value #MAX_POINTS} changes) and the last change with its reasons.
 *
 * <p>The history keeps only times and values, so the reasons of the last change are found
 * from the hygiene findings themselves: those whose stored state changed after the earlier of
 * the two last points was read and by the later one (a few seconds of slack after it). One that costs points now came in with the
 * change; one that does not any more was fixed, muted or resolved with it.
 */
final class ScoreView {
    /** Most history points one answer carries (the newest). */
    static final int MAX_POINTS = 100;
    /** Most reasons listed for the last change. */
    static final int MAX_CHANGE_REASONS = 10;
    /** How long after the later point a finding's change still counts as its reason (the point is read after the change is stored). */
    static final Duration SLACK = Duration.ofSeconds(5);

    private ScoreView() {
    }

    /**
     * @param now     the score now
     * @param history oldest first, as {@code HomeScoreService.history()} gives it
     * @param hygiene the home's hygiene findings in any state
     * @param names   the family's names of devices by id (a device not in it keeps the finding's name)
     */
    static Map<String, Object> of(HomeScore now, List<HomeScore.Point> history, List<? extends StoredFinding> hygiene, Map<String, String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", true);
        m.put("score", now.score());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (HomeScore.Reason r : now.reasons()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("findingId", r.findingId());
            x.put("rule", r.rule());
            x.put("device", r.device());
            x.put("points", r.points());
            x.put("summary", r.summary());
            x.put("action", r.action());
            reasons.add(x);
        }
        m.put("reasons", reasons);
        List<HomeScore.Point> kept = history.subList(Math.max(0, history.size() - MAX_POINTS), history.size());
        List<Map<String, Object>> points = new ArrayList<>();
        for (HomeScore.Point p : kept) {
            points.add(Map.of("at", p.at().toString(), "score", p.score()));
        }
        m.put("history", points);
        if (history.size() >= 2) {
            m.put("lastChange", lastChange(now, history.get(history.size() - 2), history.get(history.size() - 1), hygiene, names));
        }
        return m;
    }

    private static Map<String, Object> lastChange(HomeScore now, HomeScore.Point before, HomeScore.Point after, List<? extends StoredFinding> hygiene,
            Map<String, String> names) {
        Set<String> costing = now.reasons().stream().map(HomeScore.Reason::findingId).collect(Collectors.toSet());
        // what changed after the earlier point was read (it already counted what came before) and by the later one
        Instant from = before.at(), to = after.at().plus(SLACK);
        List<Map<String, Object>> why = new ArrayList<>();
        for (StoredFinding s : hygiene) {
            Instant u = s.updated();
            if (!u.isAfter(from) || u.isAfter(to) || why.size() >= MAX_CHANGE_REASONS) {
                continue;
            }
            boolean costs = costing.contains(s.id());
            // a finding that came in and costs points explains a fall; one that went explains a rise
            if (costs != (after.score() < before.score())) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("findingId", s.id());
            x.put("rule", s.finding().rule());
            x.put("device", s.finding().device() == null ? "home"
                    : names.getOrDefault(String.valueOf(s.finding().device().id()), String.valueOf(s.finding().device().name())));
            x.put("summary", s.finding().summary());
            x.put("change", costs ? "new" : s.state().name().toLowerCase(java.util.Locale.ROOT));
            why.add(x);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("at", after.at().toString());
        c.put("from", before.score());
        c.put("to", after.score());
        c.put("reasons", why);
        return c;
    }
}
