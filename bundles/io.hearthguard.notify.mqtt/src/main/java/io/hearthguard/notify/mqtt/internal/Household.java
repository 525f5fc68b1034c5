package io.hearthguard.notify.mqtt.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;

/**
 * The home as a whole, for Home Assistant's household entities on the hub device: open
 * findings by severity, open skill findings (rules {@code skills.*}), whether any speaker is
 * suspected of eavesdropping, and the home security score with its costliest reasons when a
 * {@link io.hearthguard.api.score.HomeScoreService} is registered (and its last {@value #MAX_HISTORY} changes). Computed from one query of the open and acknowledged findings
 * (at most {@link FindingFilter#MAX_LIMIT}; {@code capped} says when there were more).
 */
final class Household {
    /** Most score-history points in the household state (the sensor's attributes stay small). */
    static final int MAX_HISTORY = 30;

    private Household() {
    }

    static Map<String, Object> of(FindingService findings) {
        return of(findings, null);
    }

    /** As {@link #of(FindingService)}, with the home security score when a score service exists (else {@code score} is null). */
    static Map<String, Object> of(FindingService findings, io.hearthguard.api.score.HomeScoreService scores) {
        List<StoredFinding> active = findings.query(FindingFilter.all().withStates(Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED)));
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.id(), 0);
        }
        int open = 0;
        int urgent = 0;
        int skills = 0;
        boolean eavesdrop = false;
        for (StoredFinding f : active) {
            if (Categories.EAVESDROP.equals(f.finding().category())) {
                eavesdrop = true;
            }
            if (f.state() != FindingState.OPEN) {
                continue;
            }
            open++;
            bySeverity.merge(f.finding().severity().id(), 1, Integer::sum);
            if (f.finding().severity().atLeast(Severity.HIGH)) {
                urgent++;
            }
            if (f.finding().rule().startsWith("skills.")) {
                skills++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("openFindings", open);
        m.put("urgentFindings", urgent);
        m.put("skillFindings", skills);
        m.put("eavesdropSuspected", eavesdrop);
        m.put("bySeverity", bySeverity);
        m.put("capped", active.size() >= FindingFilter.MAX_LIMIT);
        io.hearthguard.api.score.HomeScore score = scores == null ? null : scores.score();
        m.put("score", score == null ? null : score.score());
        if (score != null) {
            // what costs the most points and what wins them back, for the sensor's attributes
            m.put("scoreReasons", score.reasons().stream().limit(5).map(r -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("points", r.points());
                x.put("device", r.device());
                x.put("summary", r.summary());
                x.put("action", r.action());
                return x;
            }).toList());
            // the score's last changes, oldest first, for a history card or chart in Home Assistant
            List<io.hearthguard.api.score.HomeScore.Point> history = scores.history();
            m.put("scoreHistory", history.subList(Math.max(0, history.size() - MAX_HISTORY), history.size()).stream().map(p -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("at", p.at().toString());
                x.put("score", p.score());
                return x;
            }).toList());
        }
        return m;
    }
}
