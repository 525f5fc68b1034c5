package io.hearthguard.discovery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/** Builds discovery's findings. */
public final class Findings {
    /** Producer name on every finding. */
    public static final String SOURCE = "io.hearthguard.discovery";

    private Findings() {
    }

    /** A device joined the network; the evidence says how it was identified. */
    public static Finding newDevice(Device d) {
        String what = d.vendor().map(v -> v + " ").orElse("") + (d.type().id().equals("unknown") ? "device" : d.type().id());
        return Finding.builder("discovery.new-device", Categories.NEW_DEVICE, Severity.INFO)
                .device(DeviceRef.of(d))
                .span(d.firstSeen(), d.lastSeen())
                .summary("New device on the network: " + d.displayName() + " (" + what + ")")
                .evidence(describe(d))
                .dedupKey(d.id())
                .source(SOURCE)
                .build();
    }

    /** A known device now looks like another kind or make of device. */
    public static Finding identityChanged(Device before, Device after, String what) {
        String was = what.equals("type") ? before.type().id() : before.vendor().orElse("unknown");
        String now = what.equals("type") ? after.type().id() : after.vendor().orElse("unknown");
        Map<String, Object> ev = describe(after);
        ev.put("changed", what);
        ev.put("before", was);
        ev.put("after", now);
        return Finding.builder("discovery.device-changed", Categories.NEW_DEVICE, Severity.LOW)
                .device(DeviceRef.of(after))
                .span(after.lastSeen(), after.lastSeen())
                .summary(after.displayName() + " changed its " + what + " from " + was + " to " + now)
                .evidence(ev)
                .dedupKey(what + ":" + now)
                .source(SOURCE)
                .build();
    }

    /** Signs of a man in the middle around the gateway. */
    public static Finding mitm(InventoryEngine.Mitm alert, Device claimer) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("kind", alert.kind());
        ev.put("gatewayIp", alert.gatewayIp() == null ? "" : alert.gatewayIp());
        ev.put("gatewayMac", Macs.format(alert.gatewayMac()));
        ev.put("claimingMac", Macs.format(alert.claimingMac()));
        ev.put("detail", alert.detail());
        String summary = switch (alert.kind()) {
            case "arp-spoof", "nd-spoof" -> Macs.format(alert.claimingMac()) + " claims an address of the gateway ("
                    + (alert.kind().equals("arp-spoof") ? "ARP" : "IPv6 neighbor") + " spoofing)";
            default -> "The gateway's MAC address changed to " + Macs.format(alert.claimingMac());
        };
        DeviceRef ref = claimer != null ? DeviceRef.of(claimer) : new DeviceRef(null, Macs.format(alert.claimingMac()), null, null);
        return Finding.builder("discovery." + alert.kind(), Categories.MITM, Severity.HIGH)
                .device(ref)
                .span(alert.at(), alert.at())
                .summary(summary)
                .evidence(ev)
                .dedupKey(alert.kind())
                .source(SOURCE)
                .build();
    }

    static Map<String, Object> describe(Device d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("macs", d.macs());
        m.put("ips", new ArrayList<>(d.ips()));
        m.put("names", new ArrayList<>(d.names()));
        m.put("vendor", d.vendor().orElse(""));
        m.put("type", d.type().id());
        m.put("typeConfidence", d.typeConfidence());
        m.put("model", d.model().orElse(""));
        m.put("os", d.os().orElse(""));
        m.put("randomizedMac", d.randomizedMac());
        List<Object> ev = new ArrayList<>();
        for (Evidence e : d.evidence()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", e.source());
            x.put("attribute", e.attribute());
            x.put("value", e.value());
            x.put("detail", e.detail());
            x.put("weight", e.weight());
            ev.add(x);
        }
        m.put("evidence", ev);
        return m;
    }
}
