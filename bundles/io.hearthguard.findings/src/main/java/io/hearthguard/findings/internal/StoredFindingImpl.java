package io.hearthguard.findings.internal;

import java.time.Instant;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;

/** Immutable snapshot of a stored finding. */
record StoredFindingImpl(String id, Finding finding, long count, Instant firstSeen, Instant lastSeen,
        FindingState state, Instant updated) implements StoredFinding {
}
