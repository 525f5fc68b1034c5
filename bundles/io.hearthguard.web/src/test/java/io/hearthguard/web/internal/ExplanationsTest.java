package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule a built-in protection emits has a household explanation of its own. The rule
 * ids are read from the other bundles' sources (finding builders, rule constants of the
 * classes that build findings, the skills rule catalogue, discovery's man-in-the-middle
 * kinds), so a new rule without an explanation fails here.
 */
class ExplanationsTest {
    static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
    static final Pattern BUILDER_LITERAL = Pattern.compile("Finding\\.builder\\(\"([a-z0-9][a-z0-9._-]*[a-z0-9])\",");
    static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\";");
    static final Pattern SKILL_RULE = Pattern.compile("\\(\"(skills\\.[a-z0-9.-]+)\"");
    static final Pattern MITM_KIND = Pattern.compile("\"([a-z]+(?:-[a-z]+)+)\"");

    /** @return the rule ids the built-in bundles' sources emit */
    static TreeSet<String> builtInRules() throws IOException {
        TreeSet<String> rules = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(BUNDLES)) {
            sources = s.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.startsWith(BUNDLES.resolve("io.hearthguard.web")) && !p.startsWith(BUNDLES.resolve("io.hearthguard.protection.testing")))
                    .toList();
        }
        for (Path p : sources) {
            String src = Files.readString(p);
            Matcher m = BUILDER_LITERAL.matcher(src);
            while (m.find()) {
                rules.add(m.group(1));
            }
            if (src.contains("Finding.builder(")) {
                Matcher c = CONSTANT.matcher(src);
                while (c.find()) {
                    String v = c.group(2);
                    boolean used = Pattern.compile("\\b" + c.group(1) + "\\b").matcher(src).results().count() > 1;
                    if (used && !v.matches("(io|org|com|java|hearthguard)\\..*") && !v.matches(".*\\.(json|txt|csv|cfg|xml|properties)")) {
                        rules.add(v);
                    }
                }
            }
            if (p.getFileName().toString().equals("Rule.java") && p.toString().contains("io.hearthguard.skills")) {
                SKILL_RULE.matcher(src).results().forEach(r -> rules.add(r.group(1)));
            }
            if (src.contains("Finding.builder(\"discovery.\" + alert.kind()")) {
                // the kinds are the literals passed to reportMitm in the same bundle
                try (Stream<Path> s = Files.list(p.getParent())) {
                    for (Path q : s.toList()) {
                        for (String line : Files.readAllLines(q)) {
                            if (line.contains("reportMitm(") && !line.contains("void reportMitm")) {
                                MITM_KIND.matcher(line.substring(line.indexOf("reportMitm("))).results().forEach(r -> rules.add("discovery." + r.group(1)));
                            }
                        }
                    }
                }
            }
        }
        return rules;
    }

    @Test
    void everyBuiltInRuleHasAnExplanationOfItsOwn() throws IOException {
        TreeSet<String> rules = builtInRules();
        // the scan itself works: these exist today, in five bundles
        for (String known : List.of("eavesdrop.long-listening", "eavesdrop.voice-session", "upload.abnormal", "intrusion.port-scan", "cleartext.login",
                "threat-intel.contact", "discovery.new-device", "discovery.arp-spoof", "discovery.gateway-mac-changed", "skills.fake-goodbye.wording")) {
            assertTrue(rules.contains(known), known + " found in " + rules);
        }
        assertTrue(rules.size() >= 40, "rules found: " + rules);
        TreeSet<String> missing = new TreeSet<>();
        for (String r : rules) {
            if (Explanations.forRule(r) == null) {
                missing.add(r);
            }
        }
        assertEquals(new TreeSet<>(), missing, "built-in rules without a household explanation (add them to Explanations)");
    }

    @Test
    void explanationsSayWhatHappenedWhyAndWhatToDoInWordsWithTheDeviceName() {
        for (String r : Explanations.rules()) {
            Map<String, Object> e = Explanations.of(r, null, "Kitchen Echo");
            assertFalse(((String) e.get("title")).isBlank(), r);
            assertFalse(((String) e.get("what")).isBlank(), r);
            assertFalse(((String) e.get("why")).isBlank(), r);
            @SuppressWarnings("unchecked")
            List<String> steps = (List<String>) e.get("steps");
            assertFalse(steps.isEmpty(), r + " has steps");
            for (Object v : List.of(e.get("title"), e.get("what"), e.get("why"), steps)) {
                assertFalse(v.toString().contains("{device}") || v.toString().contains("null"), r + ": " + v);
            }
        }
        Map<String, Object> e = Explanations.of("eavesdrop.long-listening", "eavesdrop", "Kitchen Echo");
        assertTrue(((String) e.get("what")).startsWith("Kitchen Echo kept sending sound"), e.toString());
        // without a device name the sentence still reads
        assertTrue(((String) Explanations.of("upload.abnormal", "abnormal-upload", null).get("what")).startsWith("A device on your network sent"));
        // a vendor's rule falls back to its category, an unknown category to a general text
        assertEquals("A device may be listening", Explanations.of("acme.mic-hot", "eavesdrop", "X").get("title"));
        assertEquals("Something to look at", Explanations.of("acme.other", "acme-category", "X").get("title"));
    }
}
