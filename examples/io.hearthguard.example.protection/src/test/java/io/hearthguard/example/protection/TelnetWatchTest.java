package io.hearthguard.example.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

/**
 * The protection tested the way a vendor tests theirs: with the hub's test kit
 * ({@code io.hearthguard.protection.testing}, test scope) instead of a running hub.
 */
class TelnetWatchTest {

    static final long CAMERA_MAC = 0x02_00_00_00_00_09L;

    @Test
    void givenTheV1PolicyWhenACameraOpensTelnetOnPort23ThenOneMediumFindingAndNothingForOtherPorts() {
        RecordingContext context = new RecordingContext();
        TestDevice camera = new TestDevice("cam-1", "02:00:00:00:00:09", "192.168.1.30", DeviceType.CAMERA);
        TelnetWatch watch = new TelnetWatch();

        watch.flow(TestFlow.tcpStart(1, CAMERA_MAC, "192.168.1.30", "203.0.113.5", 23, context.now), camera, context);
        watch.flow(TestFlow.tcpStart(2, CAMERA_MAC, "192.168.1.30", "203.0.113.5", 2323, context.now), camera, context);
        watch.flow(TestFlow.tcpStart(3, CAMERA_MAC, "192.168.1.30", "203.0.113.5", 443, context.now), camera, context);

        List<Finding> found = context.rule("acme.telnet");
        assertEquals(1, found.size(), "1.0.0 watches port 23 only: " + found);
        assertEquals(Severity.MEDIUM, found.get(0).severity());
        assertEquals("cam-1", found.get(0).device().id());
        assertEquals(23L, found.get(0).evidence().get("port"), "evidence numbers are kept as longs");
    }
}
