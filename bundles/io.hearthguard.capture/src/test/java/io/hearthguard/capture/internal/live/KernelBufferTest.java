package io.hearthguard.capture.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The configured buffer size reaches libpcap: on Linux libpcap maps the packet socket's ring into the process, and the
 * mapping (a line "... socket:[inode]" in /proc/self/maps) is as large as the buffer asked for, rounded up to the ring's
 * blocks. Opens {@code lo} only, sends nothing. Skipped without the capture right or without /proc.
 */
class KernelBufferTest {

    @Test
    void theRingLibpcapMapsIsTheSizeAskedFor() throws Exception {
        LibPcapBindingTest.lib();
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "no /proc/self/maps here");
        for (int asked : new int[] {4 << 20, (24 << 20) + 100_000}) {
            Map<String, Long> before = socketMappings();
            LivePcapSource src;
            try {
                src = LivePcapSource.open("lo", "", 1600, false, asked);
            } catch (CaptureUnavailableException e) {
                assumeTrue(false, "no capture right here: " + e.getMessage());
                return;
            }
            String ring = null;
            try (src) {
                Map<String, Long> after = socketMappings();
                after.keySet().removeAll(before.keySet());
                assertEquals(1, after.size(), "one new packet-socket ring mapped: " + after);
                ring = after.keySet().iterator().next();
                long size = after.get(ring);
                assertTrue(size >= asked && size < asked + (1 << 20), "asked " + asked + " bytes, libpcap mapped a ring of " + size);
            }
            assertTrue(!socketMappings().containsKey(ring), "the ring is unmapped when the capture closes");
        }
    }

    /** Address range → size of every mapping of a socket in this process. */
    static Map<String, Long> socketMappings() throws IOException {
        Map<String, Long> m = new HashMap<>();
        List<String> lines = Files.readAllLines(Path.of("/proc/self/maps"));
        for (String line : lines) {
            if (!line.contains("socket:[")) {
                continue;
            }
            String range = line.substring(0, line.indexOf(' '));
            int dash = range.indexOf('-');
            long size = Long.parseUnsignedLong(range.substring(dash + 1), 16) - Long.parseUnsignedLong(range.substring(0, dash), 16);
            m.put(range, size);
        }
        return m;
    }
}
