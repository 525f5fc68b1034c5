package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The import rule of docs/architecture.md, checked on what bnd actually generated: a hub
 * bundle imports another of our bundles' packages only from {@code io.hearthguard.api.*}
 * (the vendor contract) or {@code io.hearthguard.platform.*} (our internal contracts, also
 * versioned and baselined). Reads {@code target/classes/META-INF/MANIFEST.MF} of every
 * {@code io.hearthguard} bundle the runtime runs (built before this module by the reactor).
 */
class ImportRuleTest {

    /**
     * Today's exceptions, each a bundle and the package it may still import. The test fails
     * on any import not listed here AND on a listed one that is gone, so the list can only
     * shrink: remove an entry when its contract moves under {@code platform.*}.
     */
    static final Map<String, Set<String>> ALLOWED_VIOLATIONS = Map.of(
            // the outbox is fed from the findings journal (FindingJournal, FindingChangeListener, FindingCodec)
            "io.hearthguard.notify", Set.of("io.hearthguard.findings"),
            // channel trust rules from notify.support.Trust (FindingAdmin moved to platform.findings)
            "io.hearthguard.notify.mqtt", Set.of("io.hearthguard.notify.support"),
            // e-mail uses the shared channel support (Trust) of the notify bundle
            "io.hearthguard.notify.email", Set.of("io.hearthguard.notify.support"),
            // the dashboard runs skill analyses (SkillAnalyzer, optional import); FindingAdmin moved to platform.findings
            "io.hearthguard.web", Set.of("io.hearthguard.skills"));

    /** The repository: surefire runs in runtime/. */
    static final Path ROOT = Path.of(System.getProperty("hearthguard.root", Path.of("").toAbsolutePath().getParent().toString()))
            .toAbsolutePath().normalize();

    @Test
    void hubBundlesImportEachOthersPackagesOnlyFromApiAndPlatform() throws IOException {
        Path root = ROOT;
        Set<String> bundles = hubBundles(Files.readString(root.resolve("runtime/hearthguard.bndrun")));
        assertTrue(bundles.size() >= 20, "the -runbundles of runtime/hearthguard.bndrun list only " + bundles);
        Map<String, Set<String>> found = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String bsn : bundles) {
            Path mf = root.resolve("bundles").resolve(bsn).resolve("target/classes/META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(mf)) {
                missing.add(bsn);
                continue;
            }
            Manifest m;
            try (InputStream in = Files.newInputStream(mf)) {
                m = new Manifest(in);
            }
            Set<String> exported = new TreeSet<>(packages(m.getMainAttributes().getValue("Export-Package")));
            for (String p : packages(m.getMainAttributes().getValue("Import-Package"))) {
                if (p.startsWith("io.hearthguard.") && !p.startsWith("io.hearthguard.api.") && !p.startsWith("io.hearthguard.platform.")
                        && !exported.contains(p)) {
                    found.computeIfAbsent(bsn, k -> new TreeSet<>()).add(p);
                }
            }
        }
        assertEquals(List.of(), missing, "bundles not built (run with -am): their manifests are missing");
        Map<String, Set<String>> allowed = new TreeMap<>();
        ALLOWED_VIOLATIONS.forEach((b, s) -> allowed.put(b, new TreeSet<>(s)));
        assertEquals(allowed, found, "imports of other hub bundles' packages outside io.hearthguard.api.* / io.hearthguard.platform.* "
                + "(left: the allow-list, right: the manifests). A new one: move the contract into a versioned platform.* or api.* "
                + "package. One gone: remove it from ALLOWED_VIOLATIONS.");
    }

    @Test
    void theHeaderParserKeepsVersionRangesTogether() {
        assertEquals(List.of("a.b", "c.d", "e"), packages("a.b;version=\"[1.0,2)\",c.d;resolution:=optional;version=\"[2.1,3)\",e"));
        assertEquals(List.of(), packages(null));
    }

    /** @return the hub's own bundles in the bndrun's {@code -runbundles} */
    static Set<String> hubBundles(String bndrun) {
        Set<String> out = new LinkedHashSet<>();
        int at = bndrun.indexOf("-runbundles:");
        Matcher m = Pattern.compile("(io\\.hearthguard\\.[a-z.]+);version=").matcher(at < 0 ? "" : bndrun.substring(at));
        while (m.find()) {
            out.add(m.group(1));
        }
        out.remove("io.hearthguard.api"); // exports contracts only
        return out;
    }

    /** @return the package names of an OSGi package header (commas inside quotes belong to attributes) */
    static List<String> packages(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String clause = cur.toString().trim();
                if (!clause.isEmpty()) {
                    out.add(clause.split(";", 2)[0].trim());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        return out;
    }
}
