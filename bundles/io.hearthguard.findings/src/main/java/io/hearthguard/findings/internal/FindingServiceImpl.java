package io.hearthguard.findings.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.store.Store;

/** The hub's one {@link FindingService}: store first, then announce. */
@Component(service = FindingService.class, configurationPid = "io.hearthguard.findings")
@Designate(ocd = FindingServiceImpl.Config.class)
public final class FindingServiceImpl implements FindingService {

    /** Findings settings. */
    @ObjectClassDefinition(name = "Hearthguard findings", description = "How findings are deduplicated.")
    public @interface Config {
        @AttributeDefinition(name = "Deduplication window (seconds)", min = "0", max = "2592000",
                description = "Occurrences of the same rule on the same device within this time become one finding with a count.")
        long dedupWindowSeconds() default 3600;
    }

    private final FindingRepository repository;
    private final EventAdmin events;

    @Activate
    public FindingServiceImpl(@Reference Store store, @Reference EventAdmin events, Config config) {
        if (config.dedupWindowSeconds() < 0) {
            throw new IllegalArgumentException("io.hearthguard.findings dedupWindowSeconds must be >= 0: " + config.dedupWindowSeconds());
        }
        this.repository = new FindingRepository(store, Duration.ofSeconds(config.dedupWindowSeconds()));
        this.events = events;
    }

    @Override
    public StoredFinding publish(Finding finding) {
        FindingRepository.Outcome o = repository.publish(finding);
        String topic = o.created() ? FindingEvents.TOPIC_CREATED
                : o.reopened() ? FindingEvents.TOPIC_STATE_CHANGED : FindingEvents.TOPIC_UPDATED;
        events.postEvent(new Event(topic, properties(o.stored())));
        return o.stored();
    }

    static Map<String, Object> properties(StoredFinding s) {
        Map<String, Object> p = new HashMap<>();
        p.put(FindingEvents.PROP_FINDING_ID, s.id());
        p.put(FindingEvents.PROP_RULE, s.finding().rule());
        p.put(FindingEvents.PROP_CATEGORY, s.finding().category());
        p.put(FindingEvents.PROP_SEVERITY, s.finding().severity().id());
        p.put(FindingEvents.PROP_STATE, s.state().id());
        if (s.finding().device() != null && s.finding().device().id() != null) {
            p.put(FindingEvents.PROP_DEVICE_ID, s.finding().device().id());
        }
        return p;
    }

    @Override
    public Optional<StoredFinding> get(String id) {
        return repository.get(id);
    }

    @Override
    public List<StoredFinding> query(FindingFilter filter) {
        return repository.query(filter);
    }
}
