package io.hearthguard.protection.upload.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.protection.testing.GeneratedHouse;
import io.hearthguard.protection.testing.RecordingContext;

/**
 * The Firewalla rule against the adaptive mode on generated households (bench/voicegen.py):
 * exfiltration to new hosts (labelled abnormal-upload) and weekly cloud backups over 100 MB
 * (labelled large-upload) against cameras, speakers and a laptop going about their business.
 * An abnormal-upload finding overlapping no exfiltration on its device is a false alarm.
 * Figures go to target/upload-evaluation.txt and docs/protections.md.
 */
class GeneratedHouseUploadEvaluationTest {

    record Score(int exfil, int exfilFound, int large, int largeFound, int falseAlarms, int afterFirstDay, double deviceWeeks, List<String> fa) {
    }

    static Score run(GeneratedHouse h, UploadDetector.Settings s) throws Exception {
        RecordingContext ctx = new RecordingContext();
        UploadDetector d = new UploadDetector(s, "eval");
        h.replay(null, ctx, (f, dev) -> d.flow(f, dev, ctx), () -> d.tick(ctx));
        d.sessionEnded(ctx);
        int exfil = 0, exfilFound = 0, large = 0, largeFound = 0;
        for (GeneratedHouse.Event e : h.events) {
            if (e.expect().equals(Categories.ABNORMAL_UPLOAD)) {
                exfil++;
                exfilFound += hit(ctx.published, e, Categories.ABNORMAL_UPLOAD) ? 1 : 0;
            } else if (e.expect().equals(Categories.LARGE_UPLOAD)) {
                large++;
                largeFound += hit(ctx.published, e, Categories.LARGE_UPLOAD) ? 1 : 0;
            }
        }
        List<String> fa = new ArrayList<>();
        int afterFirstDay = 0;
        for (Finding f : ctx.published) {
            if (f.category().equals(Categories.ABNORMAL_UPLOAD) && h.events.stream()
                    .noneMatch(e -> e.expect().equals(Categories.ABNORMAL_UPLOAD) && overlaps(f, e))) {
                fa.add(f.device().id() + " " + f.evidence().get("remote") + " " + f.end());
                if (f.end().isAfter(h.events.get(0).start().plusSeconds(86_400 + 3600))) {
                    afterFirstDay++;
                }
            }
        }
        return new Score(exfil, exfilFound, large, largeFound, fa.size(), afterFirstDay, h.devicesByMac.size() * h.days / 7.0, fa);
    }

    static boolean hit(List<Finding> fs, GeneratedHouse.Event e, String category) {
        return fs.stream().anyMatch(f -> f.category().equals(category) && overlaps(f, e));
    }

    static boolean overlaps(Finding f, GeneratedHouse.Event e) {
        Object remote = f.evidence().get("remote");
        return f.device().id().equals(e.device()) && (e.remote().isEmpty() || e.remote().equals(remote))
                && !f.start().isAfter(e.end().plusSeconds(900))
                && !f.end().isBefore(e.start());
    }

    @Test
    void theAdaptiveModeKeepsFirewallasRecallWithFewerFalseAlarms() throws Exception {
        Path gen = Path.of("../../bench/voicegen.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(gen), "generator not found at " + gen);
        StringBuilder report = new StringBuilder();
        int[] fw = new int[5];
        int[] ad = new int[5];
        double weeks = 0;
        for (int seed : new int[] { 1, 2, 3 }) {
            GeneratedHouse h = GeneratedHouse.generate(gen, Path.of("target/gen"), seed, 7);
            Assumptions.assumeTrue(h != null, "python3 not available");
            for (boolean adaptive : new boolean[] { false, true }) {
                Score s = run(h, adaptive ? UploadDetector.Settings.adaptiveDefaults() : UploadDetector.Settings.firewalla());
                int[] acc = adaptive ? ad : fw;
                acc[0] += s.exfil();
                acc[1] += s.exfilFound();
                acc[2] += s.large();
                acc[3] += s.largeFound();
                acc[4] += s.falseAlarms();
                report.append(String.format("seed %d %-9s exfiltration %d/%d found, large uploads %d/%d found, false alarms %d (%d after the first day) over %.1f device-weeks %s%n",
                        seed, adaptive ? "adaptive" : "firewalla", s.exfilFound(), s.exfil(), s.largeFound(), s.large(), s.falseAlarms(), s.afterFirstDay(),
                        s.deviceWeeks(), s.fa().size() > 4 ? s.fa().subList(0, 4) + "…" : s.fa()));
                if (adaptive) {
                    weeks += s.deviceWeeks();
                }
            }
        }
        report.append(String.format("TOTAL firewalla: recall %d/%d, large %d/%d, %.2f false alarms per device-week%n", fw[1], fw[0], fw[3], fw[2], fw[4] / weeks));
        report.append(String.format("TOTAL adaptive:  recall %d/%d, large %d/%d, %.2f false alarms per device-week%n", ad[1], ad[0], ad[3], ad[2], ad[4] / weeks));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/upload-evaluation.txt"), report);
        System.out.print(report);
        assertTrue(ad[1] >= fw[1], report.toString());
        assertTrue(ad[4] < fw[4], report.toString());
        assertTrue(ad[3] == ad[2], report.toString());
    }
}
