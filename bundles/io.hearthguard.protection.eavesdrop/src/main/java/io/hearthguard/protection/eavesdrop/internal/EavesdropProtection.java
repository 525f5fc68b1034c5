package io.hearthguard.protection.eavesdrop.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.protection.ActivityProtection;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.platform.allow.AllowList;
import io.hearthguard.platform.allow.AllowingContext;

/**
 * Eavesdropping voice assistants: a thin DS adapter over {@link TurnDetector}. It covers
 * smart speakers and the device types discovery files unrecognised speakers under (unknown,
 * TV); the detector keeps only devices that are or may be speakers. A configuration change
 * starts a fresh detector (learned baselines are relearned). An alarm the family said is normal
 * for a speaker (an allow rule) is not raised; its voice sessions are still recorded.
 */
// registered as a DeviceProtection (what the host tracks); DS would otherwise name only the directly implemented ActivityProtection
@Component(service = DeviceProtection.class, configurationPid = EavesdropProtection.PID)
@ProtectionService(vendor = "hearthguard", deviceTypes = { "smart-speaker", "unknown", "tv" }, streams = { "flow", "metadata", "activity" })
@Designate(ocd = EavesdropProtection.Config.class)
public final class EavesdropProtection implements ActivityProtection {

    static final String PID = "io.hearthguard.protection.eavesdrop";
    private static final Logger LOG = Logger.getLogger(EavesdropProtection.class.getName());

    @ObjectClassDefinition(name = "Hearthguard eavesdrop protection", description = "Follows smart speakers turn by turn, records every listening session and flags listening nobody knowingly started.")
    public @interface Config {
        @AttributeDefinition(name = "Voice-cloud host names", description = "Glob patterns (* = any characters) of the names speakers reach their voice service by (DNS name or SNI).")
        String[] voiceNames() default { "avs-alexa-*.amazon.com", "bob-dispatch-*.amazon.com", "*.amazonalexa.com",
                "alexa.*.amazon.com", "embeddedassistant.googleapis.com", "assistant.google.com", "*.assistant.google.com",
                "speech.googleapis.com", "*.siri.apple.com", "guzzoni.apple.com" };

        @AttributeDefinition(name = "Speech rate (bytes/s)", min = "100", description = "Least upstream rate of half a second that carries speech.")
        int speechBytesPerSecond() default 1500;

        @AttributeDefinition(name = "Answer rate (bytes/s)", min = "100", description = "Least downstream rate of half a second that carries a spoken answer.")
        int answerBytesPerSecond() default 4000;

        @AttributeDefinition(name = "Least answer (bytes)", min = "0")
        long answerMinBytes() default 5000;

        @AttributeDefinition(name = "Shortest turn (ms)", min = "500", max = "60000")
        int minTurnMillis() default 1000;

        @AttributeDefinition(name = "Silence ending a turn (ms)", min = "500", max = "60000")
        int turnGapMillis() default 1000;

        @AttributeDefinition(name = "Follow-up time (s)", min = "1", max = "600", description = "A turn this soon after the previous one or its answer is part of the same session.")
        int followUpSeconds() default 10;

        @AttributeDefinition(name = "Listening after an exchange (s)", min = "1", description = "A later turn of a session listening this long without an answer is an alarm.")
        int afterGoodbyeSeconds() default 10;

        @AttributeDefinition(name = "Long listening (s)", min = "1", description = "One turn listening this long without an answer is an alarm (dictation: 12-35 s).")
        int longListenSeconds() default 45;

        @AttributeDefinition(name = "Silent reprompts (turns)", min = "2", max = "64")
        int repromptTurns() default 3;

        @AttributeDefinition(name = "Call: share of frames with downstream audio")
        double callDownShare() default 0.3;

        @AttributeDefinition(name = "Trickle window (minutes)", min = "3", max = "1440")
        int trickleWindow() default 15;

        @AttributeDefinition(name = "Trickle fraction", description = "Share of elevated idle minutes in the window.")
        double trickleFraction() default 0.8;

        @AttributeDefinition(name = "Trickle least excess (bytes per minute)", min = "0")
        long trickleMinExcessBytes() default 400;

        @AttributeDefinition(name = "Warm-up (idle minutes)", min = "1")
        int warmupMinutes() default 60;

        @AttributeDefinition(name = "Skill finding query interval (s)", min = "1")
        int skillQuerySeconds() default 60;

        @AttributeDefinition(name = "Speakers tracked", min = "1", max = "100000")
        int maxSpeakers() default 1024;

        @AttributeDefinition(name = "Flows remembered", min = "16", max = "1000000")
        int maxFlows() default 4096;

        @AttributeDefinition(name = "Speaker vendors", description = "Regular expression (case-insensitive) of vendors whose devices may be speakers.")
        String speakerVendors() default Settings.DEFAULT_SPEAKER_VENDORS;

        @AttributeDefinition(name = "Speaker names", description = "Regular expression (case-insensitive) of device names or models that are speakers.")
        String speakerNames() default Settings.DEFAULT_SPEAKER_NAMES;

        @AttributeDefinition(name = "Cloud range directory", description = "Empty: <hearthguard.data>/cloud-ranges. Public cloud IP-range files (see docs/protections.md).")
        String rangesDirectory() default "";
    }

    private final BundleContext context;
    private volatile TurnDetector detector;

    /** What the family said is normal (the dashboard's allow rules, docs/web.md); without it everything is raised as before. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AllowList allowList;
    private final AllowingContext.Cache allowed = new AllowingContext.Cache(() -> allowList);

    @Activate
    public EavesdropProtection(Config config, BundleContext context) {
        this.context = context;
        this.detector = create(config);
    }

    @Modified
    void modified(Config config) {
        this.detector = create(config);
    }

    private TurnDetector create(Config c) {
        String data = context == null ? null : context.getProperty("hearthguard.data");
        Path dir;
        try {
            dir = c.rangesDirectory().isBlank() ? Path.of(data == null ? "hearthguard-data" : data, "cloud-ranges") : Path.of(c.rangesDirectory());
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(PID + ": rangesDirectory is not a path: " + e.getMessage(), e);
        }
        CloudRanges ranges = CloudRanges.load(dir);
        LOG.info(() -> "eavesdrop: " + ranges.size() + " cloud address ranges from " + dir + " " + ranges.files
                + (ranges.skipped > 0 ? " (" + ranges.skipped + " lines or files skipped)" : ""));
        return new TurnDetector(settings(c), ranges, PID);
    }

    static Settings settings(Config c) {
        return new Settings(List.of(c.voiceNames()), c.speechBytesPerSecond(), c.answerBytesPerSecond(), c.answerMinBytes(),
                c.minTurnMillis(), c.turnGapMillis(), c.followUpSeconds(), c.afterGoodbyeSeconds(), c.longListenSeconds(),
                c.repromptTurns(), c.callDownShare(), c.trickleWindow(), c.trickleFraction(), c.trickleMinExcessBytes(),
                c.warmupMinutes(), c.skillQuerySeconds(), c.maxSpeakers(), c.maxFlows(), c.speakerVendors(), c.speakerNames());
    }

    @Override
    public void flow(FlowRecord flow, Device device, ProtectionContext context) {
        detector.flow(flow, device);
    }

    @Override
    public void metadata(TrafficMetadata record, Device device, ProtectionContext context) {
        detector.metadata(record);
    }

    @Override
    public void activity(FlowActivity activity, Device device, ProtectionContext context) {
        detector.activity(activity, device, allowed.over(context));
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
