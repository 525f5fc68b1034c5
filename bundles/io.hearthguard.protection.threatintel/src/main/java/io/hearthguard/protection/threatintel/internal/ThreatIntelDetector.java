package io.hearthguard.protection.threatintel.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.platform.allow.AllowList;

/**
 * Matches DNS questions, TLS SNI, HTTP Host and flow endpoints against the current
 * {@link IntelLists} snapshot (supplied, so a reload swaps it without locking). A lookup
 * of a DNS question is MEDIUM (intent); traffic with a listed name or address is HIGH.
 * One finding per device and indicator per cooldown; the table of recent reports is
 * bounded.
 */
final class ThreatIntelDetector {

    static final String DNS = "threat-intel.dns";
    static final String CONTACT = "threat-intel.contact";

    private final Supplier<IntelLists> lists;
    private final long cooldownSeconds;
    private final String source;
    private final Map<String, Instant> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> e) {
            return size() > 65_536;
        }
    };

    /** The family's allow rules (docs/web.md, "This is normal"); null while the dashboard is not running. */
    private final Supplier<AllowList> allowed;

    ThreatIntelDetector(Supplier<IntelLists> lists, long cooldownSeconds, String source) {
        this(lists, cooldownSeconds, source, () -> null);
    }

    ThreatIntelDetector(Supplier<IntelLists> lists, long cooldownSeconds, String source, Supplier<AllowList> allowed) {
        this.allowed = allowed;
        this.lists = lists;
        this.cooldownSeconds = cooldownSeconds;
        this.source = source;
    }

    void flow(FlowRecord f, Device device, ProtectionContext ctx) {
        if (f.phase() != FlowRecord.Phase.STARTED) {
            return; // one look per flow
        }
        IntelLists l = lists.get();
        String name = f.responderName().orElse(null);
        String hit = l.domain(name);
        String indicator = name;
        if (hit == null && f.sni().isPresent()) {
            indicator = f.sni().get();
            hit = l.domain(indicator);
        }
        if (hit == null) {
            indicator = f.responderIp();
            hit = l.ip(indicator);
        }
        if (hit == null) {
            indicator = f.initiatorIp();
            hit = l.ip(indicator); // a listed address reaching into the home
        }
        if (hit != null) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("seenIn", "flow");
            ev.put("initiator", f.initiatorIp() + ":" + f.initiatorPort());
            ev.put("responder", f.responderIp() + ":" + f.responderPort());
            f.responderName().ifPresent(n -> ev.put("responderName", n));
            report(ctx, device, CONTACT, Severity.HIGH, indicator, hit, f.firstSeen(), ev);
        }
    }

    void metadata(TrafficMetadata m, Device device, ProtectionContext ctx) {
        IntelLists l = lists.get();
        if (m instanceof DnsMessage dns) {
            if (dns.response() || dns.multicast()) {
                return; // the query already told us; mDNS names are local
            }
            for (DnsMessage.Question q : dns.questions()) {
                String hit = l.domain(q.name());
                if (hit != null) {
                    Map<String, Object> ev = new LinkedHashMap<>();
                    ev.put("seenIn", "dns-query");
                    ev.put("client", m.srcIp());
                    ev.put("resolver", m.dstIp());
                    ev.put("queryType", q.type());
                    report(ctx, device, DNS, Severity.MEDIUM, q.name(), hit, m.timestamp(), ev);
                }
            }
        } else if (m instanceof TlsClientHello hello && hello.sni().isPresent()) {
            String hit = l.domain(hello.sni().get());
            if (hit != null) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("seenIn", "tls-sni");
                ev.put("server", m.dstIp() + ":" + m.dstPort());
                ev.put("ja3", hello.ja3Hash());
                report(ctx, device, CONTACT, Severity.HIGH, hello.sni().get(), hit, m.timestamp(), ev);
            }
        } else if (m instanceof HttpRequest http && http.host().isPresent()) {
            String host = http.host().get();
            int colon = host.lastIndexOf(':');
            String bare = colon > 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
            String hit = l.domain(bare);
            if (hit == null) {
                hit = l.ip(bare);
            }
            if (hit != null) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("seenIn", "http-host");
                ev.put("server", m.dstIp() + ":" + m.dstPort());
                ev.put("method", http.method());
                report(ctx, device, CONTACT, Severity.HIGH, bare, hit, m.timestamp(), ev);
            }
        }
    }

    private void report(ProtectionContext ctx, Device device, String rule, Severity sev, String indicator, String list, Instant at,
            Map<String, Object> ev) {
        AllowList allow = allowed.get();
        if (allow != null && allow.allows(device.id(), rule, indicator.toLowerCase(java.util.Locale.ROOT))) {
            return; // the family said this is normal for this device: learnt, not raised again
        }
        String key = rule + "|" + device.id() + "|" + indicator;
        Instant last = recent.get(key);
        if (last != null && !at.isBefore(last) && at.isBefore(last.plusSeconds(cooldownSeconds))) {
            return;
        }
        recent.put(key, at);
        ev.put("indicator", indicator);
        ev.put("list", list);
        ctx.publish(Finding.builder(rule, Categories.THREAT_INTEL, sev).device(DeviceRef.of(device)).span(at, at)
                .summary(device.displayName() + (rule.equals(DNS) ? " looked up " : " contacted ") + indicator
                        + ", listed as known-bad in " + list)
                .evidence(ev).dedupKey(indicator).source(source).build());
    }
}
