package io.hearthguard.platform.metrics;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something the hub counts, read when metrics are scraped. Register as an OSGi service
 * (whiteboard); every registered source is asked on every scrape.
 *
 * <h2>Threading</h2>
 * {@link #collect} is called on a web request thread, possibly while the source's own
 * threads update the values: read counters that are safe to read across threads (volatile,
 * atomic, or a store query), never block for long (a scrape waits for every source), and
 * never take a lock that the capture thread holds.
 */
@ConsumerType
public interface MetricSource {

    /**
     * Writes the source's current values.
     *
     * @param sink where to write them; valid only during this call
     */
    void collect(MetricSink sink);
}
