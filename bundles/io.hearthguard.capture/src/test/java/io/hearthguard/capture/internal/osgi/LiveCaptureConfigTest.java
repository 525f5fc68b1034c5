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

    @Test
    void aReplayFailureIsNeverReportedAsNull() {
        assertFalse(FileReplay.describe(new IOException()).contains("null"));
        assertFalse(FileReplay.describe(new NullPointerException()).contains("null"));
        assertEquals("bad magic", FileReplay.describe(new IOException("bad magic")));
    }
}
