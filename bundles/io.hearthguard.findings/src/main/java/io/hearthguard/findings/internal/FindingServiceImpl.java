package io.hearthguard.findings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.findings.FindingChange;
import io.hearthguard.findings.FindingChangeListener;
import io.hearthguard.findings.FindingJournal;
import io.hearthguard.platform.findings.MuteRule;
import io.hearthguard.platform.store.Store;

/**
 * The hub's one {@link FindingService}, {@link FindingAdmin} and {@link FindingJournal}:
 * store (with the journal entry) first, then announce to listeners and EventAdmin.
 */
@Component(service = {FindingService.class, FindingAdmin.class, FindingJournal.class}, configurationPid = "io.hearthguard.findings",
        immediate = true)
@Designate(ocd = FindingServiceImpl.Config.class)
public final class FindingServiceImpl implements FindingService, FindingAdmin, FindingJournal {

    private static final Logger LOG = Logger.getLogger(FindingServiceImpl.class.getName());

    /** Findings settings. */
    @ObjectClassDefinition(name = "Hearthguard findings", description = "How findings are deduplicated and kept.")
    public @interface Config {
        @AttributeDefinition(name = "Deduplication window (seconds)", min = "0", max = "2592000",
                description = "Occurrences of the same rule on the same device within this time become one finding with a count.")
        long dedupWindowSeconds() default 3600;

        @AttributeDefinition(name = "Retention (days)", min = "1", max = "3650",
                description = "Resolved findings unchanged for this long, and change-journal entries older than this, are purged daily.")
        int retentionDays() default 90;

        @AttributeDefinition(name = "Change journal retention (days)", min = "1", max = "3650",
                description = "Journal entries older than this are purged; a notification channel that stays away longer misses them.")
        int journalRetentionDays() default 14;
    }

    private final FindingRepository repository;
    private final EventAdmin events;
    private final Duration retention;
    private final Duration journalRetention;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /**
     * A change listener, held either as an object (wired directly) or as its service objects, whose object is got at the
     * first change it is told of, not when it is bound: the notifier is such a listener and needs this component's
     * journal in its constructor, so getting it while this component is being made was a cycle (Felix refused it with
     * "ServiceFactory.getService() resulted in a cycle" when both started at once).
     */
    private static final class Listener {
        final ComponentServiceObjects<FindingChangeListener> objects;
        private FindingChangeListener object;

        Listener(ComponentServiceObjects<FindingChangeListener> objects, FindingChangeListener object) {
            this.objects = objects;
            this.object = object;
        }

        synchronized FindingChangeListener get() {
            if (object == null && objects != null) {
                object = objects.getService();
            }
            return object;
        }

