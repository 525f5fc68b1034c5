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
 * sessions open silently, fakes goodbyes or asks for passwords). A skill finding concerns a
 * speaker only when it is of the speaker's own assistant (an Alexa skill says nothing about
 * a Google speaker) and when the skill was seen in use around the listening session (its
 * span overlaps the session, give or take {@link #USE_WINDOW}); a finding about one device
 * concerns that device only. The finding service does disk I/O, so it is queried at most
 * once per {@code intervalSeconds} of capture time and only when a finding is about to be
 * published; the answer is cached in between.
 */
final class SkillLink {

    static final Set<String> CATEGORIES = Set.of(Categories.SILENT_KEEPALIVE, Categories.FAKE_GOODBYE,
            Categories.CREDENTIAL_PHISHING);
    private static final int MAX_KEPT = 200;
    private static final int MAX_PER_DEVICE = 10;
    /** How far apart a skill's use and a listening session may lie and still be linked. */
    static final java.time.Duration USE_WINDOW = java.time.Duration.ofMinutes(10);

    private final long intervalSeconds;
    private Instant lastQuery;
    private List<StoredFinding> cached = List.of();
    long queries;

    SkillLink(long intervalSeconds) {
        this.intervalSeconds = intervalSeconds;
    }

    /**
     * @param deviceId  the speaker
     * @param assistant the speaker's assistant ({@code alexa}, {@code google}), or null when unknown
     * @param from      start of the listening session
     * @param to        end of the listening session
     * @return evidence entries of skill findings that concern this speaker, newest first, at
     *         most ten; empty when the service fails or has none
     */
    List<Map<String, Object>> about(String deviceId, String assistant, Instant from, Instant to, Instant now,
            FindingService service) {
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
            if (d != null && d.id() != null) {
                if (!d.id().equals(deviceId)) {
                    continue;
                }
            } else if (!sameAssistant(s, assistant) || !usedAround(s, from, to)) {
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

    /** @return the assistant a speaker of this vendor runs, or null */
    static String assistantOf(String vendor) {
        if (vendor == null) {
            return null;
        }
        String v = vendor.toLowerCase(java.util.Locale.ROOT);
        return v.contains("amazon") ? "alexa" : v.contains("google") ? "google" : null;
    }

    private static boolean sameAssistant(StoredFinding s, String assistant) {
        Object p = s.finding().evidence().get("skillPlatform");
        return assistant != null && p != null && assistant.equals(p.toString());
    }

    private static boolean usedAround(StoredFinding s, Instant from, Instant to) {
        Instant first = s.firstSeen();
        Instant last = s.lastSeen() == null ? first : s.lastSeen();
        return first != null && !first.isAfter(to.plus(USE_WINDOW)) && !last.isBefore(from.minus(USE_WINDOW));
    }
}
