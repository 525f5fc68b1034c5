package io.hearthguard.response.internal;

import static io.hearthguard.response.internal.NetnsLab.D1_IP;
import static io.hearthguard.response.internal.NetnsLab.D1_IP6;
import static io.hearthguard.response.internal.NetnsLab.GW_LAN1_6;
import static io.hearthguard.response.internal.NetnsLab.NET_A6;
import static io.hearthguard.response.internal.NetnsLab.NET_B6;
import static io.hearthguard.response.internal.NetnsLab.D2_IP;
import static io.hearthguard.response.internal.NetnsLab.GW_LAN1;
import static io.hearthguard.response.internal.NetnsLab.HTTP;
import static io.hearthguard.response.internal.NetnsLab.NET_A;
import static io.hearthguard.response.internal.NetnsLab.NET_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.response.AuditEntry;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseException;

/**
 * The response component against the real kernel: nft runs inside a gateway namespace
 * (the component's {@code commandPrefix} is {@code ip netns exec <gw>}) and real packets
 * go from device namespaces through it. Skipped unless root with nft and ip netns.
 */
class GatewayNetnsTest {
    private static final String FOREIGN = "table inet foreign {\n chain transit {\n  type filter hook forward priority 0; policy accept;\n"
            + "  ip saddr 10.213.2.2 counter\n }\n}\n";

    @TempDir
    Path data;
    NetnsLab lab;

    @BeforeEach
    void up() throws Exception {
        NetnsLab.assumeAvailable();
        lab = new NetnsLab();
        Path foreign = data.resolve("foreign.nft");
        Files.writeString(foreign, FOREIGN);
        lab.nft("-f", foreign.toString());
    }

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private ResponseComponent component(Path dir) throws Exception {
        return new ResponseComponent(Configs.of(ResponseComponent.Config.class, Map.of("commandPrefix", lab.gatewayPrefix())), dir, null);
    }

    private String foreignTable() {
        return lab.nft("-s", "list", "table", "inet", "foreign"); // -s: without counter values
    }

    @Test
    void givenAQuarantinedDevice_whenItSendsAnything_thenOnlyDnsToTheGatewayPassesAndUndoRestoresEverything() throws Exception {
        String foreignBefore = foreignTable();
        ResponseComponent c = component(data.resolve("response"));
        assertNull(c.listTable(), "no table while nothing is in force");
        assertTrue(lab.tcp(lab.d1, NET_A, HTTP));

        ResponseAction q = c.quarantine(lab.d1Mac().toUpperCase(), List.of(D1_IP), new Origin("dashboard:alice", "testing", null));

        assertFalse(lab.tcp(lab.d1, NET_A, HTTP), "quarantined device reached the internet");
        assertFalse(lab.tcp(lab.d1, GW_LAN1, 8081), "quarantined device reached a gateway service other than DNS/DHCP");
        assertFalse(lab.tcp(lab.net, D1_IP, 8082), "the internet reached the quarantined device");
        assertTrue(lab.udp(lab.d1, GW_LAN1, 53), "DNS to the gateway must stay allowed");
        assertTrue(lab.tcp(lab.d2, NET_A, HTTP), "another device lost its internet");
        assertEquals(q, c.quarantine(lab.d1Mac(), List.of(D1_IP), new Origin("mqtt", "", null)), "a second quarantine is the same action");

        assertTrue(c.undo(q.id(), "dashboard:bob").isPresent());

        assertNull(c.listTable(), "the hub's table is deleted when nothing is in force");
        assertTrue(lab.tcp(lab.d1, NET_A, HTTP));
        assertTrue(lab.tcp(lab.d1, GW_LAN1, 8081));
        assertTrue(lab.tcp(lab.net, D1_IP, 8082));
        assertEquals(foreignBefore, foreignTable(), "another table of the ruleset was changed");
        List<AuditEntry> audit = c.audit(10);
        assertEquals(AuditEntry.Operation.UNDO, audit.get(0).operation());
        assertEquals("dashboard:bob", audit.get(0).actor());
        assertEquals(AuditEntry.Operation.APPLY, audit.get(1).operation());
        assertEquals("dashboard:alice", audit.get(1).actor());
        assertEquals(q.id(), audit.get(1).actionId());
        assertTrue(audit.get(1).summary().contains(lab.d1Mac()), audit.get(1).summary());
    }

    /**
     * IPv6 through the same table: a device quarantined by its MAC and its IPv4 address alone
     * (the hub rarely knows every IPv6 address a device gives itself) cannot reach the
     * internet over IPv6 either, keeps DNS to the gateway over IPv6, and gets it back on undo.
     */
    @Test
    void givenAQuarantineByMacAndIpv4_whenTheDeviceUsesIpv6_thenThatIsStoppedTooAndUndoRestoresIt() throws Exception {
        ResponseComponent c = component(data.resolve("response"));
        assertTrue(lab.tcp(lab.d1, NET_A6, HTTP));

        ResponseAction q = c.quarantine(lab.d1Mac(), List.of(D1_IP), new Origin("dashboard:alice", "", null));

        assertFalse(lab.tcp(lab.d1, NET_A6, HTTP), "quarantined device reached the internet over IPv6");
        assertFalse(lab.tcp(lab.net, D1_IP6, 8083), "the internet reached the quarantined device over IPv6");
        assertTrue(lab.udp(lab.d1, GW_LAN1_6, 53), "DNS to the gateway over IPv6 must stay allowed");
        assertTrue(lab.tcp(lab.d2, NET_A6, HTTP), "another device lost its IPv6 internet");

        c.undo(q.id(), "dashboard:alice");
        assertTrue(lab.tcp(lab.d1, NET_A6, HTTP));
        assertTrue(lab.tcp(lab.net, D1_IP6, 8083));
    }

