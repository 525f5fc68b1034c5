package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.protection.testing.GeneratedHouse;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * Precision and recall of the eavesdrop protection on generated households with ground
 * truth (bench/voicegen.py): a labelled eavesdrop event counts as detected when a finding
 * of at least MEDIUM severity on that speaker overlaps it (90 s before to 180 s after, one
 * or two flow-update intervals); such a finding overlapping no eavesdrop event is a false
 * alarm. Misactivation findings (LOW) are reported, not counted as alarms. The figures are
 * written to target/eavesdrop-evaluation.txt and copied into docs/protections.md.
 */
class GeneratedHouseEvaluationTest {

    static final int[] SEEDS = { 1, 2, 3 };
    static final int DAYS = 7;

    record Result(int events, int detected, int falseAlarms, double deviceWeeks, Map<String, int[]> byKind,
            int misactivationLabels, int misactivationFindings, Map<String, Integer> lowElsewhere, List<String> missed, List<String> alarms) {
    }

    static Result evaluate(GeneratedHouse h, Settings settings) throws Exception {
        RecordingContext ctx = new RecordingContext();
        EavesdropDetector d = new EavesdropDetector(settings, "eval");
        h.replay(DeviceType.SMART_SPEAKER, ctx, (f, dev) -> d.flow(f, dev, ctx), () -> d.tick(ctx));
        d.sessionEnded(ctx);
        // one alarm per (device, rule, dedup key): the ongoing and completed reports merge in the store
        Map<String, Finding> alarms = new LinkedHashMap<>();
        int misFindings = 0;
        Map<String, Integer> lowElsewhere = new TreeMap<>();
        for (Finding f : ctx.published) {
            if (f.severity().atLeast(Severity.MEDIUM)) {
                alarms.put(f.device().id() + "|" + f.rule() + "|" + f.dedupKey(), f); // keep the latest (widest) span
            } else if (f.rule().equals(EavesdropDetector.MISACTIVATION)) {
                boolean onMisactivation = h.events.stream().anyMatch(e -> e.kind().equals("misactivation") && f.device().id().equals(e.device()) && overlaps(f, e));
                if (onMisactivation) {
                    misFindings++;
                } else {
                    String kind = h.events.stream().filter(e -> f.device().id().equals(e.device()) && overlaps(f, e)).map(GeneratedHouse.Event::kind).findFirst().orElse("nothing");
                    lowElsewhere.merge(kind, 1, Integer::sum);
                }
            }
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int events = 0;
        int detected = 0;
        int misLabels = 0;
        List<String> missed = new ArrayList<>();
        Set<Finding> matched = new HashSet<>();
        for (GeneratedHouse.Event e : h.events) {
            if (e.kind().equals("misactivation")) {
                misLabels++;
            }
            boolean hit = false;
            for (Finding f : alarms.values()) {
                if (f.device().id().equals(e.device()) && overlaps(f, e)) {
                    hit = true;
                    matched.add(f);
                }
            }
            int[] k = byKind.computeIfAbsent(e.kind(), x -> new int[2]);
            k[0]++;
            if (hit) {
                k[1]++;
            }
            if (e.eavesdrop()) {
                events++;
                if (hit) {
                    detected++;
                } else {
                    missed.add(e.toString());
                }
            }
        }
        List<String> fa = new ArrayList<>();
        for (Finding f : alarms.values()) {
            boolean onEavesdrop = h.events.stream().anyMatch(e -> e.eavesdrop() && f.device().id().equals(e.device()) && overlaps(f, e));
            if (!onEavesdrop) {
                fa.add(f.toString() + " " + f.start() + ".." + f.end());
            }
        }
        double weeks = h.devicesOfType(DeviceType.SMART_SPEAKER) * h.days / 7.0;
        return new Result(events, detected, fa.size(), weeks, byKind, misLabels, misFindings, lowElsewhere, missed, fa);
    }

    static boolean overlaps(Finding f, GeneratedHouse.Event e) {
        return !f.start().isAfter(e.end().plusSeconds(180)) && !f.end().isBefore(e.start().minusSeconds(90));
    }

    @Test
    void eavesdropSessionsAreFoundWithFewFalseAlarmsOnGeneratedHouseholds() throws Exception {
        Path gen = Path.of("../../bench/voicegen.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(gen), "generator not found at " + gen);
        StringBuilder report = new StringBuilder();
        int events = 0, detected = 0, fas = 0;
        double weeks = 0;
        Map<String, int[]> kinds = new TreeMap<>();
        for (int seed : SEEDS) {
            GeneratedHouse h = GeneratedHouse.generate(gen, Path.of("target/gen"), seed, DAYS);
            Assumptions.assumeTrue(h != null, "python3 not available");
            Result r = evaluate(h, Settings.defaults());
            events += r.events();
            detected += r.detected();
            fas += r.falseAlarms();
            weeks += r.deviceWeeks();
            r.byKind().forEach((k, v) -> {
                int[] a = kinds.computeIfAbsent(k, x -> new int[2]);
                a[0] += v[0];
                a[1] += v[1];
            });
            report.append(String.format("seed %d: eavesdrop events %d, detected %d, false alarms %d over %.1f speaker-weeks; misactivations labelled %d, reported as misactivation (LOW) %d; other LOW misactivation reports by what they overlapped %s%n",
                    seed, r.events(), r.detected(), r.falseAlarms(), r.deviceWeeks(), r.misactivationLabels(), r.misactivationFindings(), r.lowElsewhere()));
            r.missed().forEach(m -> report.append("  missed ").append(m).append('\n'));
            r.alarms().forEach(m -> report.append("  false alarm ").append(m).append('\n'));
        }
        double recall = (double) detected / events;
        double precision = (double) detected / Math.max(1, detected + fas);
        report.append(String.format("TOTAL: recall %.3f (%d/%d), alarm precision %.3f, false alarms %.2f per speaker-week%n", recall, detected,
                events, precision, fas / weeks));
        kinds.forEach((k, v) -> report.append(String.format("  %-22s %4d labelled, %4d overlapped by a MEDIUM+ finding%n", k, v[0], v[1])));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/eavesdrop-evaluation.txt"), report);
        System.out.print(report);
        assertTrue(recall >= 0.95, "recall below 0.95:\n" + report);
        assertTrue(fas / weeks <= 1.0, "more than one false alarm per speaker-week:\n" + report);
    }
}
