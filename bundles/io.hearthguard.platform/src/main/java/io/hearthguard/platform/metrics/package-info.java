/**
 * Operational metrics of the hub: each bundle that has something to count registers a
 * {@link io.hearthguard.platform.metrics.MetricSource}; the health bundle gathers them all
 * into one Prometheus exposition at {@code GET /metrics}. Internal to the hub, not for
 * vendors; still versioned and baselined.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.metrics;
