package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/** Channel settings are validated before anything is stored; allow rules match by device, kind and destination and survive a restart. */
class ChannelsAndAllowRulesTest {
    @TempDir
    Path tmp;

    @Test
    void brokerAndWebhookAddressesAreCheckedAndNormalised() {
        assertEquals("tcp://broker.lan:1883", Channels.brokerUri(" TCP://broker.lan:1883 "));
        assertEquals("ssl://10.0.0.2:8883", Channels.brokerUri("ssl://10.0.0.2:8883"));
        for (String bad : List.of("http://broker:1883", "tcp://broker", "tcp://user:pw@broker:1883", "tcp://broker:1883/x", "tcp://broker:1883?a=b",
                "broker:1883", "", "tcp://[bad:1883")) {
            Problem p = assertThrows(Problem.class, () -> Channels.brokerUri(bad), bad);
            assertEquals(400, p.status);
            assertTrue(p.getMessage().contains("'brokerUri'"), p.getMessage());
        }
        assertEquals("https://hooks.lan/x?y=1", Channels.webhookUrl("https://hooks.lan/x?y=1"));
        for (String bad : List.of("file:///etc/passwd", "ftp://h/x", "https://u:p@h/x", "https://h/x#frag", "//h/x", "https:///x")) {
            assertThrows(Problem.class, () -> Channels.webhookUrl(bad), bad);
        }
        assertThrows(Problem.class, () -> Channels.channelId("../etc"));
        assertThrows(Problem.class, () -> Channels.channelId("A"));
        assertEquals("home-mqtt", Channels.channelId("home-mqtt"));
    }

    @Test
    void theTestMessageIsAMarkedEmptyDigest() throws Exception {
        var n = new Channels.TestNotification("test-1", Instant.parse("2026-12-04T10:00:00Z"), "admin");
        var j = Json.MAPPER.readTree(n.json());
        assertEquals("digest", j.get("kind").asText());
        assertTrue(j.get("test").asBoolean());
        assertEquals(0, j.get("digest").get("count").asInt());
        assertEquals("Hearthguard test message", j.get("title").asText());
        assertTrue(n.finding().isEmpty() && n.deviceId().isEmpty());
    }

    private static Finding finding(String device, String rule, Map<String, ?> evidence) {
        return Finding.builder(rule, "eavesdrop", Severity.HIGH).device(new DeviceRef(device, "44:65:0d:00:00:01", "192.168.1.20", "Echo"))
                .span(Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T10:01:00Z")).summary("s").evidence(evidence).source("t").build();
    }

    @Test
    void allowRulesMatchTheirDeviceKindAndDestinationAndAreKept() throws Exception {
        AccountsTest.SqlStore store = new AccountsTest.SqlStore(tmp.resolve("db"));
        AllowRules rules = new AllowRules(store);
        var r = rules.add("d-echo", "eavesdrop.long-listening", AllowRules.checkDestination("AVS.Amazon.com"), null, "normal", "dashboard:a");
        assertEquals(r, rules.add("d-echo", "eavesdrop.long-listening", "avs.amazon.com", null, "again", "dashboard:a"), "the same rule twice is one");
        assertTrue(r.matches(finding("d-echo", "eavesdrop.long-listening", Map.of("remotes", List.of("x.example", "avs.amazon.com")))));
        assertFalse(r.matches(finding("d-echo", "eavesdrop.long-listening", Map.of("remotes", List.of("evil.example")))), "another destination");
        assertFalse(r.matches(finding("d-echo", "eavesdrop.long-listening", Map.of())), "no destination named");
        assertFalse(r.matches(finding("d-tv", "eavesdrop.long-listening", Map.of("remote", "avs.amazon.com"))), "another device");
        assertFalse(r.matches(finding("d-echo", "eavesdrop.idle-streaming", Map.of("remote", "avs.amazon.com"))), "another kind");
        var any = rules.add("d-tv", "upload.burst", null, "m-1", "normal", "dashboard:a");
        assertTrue(any.matches(finding("d-tv", "upload.burst", Map.of())));
        // what the protections ask through the platform contract (AllowList)
        assertTrue(rules.allows("d-echo", "eavesdrop.long-listening", "avs.amazon.com"));
        assertTrue(rules.allows("d-echo", "eavesdrop.long-listening", "AVS.amazon.COM"));
        assertFalse(rules.allows("d-echo", "eavesdrop.long-listening", "evil.example"), "another destination");
        assertFalse(rules.allows("d-echo", "eavesdrop.long-listening", null), "a destination rule needs that destination");
        assertFalse(rules.allows("d-tv", "eavesdrop.long-listening", "avs.amazon.com"), "another device");
        assertTrue(rules.allows("d-tv", "upload.burst", "anything.example") && rules.allows("d-tv", "upload.burst", null), "no destination: any");
        assertFalse(rules.allows("d-tv", "upload.abnormal", null), "another kind");
        AllowRules again = new AllowRules(store);
        assertEquals(2, again.list().size());
        assertEquals("m-1", again.get(any.id()).orElseThrow().muteRule());
        assertTrue(again.remove(r.id()).isPresent());
        assertTrue(new AllowRules(store).get(r.id()).isEmpty());
        assertThrows(Problem.class, () -> AllowRules.checkDestination("evil example; rm"));
        assertThrows(Problem.class, () -> AllowRules.checkDestination("x".repeat(254)));
    }
}
