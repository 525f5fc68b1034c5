package io.hearthguard.protection.intrusion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.protection.testing.JoyFlows;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;

/**
 * False alarms on the real CESNET IoT flow records (Google Mini, IKEA gateway, Edimax camera;
 * data/other/iot-flows), fed as flows to the local device at either end.
 */
class RealFlowRecordsTest {

    @Test
    void realIotFlowRecordsRaiseNoIntrusionFindings() throws Exception {
        Path dir = Path.of(System.getProperty("hearthguard.shared", "../shared"), "data/other/iot-flows");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no data at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        RecordingContext ctx = new RecordingContext();
        IntrusionDetector d = new IntrusionDetector(IntrusionDetector.Settings.defaults(), "real");
        int flows = 0;
        int labelledScans = 0;
        long id = 0;
        for (Path f : files) {
            JoyFlows joy = JoyFlows.read(f, id);
            id += joy.snapshots.size() + 1;
            labelledScans += (int) joy.labels.stream().filter(l -> l.toLowerCase().contains("scan")).count();
            for (var fl : joy.snapshots) {
                flows++;
                ctx.now = fl.lastSeen();
                for (String ip : new String[] { fl.initiatorIp(), fl.responderIp() }) {
                    if (IntrusionDetector.local(ip)) {
                        d.flow(fl, new TestDevice("dev-" + ip.replace('.', '-'), "00:00:00:00:00:00", ip, DeviceType.UNKNOWN), ctx);
                    }
                }
            }
        }
        assertTrue(flows > 500, "snapshots " + flows);
        List<String> out = new ArrayList<>();
        ctx.published.forEach(x -> out.add(x.toString()));
        System.out.println("iot-flows: " + flows + " snapshots from " + files.size() + " files, " + labelledScans
                + " records labelled as a scan by the data set, findings: " + out);
        assertEquals(List.of(), out);
    }
}
