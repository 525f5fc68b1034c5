package io.hearthguard.protection.upload.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.platform.allow.AllowList;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

/** "This is normal" (an allow rule of the dashboard) read by the real upload protection through the platform contract. */
class UploadProtectionAllowTest {
    static final long CAM_MAC = 0xD4D2D6000004L, CAM2_MAC = 0xD4D2D6000005L;
    static final TestDevice CAM = new TestDevice("cam", "d4:d2:d6:00:00:04", "192.168.1.30", DeviceType.CAMERA);
    static final TestDevice CAM2 = new TestDevice("cam2", "d4:d2:d6:00:00:05", "192.168.1.31", DeviceType.CAMERA);

    final RecordingContext ctx = new RecordingContext();
    final Instant t0 = ctx.now;
    long flowIds;

    /** The component as DS makes it, with its metatype defaults. */
    static UploadProtection protection() {
        UploadProtection.Config c = (UploadProtection.Config) Proxy.newProxyInstance(UploadProtection.Config.class.getClassLoader(),
                new Class<?>[] { UploadProtection.Config.class }, (p, m, a) -> m.getDefaultValue());
        return new UploadProtection(c);
    }

    void send(UploadProtection p, int minute, String host, long up) {
        ctx.now = t0.plusSeconds(60L * minute);
        p.tick(ctx);
        p.flow(TestFlow.of(++flowIds, Phase.ENDED, CAM_MAC, host, ctx.now, ctx.now, up, 4_000), CAM, ctx);
        p.flow(TestFlow.of(++flowIds, Phase.ENDED, CAM2_MAC, host, ctx.now, ctx.now, up, 4_000), CAM2, ctx);
    }

    /** Two cameras with two hours of small uploads to six services, then both send 20 MB to one host. */
    List<Finding> dayWithABurst(AllowList allow) {
        ctx.published.clear();
        UploadProtection p = protection();
        p.allowList = allow;
        for (int m = 0; m < 120; m += 10) {
            for (int h = 0; h < 6; h++) {
                send(p, m, "svc" + h + ".example", 2_000 + 300 * h);
            }
        }
        send(p, 125, "drop.files.example", 20_000_000);
        ctx.now = t0.plusSeconds(60L * 150);
        p.tick(ctx);
        p.sessionEnded(ctx);
        return ctx.rule(UploadDetector.ABNORMAL);
    }

    static List<String> devices(List<Finding> f) {
        return f.stream().map(x -> x.device().id()).sorted().toList();
    }

    @Test
    void withoutAnAllowRuleBothCamerasBurstsAreRaised() {
        assertEquals(List.of("cam", "cam2"), devices(dayWithABurst(null)));
    }

    @Test
    void anAllowRuleForOneCameraStopsItsFindingOnlyForThatCamera() {
        List<Finding> f = dayWithABurst((device, rule, destination) -> "cam".equals(device) && UploadDetector.ABNORMAL.equals(rule) && destination == null);
        assertEquals(List.of("cam2"), devices(f), f.toString());
    }

    @Test
    void anAllowRuleForOneDestinationStopsOnlyUploadsToIt() {
        assertEquals(List.of("cam2"), devices(dayWithABurst((device, rule, dest) -> "cam".equals(device) && "drop.files.example".equals(dest))));
        assertEquals(List.of("cam", "cam2"), devices(dayWithABurst((device, rule, dest) -> "cam".equals(device) && "elsewhere.example".equals(dest))),
                "a rule for another destination allows nothing here");
    }
}
