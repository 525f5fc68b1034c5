package io.hearthguard.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.traffic.DeviceMeter;

/** The JSON shapes of the API (documented in docs/openapi.yaml). */
final class Views {
    private Views() {
    }

    static Map<String, Object> finding(StoredFinding s, boolean detail) {
        Finding f = s.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("rule", f.rule());
        m.put("category", f.category());
        m.put("severity", f.severity().id());
        m.put("state", s.state().id());
        m.put("summary", f.summary());
        DeviceRef d = f.device();
        if (d != null) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("id", d.id());
            dm.put("mac", d.mac());
            dm.put("ip", d.ip());
            dm.put("name", d.name());
            m.put("device", dm);
        }
        m.put("count", s.count());
        m.put("firstSeen", s.firstSeen().toString());
        m.put("lastSeen", s.lastSeen().toString());
        m.put("updated", s.updated().toString());
        m.put("source", f.source());
        if (detail) {
            m.put("evidence", f.evidence());
            m.put("dedupKey", f.dedupKey());
            m.put("start", f.start().toString());
            m.put("end", f.end().toString());
        }
        return m;
    }

    /**
     * How long after its last packet a device still counts as online now. Discovery keeps
     * online state in capture time (a replay's devices stay online once its packets end), so
     * the dashboard also asks that the last packet be this recent on the wall clock.
     */
    static final java.time.Duration ONLINE_WITHIN = java.time.Duration.ofMinutes(15);

    /** @return whether the device is online now: discovery says so and it was seen within {@link #ONLINE_WITHIN} of {@code now} */
    static boolean onlineNow(Device d, java.time.Instant now) {
        return d.online() && !d.lastSeen().isBefore(now.minus(ONLINE_WITHIN)) && !d.lastSeen().isAfter(now.plus(ONLINE_WITHIN));
    }

    /**
     * The device as the API shows it: {@code online} now (see {@link #onlineNow}), and
     * {@code onlineAsOf} (its last packet's time) when discovery calls it online only in the
     * time of a capture (a replay), never "online" with a last packet months ago.
     */
    static Map<String, Object> device(Device d, java.time.Instant now) {
        Map<String, Object> m = device(d);
        m.put("online", onlineNow(d, now));
        if (d.online() && !onlineNow(d, now)) {
            m.put("onlineAsOf", d.lastSeen().toString());
        }
        return m;
    }

    static Map<String, Object> device(Device d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.displayName());
        m.put("type", d.type().id());
        m.put("vendor", d.vendor().orElse(null));
        m.put("model", d.model().orElse(null));
        m.put("os", d.os().orElse(null));
        m.put("macs", d.macs());
        m.put("ips", d.ips());
        m.put("online", d.online());
        m.put("randomizedMac", d.randomizedMac());
        m.put("typeConfidence", d.typeConfidence());
        m.put("firstSeen", d.firstSeen().toString());
        m.put("lastSeen", d.lastSeen().toString());
        List<Map<String, Object>> sw = new ArrayList<>();
        for (io.hearthguard.api.device.SoftwareVersion v : d.software()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("product", v.product());
            x.put("version", v.version());
            x.put("source", v.source());
            x.put("detail", v.detail());
            sw.add(x);
        }
        m.put("software", sw); // what it announced; the device route adds banners and advisories
        return m;
    }

    static List<Map<String, Object>> evidence(List<Evidence> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Evidence e : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", e.source());
            m.put("attribute", e.attribute());
            m.put("value", e.value());
            m.put("detail", e.detail());
            m.put("weight", e.weight());
            m.put("seen", e.seen() == null ? null : e.seen().toString());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> traffic(List<DeviceMeter> meters) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DeviceMeter x : meters) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", x.windowStart().toString());
            m.put("end", x.windowEnd().toString());
            m.put("bytesOut", x.bytesOut());
            m.put("bytesIn", x.bytesIn());
            out.add(m);
        }
        return out;
    }
}
