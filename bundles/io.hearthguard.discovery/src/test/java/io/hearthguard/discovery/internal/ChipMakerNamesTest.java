package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Evidence;

/**
 * Chip and module makers' registry entries give a weak vendor under a short name a person would use: on the real IEEE
 * registries ({@code /usr/share/ieee-data}, else the shared copy), never a bare city ("SHENZHEN") or a cut-off word
 * ("Texas" for Texas Instruments, "Silicon Lab").
 */
class ChipMakerNamesTest {
    static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    static Path dir;
    static Identifier id;

    @BeforeAll
    static void registry() throws IOException {
        Path system = Path.of("/usr/share/ieee-data");
        dir = Files.exists(system.resolve("oui.csv")) ? system : Tshark.shared("oui/ieee-data");
        id = new Identifier(OuiRegistry.load(dir), DhcpFingerprints.empty(), RuleSources.builtIn());
    }

    private static Evidence vendor(String mac) {
        List<Evidence> ev = id.forMac(Macs.parse(mac), T);
        Assumptions.assumeFalse(ev.isEmpty(), mac + " not in this registry");
        return ev.stream().filter(e -> e.attribute().equals("vendor")).findFirst().orElseThrow();
    }

    @Test
    void knownMakersGetTheirUsualNames() {
        String[][] cases = {
            {"14:42:fc:00:00:01", "Texas Instruments"}, // Texas Instruments
            {"5c:cf:7f:07:ae:fb", "Espressif"}, // Espressif Inc. (SmarterCoffee's module)
            {"ac:cf:23:62:3c:6e", "Hi-flying"}, // Hi-flying electronics technology Co.,Ltd (EdnetGateway's module)
            {"20:32:33:00:00:01", "Bilian"}, // SHENZHEN BILIAN ELECTRONIC CO.，LTD
            {"d8:13:99:00:00:01", "Gaoshengda"}, // Hui Zhou Gaoshengda Technology Co.,LTD
            {"9c:30:5b:00:00:01", "Hon Hai"}, // Hon Hai Precision Ind. Co.,Ltd.
            {"44:47:cc:00:00:01", "Hikvision"}, // Hangzhou Hikvision Digital Technology Co.,Ltd.
        };
        for (String[] c : cases) {
            Evidence e = vendor(c[0]);
            assertEquals(c[1], e.value(), c[0] + ": " + e.detail());
            assertEquals(Lexicon.OUI_CHIP_WEIGHT, e.weight(), 1e-9, "a maker's registry entry stays weak: " + e.detail());
            assertTrue(e.detail().contains("registered to "), "the detail keeps the whole organisation: " + e.detail());
        }
    }

    @Test
    void aUniversityInTexasIsNoChipMaker() {
        Lexicon lx = Lexicon.builtIn();
        Evidence e = lx.forOrganization("University of Texas at Austin", "test", T);
        assertEquals(Lexicon.OUI_BRAND_WEIGHT, e.weight(), 1e-9);
        assertEquals("Texas Instruments", lx.forOrganization("Texas Instruments", "test", T).value());
    }

    /** Every organisation of the registries that the lexicon calls a chip or module maker gets a sane short name. */
    @Test
    void everyMakerInTheRegistriesHasASaneShortName() throws IOException {
        Lexicon lx = Lexicon.builtIn();
        Set<String> orgs = new LinkedHashSet<>();
        for (String f : List.of("oui.csv", "mam.csv", "oui36.csv", "iab.csv")) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    List<String> cols = OuiRegistry.csv(line);
                    if (cols.size() >= 3 && !cols.get(0).equals("Registry")) {
                        orgs.add(cols.get(2).strip());
                    }
                }
            }
        }
        assertTrue(orgs.size() > 10_000, "registries read: " + orgs.size());
        Set<String> places = Set.of("shenzhen", "guangdong", "hangzhou", "chongqing", "huizhou", "hui zhou");
        Set<String> legal = Set.of("co", "ltd", "inc", "corp", "limited", "gmbh", "llc", "corporation", "company");
        int makers = 0;
        List<String> bad = new ArrayList<>();
        for (String org : orgs) {
            Evidence e = lx.forOrganization(org, "test", T);
            if (e.weight() != Lexicon.OUI_CHIP_WEIGHT) {
                continue;
            }
            makers++;
            String v = e.value();
            String low = v.toLowerCase(Locale.ROOT);
            boolean ok = !v.isBlank() && v.length() <= OrganizationNames.MAX && !places.contains(low)
                    && org.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(low.split(" ")[0]);
            for (String w : low.split("[\\s,.]+")) {
                ok &= !legal.contains(w);
            }
            if (!ok) {
                bad.add(org + " -> " + v);
            }
        }
        assertTrue(makers > 500, "chip and module makers found: " + makers);
        assertTrue(bad.isEmpty(), bad.size() + " bad short names, e.g. " + bad.subList(0, Math.min(10, bad.size())));
    }
}
