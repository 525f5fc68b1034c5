package io.hearthguard.protection.threatintel.internal;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.platform.allow.AllowList;
import io.hearthguard.platform.cli.Launch;

/**
 * Known-bad domains and addresses. Lists are read from a directory by a single background
 * thread (never on the traffic path), re-read when the directory's files change, and
 * swapped in atomically; the thread stops in {@link #deactivate()}.
 */
@Component(configurationPid = ThreatIntelProtection.PID)
@ProtectionService(vendor = "hearthguard", streams = { "flow", "metadata" })
@Designate(ocd = ThreatIntelProtection.Config.class)
public final class ThreatIntelProtection implements DeviceProtection {

    static final String PID = "io.hearthguard.protection.threatintel";
    private static final Logger LOG = Logger.getLogger(ThreatIntelProtection.class.getName());

    @ObjectClassDefinition(name = "Hearthguard threat-intelligence protection", description = "Lists of known-bad domains and addresses, matched against DNS, SNI, HTTP Host and flows.")
    public @interface Config {
        @AttributeDefinition(name = "List directory", description = "Empty: <hearthguard.data>/threatintel. Hosts files, one entry per line, or CSV with a url column.")
        String directory() default "";

        @AttributeDefinition(name = "Check for changes every (s)", min = "1")
        int reloadSeconds() default 10;

        @AttributeDefinition(name = "Repeat a finding at most every (s)", min = "0")
        int cooldownSeconds() default 3600;
    }

    private final Path dir;
    private final ScheduledExecutorService watcher;
    private final ThreatIntelDetector detector;
    private volatile IntelLists lists = IntelLists.EMPTY;

    /** What the family said is normal (the dashboard's allow rules); without it everything listed is raised. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AllowList allowList;

    @Activate
    public ThreatIntelProtection(Config c, BundleContext bc) {
        if (c.reloadSeconds() < 1 || c.cooldownSeconds() < 0) {
            throw new IllegalArgumentException(PID + ": reloadSeconds must be >= 1 and cooldownSeconds >= 0");
        }
        this.dir = c.directory().isBlank() ? Launch.dataDirectory(bc::getProperty).resolve("threatintel") : Path.of(c.directory());
        this.detector = new ThreatIntelDetector(() -> lists, c.cooldownSeconds(), PID, () -> allowList);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hearthguard-threatintel-reload");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, 0, c.reloadSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void reloadIfChanged() {
        try {
            if (!IntelLists.signature(dir).equals(lists.signature)) {
                IntelLists l = IntelLists.load(dir);
                lists = l;
                LOG.info(() -> "threat intel: " + l.domains() + " domains, " + l.ips() + " addresses from " + l.files() + " in " + dir
                        + (l.problems().isEmpty() ? "" : "; problems: " + l.problems()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "threat intel: could not reload " + dir + "; keeping the previous lists", e);
        }
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
