package io.hearthguard.capture.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets. In a normal {@code mvn verify} they run in regression mode over
 * their seed inputs (src/test/resources/.../CaptureFuzzTestInputs); fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=CaptureFuzzTest#captureFile} (see docs/capture.md).
 */
class CaptureFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void captureFile(byte[] data) {
        FuzzTargets.captureFile(data);
    }

    @FuzzTest(maxDuration = "10s")
    void frame(FuzzedDataProvider in) {
        int[] links = {0, 1, 101, 108, 113, 228, 229, 276};
        FuzzTargets.frame(links[in.consumeInt(0, links.length - 1)], in.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "10s")
    void parsers(byte[] data) {
        FuzzTargets.parsers(data);
    }
}
