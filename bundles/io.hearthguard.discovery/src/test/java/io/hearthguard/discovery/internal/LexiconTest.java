package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Evidence;

class LexiconTest {
    static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    final Lexicon lx = Lexicon.builtIn();

    private Map<String, String> attrs(String kind, String value) {
        return lx.forFact(new Fact(kind, value), T).stream()
                .collect(Collectors.toMap(Evidence::attribute, Evidence::value, (a, b) -> a));
    }

    @Test
    void tokensSplitAtPunctuationDigitsAndCamelCaseAndKeepHyphenatedBrands() {
        assertEquals(List.of("ic", "3115", "w", "network", "camera"), Lexicon.tokens("IC-3115W Network Camera"));
        assertTrue(Lexicon.tokens("WeMoSwitch").containsAll(List.of("wemoswitch", "we", "mo", "switch")));
        assertTrue(Lexicon.tokens("D-Link DCH-S150").contains("d-link"));
        assertTrue(Lexicon.tokens("x".repeat(10) + " a".repeat(500)).size() <= 48, "bounded");
    }

    @Test
    void dnsEscapesInServiceInstanceNamesAreDecoded() {
        assertEquals("D-Link DCH Configuration", Lexicon.unescape("D-Link\\032DCH\\032Configuration"));
        assertEquals("a.b", Lexicon.unescape("a\\.b"));
        assertEquals("trailing\\", Lexicon.unescape("trailing\\"));
    }

    @Test
    void aDeviceThatCallsItselfACameraIsACameraWhateverItsBrand() {
        assertEquals("camera", attrs(Fact.MDNS_TXT + "txtvers", "IC-3115W Network Camera").get("type"));
        assertEquals("camera", attrs(Fact.MDNS_NAME, "localcam").get("type"), "a compound ending in cam");
        assertEquals("plug", attrs(Fact.SSDP_TYPE, "urn:Belkin:device:controllee:1").get("type"));
        assertEquals("Belkin", attrs(Fact.SSDP_TYPE, "urn:Belkin:device:controllee:1").get("vendor"));
    }

    @Test
    void wordsThatOnlyStartLikeATypeWordDoNotCount() {
        assertFalse(attrs(Fact.HOSTNAME, "campus-laptop").containsKey("type"), "'campus' is not a camera");
        assertFalse(attrs(Fact.HOSTNAME, "github-runner").containsKey("type"), "'github' is not a hub");
        assertFalse(attrs(Fact.HOSTNAME, "blockchain").containsKey("type"), "'block' is not a lock");
    }

    @Test
    void theBrandOfACloudComesFromItsRegistrableNameNotFromItsHostingProvider() {
        assertEquals("D-Link", attrs(Fact.DNS, "api.dch.dlink.com").get("vendor"));
        assertEquals("TP-Link", attrs(Fact.DNS, "devs.tplinkcloud.com").get("vendor"), "brand + 'cloud'");
        assertEquals("Fitbit", attrs(Fact.DNS, "www.fitbit.com").get("vendor"));
        assertEquals("Belkin", attrs(Fact.DNS, "api.xbcs.net").get("vendor"), "a cloud whose name hides the brand");
        assertTrue(attrs(Fact.DNS, "s3-us-west-2.amazonaws.com").isEmpty(), "hosting says nothing about the caller");
        assertTrue(attrs(Fact.DNS, "echo.example.amazonaws.com").isEmpty());
        assertFalse(attrs(Fact.DNS, "ringcentral.com").containsKey("vendor"), "a brand must be the whole name");
        assertEquals("camera", attrs(Fact.DNS, "camera.example.com").get("type"));
        assertFalse(attrs(Fact.DNS, "www.smartcamera.com").containsKey("type"), "a company's name is not a device type");
    }

    @Test
    void registrableNamesKnowTwoLevelSuffixes() {
        assertEquals("dlink.com", Lexicon.registrable("api.dch.dlink.com"));
        assertEquals("example.co.uk", Lexicon.registrable("a.b.example.co.uk"));
        assertEquals("local", Lexicon.registrable("local"));
    }

    @Test
    void httpPathsNameWhatTheServerKeepsSoInfrastructureWordsThereDoNotCount() {
        assertEquals("sensor", attrs(Fact.HTTP_PATH, "/scale/upload").get("type"));
        assertFalse(attrs(Fact.HTTP_PATH, "/router/firmware/query.aspx").containsKey("type"));
    }

    @Test
    void aChipMakersRegistryEntryIsWeakAndABrandsIsCanonical() {
        Evidence chip = lx.forOrganization("Espressif Inc.", "x", T);
        assertEquals(Lexicon.OUI_CHIP_WEIGHT, chip.weight());
        Evidence hiflying = lx.forOrganization("Hi-flying electronics technology Co.,Ltd", "x", T);
        assertEquals(Lexicon.OUI_CHIP_WEIGHT, hiflying.weight(), "multi-word chip makers match as phrases");
        Evidence brand = lx.forOrganization("Belkin International Inc.", "x", T);
        assertEquals("Belkin", brand.value());
        assertEquals(Lexicon.OUI_BRAND_WEIGHT, brand.weight());
        Evidence other = lx.forOrganization("Business Systems AG", "x", T);
        assertEquals("Business Systems AG", other.value(), "'usi' inside a word is not the chip maker USI");
        assertEquals(Lexicon.OUI_BRAND_WEIGHT, other.weight());
    }

