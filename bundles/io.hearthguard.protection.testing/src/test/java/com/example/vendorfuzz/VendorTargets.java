package com.example.vendorfuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A fuzz target in a vendor's own package (not {@code io.hearthguard}): the bounded run must
 * instrument this package, or libFuzzer runs unguided with no coverage (found by a vendor
 * following docs/vendor-guide.md).
 */
public class VendorTargets {
    @FuzzTest
    public void sound(byte[] data) {
        int sum = 0;
        for (byte b : data) {
            if (b == 'L') {
                sum += 2;
            } else if (b > 100) {
                sum++;
            }
        }
        if (sum < 0) {
            throw new IllegalStateException("never");
        }
    }
}
