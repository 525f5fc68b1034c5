package io.hearthguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.NotificationOutbox;
import io.hearthguard.findings.FindingChange;
import io.hearthguard.findings.FindingChangeListener;

/** The hub's bundles in a real Felix: everything starts, findings flow through the registry. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class HubIT {

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyBundleIsActiveAndEveryComponentIsSatisfied(@InjectService ServiceComponentRuntime scr) throws Exception {
        Await.until("all components are active or satisfied", Duration.ofSeconds(30), () -> problems(scr).isEmpty());
        for (Bundle b : context.getBundles()) {
            String policy = b.getHeaders().get(Constants.BUNDLE_ACTIVATIONPOLICY);
            boolean lazy = policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY);
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null && !lazy) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is not active");
            }
        }
    }

    private static List<String> problems(ServiceComponentRuntime scr) {
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                    out.add(d.name + " state " + c.state + " " + c.failure);
                }
            }
        }
        return out;
    }

    @Test
    void aPublishedFindingIsStoredMergedAndAnnounced(@InjectService FindingService findings) throws Exception {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, FindingEvents.TOPIC_PREFIX + "*");
        ServiceRegistration<EventHandler> reg = context.registerService(EventHandler.class, events::add, props);
        try {
            Instant t = Instant.parse("2026-11-20T08:00:00Z");
            Finding f = Finding.builder("itest.upload", Categories.LARGE_UPLOAD, Severity.HIGH)
                    .device(new DeviceRef(null, "02:00:00:00:00:07", "192.0.2.7", "Test camera")).span(t, t.plusSeconds(30))
                    .summary("Test camera uploaded 150 MB in one flow").evidence(Map.of("bytes", 150_000_000L)).source("itest").build();
            StoredFinding first = findings.publish(f);
            StoredFinding second = findings.publish(f);
            assertEquals(first.id(), second.id());
            assertEquals(2, findings.get(first.id()).orElseThrow().count());
            // the running hub publishes findings of its own (hygiene checks, a previous test's traffic): only this one's events count
            Await.until("created and updated events arrive", Duration.ofSeconds(30), () -> eventsOf(events, first.id()).size() >= 2);
            List<Event> mine = eventsOf(events, first.id());
            assertEquals(FindingEvents.TOPIC_CREATED, mine.get(0).getTopic());
            assertEquals("high", mine.get(0).getProperty(FindingEvents.PROP_SEVERITY));
            assertEquals(FindingEvents.TOPIC_UPDATED, mine.get(1).getTopic());
            assertEquals(2, mine.size(), mine.toString());
        } finally {
            reg.unregister();
        }
    }

    private static List<Event> eventsOf(List<Event> events, Object findingId) {
        synchronized (events) {
            return events.stream().filter(e -> findingId.equals(e.getProperty(FindingEvents.PROP_FINDING_ID))).toList();
        }
    }

    /**
     * Change listeners registered as services are bound by the finding service through their service objects and got at
     * the first change (not while the finding service is made: the notifier, one of them, needs its journal in its
     * constructor). The notifier is bound, a listener of this test hears each change once, and none after it is gone.
     */
    @Test
    void changeListenerServicesHearEachChangeAndTheNotifierIsOneOfThem(@InjectService FindingService findings,
            @InjectService ServiceComponentRuntime scr) throws Exception {
        Await.until("the notifier is bound to the finding service", Duration.ofSeconds(30), () -> boundListeners(scr).stream()
                .anyMatch(objectClass -> objectClass.contains(NotificationOutbox.class.getName())));
        // only this test's finding: the running hub may change findings of its own meanwhile
        List<FindingChange> heard = Collections.synchronizedList(new ArrayList<>());
        ServiceRegistration<FindingChangeListener> reg = context.registerService(FindingChangeListener.class, c -> {
            if ("itest.listener".equals(c.finding().finding().rule())) {
                heard.add(c);
            }
        }, null);
        Instant t = Instant.parse("2026-11-21T09:00:00Z");
        Finding f = Finding.builder("itest.listener", Categories.LARGE_UPLOAD, Severity.MEDIUM)
                .device(new DeviceRef(null, "02:00:00:00:00:08", "192.0.2.8", "Test listener camera")).span(t, t.plusSeconds(5))
                .summary("Test listener camera uploaded 90 MB").evidence(Map.of("bytes", 90_000_000L)).source("itest").build();
        StoredFinding stored;
        try {
            stored = findings.publish(f);
            Await.until("the listener service hears the change", Duration.ofSeconds(30), () -> heard.size() >= 1);
            assertEquals(1, heard.size(), heard.toString());
            assertEquals(stored.id(), heard.get(0).finding().id());
            assertEquals(FindingChange.Type.CREATED, heard.get(0).type());
        } finally {
            reg.unregister();
        }
        findings.publish(f);
        assertEquals(1, heard.size(), "nothing is told to a listener that is gone: " + heard);
    }

    /** @return the object classes of the services bound to the finding service's change-listener reference */
    private static List<String> boundListeners(ServiceComponentRuntime scr) {
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!d.name.equals("io.hearthguard.findings.internal.FindingServiceImpl")) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                for (var r : c.satisfiedReferences) {
                    if (r.name.equals("Listener")) {
                        for (var sref : r.boundServices) {
                            out.add(java.util.Arrays.toString((String[]) sref.properties.get(Constants.OBJECTCLASS)));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theHealthEndpointAnswersUp() throws Exception {
        // a component the previous tests reconfigured (the deployer) restarts for a moment; the hub settles, then answers UP
        Await.until("the health endpoint answers 200", Duration.ofSeconds(30), () -> {
            try {
                return Http.get(context, "api/health").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        java.net.http.HttpResponse<String> r = Http.get(context, "api/health");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"status\" : \"UP\""), r.body());
    }
}
