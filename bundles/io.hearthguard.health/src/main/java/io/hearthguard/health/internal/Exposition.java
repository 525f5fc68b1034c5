package io.hearthguard.health.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.hearthguard.platform.metrics.MetricSink;

/**
 * Collects samples from every {@link io.hearthguard.platform.metrics.MetricSource} and writes
 * them in the Prometheus text exposition format 0.0.4: one {@code # HELP} and {@code # TYPE}
 * per name, samples of a name together, label values escaped. Invalid samples (bad names,
 * odd label lists, a type clash with an earlier sample of the same name, more than
 * {@value #MAX_SAMPLES} samples) and sources that throw are dropped and counted in the gauge
 * {@code hearthguard_metrics_rejected_samples} of the same scrape, so one careless source
 * cannot break the whole scrape.
 */
final class Exposition implements MetricSink {
    static final int MAX_SAMPLES = 20_000;
    static final int MAX_LABEL_VALUE = 256;
    private static final Pattern NAME = Pattern.compile("hearthguard_[a-zA-Z0-9_:]{1,120}");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,60}");

    private record Family(String type, String help, List<String> samples) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    private int samples;
    private int rejected;

    @Override
    public void counter(String name, String help, double value, String... labels) {
        if (name == null || !name.endsWith("_total") || value < 0) {
            rejected++;
            return;
        }
        add("counter", name, help, value, labels);
    }

    @Override
    public void gauge(String name, String help, double value, String... labels) {
        add("gauge", name, help, value, labels);
    }

    /** Counts a source that threw instead of writing. */
    void sourceFailed() {
        rejected++;
    }

    private void add(String type, String name, String help, double value, String[] labels) {
        if (name == null || !NAME.matcher(name).matches() || labels == null || labels.length % 2 != 0 || samples >= MAX_SAMPLES) {
            rejected++;
            return;
        }
        StringBuilder line = new StringBuilder(name);
        if (labels.length > 0) {
            line.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                if (labels[i] == null || labels[i + 1] == null || !LABEL.matcher(labels[i]).matches() || labels[i].startsWith("__")) {
                    rejected++;
                    return;
                }
                line.append(i == 0 ? "" : ",").append(labels[i]).append("=\"");
                escape(labels[i + 1], line);
                line.append('"');
            }
            line.append('}');
        }
        line.append(' ').append(format(value));
        Family f = families.get(name);
        if (f == null) {
            f = new Family(type, help == null || help.isBlank() ? name : help, new ArrayList<>());
            families.put(name, f);
        } else if (!f.type.equals(type)) {
            rejected++;
            return;
        }
        f.samples.add(line.toString());
        samples++;
    }

    private static void escape(String v, StringBuilder out) {
        int n = Math.min(v.length(), MAX_LABEL_VALUE);
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    private static String helpText(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** @return the whole exposition, ending with a newline */
    String text() {
        StringBuilder b = new StringBuilder(4096);
        for (Map.Entry<String, Family> e : families.entrySet()) {
            b.append("# HELP ").append(e.getKey()).append(' ').append(helpText(e.getValue().help)).append('\n');
            b.append("# TYPE ").append(e.getKey()).append(' ').append(e.getValue().type).append('\n');
            for (String s : e.getValue().samples) {
                b.append(s).append('\n');
            }
        }
        b.append("# HELP hearthguard_metrics_rejected_samples Samples dropped from this scrape because a source wrote them wrongly or failed\n");
        b.append("# TYPE hearthguard_metrics_rejected_samples gauge\n");
        b.append("hearthguard_metrics_rejected_samples ").append(rejected).append('\n');
        return b.toString();
    }
}
