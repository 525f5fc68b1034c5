package io.hearthguard.protection.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;

/**
 * A {@link FindingService} for unit tests: keeps what is published (in order, no
 * deduplication, no store) and answers {@link #query} from it and from findings the test
 * gives with {@link #stored}, applying every part of the {@link FindingFilter}. Thread-safe.
 */
public final class FakeFindings implements FindingService {
    private final List<Finding> published = new ArrayList<>();
    private final List<StoredFinding> all = new ArrayList<>();
    private int queries;

    /** A finding as the store would return it. */
    public record Stored(String id, Finding finding, long count, Instant firstSeen, Instant lastSeen, FindingState state, Instant updated)
            implements StoredFinding {
    }

    /** @return a stored, open finding of one occurrence spanning the finding's own times */
    public static StoredFinding stored(String id, Finding f) {
        return new Stored(id, f, 1, f.start(), f.end(), FindingState.OPEN, f.end());
    }

    /** Adds findings the service already holds (e.g. earlier findings a protection looks up). */
    public synchronized FakeFindings with(StoredFinding... findings) {
        all.addAll(List.of(findings));
        return this;
    }

    @Override
    public synchronized StoredFinding publish(Finding finding) {
        published.add(java.util.Objects.requireNonNull(finding, "finding"));
        StoredFinding s = stored("f-" + published.size(), finding);
        all.add(s);
        return s;
    }

    @Override
    public synchronized Optional<StoredFinding> get(String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<StoredFinding> query(FindingFilter f) {
        queries++;
        return all.stream().filter(s -> matches(f, s)).limit(f.limit()).toList();
    }

    static boolean matches(FindingFilter f, StoredFinding s) {
        Finding x = s.finding();
        return (f.deviceId() == null || x.device() != null && f.deviceId().equals(x.device().id()))
                && (f.categories() == null || f.categories().contains(x.category()))
                && (f.minSeverity() == null || x.severity().atLeast(f.minSeverity()))
                && (f.states() == null || f.states().contains(s.state()))
                && (f.since() == null || !s.lastSeen().isBefore(f.since()));
    }

    /** @return what was published, oldest first (a copy) */
    public synchronized List<Finding> published() {
        return List.copyOf(published);
    }

    /** @return the published findings of one rule */
    public synchronized List<Finding> rule(String rule) {
        return published.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** @return how often {@link #query} was called */
    public synchronized int queries() {
        return queries;
    }
}
