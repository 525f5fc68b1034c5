package io.hearthguard.capture.internal.osgi;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;

/** Capture's counters for {@code /metrics} (see {@link TrafficHub#metrics}). */
@Component(service = MetricSource.class)
public final class CaptureMetrics implements MetricSource {
    private final TrafficHub hub;

    @Activate
    public CaptureMetrics(@Reference TrafficHub hub) {
        this.hub = hub;
    }

    @Override
    public void collect(MetricSink sink) {
        hub.metrics(sink);
    }
}
