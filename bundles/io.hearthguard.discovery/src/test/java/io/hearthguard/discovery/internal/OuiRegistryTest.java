package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OuiRegistryTest {
    static Path dir;
    static OuiRegistry reg;

    @BeforeAll
    static void load() throws Exception {
        dir = Tshark.shared("oui/ieee-data");
        reg = OuiRegistry.load(dir);
    }

    /** @return the first data row of a registry file as [assignment, organisation] */
    static String[] firstRow(String file, String skipOrg) throws Exception {
        for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
            List<String> c = OuiRegistry.csv(line);
            if (c.size() >= 3 && c.get(1).matches("[0-9A-Fa-f]{6,9}") && !c.get(2).strip().equalsIgnoreCase(skipOrg)) {
                return new String[] {c.get(1), c.get(2).strip()};
            }
        }
        throw new AssertionError("no row in " + file);
    }

    static long macIn(String prefix) {
        String hex = (prefix + "000000000000").substring(0, 12);
        return Long.parseLong(hex, 16) | (prefix.length() < 12 ? 0x5L : 0);
    }

    @Test
    void loadsAllThreeRegistries() {
        assertTrue(reg.size() > 40_000, "blocks: " + reg.size());
    }

    @Test
    void maLargeBlockNamesTheManufacturer() {
        assertEquals("Synology Incorporated", reg.lookup(Macs.parse("00:11:32:17:49:f0")).orElseThrow().organization());
    }

    @Test
    void maMediumBlockWinsOverTheRegistrationAuthoritysLargeBlock() throws Exception {
        String[] row = firstRow("mam.csv", "Private");
        OuiRegistry.Block b = reg.lookup(macIn(row[0])).orElseThrow();
        assertEquals("MA-M", b.registry());
        assertEquals(Text.clean(row[1], 128), b.organization());
    }

    @Test
    void maSmallBlockWinsOverLargerBlocks() throws Exception {
        String[] row = firstRow("oui36.csv", "Private");
        OuiRegistry.Block b = reg.lookup(macIn(row[0])).orElseThrow();
        assertEquals("MA-S", b.registry());
        assertEquals(Text.clean(row[1], 128), b.organization());
    }

    @Test
    void locallyAdministeredAndGroupAddressesHaveNoVendor() {
        // 02:11:32:... carries Synology's OUI bits but the U/L bit says it is not from the registry
        assertTrue(reg.lookup(Macs.parse("02:11:32:17:49:f0")).isEmpty());
        assertTrue(reg.lookup(Macs.parse("01:00:5e:00:00:fb")).isEmpty());
        assertTrue(reg.lookup(Macs.parse("ff:ff:ff:ff:ff:ff")).isEmpty());
    }

    @Test
    void hostileRegistryFileIsReadWithoutCrashing(@TempDir Path tmp) throws Exception {
        String huge = "x".repeat(100_000);
        Files.writeString(tmp.resolve("oui.csv"), "Registry,Assignment,Organization Name,Organization Address\n"
                + "MA-L,ZZZZZZ,Bad hex,\n" + "MA-L,001132," + huge + ",\n" + "MA-L,A8BBCC,\"Quoted, \"\"Name\"\"\u0007\",addr\n"
                + "MA-L,00,\n" + "\"unterminated\n");
        OuiRegistry r = OuiRegistry.load(tmp);
        assertEquals(1, r.size());
        assertEquals("Quoted, \"Name\"", r.lookup(Macs.parse("a8:bb:cc:00:00:01")).orElseThrow().organization());
    }
}
