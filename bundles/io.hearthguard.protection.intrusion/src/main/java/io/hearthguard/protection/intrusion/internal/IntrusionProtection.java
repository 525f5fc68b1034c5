package io.hearthguard.protection.intrusion.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
import io.hearthguard.api.traffic.TrafficMetadata;

/** Port scans, brute force and cleartext credentials for every device: a thin DS adapter over {@link IntrusionDetector}. */
@Component(configurationPid = IntrusionProtection.PID)
@ProtectionService(vendor = "hearthguard", streams = { "flow", "metadata" })
@Designate(ocd = IntrusionProtection.Config.class)
public final class IntrusionProtection implements DeviceProtection {

    static final String PID = "io.hearthguard.protection.intrusion";

    @ObjectClassDefinition(name = "Hearthguard intrusion protection", description = "Port scans, brute-force attempts and cleartext credentials.")
    public @interface Config {
        @AttributeDefinition(name = "Ports of one host that make a scan", min = "2", max = "512")
        int scanPorts() default 20;

        @AttributeDefinition(name = "Local hosts on one port that make a sweep", min = "2", max = "512")
        int scanHosts() default 16;

        @AttributeDefinition(name = "Scan window (s)", min = "1")
        int scanWindowSeconds() default 60;

        @AttributeDefinition(name = "Attempts that make brute force", min = "2")
        int bruteAttempts() default 20;

        @AttributeDefinition(name = "Brute-force window (s)", min = "1")
        int bruteWindowSeconds() default 300;

        @AttributeDefinition(name = "Largest attempt (bytes both ways)", min = "0")
        long bruteMaxBytes() default 6000;

        @AttributeDefinition(name = "Longest attempt (s)", min = "1")
        int bruteMaxSeconds() default 10;

        @AttributeDefinition(name = "Login service ports")
        int[] loginPorts() default { 21, 22, 23, 25, 110, 143, 445, 587, 993, 995, 1433, 2323, 3306, 3389, 5432, 5900, 6379, 8291 };

        @AttributeDefinition(name = "Cleartext login protocols", description = "port=name entries")
        String[] cleartextPorts() default { "21=FTP", "23=Telnet", "110=POP3", "143=IMAP", "25=SMTP", "587=SMTP submission" };

        @AttributeDefinition(name = "Repeat a finding at most every (s)", min = "0")
        int reportCooldownSeconds() default 3600;

        @AttributeDefinition(name = "Sources tracked", min = "1")
        int maxSources() default 4096;
    }

    private volatile IntrusionDetector detector;

    @Activate
    public IntrusionProtection(Config c) {
        detector = new IntrusionDetector(settings(c), PID);
    }

    @Modified
    void modified(Config c) {
        detector = new IntrusionDetector(settings(c), PID);
    }

    static IntrusionDetector.Settings settings(Config c) {
        Set<Integer> login = new HashSet<>();
        for (int p : c.loginPorts()) {
            login.add(p);
        }
        Map<Integer, String> clear = new HashMap<>();
        for (String e : c.cleartextPorts()) {
            int eq = e.indexOf('=');
            try {
                clear.put(Integer.parseInt(e.substring(0, eq < 0 ? e.length() : eq).trim()), eq < 0 ? e.trim() : e.substring(eq + 1).trim());
            } catch (NumberFormatException x) {
                throw new IllegalArgumentException(PID + ": cleartextPorts entries are port=name, not '" + e + "'");
            }
        }
        return new IntrusionDetector.Settings(c.scanPorts(), c.scanHosts(), c.scanWindowSeconds(), c.bruteAttempts(),
                c.bruteWindowSeconds(), c.bruteMaxBytes(), c.bruteMaxSeconds(), login, clear, c.reportCooldownSeconds(), c.maxSources());
    }

    @Override
    public void flow(FlowRecord flow, Device device, ProtectionContext context) {
        detector.flow(flow, device, context);
    }

    @Override
    public void metadata(TrafficMetadata record, Device device, ProtectionContext context) {
        detector.metadata(record, device, context);
    }
}
