package io.hearthguard.protection.upload.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.platform.allow.AllowList;
import io.hearthguard.platform.allow.AllowingContext;

/**
 * Abnormal and large uploads for every device: a thin DS adapter over {@link UploadDetector}.
 * An upload the family said is normal for a device (an allow rule) is not raised.
 */
@Component(configurationPid = UploadProtection.PID)
@ProtectionService(vendor = "hearthguard", streams = "flow")
@Designate(ocd = UploadProtection.Config.class)
public final class UploadProtection implements DeviceProtection {

    static final String PID = "io.hearthguard.protection.upload";

    @ObjectClassDefinition(name = "Hearthguard upload protection", description = "Abnormal uploads (Firewalla's rule, optionally with a per-destination baseline) and large single-flow uploads.")
    public @interface Config {
        @AttributeDefinition(name = "Mode", options = { @Option(label = "Firewalla rule only", value = "firewalla"),
                @Option(label = "Firewalla rule + per-destination baseline", value = "adaptive") })
        String mode() default "adaptive";

        @AttributeDefinition(name = "Window (s)", min = "60")
        int windowSeconds() default 14400;

        @AttributeDefinition(name = "Run interval (s)", min = "1")
        int runSeconds() default 900;

        @AttributeDefinition(name = "Least upload, device-initiated (bytes)", min = "0")
        long minUploadInitiated() default 500_000;

        @AttributeDefinition(name = "Least upload, inbound-initiated (bytes)", min = "0")
        long minUploadInbound() default 1_000_000;

        @AttributeDefinition(name = "z-score against the device's other hosts")
        double zThreshold() default 8;

        @AttributeDefinition(name = "Upload/download ratio")
        double ratio() default 1;

        @AttributeDefinition(name = "Upload/download ratio when the device has one host")
        double ratioSingleHost() default 1.5;

        @AttributeDefinition(name = "Alarms per run", min = "1")
        int maxAlarmsPerRun() default 3;

        @AttributeDefinition(name = "Cooldown per host (s)", min = "0")
        int cooldownSeconds() default 14400;

        @AttributeDefinition(name = "Large single flow (bytes)", min = "1")
        long largeFlowBytes() default 100_000_000;

        @AttributeDefinition(name = "Runs before a host is no longer new (adaptive)", min = "0")
        int newHostRuns() default 96;

        @AttributeDefinition(name = "Factor over the host's own usual upload (adaptive)", min = "1")
        double hostFactor() default 4;

        @AttributeDefinition(name = "Devices tracked", min = "1")
        int maxDevices() default 4096;

        @AttributeDefinition(name = "Hosts tracked per device", min = "2")
        int maxHostsPerDevice() default 256;
    }

    private volatile UploadDetector detector;

    /** What the family said is normal (the dashboard's allow rules, docs/web.md); without it everything is raised as before. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AllowList allowList;
    private final AllowingContext.Cache allowed = new AllowingContext.Cache(() -> allowList);

    @Activate
    public UploadProtection(Config c) {
        detector = new UploadDetector(settings(c), PID);
    }

    @Modified
    void modified(Config c) {
        detector = new UploadDetector(settings(c), PID);
    }

    static UploadDetector.Settings settings(Config c) {
        if (!"adaptive".equals(c.mode()) && !"firewalla".equals(c.mode())) {
            throw new IllegalArgumentException(PID + ": mode must be 'firewalla' or 'adaptive', not '" + c.mode() + "'");
        }
        return new UploadDetector.Settings("adaptive".equals(c.mode()), c.windowSeconds(), c.runSeconds(), c.minUploadInitiated(),
                c.minUploadInbound(), c.zThreshold(), c.ratio(), c.ratioSingleHost(), c.maxAlarmsPerRun(), c.cooldownSeconds(),
                c.largeFlowBytes(), c.newHostRuns(), c.hostFactor(), c.maxDevices(), c.maxHostsPerDevice());
    }

    @Override
    public void flow(FlowRecord flow, Device device, ProtectionContext context) {
        detector.flow(flow, device, allowed.over(context));
    }

    @Override
    public void tick(ProtectionContext context) {
        detector.tick(allowed.over(context));
    }

    @Override
    public void sessionEnded(ProtectionContext context) {
        detector.sessionEnded(allowed.over(context));
    }
}
