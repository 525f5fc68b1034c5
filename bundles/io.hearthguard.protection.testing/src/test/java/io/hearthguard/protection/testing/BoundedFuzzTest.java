package io.hearthguard.protection.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The bounded run really fuzzes: a target with a shallow bug is caught, a sound one passes. */
class BoundedFuzzTest {

    /** Fails on any input of four bytes or more: libFuzzer reaches that within a second. */
    static class Targets {
        @FuzzTest
        void shallowBug(byte[] data) {
            if (data.length >= 4 && data[0] == 'H') {
                throw new IllegalStateException("reached the bug");
            }
        }

        @FuzzTest
        void sound(byte[] data) {
            if (data.length > 1 << 20) {
                throw new IllegalStateException("never: libFuzzer's inputs are smaller");
            }
        }

        void notATarget(byte[] data) {
        }
    }

    @Test
    void findsTheAnnotatedMethodsInOrder(@TempDir Path module) {
        List<BoundedFuzz.Target> t = BoundedFuzz.targets(module, Targets.class);
        assertEquals(List.of("Targets#shallowBug", "Targets#sound"), t.stream().map(BoundedFuzz.Target::name).toList());
        assertTrue(t.get(0).seeds().endsWith(Path.of("io/hearthguard/protection/testing/TargetsInputs/shallowBug")));
        assertThrows(IllegalArgumentException.class, () -> BoundedFuzz.targets(module, String.class));
    }

    @Test
    void aFindingFailsTheRunAndIsKept(@TempDir Path work) throws Exception {
        BoundedFuzz.Result r = BoundedFuzz.run(Targets.class, "shallowBug", Duration.ofSeconds(20), work.resolve("none"), work);
        assertFalse(r.clean(), r.tail());
        assertNotEquals(0, r.exitCode());
        assertEquals(1, r.findings().size(), r.tail());
        byte[] crash = Files.readAllBytes(r.findings().get(0));
        assertTrue(crash.length >= 4 && crash[0] == 'H', "the kept input reproduces the bug");
        assertTrue(r.tail().contains("reached the bug"), r.tail());
    }

    @Test
    void theSameSeedDrawsTheSameInputsSoAVerdictCanBeRepeated(@TempDir Path work) throws Exception {
        // two runs from empty corpora with the build's fixed seed find the bug with the same input
        BoundedFuzz.Result a = BoundedFuzz.run(Targets.class, "shallowBug", Duration.ofSeconds(20), work.resolve("none"), work.resolve("a"));
        BoundedFuzz.Result b = BoundedFuzz.run(Targets.class, "shallowBug", Duration.ofSeconds(20), work.resolve("none"), work.resolve("b"));
        assertEquals(1, a.findings().size(), a.tail());
        assertEquals(1, b.findings().size(), b.tail());
        assertEquals(a.findings().get(0).getFileName(), b.findings().get(0).getFileName(), "libFuzzer names a finding by its content's hash");
        long seed = BoundedFuzz.seedFor(Targets.class, "shallowBug");
        assertTrue(seed > 0 && a.tail().startsWith("seed " + seed + " "), a.tail());
        assertEquals(seed, BoundedFuzz.seedFor(Targets.class, "shallowBug"), "stable");
        assertNotEquals(seed, BoundedFuzz.seedFor(Targets.class, "sound"), "each target its own");
    }

    @Test
    void theSeedCanBeChosenOrLeftToChance(@TempDir Path work) throws Exception {
        String before = System.getProperty(BoundedFuzz.SEED_PROPERTY);
        try {
            System.setProperty(BoundedFuzz.SEED_PROPERTY, "12345");
            assertEquals(12345, BoundedFuzz.seedFor(Targets.class, "sound"));
            System.setProperty(BoundedFuzz.SEED_PROPERTY, "random");
            assertEquals(0, BoundedFuzz.seedFor(Targets.class, "sound"));
            BoundedFuzz.Result r = BoundedFuzz.run(Targets.class, "sound", Duration.ofSeconds(1), work.resolve("none"), work);
            assertTrue(r.tail().matches("(?s)seed [1-9][0-9]* \\(-Dhearthguard\\.fuzz\\.seed=[1-9][0-9]* repeats.*"),
                "the seed libFuzzer chose is told, to repeat the run: " + r.tail());
            for (String bad : List.of("-3", "0", "soon", "99999999999")) {
                System.setProperty(BoundedFuzz.SEED_PROPERTY, bad);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundedFuzz.seedFor(Targets.class, "sound"));
                assertTrue(e.getMessage().contains(bad), e.getMessage());
            }
        } finally {
            if (before == null) {
                System.clearProperty(BoundedFuzz.SEED_PROPERTY);
            } else {
                System.setProperty(BoundedFuzz.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void aSoundTargetRunsForItsBudget(@TempDir Path work) throws Exception {
        BoundedFuzz.Result r = BoundedFuzz.run(Targets.class, "sound", Duration.ofSeconds(2), work.resolve("none"), work);
        assertTrue(r.clean(), r.tail());
        assertTrue(r.runs() > 1000, "runs " + r.runs());
        assertTrue(r.coverage() > 0, "the target is instrumented: libFuzzer is guided by its coverage\n" + r.tail());
    }

    @Test
    void aVendorsOwnPackageIsInstrumented(@TempDir Path work) throws Exception {
        assertEquals("com.example.**", BoundedFuzz.includesFor(com.example.vendorfuzz.VendorTargets.class));
        BoundedFuzz.Result r = BoundedFuzz.run(com.example.vendorfuzz.VendorTargets.class, "sound", Duration.ofSeconds(2), work.resolve("none"), work);
        assertTrue(r.clean(), r.tail());
        assertTrue(r.coverage() > 0, "the vendor's package is instrumented\n" + r.tail());
    }

    @Test
    void aRunWithoutCoverageSaysWhyAndHowToFixIt(@TempDir Path work) throws Exception {
        String before = System.getProperty(BoundedFuzz.INCLUDES_PROPERTY);
        System.setProperty(BoundedFuzz.INCLUDES_PROPERTY, "org.nowhere.**");
        try {
            BoundedFuzz.Result r = BoundedFuzz.run(com.example.vendorfuzz.VendorTargets.class, "sound", Duration.ofSeconds(2), work.resolve("none"), work);
            assertFalse(r.clean(), "a run that saw no coverage is not clean");
            assertEquals(0, r.coverage());
            assertTrue(r.tail().startsWith("no coverage: ") && r.tail().contains("org.nowhere.**")
                && r.tail().contains("-D" + BoundedFuzz.INCLUDES_PROPERTY), r.tail());
        } finally {
            if (before == null) {
                System.clearProperty(BoundedFuzz.INCLUDES_PROPERTY);
            } else {
                System.setProperty(BoundedFuzz.INCLUDES_PROPERTY, before);
            }
        }
    }

    @Test
    void zeroSecondsTurnsItOff(@TempDir Path work) {
        String before = System.getProperty(BoundedFuzz.SECONDS_PROPERTY);
        System.setProperty(BoundedFuzz.SECONDS_PROPERTY, "0");
        try {
            assertEquals(List.of(), BoundedFuzz.startAll(BoundedFuzz.targets(work, Targets.class), work));
        } finally {
            if (before == null) {
                System.clearProperty(BoundedFuzz.SECONDS_PROPERTY);
            } else {
                System.setProperty(BoundedFuzz.SECONDS_PROPERTY, before);
            }
        }
    }
}
