package io.hearthguard.guard.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;
import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;

/**
 * The protections' state for {@code /metrics}: per protection its queue depth, whether it
 * is quarantined, and what it was given, lost, failed on and found (from the
 * {@link ProtectionStatusService}; the quarantine reason stays in that service and in
 * {@code /api/health}, not in a label).
 */
@Component(service = MetricSource.class)
public final class ProtectionMetrics implements MetricSource {
    private final ProtectionStatusService protections;

    @Activate
    public ProtectionMetrics(@Reference ProtectionStatusService protections) {
        this.protections = protections;
    }

    @Override
    public void collect(MetricSink sink) {
        for (ProtectionStatus p : protections.protections()) {
            String[] l = {"protection", p.name(), "vendor", p.vendor()};
            sink.gauge("hearthguard_protection_queue_depth", "Events waiting in a protection's queue", p.queued(), l);
            sink.gauge("hearthguard_protection_quarantined", "1 when the hub quarantined the protection (it threw or ran over its budget)",
                    p.state() == ProtectionStatus.State.QUARANTINED ? 1 : 0, l);
            sink.counter("hearthguard_protection_events_delivered_total", "Events a protection handled without throwing, since it was last bound (calls that threw count in failures_total only)", p.delivered(), l);
            sink.counter("hearthguard_protection_events_dropped_total", "Events a protection lost because its queue was full", p.dropped(), l);
            sink.counter("hearthguard_protection_failures_total", "Calls of a protection that threw, since it was last bound (not counted in events_delivered_total)", p.failures(), l);
            sink.counter("hearthguard_protection_findings_total", "Findings a protection published", p.findings(), l);
            sink.gauge("hearthguard_protection_cost_per_event_seconds", "Mean time one event took the protection", p.costNanosPerEvent() / 1e9, l);
        }
        if (protections instanceof ProtectionHost host) {
            host.eventTotals(sink); // the host of this bundle: totals over updates, records by stream
        }
    }
}
