package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleSetTest {
    static RuleSet parse(String text) throws Exception {
        return RuleSet.parse(new StringReader(text), "test.rules");
    }

    @Test
    void builtInRulesParse() {
        assertTrue(RuleSources.builtIn().size() > 150);
    }

    @Test
    void globRegexAndExactOperatorsMatchCaseInsensitively() throws Exception {
        RuleSet r = parse("""
                # comment
                dns * *.immedia-semi.com -> vendor=Blink; type=camera; weight=0.8
                mdns-service = _hue._tcp -> type=hub
                mdns-txt.model ~ ^(iMac[0-9,]*)$ -> model=$1; weight=0.9
                """);
        assertEquals(3, r.size());
        assertEquals(Map.of("vendor", "Blink", "type", "camera"), r.match(new Fact("dns", "VS-cam.u011.immedia-semi.com")).get(0).values());
        assertTrue(r.match(new Fact("dns", "immedia-semi.com.evil.example")).isEmpty());
        assertEquals(0.5, r.match(new Fact("mdns-service", "_HUE._tcp")).get(0).rule().weight());
        assertTrue(r.match(new Fact("mdns-service", "_hue._tcpx")).isEmpty());
        assertEquals("iMac17,1", r.match(new Fact("mdns-txt.model", "iMac17,1")).get(0).values().get("model"));
    }

    @Test
    void badLinesAreRejectedWithFileAndLineNumber() {
        List<String> bad = List.of(
                "dns * x -> colour=red",
                "dns ~ ([ -> type=camera",
                "dns ? x -> type=camera",
                "dns * x -> type=spaceship",
                "dns * x -> weight=2",
                "dns * x type=camera",
                "dns * x -> weight=0.3",
                "dns * x -> " + "a".repeat(RuleSet.MAX_LINE));
        for (String line : bad) {
            RuleSet.RuleSyntaxException e = assertThrows(RuleSet.RuleSyntaxException.class, () -> parse("# ok\n" + line + "\n"), line);
            assertTrue(e.getMessage().startsWith("test.rules:2: "), e.getMessage());
        }
    }

    @Test
    void tooManyRulesAreRefused() {
        String many = "dns = a -> type=camera\n".repeat(RuleSet.MAX_RULES + 1);
        assertThrows(RuleSet.RuleSyntaxException.class, () -> parse(many));
    }

    @Test
    void expandedValuesAreSanitisedAndBounded() throws Exception {
        RuleSet r = parse("mdns-txt.md ~ ^(.+)$ -> model=$1\n");
        String v = r.match(new Fact("mdns-txt.md", "Evil\u202eModel" + "x".repeat(500))).get(0).values().get("model");
        assertEquals(96, v.length());
        assertTrue(v.startsWith("EvilModel"));
    }

    @Test
    void aBacktrackingVendorPatternGivesUpInsteadOfHanging() throws Exception {
        RuleSet r = parse("hostname ~ ^(a+)+$ -> type=camera\nhostname ~ ^a -> vendor=Acme\n");
        String evil = "a".repeat(64) + "!";
        List<RuleSet.Match> m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> r.match(new Fact("hostname", evil)));
        assertEquals(1, m.size(), "the sane rule still matches");
        assertEquals("Acme", m.get(0).values().get("vendor"));
    }

    @Test
    void setsCombineInOrder() throws Exception {
        RuleSet a = parse("dns = a.example -> type=camera\n");
        RuleSet b = parse("dns = a.example -> vendor=Acme\n");
        List<RuleSet.Match> m = a.plus(b).match(new Fact("dns", "a.example"));
        assertEquals(2, m.size());
        assertEquals("camera", m.get(0).values().get("type"));
        assertEquals("Acme", m.get(1).values().get("vendor"));
    }
}
