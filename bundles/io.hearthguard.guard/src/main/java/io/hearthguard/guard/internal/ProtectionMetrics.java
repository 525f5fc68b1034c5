package io.hearthguard.guard.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;

/**
 * The protections' state for {@code /metrics}: per protection its queue depth, whether it
 * is quarantined, and what it was given, lost, failed on and found (from
 * {@link ProtectionHost#status()}; the quarantine reason stays in the API, not in a label).
 */
@Component(service = MetricSource.class)
public final class ProtectionMetrics implements MetricSource {
    private final ProtectionHost host;

    @Activate
    public ProtectionMetrics(@Reference ProtectionHost host) {
        this.host = host;
    }

    @Override
    public void collect(MetricSink sink) {
        for (Map<String, Object> p : host.status()) {
            String[] l = {"protection", String.valueOf(p.get("name")), "vendor", String.valueOf(p.get("vendor"))};
            sink.gauge("hearthguard_protection_queue_depth", "Events waiting in a protection's queue", num(p.get("queued")), l);
            sink.gauge("hearthguard_protection_quarantined", "1 when the hub quarantined the protection (it threw or ran over its budget)",
                    "quarantined".equals(p.get("state")) ? 1 : 0, l);
            sink.counter("hearthguard_protection_events_delivered_total", "Events handed to a protection", num(p.get("delivered")), l);
            sink.counter("hearthguard_protection_events_dropped_total", "Events a protection lost because its queue was full", num(p.get("dropped")), l);
            sink.counter("hearthguard_protection_failures_total", "Calls of a protection that threw", num(p.get("failures")), l);
            sink.counter("hearthguard_protection_findings_total", "Findings a protection published", num(p.get("findings")), l);
        }
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }
}
