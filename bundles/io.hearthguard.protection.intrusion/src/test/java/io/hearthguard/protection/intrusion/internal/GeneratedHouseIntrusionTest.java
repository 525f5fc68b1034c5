package io.hearthguard.protection.intrusion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.protection.testing.GeneratedHouse;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;

/** A generated household week (bench/voicegen.py) holds no scans, brute force or cleartext logins: no findings expected. */
class GeneratedHouseIntrusionTest {

    @Test
    void aBenignGeneratedWeekRaisesNoIntrusionFindings() throws Exception {
        Path gen = Path.of("../../bench/voicegen.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(gen), "generator not found at " + gen);
        GeneratedHouse h = GeneratedHouse.generate(gen, Path.of("target/gen"), 1, 7);
        Assumptions.assumeTrue(h != null, "python3 not available");
        RecordingContext ctx = new RecordingContext();
        IntrusionDetector d = new IntrusionDetector(IntrusionDetector.Settings.defaults(), "eval");
        long[] flows = { 0 };
        h.replay(null, new GeneratedHouse.Sink() {
            @Override
            public void flow(FlowRecord f, TestDevice dev, Instant now) {
                ctx.now = now;
                flows[0]++;
                d.flow(f, dev, ctx);
            }

            @Override
            public void tick(Instant now) {
            }
        });
        assertTrue(flows[0] > 10_000, "replayed " + flows[0]);
        assertEquals(List.of(), ctx.published);
    }
}
