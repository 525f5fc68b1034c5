package io.hearthguard.api.finding;

import java.time.Instant;
import java.util.Set;

/**
 * What {@link FindingService#query} should return. Null components do not filter.
 *
 * @param deviceId    only findings about this device id
 * @param categories  only these categories
 * @param minSeverity only at or above this severity
 * @param states      only in these states
 * @param since       only last seen at or after this time
 * @param limit       at most this many (1 to 10,000)
 */
public record FindingFilter(String deviceId, Set<String> categories, Severity minSeverity,
        Set<FindingState> states, Instant since, int limit) {

    /** Maximum accepted {@link #limit()}. */
    public static final int MAX_LIMIT = 10_000;

    /** Validates the limit. */
    public FindingFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        categories = categories == null ? null : Set.copyOf(categories);
        states = states == null ? null : Set.copyOf(states);
    }

    /** @return a filter that matches everything, up to {@value #MAX_LIMIT} */
    public static FindingFilter all() {
        return new FindingFilter(null, null, null, null, null, MAX_LIMIT);
    }

    /** @return this filter restricted to one device */
    public FindingFilter withDevice(String id) {
        return new FindingFilter(id, categories, minSeverity, states, since, limit);
    }

    /** @return this filter restricted to categories */
    public FindingFilter withCategories(Set<String> c) {
        return new FindingFilter(deviceId, c, minSeverity, states, since, limit);
    }

    /** @return this filter restricted to a minimum severity */
    public FindingFilter withMinSeverity(Severity s) {
        return new FindingFilter(deviceId, categories, s, states, since, limit);
    }

    /** @return this filter restricted to states */
    public FindingFilter withStates(Set<FindingState> s) {
        return new FindingFilter(deviceId, categories, minSeverity, s, since, limit);
    }
}
