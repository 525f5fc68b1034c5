package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.protection.testing.GeneratedHouse;
import io.hearthguard.protection.testing.TestDevice;

/**
 * The project's own generated households (bench/voicegen.py, seeds 1–3, 7 days) through the
 * real capture pipeline and the activity stream into the turn model. A labelled eavesdrop
 * event counts as found when an alarm (MEDIUM or above) on that speaker overlaps it (30 s
 * before to 120 s after); an alarm overlapping no eavesdrop event is a false alarm. The
 * generator was written together with the earlier 60-second detector: these are figures on our
 * own traffic model, not on independent data. Written to target/eavesdrop-generated.txt.
 */
class GeneratedHouseTurnsTest {

    static final int[] SEEDS = { 1, 2, 3 };
    static final int DAYS = 7;

    @Test
    void generatedHouseholdsThroughCaptureAndTheTurnModel() throws Exception {
        Path gen = Path.of("../../bench/voicegen.py");
        Assumptions.assumeTrue(Files.exists(gen), "generator not found");
        Map<String, int[]> byKind = new TreeMap<>(); // kind → {events, overlapped by an alarm, overlapped by a session}
        int falseAlarms = 0;
        double speakerWeeks = 0;
        List<String> fa = new ArrayList<>();
        for (int seed : SEEDS) {
            GeneratedHouse h = GeneratedHouse.generate(gen, Path.of("target", "generated"), seed, DAYS, true);
            Assumptions.assumeTrue(h != null, "python3 not available");
            Map<String, DeviceType> types = new HashMap<>();
            Map<String, String> macOf = new HashMap<>();
            for (TestDevice d : h.devicesByMac.values()) {
                types.put(d.mac().toLowerCase(Locale.ROOT), d.type());
                macOf.put(d.id(), d.mac().toLowerCase(Locale.ROOT));
            }
            CapturedHouse c = new CapturedHouse(Settings.defaults(), CloudRanges.NONE, m -> types.getOrDefault(m, DeviceType.UNKNOWN)).run(h.pcap);
            speakerWeeks += h.devicesOfType(DeviceType.SMART_SPEAKER) * h.days / 7.0;
            // one alarm per (device, rule, dedup key): the ongoing and completed reports merge in the store
            Map<String, Finding> merged = new java.util.LinkedHashMap<>();
            c.alarms().forEach(f -> merged.put(f.device().mac() + "|" + f.rule() + "|" + f.dedupKey(), f));
            List<Finding> alarms = new ArrayList<>(merged.values());
            List<Finding> sessions = c.sessions();
            for (GeneratedHouse.Event e : h.events) {
                String mac = macOf.get(e.device());
                if (mac == null || types.get(mac) != DeviceType.SMART_SPEAKER) {
                    continue;
                }
                int[] k = byKind.computeIfAbsent(e.kind() + (e.eavesdrop() ? " (eavesdrop)" : ""), x -> new int[3]);
                k[0]++;
                if (alarms.stream().anyMatch(f -> f.device().mac().equals(mac) && overlaps(f, e))) {
                    k[1]++;
                }
                if (sessions.stream().anyMatch(f -> f.device().mac().equals(mac) && overlaps(f, e))) {
                    k[2]++;
                }
            }
            for (Finding f : alarms) {
                boolean onEavesdrop = h.events.stream().anyMatch(e -> e.eavesdrop() && f.device().mac().equals(macOf.get(e.device())) && overlaps(f, e));
                if (!onEavesdrop) {
                    falseAlarms++;
                    fa.add("seed " + seed + " " + f.rule() + " " + f.device().mac() + " " + f.start() + " " + f.summary());
                }
            }
        }
        int events = 0;
        int found = 0;
        StringBuilder r = new StringBuilder(String.format(Locale.ROOT, "generated households, seeds 1-3 x %d days (%.0f speaker-weeks), capture -> activity -> turn model%n", DAYS, speakerWeeks));
        r.append("kind | labelled | overlapped by an alarm | overlapped by a session\n");
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            r.append(String.format(Locale.ROOT, "%s | %d | %d | %d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
            if (e.getKey().endsWith("(eavesdrop)")) {
                events += e.getValue()[0];
                found += e.getValue()[1];
            }
        }
        r.append(String.format(Locale.ROOT, "eavesdrop events found %d/%d (recall %.2f); false alarms %d (%.2f per speaker-week)%n", found, events,
                found / (double) Math.max(1, events), falseAlarms, falseAlarms / speakerWeeks));
        fa.stream().limit(20).forEach(x -> r.append("  false alarm: ").append(x).append('\n'));
        System.out.print(r);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "eavesdrop-generated.txt"), r.toString());
        // what the turn rules are for: listening after a goodbye and reprompt loops are found; what the family does
        // knowingly (requests, conversations, misactivations) does not alarm. The idle-trickle rule is weak on this
        // generator (false alarms and misses, docs/protections.md): reported, not asserted.
        assertTrue(byKind.get("long-listening (eavesdrop)")[1] >= 0.9 * byKind.get("long-listening (eavesdrop)")[0], r.toString());
        assertTrue(byKind.get("silent-reprompt (eavesdrop)")[1] >= 0.9 * byKind.get("silent-reprompt (eavesdrop)")[0], r.toString());
        int benign = 0;
        int benignAlarmed = 0;
        for (String k : List.of("request", "conversation", "misactivation")) {
            benign += byKind.get(k)[0];
            benignAlarmed += byKind.get(k)[1];
        }
        assertTrue(benignAlarmed <= 0.01 * benign, r.toString());
        assertTrue(byKind.get("misactivation")[2] >= 0.95 * byKind.get("misactivation")[0], "misactivations are recorded as sessions: " + r);
    }

    static boolean overlaps(Finding f, GeneratedHouse.Event e) {
        return !f.start().isAfter(e.end().plusSeconds(120)) && !f.end().isBefore(e.start().minusSeconds(30));
    }
}
