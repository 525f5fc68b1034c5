package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Vendor bundles contributing advisory files, in a real OSGi framework (Apache Felix, the
 * hub's own) started by the test: bundles built by the test with the
 * {@code Hearthguard-Advisories} header (the advisories are test fixtures, not real ones).
 */
class VendorAdvisoriesTest {
    @TempDir
    Path dir;
    private Framework framework;

    @BeforeEach
    void start() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", dir.resolve("felix").toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    private static final String ADVISORY = """
            {"id": "ACME-2026-0001", "summary": "test fixture: the camera's FTP server lets anyone in",
             "affected": [{"package": {"name": "vsFTPd"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.0.5"}]}]}]}
            """;

    private InputStream jar(String name, String header, Map<String, String> files) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.2.0");
        if (header != null) {
            a.putValue(VendorAdvisories.HEADER, header);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream j = new JarOutputStream(out, m)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                j.putNextEntry(new JarEntry(f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void aVendorBundlesAdvisoriesCountWhileItIsInstalledAndBadFilesAreNamed() throws Exception {
        try (VendorAdvisories v = new VendorAdvisories(framework.getBundleContext())) {
            assertEquals(0, v.current().size());
            Bundle acme = framework.getBundleContext().installBundle("acme-advisories", jar("com.acme.advisories", "advisories",
                    Map.of("advisories/ftp.json", ADVISORY, "advisories/broken.json", "{\"id\": ", "other/ignored.json", ADVISORY)));
            Bundle plain = framework.getBundleContext().installBundle("plain", jar("com.acme.plain", null, Map.of("advisories/ftp.json", ADVISORY)));
            acme.start();
            plain.start();
            Advisories a = v.current();
            List<Advisories.Entry> hit = a.affecting(Advisories.Software.parse("vsFTPd 3.0.3"));
            assertEquals(List.of("ACME-2026-0001"), hit.stream().map(Advisories.Entry::id).toList()); // once: only the header's folder of the one bundle
            assertEquals("3.0.5", hit.get(0).fixed());
            assertEquals(1, a.problems().size(), a.problems().toString());
            assertTrue(a.problems().get(0).startsWith("com.acme.advisories 1.2.0 /advisories/broken.json"), a.problems().toString());
            assertEquals(List.of(), a.affecting(Advisories.Software.parse("vsFTPd 3.0.5")));

            acme.uninstall();
            assertEquals(0, v.current().size());
        }
    }

    @Test
    void theComponentComparesBannersWithTheDirectoryAndTheVendorBundlesTogether() throws Exception {
        Bundle acme = framework.getBundleContext().installBundle("acme-advisories", jar("com.acme.advisories", "advisories",
                Map.of("advisories/ftp.json", ADVISORY)));
        acme.start();
        java.nio.file.Files.createDirectories(dir.resolve("adv"));
        java.nio.file.Files.writeString(dir.resolve("adv/light.json"), """
                {"id": "HGTEST-2026-0002", "summary": "test fixture",
                 "affected": [{"package": {"name": "lighttpd"}, "versions": ["1.4.69"]}]}
                """);
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("scheduleHours", 0, "advisoryDirectory", dir.resolve("adv").toString())),
                TestHome.inventory(), new TestHome.Published(), framework.getBundleContext());
        try {
            Advisories a = c.advisories();
            assertEquals(List.of("ACME-2026-0001"), a.affecting(Advisories.Software.parse("vsFTPd 3.0.3")).stream().map(Advisories.Entry::id).toList());
            assertEquals(List.of("HGTEST-2026-0002"), a.affecting(Advisories.Software.parse("lighttpd/1.4.69")).stream().map(Advisories.Entry::id).toList());
        } finally {
            c.deactivate();
        }
    }
}
