package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundles a one-shot command leaves out ({@link Main#cliSkip}) against the built runtime's
 * manifests: no bundle the command keeps imports a package, or requires a service, that only a
 * left-out bundle provides.
 */
class CommandBundleSetIT {
    private record Manifest(String bsn, Set<String> exports, Set<String> imports, Set<String> services, Set<String> needs) {
    }

    @Test
    void aCommandAddsItsOwnSetOnlyWithoutExtraBundles() {
        List<String> analyze = Main.cliSkip("analyze", false);
        assertTrue(analyze.containsAll(Main.CLI_SKIP));
        assertTrue(analyze.contains("io.hearthguard.skills"));
        assertEquals(Main.CLI_SKIP, Main.cliSkip("analyze", true), "--bundle jars may import anything");
        assertEquals(Main.CLI_SKIP, Main.cliSkip("devices", false));
        assertEquals(Main.CLI_SKIP, Main.cliSkip(null, false));
    }

    @Test
    void nothingACommandKeepsNeedsWhatItLeavesOut() throws Exception {
        Path export = Hub.TARGET.resolve("export/hearthguard");
        assertTrue(Files.isDirectory(export), "the packaged runtime: " + export);
        List<Manifest> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(export)) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile jf = new JarFile(jar.toFile())) {
                    Attributes a = jf.getManifest().getMainAttributes();
                    String bsn = a.getValue("Bundle-SymbolicName");
                    if (bsn != null) {
                        all.add(read(bsn.split(";")[0].trim(), a));
                    }
                }
            }
        }
        Set<String> bsns = new HashSet<>();
        all.forEach(m -> bsns.add(m.bsn()));
        Map<String, List<String>> sets = new HashMap<>(Main.COMMAND_SKIP);
        sets.put("(any other command)", List.of());
        for (Map.Entry<String, List<String>> e : sets.entrySet()) {
            List<String> skip = Main.cliSkip(e.getKey().startsWith("(") ? null : e.getKey(), false);
            for (String bsn : skip) {
                assertTrue(bsns.contains(bsn), e.getKey() + " leaves out " + bsn + ", which the runtime does not ship (renamed?)");
            }
            Set<String> keptExports = new HashSet<>();
            Set<String> keptServices = new HashSet<>();
            Set<String> goneExports = new HashSet<>();
            Set<String> goneServices = new HashSet<>();
            for (Manifest m : all) {
                (skip.contains(m.bsn()) ? goneExports : keptExports).addAll(m.exports());
                (skip.contains(m.bsn()) ? goneServices : keptServices).addAll(m.services());
            }
            for (Manifest m : all) {
                if (skip.contains(m.bsn())) {
                    continue;
                }
                for (String p : m.imports()) {
                    assertFalse(goneExports.contains(p) && !keptExports.contains(p),
                            e.getKey() + ": " + m.bsn() + " imports " + p + ", exported only by a bundle left out");
                }
                for (String svc : m.needs()) {
                    assertFalse(goneServices.contains(svc) && !keptServices.contains(svc),
                            e.getKey() + ": " + m.bsn() + " needs the service " + svc + ", provided only by a bundle left out");
                }
            }
        }
    }

    private static Manifest read(String bsn, Attributes a) {
        Set<String> exports = new HashSet<>();
        for (String clause : clauses(a.getValue("Export-Package"))) {
            exports.add(clause.split(";")[0].trim());
        }
        Set<String> imports = new HashSet<>();
        for (String clause : clauses(a.getValue("Import-Package"))) {
            if (!clause.replace(" ", "").contains("resolution:=optional")) {
                imports.add(clause.split(";")[0].trim());
            }
        }
        Set<String> services = new HashSet<>();
        for (String clause : clauses(a.getValue("Provide-Capability"))) {
            int i = clause.indexOf("objectClass:List<String>=\"");
            if (clause.startsWith("osgi.service") && i >= 0) {
                int from = i + "objectClass:List<String>=\"".length();
                for (String c : clause.substring(from, clause.indexOf('"', from)).split(",")) {
                    services.add(c.trim());
                }
            }
        }
        Set<String> needs = new HashSet<>();
        for (String clause : clauses(a.getValue("Require-Capability"))) {
            int i = clause.indexOf("(objectClass=");
            if (clause.startsWith("osgi.service") && i >= 0 && !clause.replace(" ", "").contains("resolution:=optional")) {
                needs.add(clause.substring(i + "(objectClass=".length(), clause.indexOf(')', i)));
            }
        }
        return new Manifest(bsn, exports, imports, services, needs);
    }

    /** A manifest header's clauses: commas inside quotes do not split. */
    private static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString().trim());
        }
        return out;
    }
}
