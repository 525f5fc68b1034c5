package io.hearthguard.protection.eavesdrop.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.FlowRecord;

/**
 * Eavesdropping voice assistants: a thin DS adapter over {@link EavesdropDetector}. A
 * configuration change starts a fresh detector (learned baselines are relearned).
 */
@Component(configurationPid = EavesdropProtection.PID)
@ProtectionService(vendor = "hearthguard", deviceTypes = "smart-speaker", streams = "flow")
@Designate(ocd = EavesdropProtection.Config.class)
public final class EavesdropProtection implements DeviceProtection {

    static final String PID = "io.hearthguard.protection.eavesdrop";

    @ObjectClassDefinition(name = "Hearthguard eavesdrop protection", description = "Flags smart speakers that listen longer, more often or more quietly than their own baseline.")
    public @interface Config {
        @AttributeDefinition(name = "Voice-cloud host names", description = "Glob patterns (* = any characters) of the names speakers reach their voice service by (DNS name or SNI).")
        String[] voiceNames() default { "avs-alexa-*.amazon.com", "bob-dispatch-*.amazon.com", "*.amazonalexa.com",
                "alexa.*.amazon.com", "embeddedassistant.googleapis.com", "assistant.google.com", "*.assistant.google.com",
                "speech.googleapis.com", "*.siri.apple.com", "guzzoni.apple.com" };

        @AttributeDefinition(name = "Interval (s)", min = "1", max = "3600", description = "Capture's flow update interval.")
        int bucketSeconds() default 60;

        @AttributeDefinition(name = "Audio bytes per second", min = "100", description = "Upstream bytes one second of listening costs.")
        int audioBytesPerSecond() default 4000;

        @AttributeDefinition(name = "Listening threshold (bytes)", min = "0", description = "Least upstream above the idle level that makes an interval a listening one.")
        long minActiveBytes() default 3000;

        @AttributeDefinition(name = "Least answer (bytes)", min = "0")
        long answerMinBytes() default 6000;

        @AttributeDefinition(name = "Answer ratio", description = "Downstream/upstream excess below which a session was not answered.")
        double answerRatio() default 0.5;

        @AttributeDefinition(name = "Silent reprompt (s)", min = "1")
        int silentListenSeconds() default 20;

        @AttributeDefinition(name = "Long listening (s)", min = "1", description = "Raised to 4x the speaker's typical request once learned.")
        int longListenSeconds() default 40;

        @AttributeDefinition(name = "Sustained upload (intervals)", min = "2")
        int sustainedBuckets() default 10;

        @AttributeDefinition(name = "Repeated unanswered uploads", min = "2", max = "64")
        int repeatCount() default 4;

        @AttributeDefinition(name = "Repeat window (s)", min = "60")
        int repeatWindowSeconds() default 1800;

        @AttributeDefinition(name = "Trickle window (intervals)", min = "3", max = "1440")
        int trickleWindow() default 15;

        @AttributeDefinition(name = "Trickle fraction", description = "Share of elevated idle intervals in the window.")
        double trickleFraction() default 0.8;

        @AttributeDefinition(name = "Trickle least excess (bytes)", min = "0")
        long trickleMinExcessBytes() default 400;

        @AttributeDefinition(name = "Warm-up (idle intervals)", min = "1")
        int warmupBuckets() default 60;

        @AttributeDefinition(name = "Skill finding query interval (s)", min = "1")
        int skillQuerySeconds() default 60;

        @AttributeDefinition(name = "Speakers tracked", min = "1", max = "100000")
        int maxSpeakers() default 1024;
    }

    private volatile EavesdropDetector detector;

    @Activate
    public EavesdropProtection(Config config) {
        this.detector = new EavesdropDetector(settings(config), PID);
    }

    @Modified
    void modified(Config config) {
        this.detector = new EavesdropDetector(settings(config), PID);
    }

    static Settings settings(Config c) {
        return new Settings(List.of(c.voiceNames()), c.bucketSeconds(), c.audioBytesPerSecond(), c.minActiveBytes(),
                c.answerMinBytes(), c.answerRatio(), c.silentListenSeconds(), c.longListenSeconds(), c.sustainedBuckets(),
                c.repeatCount(), c.repeatWindowSeconds(), c.trickleWindow(), c.trickleFraction(), c.trickleMinExcessBytes(),
                c.warmupBuckets(), c.skillQuerySeconds(), c.maxSpeakers());
    }

    @Override
    public void flow(FlowRecord flow, Device device, ProtectionContext context) {
        detector.flow(flow, device, context);
    }

    @Override
    public void tick(ProtectionContext context) {
        detector.tick(context);
    }

    @Override
    public void sessionEnded(ProtectionContext context) {
        detector.sessionEnded(context);
    }
}
