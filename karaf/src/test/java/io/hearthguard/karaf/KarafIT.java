package io.hearthguard.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.testsupport.Ports;

/**
 * The hub inside a real Apache Karaf 4.4 (the distribution from Maven Central, unpacked by
 * the build), installed the way an openHAB owner installs an add-on: the KAR dropped into
 * Karaf's {@code deploy/} folder. Checks that every hub bundle and component is active (the
 * hub's own health), that the data directory is under Karaf's data folder, that a vendor
 * protection installs, reports through the API and updates in place, and that removing the
 * KAR uninstalls the hub cleanly. Everything listens on 127.0.0.1 only.
 */
class KarafIT {
    static final Path KARAF = Path.of(System.getProperty("hearthguard.karaf.home", "target/karaf/apache-karaf-4.4.10"));
    static final Path KAR = Path.of(System.getProperty("hearthguard.kar", "target/io.hearthguard.karaf-0.1.0-SNAPSHOT.kar"));
    static final Path EXAMPLES = Path.of(System.getProperty("hearthguard.examples", "../examples"));
    static final Pattern SETUP_CODE = Pattern.compile("setup code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

    @TempDir
    Path tmp;

    @Test
    void theKarInstallsTheHubIntoKarafWhereItRunsUpdatesAProtectionAndUninstallsCleanly() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(KARAF.resolve("bin/karaf")), "Karaf distribution not unpacked: " + KARAF);
        Assumptions.assumeTrue(Files.exists(KAR), "KAR not built: " + KAR);
        Path home = tmp.resolve("karaf");
        copyTree(KARAF, home);
        // loopback only, free ports below the ephemeral range (Karaf binds them a while later): SSH, JMX/RMI and the hub's
        // own web server
        int http = Ports.freeLoopbackPort();
        replaceLine(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", "sshPort = " + Ports.freeLoopbackPort());
        replaceLine(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshHost", "sshHost = 127.0.0.1");
        replaceLine(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", "rmiRegistryPort = " + Ports.freeLoopbackPort());
        replaceLine(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", "rmiServerPort = " + Ports.freeLoopbackPort());
        replaceLine(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryHost", "rmiRegistryHost = 127.0.0.1");
        replaceLine(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerHost", "rmiServerHost = 127.0.0.1");
        // the add-on's settings are Karaf etc/*.cfg files like any openHAB add-on's
        Files.writeString(home.resolve("etc/org.apache.felix.http.cfg"),
                "org.osgi.service.http.port = " + http + "\norg.apache.felix.http.host = 127.0.0.1\n");

        Path out = tmp.resolve("karaf.out");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("KARAF_HOME", home.toString());
        Process karaf = pb.start();
        try {
            Path log = home.resolve("data/log/karaf.log");
            Files.copy(KAR, home.resolve("deploy/hearthguard.kar"));

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            String base = "http://127.0.0.1:" + http;
            await("hub health UP in Karaf", Duration.ofSeconds(240), () -> {
                HttpResponse<String> h = get(client, base + "/api/health", null);
                return h != null && h.statusCode() == 200 && h.body().contains("\"UP\"");
            });
            HttpResponse<String> health = get(client, base + "/api/health", null);
            assertTrue(health.body().replaceAll("\\s", "").contains("\"bundles\":[]"), "every hub bundle active: " + health.body());
            assertTrue(health.body().replaceAll("\\s", "").contains("\"components\":[]"), "every component satisfied: " + health.body());
            assertTrue(Files.exists(home.resolve("data/hearthguard/hearthguard.db")), "the store lives in Karaf's data folder");

            // first-run setup with the code the hub printed on Karaf's console (no default credentials
            // in Karaf either; the code is never written to the log files)
            await("setup code on the console", Duration.ofSeconds(30), () -> SETUP_CODE.matcher(read(out)).find());
            assertTrue(!SETUP_CODE.matcher(read(log)).find(), "the setup code stays out of karaf.log");
            Matcher code = SETUP_CODE.matcher(read(out));
            assertTrue(code.find());
            assertTrue(read(out).contains("Open " + base + "/#/setup?code="), "the console names Karaf's HTTP port, not the launcher's default: " + read(out));
            HttpResponse<String> setup = client.send(HttpRequest.newBuilder(URI.create(base + "/api/setup")).header("Origin", base)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code.group(1)
                            + "\",\"username\":\"admin\",\"password\":\"karaf test passphrase\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, setup.statusCode(), setup.body());
            String cookie = setup.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            assertTrue(get(client, base + "/api/protections", cookie).body().contains("io.hearthguard.protection.eavesdrop"),
                    "the built-in protections run");

            // a vendor protection: installed, then updated in place to 2.0.0
            Path v1 = EXAMPLES.resolve("io.hearthguard.example.protection/target/io.hearthguard.example.protection-0.1.0-SNAPSHOT.jar");
            Path v2 = EXAMPLES.resolve("io.hearthguard.example.protection.v2/target/io.hearthguard.example.protection.v2-0.1.0-SNAPSHOT.jar");
            Assumptions.assumeTrue(Files.exists(v1) && Files.exists(v2), "example protections not built");
            Path deployed = home.resolve("deploy/telnetwatch.jar");
            Files.copy(v1, deployed);
            await("vendor protection 1.0.0 reports", Duration.ofSeconds(60),
                    () -> protections(client, base, cookie).matches("(?s).*io\\.hearthguard\\.example\\.protection\"[^}]*1\\.0\\.0.*"));
            Files.copy(v2, tmp.resolve("v2.jar"));
            Files.move(tmp.resolve("v2.jar"), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("vendor protection updated to 2.0.0", Duration.ofSeconds(60),
                    () -> protections(client, base, cookie).matches("(?s).*io\\.hearthguard\\.example\\.protection\"[^}]*2\\.0\\.0.*")
                            && !protections(client, base, cookie).matches("(?s).*io\\.hearthguard\\.example\\.protection\"[^}]*1\\.0\\.0.*"));
            Files.delete(deployed);

            // removing the KAR uninstalls the feature: the hub's API goes away (refused, or 404 where an HTTP service
            // shared with other add-ons stays, as in openHAB), Karaf stays up
            Files.delete(home.resolve("deploy/hearthguard.kar"));
            int[] last = {200};
            try {
                await("hub uninstalled", Duration.ofSeconds(120), () -> {
                    HttpResponse<String> h = get(client, base + "/api/health", null);
                    last[0] = h == null ? -1 : h.statusCode();
                    return h == null || h.statusCode() == 404;
                });
            } catch (AssertionError e) {
                String text = read(log);
                throw new AssertionError(e.getMessage() + "; /api/health last answered " + last[0] + "; karaf.log ends:\n"
                        + text.substring(Math.max(0, text.length() - 6000)), e);
            }
            assertTrue(karaf.isAlive(), "Karaf still running after the hub left");
            String text = read(log);
            assertTrue(!text.contains("Exception in thread"), "no stray thread died");
        } finally {
            Process stop = new ProcessBuilder(home.resolve("bin/stop").toString()).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("stop.out").toFile()).start();
            stop.waitFor(60, TimeUnit.SECONDS);
            if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
                karaf.destroyForcibly();
            }
        }
    }

    private static String protections(HttpClient client, String base, String cookie) {
        HttpResponse<String> r = get(client, base + "/api/protections", cookie);
        return r == null ? "" : r.body();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String cookie) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            return null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void await(String what, Duration max, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + max + ": " + what);
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void replaceLine(Path file, String key, String line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^\\s*#?\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, line);
                found = true;
            }
        }
        if (!found) {
            lines.add(line);
        }
        Files.write(file, lines);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.naturalOrder())::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
