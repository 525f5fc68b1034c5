package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.internal.Model.Response;
import io.hearthguard.skills.internal.Model.Skill;

/**
 * Drift between several recordings of one skill in one package: recordings are the
 * sessions (by session or conversation id) or, without ids, the files; they are ordered by
 * their request timestamps when every one has them, else by file name. Each answer is
 * compared with the answer to the same request (same request type or intent, same
 * occurrence) in the latest earlier recording that has one; an answer that changed and now triggers a rule the earlier answer did not is
 * a drift finding. Changed answers that stay harmless (a fact skill's random facts) are not.
 */
final class RecordingDrift {
    private static final int MAX_UNITS = 1_000;
    private static final int MAX_FINDINGS = 20;

    private RecordingDrift() {
    }

    private static final class Unit {
        final String key;
        String time;
        final String file;
        final int order;
        final Map<String, Response> byRequest = new LinkedHashMap<>();
        final Map<String, Integer> occurrences = new HashMap<>();

        Unit(String key, String file, int order) {
            this.key = key;
            this.file = file;
            this.order = order;
        }
    }

    static boolean recorded(Response r) {
        String f = r.file().toLowerCase(java.util.Locale.ROOT);
        return !"Dialog.Prompt".equals(r.trigger()) && !(f.endsWith(".js") || f.endsWith(".mjs") || f.endsWith(".ts") || f.endsWith(".py"));
    }

    static List<SkillFinding> analyze(Skill s) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Response r : s.responses) {
            if (!recorded(r)) {
                continue;
            }
            // responses recorded without their request: the same file name in another folder is the same request
            // (recordings/2025-01/launch.json, recordings/2025-06/launch.json)
            String file = r.file();
            int slash = file.lastIndexOf('/');
            // without a request name, what the user said is the request (text transcripts, Google text input)
            String trigger = r.trigger() != null ? r.trigger()
                    : r.utterance() != null && !r.utterance().isBlank() ? "\"" + Text.norm(r.utterance()) + "\""
                    : "the response in " + file.substring(slash + 1);
            String key = r.session() != null ? "session " + r.session() + " in " + file
                    : r.trigger() != null || r.utterance() != null ? file : "folder " + (slash < 0 ? "." : file.substring(0, slash));
            Unit u = units.get(key);
            if (u == null) {
                if (units.size() >= MAX_UNITS) {
                    continue;
                }
                u = new Unit(key, file, units.size());
                units.put(key, u);
            }
            if (r.time() != null && u.time == null) {
                u.time = r.time();
            }
            int k = u.occurrences.merge(trigger, 1, Integer::sum);
            u.byRequest.putIfAbsent(trigger + "#" + k, r);
        }
        if (units.size() < 2) {
            return List.of();
        }
        List<Unit> ordered = new ArrayList<>(units.values());
        boolean timed = ordered.stream().allMatch(u -> instant(u.time) != null);
        ordered.sort(timed ? Comparator.comparing((Unit u) -> instant(u.time)).thenComparingInt(u -> u.order)
                : Comparator.comparing((Unit u) -> u.file).thenComparingInt(u -> u.order));
        Rules.Context c = new Rules.Context(s);
        List<SkillFinding> out = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (int i = 1; i < ordered.size() && out.size() < MAX_FINDINGS; i++) {
            Unit after = ordered.get(i);
            for (Map.Entry<String, Response> e : after.byRequest.entrySet()) {
                // pair by request: the latest earlier recording that answered the same request (one file per
                // utterance: utterance-1.json of January and of April, not whatever file came just before)
                Unit before = null;
                for (int j = i - 1; j >= 0 && before == null; j--) {
                    before = ordered.get(j).byRequest.containsKey(e.getKey()) ? ordered.get(j) : null;
                }
                Response then = before == null ? null : before.byRequest.get(e.getKey());
                Response now = e.getValue();
                if (then == null || same(then, now)) {
                    continue;
                }
                List<SkillFinding> nowF = new ArrayList<>();
                List<SkillFinding> thenF = new ArrayList<>();
                Rules.response(c, now, nowF);
                Rules.response(c, then, thenF);
                List<String> added = nowF.stream().map(SkillFinding::rule).distinct()
                        .filter(r -> thenF.stream().noneMatch(f -> f.rule().equals(r))).toList();
                if (added.isEmpty() || !reported.add(e.getKey() + added)) {
                    continue;
                }
                out.add(Rule.DRIFT.at(Severity.HIGH, "The answer to " + e.getKey().replaceAll("#1$", "") + " changed between two recordings ("
                        + label(before) + ", then " + label(after) + ") and now triggers " + added + ".", now.file(), now.pointer(),
                        "was: " + Text.visible(then.speech()) + " | now: " + Text.visible(now.speech())));
                if (out.size() >= MAX_FINDINGS) {
                    break;
                }
            }
        }
        return out;
    }

    private static java.time.Instant instant(String t) {
        if (t == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(t).toInstant();
            } catch (java.time.format.DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String label(Unit u) {
        return u.key + (u.time != null ? " at " + u.time : "");
    }

    private static boolean same(Response a, Response b) {
        return java.util.Objects.equals(Text.norm(a.speech()), Text.norm(b.speech()))
                && java.util.Objects.equals(Text.visible(a.reprompt()), Text.visible(b.reprompt())) && a.open() == b.open();
    }
}
