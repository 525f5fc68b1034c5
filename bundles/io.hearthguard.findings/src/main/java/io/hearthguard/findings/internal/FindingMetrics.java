package io.hearthguard.findings.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;
import io.hearthguard.platform.store.Store;

/**
 * Findings for {@code /metrics}: how many are stored now, by severity, state and category
 * (one grouped query on the findings table; categories are the protections' own ids, a
 * bounded set).
 */
@Component(service = MetricSource.class)
public final class FindingMetrics implements MetricSource {
    /** Most category/severity/state groups written; the rest are summed under category "other". */
    static final int MAX_GROUPS = 500;
    private final Store store;

    @Activate
    public FindingMetrics(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void collect(MetricSink sink) {
        store.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT severity, state, category, count(*) FROM finding GROUP BY severity, state, category ORDER BY count(*) DESC")) {
                try (ResultSet rs = q.executeQuery()) {
                    int groups = 0;
                    long[] other = new long[Severity.values().length];
                    while (rs.next()) {
                        int sev = Math.max(0, Math.min(Severity.values().length - 1, rs.getInt(1)));
                        if (++groups > MAX_GROUPS) {
                            other[sev] += rs.getLong(4);
                            continue;
                        }
                        sink.gauge("hearthguard_findings", "Findings stored now, by severity, state and category", rs.getLong(4),
                                "severity", Severity.values()[sev].id(), "state", rs.getString(2).toLowerCase(Locale.ROOT), "category", rs.getString(3));
                    }
                    for (Severity s : Severity.values()) {
                        if (other[s.ordinal()] > 0) {
                            sink.gauge("hearthguard_findings", "Findings stored now, by severity, state and category", other[s.ordinal()],
                                    "severity", s.id(), "state", "any", "category", "other");
                        }
                    }
                }
            }
            return null;
        });
    }
}
