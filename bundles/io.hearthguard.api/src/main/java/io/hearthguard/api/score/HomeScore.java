package io.hearthguard.api.score;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The home's hygiene score: 100 minus the points each open hygiene finding costs, never
 * below 0, with the reasons and the action that wins each one back. Immutable.
 *
 * @param score   0 to 100
 * @param reasons what costs points, most costly first; empty at 100
 */
public record HomeScore(int score, List<Reason> reasons) {

    /** Validates the range and copies the list. */
    public HomeScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100: " + score);
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }

    /**
     * One thing that costs points.
     *
     * @param findingId the stored finding's id
     * @param rule      its rule, e.g. {@code hygiene.exposed.telnet}
     * @param device    the device's display name, or {@code home}
     * @param points    what it costs
     * @param summary   what is wrong
     * @param action    what wins the points back
     */
    public record Reason(String findingId, String rule, String device, int points, String summary, String action) {
    }

    /**
     * The score at one moment of its history ({@link HomeScoreService#history()}).
     *
     * @param at    when the score took this value
     * @param score 0 to 100
     * @since 1.1
     */
    public record Point(Instant at, int score) {
        /** Validates the range. */
        public Point {
            Objects.requireNonNull(at, "at");
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("score must be 0 to 100: " + score);
            }
        }
    }
}
