package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.SoftwareVersion;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;

/** The device page's software rows: announced versions, banner versions, the advisories that match, the bound. */
class SoftwareViewTest {
    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    record Cam(List<SoftwareVersion> software) implements io.hearthguard.api.device.Device {
        public String id() { return "cam"; }
        public List<String> macs() { return List.of("2c:aa:8e:00:00:01"); }
        public java.util.Set<String> ips() { return java.util.Set.of("192.168.1.21"); }
        public java.util.Set<String> names() { return java.util.Set.of(); }
        public String displayName() { return "Camera"; }
        public java.util.Optional<String> vendor() { return java.util.Optional.of("Wyze"); }
        public io.hearthguard.api.device.DeviceType type() { return io.hearthguard.api.device.DeviceType.CAMERA; }
        public java.util.Optional<String> model() { return java.util.Optional.of("Cam v3"); }
        public java.util.Optional<String> os() { return java.util.Optional.empty(); }
        public double typeConfidence() { return 0.9; }
        public boolean randomizedMac() { return false; }
        public Instant firstSeen() { return T; }
        public Instant lastSeen() { return T; }
        public boolean online() { return true; }
        public List<io.hearthguard.api.device.Evidence> evidence() { return List.of(); }
    }

    private static StoredFinding stored(String id, String rule, Severity sev, Map<String, Object> evidence) {
        Finding f = Finding.builder(rule, Categories.HYGIENE, sev).device(new DeviceRef("cam", "2c:aa:8e:00:00:01", "192.168.1.21", "Camera"))
                .span(T, T).summary(rule).evidence(evidence).source("test").build();
        return new StoredFinding() {
            public String id() { return id; }
            public Finding finding() { return f; }
            public long count() { return 1; }
            public Instant firstSeen() { return T; }
            public Instant lastSeen() { return T; }
            public FindingState state() { return FindingState.OPEN; }
            public Instant updated() { return T; }
        };
    }

    private static String rows(List<Map<String, Object>> rows) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            out.add(r.get("product") + " " + r.get("version") + " | " + r.get("readFrom") + " | "
                    + ((List<?>) r.get("advisories")).stream().map(a -> ((Map<?, ?>) a).get("id") + " fixed " + ((Map<?, ?>) a).get("fixed")).toList());
        }
        return String.join("\n", out);
    }

    @Test
    void announcedAndBannerVersionsAreShownWithTheAdvisoryThatMatchesAndAnUnmatchedAdvisoryGetsItsOwnRow() {
        Cam cam = new Cam(List.of(new SoftwareVersion("", "4.30.2", "mdns-txt.fwversion", "mDNS TXT fwversion=4.30.2"),
                new SoftwareVersion("udhcp", "1.35.0", "dhcp-vendor-class", "DHCP vendor class udhcp 1.35.0")));
        List<StoredFinding> hygiene = List.of(
                stored("f1", "hygiene.exposed.ftp", Severity.MEDIUM, Map.of("port", 21L, "service", "FTP", "software", "vsFTPd 3.0.3", "banner", "220 (vsFTPd 3.0.3)")),
                stored("f2", "hygiene.exposed.http", Severity.LOW, Map.of("port", 80L, "service", "web page", "software", "lighttpd/1.4.69")),
                stored("f3", "hygiene.exposed.telnet", Severity.HIGH, Map.of("port", 23L, "service", "Telnet")), // no version read
                stored("f4", "hygiene.firmware.advisory", Severity.HIGH, Map.of("advisory", "TEST-1", "product", "cam v3", "installed", "4.30.2", "fixed", "4.36.0")),
                stored("f5", "hygiene.firmware.advisory", Severity.HIGH, Map.of("advisory", "TEST-2", "product", "vsftpd", "installed", "3.0.3", "fixed", "3.0.5")),
                stored("f6", "hygiene.firmware.advisory", Severity.HIGH, Map.of("advisory", "TEST-3", "product", "miniupnpd", "installed", "2.3.1",
                        "fixed", "2.3.4", "readFrom", "the router's UPnP answer: SERVER Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.1")));
        assertEquals(String.join("\n",
                " 4.30.2 | its mDNS announcement (TXT fwversion) | [TEST-1 fixed 4.36.0]",
                "udhcp 1.35.0 | its DHCP request (vendor class) | []",
                "vsFTPd 3.0.3 | the FTP banner on port 21, read by the hygiene check | [TEST-2 fixed 3.0.5]",
                "lighttpd 1.4.69 | the web page banner on port 80, read by the hygiene check | []",
                "miniupnpd 2.3.1 | the router's UPnP answer: SERVER Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.1 | [TEST-3 fixed 2.3.4]"),
                rows(SoftwareView.of(cam, hygiene)));
    }

    @Test
    void aDeviceWithNothingReadHasNoRowsAndManyBannersAreBounded() {
        assertEquals(List.of(), SoftwareView.of(new Cam(List.of()), List.of()));
        List<StoredFinding> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(stored("f" + i, "hygiene.exposed.port-" + (1000 + i), Severity.INFO, Map.of("port", 1000L + i, "service", "port", "software", "svc" + i + "/1." + i)));
        }
        assertEquals(SoftwareView.MAX_ROWS, SoftwareView.of(new Cam(List.of()), many).size());
    }
}
