package io.hearthguard.capture.internal;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.hearthguard.protection.testing.BoundedFuzz;

/**
 * Every Jazzer target of this module fuzzed for a few seconds in every build
 * ({@code hearthguard.fuzz.seconds}, docs/capture.md "Fuzzing in every build"); the
 * regression run over the seeds is the targets' own test class.
 */
class BoundedFuzzingTest {
    @TestFactory
    Stream<DynamicTest> eachTargetFuzzedWithoutFinding() {
        Assumptions.assumeTrue(BoundedFuzz.secondsPerTarget() > 0, "bounded fuzzing turned off (hearthguard.fuzz.seconds=0)");
        return BoundedFuzz.startAll(BoundedFuzz.targets(Path.of(""), ParserFuzzTest.class, CaptureFuzzTest.class), Path.of("target", "bounded-fuzz")).stream()
            .map(run -> DynamicTest.dynamicTest(run.name(), run::assertClean));
    }
}