        synchronized void release() {
            if (objects != null && object != null) {
                try {
                    objects.ungetService(object);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "listener already gone", e);
                }
                object = null;
            }
        }
    }
    private ScheduledExecutorService purger;

    @Activate
    public FindingServiceImpl(@Reference Store store, @Reference EventAdmin events, Config config) {
        this(store, events, Duration.ofSeconds(check("dedupWindowSeconds", config.dedupWindowSeconds(), 0, 2_592_000)),
                Duration.ofDays(check("retentionDays", config.retentionDays(), 1, 3650)),
                Duration.ofDays(check("journalRetentionDays", config.journalRetentionDays(), 1, 3650)));
        purger = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hearthguard-findings-retention"));
        purger.scheduleWithFixedDelay(this::purge, 1, 24 * 60, TimeUnit.MINUTES);
    }

    /**
     * Plain constructor (tests, tools): no retention thread; call {@link #purge()} yourself.
     *
     * @param events where to post events, or null for none
     */
    public FindingServiceImpl(Store store, EventAdmin events, Duration dedupWindow, Duration retention) {
        this(store, events, dedupWindow, retention, retention);
    }

    /** Plain constructor with a separate journal retention. */
    public FindingServiceImpl(Store store, EventAdmin events, Duration dedupWindow, Duration retention, Duration journalRetention) {
        this.repository = new FindingRepository(store, dedupWindow);
        this.events = events;
        this.retention = retention;
        this.journalRetention = journalRetention;
    }

    private static long check(String property, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("io.hearthguard.findings " + property + " must be between " + min + " and " + max
                    + ", not " + value);
        }
        return value;
    }

    @Deactivate
    void deactivate() {
        if (purger != null) {
            purger.shutdownNow();
        }
    }

    /** Runs the retention purge now. */
    public FindingRepository.Purged purge() {
        try {
            FindingRepository.Purged p = repository.purge(retention, journalRetention);
            if (p.findings() > 0 || p.journalEntries() > 0) {
                LOG.info(() -> "retention purged " + p.findings() + " resolved findings and " + p.journalEntries() + " journal entries");
            }
            return p;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention purge failed: " + e.getMessage(), e);
            return new FindingRepository.Purged(0, 0);
        }
    }

    /** Listeners registered as services: bound by their service objects, got at their first change (see {@link Listener}). */
    @Reference(service = FindingChangeListener.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "unbindListener")
    void bindListener(ComponentServiceObjects<FindingChangeListener> l) {
        listeners.add(new Listener(l, null));
    }

    void unbindListener(ComponentServiceObjects<FindingChangeListener> l) {
        for (Listener x : listeners) {
            if (x.objects != null && x.objects.getServiceReference().equals(l.getServiceReference())) {
                listeners.remove(x);
                x.release();
            }
        }
    }

    /** Wires a listener directly (tests and embedders without a service registry). */
    public void addListener(FindingChangeListener l) {
        listeners.add(new Listener(null, l));
    }

    public void removeListener(FindingChangeListener l) {
        listeners.removeIf(x -> x.objects == null && x.object == l);
    }

    @Override
    public StoredFinding publish(Finding finding) {
        FindingRepository.Outcome o = repository.publish(finding);
        announce(o);
        return o.stored();
    }

    private void announce(FindingRepository.Outcome o) {
        FindingChange change = o.change();
        if (change == null) {
            return;
        }
        for (Listener x : listeners) {
            FindingChangeListener l = null;
            try {
                l = x.get();
                if (l != null) {
                    l.changed(change);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "finding change listener " + (l == null ? "(not available)" : l.getClass().getName()) + " failed", e);
            }
        }
        String topic = switch (change.type()) {
            case CREATED -> FindingEvents.TOPIC_CREATED;
            case UPDATED -> FindingEvents.TOPIC_UPDATED;
            case STATE_CHANGED -> FindingEvents.TOPIC_STATE_CHANGED;
        };
        if (events != null) {
            events.postEvent(new Event(topic, properties(o.stored())));
        }
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

    @Override
    public StoredFinding transition(String findingId, FindingState target, String actor) {
        FindingRepository.Outcome o = repository.transition(findingId, target, actor);
        if (o.change() != null) {
            LOG.info(() -> "finding " + findingId + " " + o.change().previousState().id() + " -> " + target.id() + " by " + actor);
        }
        announce(o);
        return o.stored();
    }

    @Override
    public MuteRule addMuteRule(String deviceId, String rule, String reason, String actor) {
        FindingRepository.MuteOutcome o = repository.addMuteRule(deviceId, rule, reason, actor);
        LOG.info(() -> "mute rule " + o.rule().id() + " (device " + deviceId + ", rule " + rule + ") added by " + actor
                + "; muted " + o.muted().size() + " findings");
        o.muted().forEach(this::announce);
        return o.rule();
    }

    @Override
    public boolean removeMuteRule(String muteRuleId, String actor) {
        FindingRepository.checkActor(actor);
        boolean removed = repository.removeMuteRule(muteRuleId);
        if (removed) {
            LOG.info(() -> "mute rule " + muteRuleId + " removed by " + actor);
        }
        return removed;
    }

    @Override
    public DeviceSummary summary(String deviceId) {
        return repository.summary(deviceId);
    }

    @Override
    public List<MuteRule> muteRules() {
        return repository.muteRules();
    }

    @Override
    public List<FindingChange> read(Connection connection, long afterSeq, int max) throws SQLException {
        return repository.read(connection, afterSeq, max);
    }

    @Override
    public long head(Connection connection) throws SQLException {
        return repository.head(connection);
    }
}
