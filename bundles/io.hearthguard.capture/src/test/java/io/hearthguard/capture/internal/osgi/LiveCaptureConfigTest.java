package io.hearthguard.capture.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class LiveCaptureConfigTest {

    @Test
    void theDocumentedKeyIsReadTheOldOneAgreesAndThereIsNoDefaultInterface() {
        assertEquals("lo", LiveCapture.interfaceName("lo", ""));
        assertEquals("lo", LiveCapture.interfaceName("", "lo"));
        assertEquals("lo", LiveCapture.interfaceName("lo", "lo"));
        assertEquals("any", LiveCapture.interfaceName("any", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiveCapture.interfaceName("", ""));
        assertTrue(e.getMessage().contains("needs interface="), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LiveCapture.interfaceName("lo", "eth0"));
        assertTrue(e.getMessage().contains("disagree"), e.getMessage());
    }

    @Test
    void anInterfaceThisMachineDoesNotHaveIsRefusedNamingThoseItHas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiveCapture.interfaceName("nosuchif0", ""));
        assertTrue(e.getMessage().contains("interface=nosuchif0 does not exist") && e.getMessage().contains("lo"), e.getMessage());
    }

    /**
     * Java's NetworkInterface lists only interfaces with an address; a sniffing-only port
     * (found by the soak: a veth end with no address and IPv6 off) must still be accepted
     * when the kernel has it. A temp folder stands in for /sys/class/net.
     */
    @Test
    void anInterfaceWithoutAddressCountsWhenTheKernelListsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path sys) throws Exception {
        java.nio.file.Files.createDirectory(sys.resolve("mirror0"));
        assertTrue(LiveCapture.linuxInterface(sys, "mirror0"));
        assertFalse(LiveCapture.linuxInterface(sys, "mirror1"));
        assertFalse(LiveCapture.linuxInterface(sys, ".."));
        assertFalse(LiveCapture.linuxInterface(sys, "../etc"));
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/sys/class/net/lo"))) {
            assertEquals("lo", LiveCapture.interfaceName("lo", null));
        }
    }

    /** The kernel buffer is bounded: 0 (libpcap's default) or 1 MiB to 512 MiB; anything else fails the component naming the bounds. */
    @Test
    void theKernelBufferIsBoundedAndAnythingElseIsAClearError() {
        assertEquals(0, LiveCapture.bufferBytes(0));
        assertEquals(1 << 20, LiveCapture.bufferBytes(1 << 20));
        assertEquals(LiveCapture.DEFAULT_BUFFER_BYTES, LiveCapture.bufferBytes(LiveCapture.DEFAULT_BUFFER_BYTES));
        assertEquals(512 << 20, LiveCapture.bufferBytes(512 << 20));
        for (int bad : new int[] {-1, 1, (1 << 20) - 1, (512 << 20) + 1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiveCapture.bufferBytes(bad));
            assertTrue(e.getMessage().contains("bufferBytes=" + bad) && e.getMessage().contains("512 MiB"), e.getMessage());
        }
        assertTrue(LiveCapture.DEFAULT_BUFFER_BYTES >= LiveCapture.MIN_BUFFER_BYTES && LiveCapture.DEFAULT_BUFFER_BYTES <= LiveCapture.MAX_BUFFER_BYTES);
    }

    @Test
    void aReplayFailureIsNeverReportedAsNull() {
        assertFalse(FileReplay.describe(new IOException()).contains("null"));
        assertFalse(FileReplay.describe(new NullPointerException()).contains("null"));
        assertEquals("bad magic", FileReplay.describe(new IOException("bad magic")));
    }
}
