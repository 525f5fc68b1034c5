package io.hearthguard.protection.eavesdrop.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.StoredFinding;

/**
 * Skill-analysis findings that make an eavesdrop finding more credible (a skill that keeps
 * sessions open silently, fakes goodbyes or asks for passwords). The finding service does
 * disk I/O, so it is queried at most once per {@code intervalSeconds} of capture time and
 * only when a finding is about to be published; the answer is cached in between.
 */
final class SkillLink {

    static final Set<String> CATEGORIES = Set.of(Categories.SILENT_KEEPALIVE, Categories.FAKE_GOODBYE,
            Categories.CREDENTIAL_PHISHING);
    private static final int MAX_KEPT = 200;
    private static final int MAX_PER_DEVICE = 10;

    private final long intervalSeconds;
    private Instant lastQuery;
    private List<StoredFinding> cached = List.of();
    long queries;

    SkillLink(long intervalSeconds) {
        this.intervalSeconds = intervalSeconds;
    }

    /**
     * @return evidence entries of skill findings that concern {@code deviceId} (or the whole
     *         home), newest first, at most ten; empty when the service fails or has none
     */
    List<Map<String, Object>> about(String deviceId, Instant now, FindingService service) {
        if (service != null && (lastQuery == null || !now.isBefore(lastQuery.plusSeconds(intervalSeconds))
                || now.isBefore(lastQuery))) {
            lastQuery = now;
            queries++;
            try {
                cached = service.query(new FindingFilter(null, CATEGORIES, null, null, null, MAX_KEPT));
            } catch (RuntimeException e) {
                cached = List.of(); // the store is unavailable: publish without the link rather than fail
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredFinding s : cached) {
            var d = s.finding().device();
            if (d != null && d.id() != null && !d.id().equals(deviceId)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("rule", s.finding().rule());
            m.put("category", s.finding().category());
            m.put("severity", s.finding().severity().id());
            m.put("summary", s.finding().summary());
            out.add(m);
            if (out.size() >= MAX_PER_DEVICE) {
                break;
            }
        }
        return out;
    }
}