    @Test
    void aBrandOfOneKindOfDeviceMakesThatKindProbableWhenNothingElseNamesOne() {
        Evidence hue = lx.productLine("philips hue");
        assertEquals("hub", hue.value(), "a Hue device with an address is the bridge: the lamps speak Zigbee");
        assertEquals("product-line", hue.source());
        assertTrue(hue.weight() <= Lexicon.LINE_WEIGHT);
        assertEquals(null, lx.productLine("D-Link"), "a brand of many kinds has no line");
        assertEquals(null, lx.productLine(null));
        Evidence belkin = new Evidence("oui", "vendor", "Belkin", "registry", 0.6, T);
        Identifier id = new Identifier(OuiRegistry.empty(), DhcpFingerprints.empty(), RuleSet.empty(), UserAgentFingerprints.empty(), lx);
        Identity probable = id.decideWithLines(List.of(belkin));
        assertEquals(io.hearthguard.api.device.DeviceType.PLUG, probable.type());
        assertTrue(probable.typeConfidence() > 0 && probable.typeConfidence() <= Lexicon.LINE_WEIGHT, "probably, not surely");
        Evidence router = new Evidence("upnp", "type", "router", "UPnP deviceType InternetGatewayDevice", 0.8, T);
        assertEquals(io.hearthguard.api.device.DeviceType.ROUTER, id.decideWithLines(List.of(belkin, router)).type(),
                "what the device says beats its brand's usual kind");
    }

    @Test
    void aBrokenLexiconIsRefusedWithItsLine() {
        IOException e = assertThrows(IOException.class,
                () -> Lexicon.parse(new ByteArrayInputStream("type toaster: bread\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(":1:"), e.getMessage());
        assertThrows(IOException.class, () -> Lexicon.parse(new ByteArrayInputStream("frobnicate x\n".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> Lexicon.parse(new ByteArrayInputStream("line Acme: toaster\n".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> Lexicon.parse(new ByteArrayInputStream("line Acme: plug 0.9\n".getBytes(StandardCharsets.UTF_8))),
                "a product line is never strong evidence");
        assertThrows(IOException.class, () -> Lexicon.parse(new ByteArrayInputStream("line Acme plug\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aBrandsModelNumberNamesTheBrandAndTheKindOfItsCatalogueLine() {
        Map<String, String> a = attrs(Fact.HOSTNAME, "DSP-W215");
        assertEquals("D-Link", a.get("vendor"));
        assertEquals("plug", a.get("type"));
        assertEquals("DSP-W215", a.get("model"));
        assertEquals("camera", attrs(Fact.MDNS_NAME, "dcs-8000lh-1a2b").get("type"), "another model of the same line");
        assertEquals("router", attrs(Fact.UPNP + "modelname", "DIR-842").get("type"));
        assertEquals("plug", attrs(Fact.HOSTNAME, "HS110(UK)").get("type"));
        assertEquals("camera", attrs(Fact.HOSTNAME, "Tapo C200").get("type"));
        assertEquals("Edimax", attrs(Fact.MDNS_TXT + "model", "SP-2101W").get("vendor"));
    }

    @Test
    void aModelNumberCountsOnlyWhole() {
        assertFalse(attrs(Fact.HOSTNAME, "XDSP-W2150").containsKey("type"), "inside a longer name it is another name");
        assertFalse(attrs(Fact.HOSTNAME, "dsp3d6f").containsKey("type"), "a line's letters alone are no model");
        // in a path or a cloud name a model number is not the device naming itself
        assertFalse(attrs(Fact.HTTP_PATH, "/fw/DSP-W215.bin").containsKey("vendor"));
        assertFalse(attrs(Fact.DNS, "dsp-w215.example.com").containsKey("vendor"));
    }

    @Test
    void aBrokenModelPatternIsRejectedWithItsLine() {
        IOException e = assertThrows(IOException.class, () -> Lexicon.parse(
                new ByteArrayInputStream("model Acme plug: SP[0-9\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("lexicon.txt:1"), e.getMessage());
        assertThrows(IOException.class, () -> Lexicon.parse(
                new ByteArrayInputStream("model Acme toaster: T[0-9]{3}\n".getBytes(StandardCharsets.UTF_8))), "unknown kind");
        assertThrows(IOException.class, () -> Lexicon.parse(
                new ByteArrayInputStream(("model Acme plug: " + "A".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8))),
                "bounded pattern length");
        assertThrows(IOException.class, () -> Lexicon.parse(
                new ByteArrayInputStream("model Acme plug: [0-9]{3}\n".getBytes(StandardCharsets.UTF_8))),
                "a model number starts with its line's letters: the cheap test before the pattern");
    }
}
