package io.hearthguard.response.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.response.ResponseService;

/**
 * Response policies per finding category, all off by default; the component exists only when
 * configured (and then needs the ResponseService, i.e. response configured too). Events are handed to one
 * worker thread through a bounded queue (the gateway change and a domain lookup must not
 * hold EventAdmin's thread); when the queue is full the event is dropped and logged.
 */
@Component(configurationPid = ResponsePolicies.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + FindingEvents.TOPIC_CREATED,
        EventConstants.EVENT_TOPIC + "=" + FindingEvents.TOPIC_UPDATED,
        EventConstants.EVENT_TOPIC + "=" + FindingEvents.TOPIC_STATE_CHANGED })
@Designate(ocd = ResponsePolicies.Config.class)
public final class ResponsePolicies implements EventHandler {
    static final String PID = "io.hearthguard.response.policy";

    @ObjectClassDefinition(name = "Hearthguard response policies", description = "What the hub does on its own about findings. Every policy is off by default; each action is announced and can be undone.")
    public @interface Config {
        @AttributeDefinition(name = "Quarantine a speaker on an eavesdrop finding")
        boolean quarantineOnEavesdrop() default false;

        @AttributeDefinition(name = "Eavesdrop: lowest severity", options = { @org.osgi.service.metatype.annotations.Option(value = "medium"),
                @org.osgi.service.metatype.annotations.Option(value = "high"), @org.osgi.service.metatype.annotations.Option(value = "critical") })
        String eavesdropMinSeverity() default "high";

        @AttributeDefinition(name = "Eavesdrop: occurrences before acting", min = "1", max = "1000")
        int eavesdropMinCount() default 1;

        @AttributeDefinition(name = "Block a threat-intel destination for the device that contacted it")
        boolean blockThreatIntel() default false;

        @AttributeDefinition(name = "Threat intel: lowest severity", options = { @org.osgi.service.metatype.annotations.Option(value = "medium"),
                @org.osgi.service.metatype.annotations.Option(value = "high"), @org.osgi.service.metatype.annotations.Option(value = "critical") })
        String threatIntelMinSeverity() default "high";

        @AttributeDefinition(name = "End a policy's quarantine when its finding is acknowledged, resolved or muted")
        boolean releaseWhenLookedAt() default true;
    }

    private final PolicyEngine engine;
    private final FindingService findings;
    private final EventWorker worker;

    @Activate
    public ResponsePolicies(Config c, @Reference ResponseService response, @Reference FindingService findings) {
        if (c.eavesdropMinCount() < 1 || c.eavesdropMinCount() > 1000) {
            throw new IllegalArgumentException(PID + ": eavesdropMinCount must be between 1 and 1000, was " + c.eavesdropMinCount());
        }
        Severity eavesdrop = severity("eavesdropMinSeverity", c.eavesdropMinSeverity());
        Severity intel = severity("threatIntelMinSeverity", c.threatIntelMinSeverity());
        this.findings = findings;
        this.engine = new PolicyEngine(response, findings::publish, new PolicyEngine.Settings(c.quarantineOnEavesdrop(), eavesdrop,
                c.eavesdropMinCount(), c.blockThreatIntel(), intel, c.releaseWhenLookedAt()));
        this.worker = new EventWorker("hearthguard-response-policy");
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.stop();
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(FindingEvents.PROP_FINDING_ID) instanceof String id)) {
            return;
        }
        String topic = event.getTopic();
        Object state = event.getProperty(FindingEvents.PROP_STATE);
        worker.submit("finding " + id, () -> {
            if (topic.equals(FindingEvents.TOPIC_STATE_CHANGED)) {
                FindingState s = state instanceof String st ? parse(st) : null;
                if (s != null) {
                    engine.onStateChanged(id, s, findings.get(id).orElse(null));
                }
            } else {
                findings.get(id).ifPresent(engine::onFinding);
            }
        });
    }

    private static FindingState parse(String s) {
        for (FindingState f : FindingState.values()) {
            if (f.id().equals(s)) {
                return f;
            }
        }
        return null;
    }

    private static Severity severity(String name, String value) {
        Severity s;
        try {
            s = Severity.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": " + name + ": " + e.getMessage(), e);
        }
        if (!s.atLeast(Severity.MEDIUM)) {
            throw new IllegalArgumentException(PID + ": " + name + " must be medium, high or critical, was " + value);
        }
        return s;
    }
}
