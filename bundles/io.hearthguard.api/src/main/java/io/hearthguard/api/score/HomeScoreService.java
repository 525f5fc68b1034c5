package io.hearthguard.api.score;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The home's security score, as the family sees it on the dashboard and in their home
 * automation hub. Registered by the bundle that computes it (today the hygiene checks); at
 * most one is expected, and readers take the highest-ranked.
 *
 * <h2>Threading</h2>
 * Thread-safe; {@link #score()} reads stored findings and does no network I/O, so it may be
 * called from any thread except a capture thread.
 */
@ProviderType
public interface HomeScoreService {

    /** @return the score now, with the reasons that cost points (most costly first); never null */
    HomeScore score();

    /**
     * The score's history: one point each time it changed, oldest first, as the
     * implementation keeps it (bounded; the hygiene bundle keeps the last 500 changes in the
     * store). Reads stored data only.
     *
     * @return the points, oldest first; empty when no history is kept
     * @since 1.1
     */
    default java.util.List<HomeScore.Point> history() {
        return java.util.List.of();
    }
}