    @Test
    void givenIpv6Blocks_whenDevicesConnect_thenOnlyTheBlockedPairsFail() throws Exception {
        ResponseComponent c = component(data.resolve("response"));
        ResponseAction one = c.block(lab.d1Mac(), List.of(D1_IP6), NET_A6, new Origin("policy:threat-intel", "", "f-6"));
        ResponseAction all = c.block(null, List.of(), NET_B6 + "/128", new Origin("dashboard:alice", "", null));

        assertFalse(lab.tcp(lab.d1, NET_A6, HTTP), "d1 reached the IPv6 host blocked for it");
        assertTrue(lab.tcp(lab.d2, NET_A6, HTTP), "d2 is not blocked from " + NET_A6);
        assertFalse(lab.tcp(lab.d2, NET_B6, HTTP), "d2 reached the IPv6 host blocked for all");
        assertTrue(lab.tcp(lab.d1, NetnsLab.NET_A, HTTP), "the IPv4 address of the same host was not blocked");

        c.undo(one.id(), "t");
        c.undo(all.id(), "t");
        assertTrue(lab.tcp(lab.d1, NET_A6, HTTP));
        assertTrue(lab.tcp(lab.d2, NET_B6, HTTP));
        assertNull(c.listTable());
    }

    @Test
    void givenBlocks_whenDevicesConnect_thenOnlyTheBlockedPairsFail() throws Exception {
        ResponseComponent c = component(data.resolve("response"));
        ResponseAction one = c.block(lab.d1Mac(), List.of(D1_IP), NET_A, new Origin("policy:threat-intel", "", "f-1"));
        ResponseAction all = c.block(null, List.of(), NET_B + "/32", new Origin("dashboard:alice", "", null));

        assertFalse(lab.tcp(lab.d1, NET_A, HTTP), "d1 reached the host blocked for it");
        assertTrue(lab.tcp(lab.d2, NET_A, HTTP), "d2 is not blocked from " + NET_A);
        assertFalse(lab.tcp(lab.d1, NET_B, HTTP), "d1 reached the host blocked for all");
        assertFalse(lab.tcp(lab.d2, NET_B, HTTP), "d2 reached the host blocked for all");
        assertTrue(lab.udp(lab.d1, GW_LAN1, 53));

        c.undo(one.id(), "dashboard:alice");
        assertTrue(lab.tcp(lab.d1, NET_A, HTTP));
        assertFalse(lab.tcp(lab.d2, NET_B, HTTP));
        assertNotNull(c.listTable());

        c.undo(all.id(), "dashboard:alice");
        assertTrue(lab.tcp(lab.d2, NET_B, HTTP));
        assertNull(c.listTable());
        assertTrue(foreignTable().contains("ip saddr 10.213.2.2 counter"), "the foreign table lost its rule");
    }

    @Test
    void givenActionsInForce_whenTheHubCrashesAndTheGatewayLosesItsTable_thenTheNextStartReappliesThem() throws Exception {
        Path dir = data.resolve("response");
        ResponseComponent first = component(dir);
        // by MAC only: the gateway matches the device's Ethernet source address
        ResponseAction q = first.quarantine(lab.d1Mac(), List.of(), new Origin("dashboard:alice", "", null));
        assertFalse(lab.tcp(lab.d1, GW_LAN1, 8081));
        assertTrue(lab.udp(lab.d1, GW_LAN1, 53));
        // a crash of the hub: the component is abandoned without deactivation; the kernel keeps the table
        first = null;
        assertFalse(lab.tcp(lab.d1, NET_A, HTTP), "rules must stay in force while the hub is down");

        lab.nft("delete", "table", "inet", "hearthguard"); // as after a reboot of the gateway
        assertTrue(lab.tcp(lab.d1, NET_A, HTTP));

        ResponseComponent second = component(dir);
        assertEquals(List.of(q), second.active());
        assertFalse(lab.tcp(lab.d1, NET_A, HTTP), "the restarted hub did not re-apply the quarantine");
        assertEquals(AuditEntry.Operation.REAPPLY, second.audit(1).get(0).operation());
        assertTrue(foreignTable().contains("counter"));

        second.undo(q.id(), "dashboard:alice");
        assertTrue(lab.tcp(lab.d1, NET_A, HTTP));
        assertEquals(List.of(), component(dir).active(), "an undone action came back after a restart");
    }

    @Test
    void givenAGatewayNftCannotReach_whenQuarantining_thenTheCallFailsAndNothingIsRecordedAsInForce() throws Exception {
        Path dir = data.resolve("response");
        ResponseComponent c = component(dir);
        ResponseAction b = c.block(null, List.of(), NET_B, new Origin("dashboard:alice", "", null));
        String stored = Files.readString(dir.resolve("actions.tsv"));
        lab.removeGateway();

        ResponseException e = assertThrows(ResponseException.class,
                () -> c.quarantine(lab.d1Mac(), List.of(D1_IP), new Origin("dashboard:alice", "", null)));

        assertTrue(e.getMessage().contains("failed"), e.getMessage());
        assertEquals(List.of(b), c.active());
        assertEquals(stored, Files.readString(dir.resolve("actions.tsv")));
        assertEquals(AuditEntry.Operation.FAILED, c.audit(1).get(0).operation());
    }
}
