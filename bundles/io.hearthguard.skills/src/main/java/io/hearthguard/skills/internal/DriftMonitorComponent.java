package io.hearthguard.skills.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.finding.FindingService;
import io.hearthguard.platform.store.Store;

/**
 * Re-probes configured skill endpoints on a schedule and reports drift (only when
 * configured: PID {@value #PID}). One daemon thread, started after activation, stopped in
 * {@link #deactivate()}.
 */
@Component(service = {}, configurationPid = DriftMonitorComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DriftMonitorComponent.Config.class)
public final class DriftMonitorComponent {
    static final String PID = "io.hearthguard.skills.drift";
    private static final Logger LOG = Logger.getLogger(DriftMonitorComponent.class.getName());

    /** Configuration. */
    @ObjectClassDefinition(name = "Hearthguard skill drift monitor", description = "Re-probes skill endpoints you run and reports changed answers")
    public @interface Config {
        /** @return endpoints to probe (http/https URLs of skills you operate or test) */
        @AttributeDefinition(name = "Endpoints")
        String[] endpoints();

        /** @return optional skill packages, same order as the endpoints, to drive the intents */
        @AttributeDefinition(name = "Packages", required = false)
        String[] packages() default {};

        /** @return minutes between probes */
        @AttributeDefinition(name = "Interval (minutes)", min = "5")
        int intervalMinutes() default 360;

        /** @return per-request timeout in milliseconds */
        @AttributeDefinition(name = "Request timeout (ms)", min = "100", max = "30000")
        int timeoutMs() default 5000;
    }

    private final ScheduledExecutorService executor;

    @Activate
    public DriftMonitorComponent(Config config,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) Store store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) FindingService findings) {
        DriftMonitor monitor = new DriftMonitor(store, findings, Duration.ofMillis(Math.max(100, Math.min(30_000, config.timeoutMs()))));
        List<String> urls = List.of(config.endpoints());
        List<String> pkgs = new ArrayList<>(List.of(config.packages()));
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hearthguard-skills-drift");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(5, config.intervalMinutes());
        executor.scheduleWithFixedDelay(() -> {
            for (int i = 0; i < urls.size(); i++) {
                try {
                    Model.Skill ctx = null;
                    if (i < pkgs.size() && !pkgs.get(i).isBlank()) {
                        ctx = PackageLoader.load(Path.of(pkgs.get(i).strip())).stream().filter(s -> !s.locales.isEmpty()).findFirst().orElse(null);
                    }
                    monitor.runOnce(urls.get(i), ctx);
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "skill drift probe of " + urls.get(i) + " failed: " + e.getMessage());
                }
            }
        }, 1, every * 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
