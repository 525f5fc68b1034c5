package io.hearthguard.platform.metrics;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receives samples during {@link MetricSource#collect}. Samples of one metric name may come
 * from several sources and in any order; the sink groups them.
 *
 * <p>Names follow Prometheus' rules ({@code [a-zA-Z_:][a-zA-Z0-9_:]*}, counters end in
 * {@code _total}), start with {@code hearthguard_}, and keep one type and help text per
 * name. Labels are given as name/value pairs; label values may be any text (the sink escapes
 * them). A sample that breaks these rules is dropped and counted, never half-written.
 *
 * <h2>Threading</h2>
 * Used only by the thread that called {@code collect}; not thread-safe.
 */
@ProviderType
public interface MetricSink {

    /**
     * A value that only grows (restarts at 0 when the hub or the thing counted restarts).
     *
     * @param name   metric name ending in {@code _total}
     * @param help   one line saying what is counted
     * @param value  the count, not negative
     * @param labels label name, value, name, value, … (an even number of non-null strings)
     */
    void counter(String name, String help, double value, String... labels);

    /**
     * A value that goes up and down.
     *
     * @param name   metric name
     * @param help   one line saying what is measured, with its unit
     * @param value  the value
     * @param labels label name, value, … as for {@link #counter}
     */
    void gauge(String name, String help, double value, String... labels);
}
