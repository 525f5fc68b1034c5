package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    @Test
    void preparedIndexGivesTheFullParsesAnswersOnTheRealRegistry(@TempDir Path cache) throws Exception {
        OuiRegistry first = OuiRegistry.cached(dir, cache);
        assertFalse(first.indexed(), "the first start parses and writes the index");
        OuiRegistry idx = OuiRegistry.cached(dir, cache);
        assertTrue(idx.indexed(), "the second start maps the index");
        assertEquals(reg.size(), idx.size());
        OuiRegistry.MapTable m = reg.maps();
        int checked = 0;
        for (var e : List.of(Map.entry(24, m.l24()), Map.entry(28, m.l28()), Map.entry(36, m.l36()))) {
            int shift = 48 - e.getKey();
            for (var b : e.getValue().entrySet()) {
                long mac = b.getKey() << shift | 0x5L;
                assertEquals(reg.lookup(mac), idx.lookup(mac), () -> "block " + b.getValue());
                checked++;
            }
        }
        assertTrue(checked > 40_000, "blocks compared: " + checked);
        java.util.Random r = new java.util.Random(14);
        for (int i = 0; i < 200_000; i++) {
            long mac = r.nextLong() & 0xffff_ffff_ffffL;
            assertEquals(reg.lookup(mac), idx.lookup(mac), () -> Long.toHexString(mac));
        }
    }

    @Test
    void indexIsRebuiltWhenARegistryFileChangesEvenWithSameSizeAndTime(@TempDir Path tmp) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("ieee"));
        Path cache = tmp.resolve("cache");
        Path oui = src.resolve("oui.csv");
        Files.writeString(oui, "Registry,Assignment,Organization Name,Organization Address\nMA-L,001132,Alpha Corp,addr\n");
        OuiRegistry.cached(src, cache);
        assertEquals("Alpha Corp", OuiRegistry.cached(src, cache).lookup(Macs.parse("00:11:32:00:00:01")).orElseThrow().organization());
        var time = Files.getLastModifiedTime(oui);
        Files.writeString(oui, "Registry,Assignment,Organization Name,Organization Address\nMA-L,001132,Brava Corp,addr\n");
        Files.setLastModifiedTime(oui, time);
        OuiRegistry changed = OuiRegistry.cached(src, cache);
        assertFalse(changed.indexed(), "content changed: parsed again");
        assertEquals("Brava Corp", changed.lookup(Macs.parse("00:11:32:00:00:01")).orElseThrow().organization());
        assertEquals("Brava Corp", OuiRegistry.cached(src, cache).lookup(Macs.parse("00:11:32:00:00:01")).orElseThrow().organization());
        Files.writeString(src.resolve("mam.csv"), "Registry,Assignment,Organization Name,Organization Address\nMA-M,0011321,Medium Ltd,addr\n");
        OuiRegistry added = OuiRegistry.cached(src, cache);
        assertFalse(added.indexed(), "a registry file added: parsed again");
        assertEquals("MA-M", OuiRegistry.cached(src, cache).lookup(Macs.parse("00:11:32:10:00:01")).orElseThrow().registry());
    }

    @Test
    void damagedIndexIsRebuiltNotTrusted(@TempDir Path cache) throws Exception {
        OuiRegistry.cached(dir, cache);
        Path idx;
        try (var s = Files.list(cache)) {
            idx = s.filter(p -> p.toString().endsWith(".idx")).findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(idx);
        b[b.length / 2] ^= 0x20; // one bit inside the blocks
        Files.write(idx, b);
        OuiRegistry again = OuiRegistry.cached(dir, cache);
        assertFalse(again.indexed(), "a damaged index is not used");
        assertEquals("Synology Incorporated", again.lookup(Macs.parse("00:11:32:17:49:f0")).orElseThrow().organization());
        assertTrue(OuiRegistry.cached(dir, cache).indexed(), "and is written again");
        Files.write(idx, new byte[] {'H', 'G'});
        assertEquals(reg.size(), OuiRegistry.cached(dir, cache).size());
    }

    @Test
    void unwritableCacheFolderFallsBackToTheFullParse(@TempDir Path tmp) throws Exception {
        Path notADir = Files.writeString(tmp.resolve("file"), "x");
        OuiRegistry r = OuiRegistry.cached(dir, notADir);
        assertFalse(r.indexed());
        assertEquals(reg.size(), r.size());
    }

    @Test
    void signedOrNonHexAssignmentsAreJunk(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("oui.csv"), "MA-L,+01132,Signed,\nMA-L,-01132,Negative,\nMA-L,0x1132,Prefixed,\nMA-L,A8BBCC,Good,\n");
        assertEquals(1, OuiRegistry.load(tmp).size());
    }
}
