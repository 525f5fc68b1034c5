package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The built bundle in a real Felix framework with SCR: its imports resolve against Jackson,
 * commons-codec and the API bundles, and it registers the {@code skills} command and the
 * {@code SkillAnalyzer} service (without Store or FindingService, which are optional).
 */
class SkillsBundleIT {

    private static List<String> runtimeJars() {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String n = Path.of(e).getFileName().toString();
            if (n.matches("(org\\.osgi\\.util\\.(function|promise)|org\\.osgi\\.service\\.component|org\\.apache\\.felix\\.scr"
                    + "|jackson-(core|annotations|databind)|commons-codec|io\\.hearthguard\\.(api|platform))-[0-9].*\\.jar")) {
                out.add(e);
            }
        }
        out.add(System.getProperty("skills.bundle"));
        return out;
    }

    @Test
    void bundleResolvesAndRegistersCommandAndAnalyzer(@TempDir Path tmp) throws Exception {
        Map<String, String> cfg = new HashMap<>();
        cfg.put(Constants.FRAMEWORK_STORAGE, tmp.resolve("fw").toString());
        cfg.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // the hub's data directory: catalogs in <data>/skills/catalogs load by themselves
        Path data = tmp.resolve("data");
        java.nio.file.Files.createDirectories(data.resolve("skills/catalogs"));
        java.nio.file.Files.writeString(data.resolve("skills/catalogs/popular.csv"), "Name,Invocation Name\nCapital One,capital one\n");
        cfg.put("hearthguard.data", data.toString());
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(cfg);
        fw.start();
        try {
            BundleContext bc = fw.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            List<String> jars = runtimeJars();
            assertEquals(11, jars.size(), jars.toString());
            for (String j : jars) {
                bundles.add(bc.installBundle(new File(j).toURI().toString()));
            }
            for (Bundle b : bundles) {
                b.start();
            }
            for (Bundle b : bundles) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName());
            }
            ServiceTracker<Object, Object> analyzer = new ServiceTracker<>(bc, bc.createFilter("(objectClass=io.hearthguard.skills.SkillAnalyzer)"), null);
            // track all: the test runs in the system bundle, which is not wired to the bundles' packages
            analyzer.open(true);
            assertNotNull(analyzer.waitForService(10_000), "SkillAnalyzer service");
            ServiceTracker<Object, Object> cmd = new ServiceTracker<>(bc, bc.createFilter(
                    "(&(objectClass=io.hearthguard.platform.cli.Command)(hearthguard.command=skills))"), null);
            cmd.open(true);
            Object command = cmd.waitForService(10_000);
            assertNotNull(command, "skills command");
            ServiceReference<Object> ref = cmd.getServiceReference();
            assertTrue(String.valueOf(ref.getProperty("hearthguard.command.summary")).contains("voice skills"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = (int) command.getClass().getMethod("run", List.class, PrintStream.class, PrintStream.class).invoke(command,
                    List.of("scan", TestSupport.malicious("srlabs-horoscope").toString(), "--format", "json"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(1, rc);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("skills.silent-keepalive.unpronounceable"));
            out.reset();
            command.getClass().getMethod("run", List.class, PrintStream.class, PrintStream.class).invoke(command,
                    List.of("scan", TestSupport.malicious("squatting-capital-won").toString(), "--format", "json"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("skills.squatting.confusable-name"), out.toString(StandardCharsets.UTF_8));
            cmd.close();
            analyzer.close();
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
        }
    }
}
