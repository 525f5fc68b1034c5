package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.cli.Command;

class DevicesCommandTest {

    static String run(DevicesCommand cmd, int expected, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = cmd.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expected, rc, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheStoredInventoryAsTableAndJsonLines(@TempDir Path tmp) throws Exception {
        SqliteTestStore store = new SqliteTestStore(tmp.resolve("hub.db"));
        DiscoveryComponent first = new DiscoveryComponent(DiscoveryComponentTest.config(null), DiscoveryComponentTest.context(null), store);
        first.awaitStarted(java.time.Duration.ofSeconds(10));
        first.metadata(InventoryEngineTest.ack(InventoryEngineTest.T0, InventoryEngineTest.ROUTER, InventoryEngineTest.CAM, "192.168.1.129"));
        first.metadata(InventoryEngineTest.dhcp(InventoryEngineTest.T0, InventoryEngineTest.CAM, 3, "Schlage \"front\"\u0001door", null, null));
        // the camera's DHCP request names its DHCP client and version (option 60), as busybox udhcpc does
        first.metadata(new Records.Dhcp(InventoryEngineTest.T0.plusSeconds(1), InventoryEngineTest.CAM, -1, "0.0.0.0", "255.255.255.255", 68, 67, 4, 3,
                Macs.format(InventoryEngineTest.CAM), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of("udhcp 1.35.0"), List.of(1, 3, 6), java.util.Optional.empty(), java.util.Optional.empty()));
        first.sessionEnded(null);
        first.deactivate();

        // as in CLI mode: a new framework run, the command asks the inventory loaded from the store
        DiscoveryComponent inv = new DiscoveryComponent(DiscoveryComponentTest.config(null), DiscoveryComponentTest.context(null), store);
        try {
            DevicesCommand cmd = new DevicesCommand(inv);
            String table = run(cmd, Command.OK, "--evidence");
            assertTrue(table.contains("f4:b8:5e:ff:2b:1b") && table.contains("lock") && table.contains("Schlage"), table);
            assertTrue(table.contains("hostname 'Schlage \"front\"door' matched rule default.rules:"), table);
            assertTrue(table.endsWith("2 devices" + System.lineSeparator()), table);
            assertTrue(table.contains("    software         udhcp 1.35.0                   DHCP vendor class udhcp 1.35.0 (dhcp-vendor-class)"), table);
            String json = run(cmd, Command.OK, "--json");
            List<String> lines = json.lines().toList();
            assertEquals(2, lines.size(), json);
            String cam = lines.stream().filter(l -> l.contains("\"id\":\"f4b85eff2b1b\"")).findFirst().orElseThrow();
            assertTrue(cam.startsWith("{\"id\":\"f4b85eff2b1b\",\"macs\":[\"f4:b8:5e:ff:2b:1b\"],\"ips\":[\"192.168.1.129\"]"), cam);
            assertTrue(cam.contains("\"names\":[\"Schlage \\\"front\\\"door\"]"), cam);
            assertTrue(cam.contains("\"type\":\"lock\"") && cam.contains("\"online\":false"), cam);
            assertTrue(cam.contains("\"software\":[{\"product\":\"udhcp\",\"version\":\"1.35.0\",\"source\":\"dhcp-vendor-class\","
                    + "\"detail\":\"DHCP vendor class udhcp 1.35.0\"}]"), cam);
            assertTrue(lines.stream().filter(l -> !l.equals(cam)).allMatch(l -> l.contains("\"software\":[]")), json);
            assertTrue(run(cmd, Command.OK, "--help").contains("usage: hearthguard devices"));
            run(cmd, Command.USAGE, "--bogus");
        } finally {
            inv.deactivate();
        }
    }

    @Test
    void jsonEscapingKeepsEveryStringValid() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u2028\\ud800x😀\"",
                DeviceReport.quote(new StringBuilder(), "a\"b\\c\n\u0001\u2028\ud800x😀").toString());
    }
}
