package io.hearthguard.discovery.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.device.SoftwareVersion;

/** Prints an inventory for people (a table) or programs (JSON lines). */
public final class DeviceReport {
    private DeviceReport() {
    }

    /** One line per device, sorted by first MAC, the software it announced under it; with {@code evidence}, the evidence too. */
    public static void table(List<Device> devices, boolean evidence, PrintStream out) {
        List<Device> sorted = sorted(devices);
        out.printf("%-17s  %-15s  %-13s  %-4s  %-20s  %-20s  %s%n", "MAC", "IP", "TYPE", "CONF", "VENDOR", "MODEL", "NAME");
        for (Device d : sorted) {
            String ip = d.ips().stream().filter(x -> x.indexOf(':') < 0).sorted().findFirst()
                    .orElse(d.ips().stream().sorted().findFirst().orElse("-"));
            out.printf("%-17s  %-15s  %-13s  %-4.2f  %-20s  %-20s  %s%s%n", d.macs().get(0), cut(ip, 15), d.type().id(),
                    d.typeConfidence(), cut(d.vendor().orElse("-"), 20), cut(d.model().orElse("-"), 20), d.displayName(),
                    d.randomizedMac() ? " (randomized MAC)" : "");
            for (SoftwareVersion v : d.software()) {
                out.printf("    software         %-30s %s (%s)%n", cut(name(v), 30), v.detail(), v.source());
            }
            if (evidence) {
                for (Evidence e : d.evidence()) {
                    out.printf("    %-16s %-6s %-24s %.2f  %s%n", e.source(), e.attribute(), cut(e.value(), 24), e.weight(), e.detail());
                }
            }
        }
        out.println(sorted.size() + " devices");
    }

    /** One JSON object per line (JSON Lines), keys as in {@link Device}; {@code software} as {@link SoftwareVersion}. */
    public static void json(List<Device> devices, PrintStream out) {
        for (Device d : sorted(devices)) {
            StringBuilder b = new StringBuilder(256);
            b.append('{');
            field(b, "id", d.id()).append(',');
            b.append("\"macs\":");
            array(b, d.macs()).append(',');
            b.append("\"ips\":");
            array(b, d.ips().stream().sorted().toList()).append(',');
            b.append("\"names\":");
            array(b, d.names().stream().sorted().toList()).append(',');
            field(b, "displayName", d.displayName()).append(',');
            field(b, "vendor", d.vendor().orElse(null)).append(',');
            field(b, "type", d.type().id()).append(',');
            b.append("\"typeConfidence\":").append(d.typeConfidence()).append(',');
            field(b, "model", d.model().orElse(null)).append(',');
            field(b, "os", d.os().orElse(null)).append(',');
            b.append("\"randomizedMac\":").append(d.randomizedMac()).append(',');
            field(b, "firstSeen", d.firstSeen().toString()).append(',');
            field(b, "lastSeen", d.lastSeen().toString()).append(',');
            b.append("\"online\":").append(d.online()).append(",\"software\":");
            objects(b, d.software(), (v, o) -> {
                field(o, "product", v.product()).append(',');
                field(o, "version", v.version()).append(',');
                field(o, "source", v.source()).append(',');
                field(o, "detail", v.detail());
            });
            b.append(",\"evidence\":");
            objects(b, d.evidence(), (e, o) -> {
                field(o, "source", e.source()).append(',');
                field(o, "attribute", e.attribute()).append(',');
                field(o, "value", e.value()).append(',');
                field(o, "detail", e.detail()).append(',');
                o.append("\"weight\":").append(e.weight());
            });
            b.append('}');
            out.println(b);
        }
    }

    /** "udhcp 1.35.0", or "firmware 4.30.2" when the announcement names no product (the device's own firmware). */
    static String name(SoftwareVersion v) {
        return (v.product().isEmpty() ? "firmware" : v.product()) + " " + v.version();
    }

    private static List<Device> sorted(List<Device> devices) {
        List<Device> s = new ArrayList<>(devices);
        s.sort(Comparator.comparing((Device d) -> d.macs().isEmpty() ? "" : d.macs().get(0)).thenComparing(Device::id));
        return s;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static StringBuilder field(StringBuilder b, String key, String value) {
        b.append('"').append(key).append("\":");
        if (value == null) {
            return b.append("null");
        }
        return quote(b, value);
    }

    /** A JSON array of objects, each object's fields written by {@code fields}. */
    private static <T> void objects(StringBuilder b, List<T> items, java.util.function.BiConsumer<T, StringBuilder> fields) {
        b.append('[');
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "{" : ",{");
            fields.accept(items.get(i), b);
            b.append('}');
        }
        b.append(']');
    }

    private static StringBuilder array(StringBuilder b, List<String> values) {
        b.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            quote(b, values.get(i));
        }
        return b.append(']');
    }

    static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validPair(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
