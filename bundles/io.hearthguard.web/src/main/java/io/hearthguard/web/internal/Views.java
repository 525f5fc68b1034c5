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
