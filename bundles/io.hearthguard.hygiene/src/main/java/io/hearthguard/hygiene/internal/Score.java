package io.hearthguard.hygiene.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.score.HomeScore;

/** Computes the {@link HomeScore} from stored findings. */
final class Score {
    private Score() {
    }

    static int cost(io.hearthguard.api.finding.Severity s) {
        return switch (s) {
            case CRITICAL -> 25;
            case HIGH -> 15;
            case MEDIUM -> 8;
            case LOW -> 3;
            case INFO -> 0;
        };
    }

    static HomeScore of(List<StoredFinding> stored) {
        List<HomeScore.Reason> reasons = new ArrayList<>();
        int lost = 0;
        for (StoredFinding sf : stored) {
            Finding f = sf.finding();
            if (!f.rule().startsWith("hygiene.") || !(sf.state() == FindingState.OPEN || sf.state() == FindingState.ACKNOWLEDGED)) {
                continue;
            }
            int points = cost(f.severity());
            if (points == 0) {
                continue;
            }
            lost += points;
            Object fix = f.evidence().get("fix");
            reasons.add(new HomeScore.Reason(sf.id(), f.rule(), f.device() == null ? "home" : String.valueOf(f.device().name()), points,
                    f.summary(), fix instanceof String s ? s : "See the finding."));
        }
        reasons.sort(Comparator.comparingInt(HomeScore.Reason::points).reversed().thenComparing(HomeScore.Reason::rule));
        return new HomeScore(Math.max(0, 100 - lost), reasons);
    }
}
