package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * SSH default logins against the real Debian dropbear in a network namespace the test creates
 * and removes: one dropbear whose root password is a default ({@code admin}, the third SSH login
 * of the list), and a second, on another address of the namespace, whose pre-login banner says
 * the account is locked. Both read a passwd/shadow of the test's own, bind-mounted in a private
 * mount namespace (the machine's files are not touched). Install: {@code apt-get install
 * dropbear-bin openssl}. Skips when not root, without {@code ip netns}, or when one is missing.
 */
@Timeout(120)
class SshLoginNetnsTest {
    private static final String PASSWORD = "admin";

    @TempDir
    static Path dir;
    private static Netns ns;
    private static String lockedIp;

    @BeforeAll
    static void startServers() throws Exception {
        Netns.assumeInstalled("/usr/sbin/dropbear", "/usr/bin/dropbearkey", "/usr/bin/openssl", "/usr/bin/unshare");
        ns = Netns.create();
        lockedIp = ns.nsIp.substring(0, ns.nsIp.lastIndexOf('.')) + ".3";
        ns.exec("ip", "addr", "add", lockedIp + "/24", "dev", ns.nsIf());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String hash = Netns.run(List.of("openssl", "passwd", "-6", PASSWORD)).strip();
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(dir.resolve("shadow"), "root:" + hash + ":19000:0:99999:7:::\n");
        Files.writeString(dir.resolve("banner"), "This account is locked after too many failed logins; try again later.\n");
        assertEquals(0, Netns.exit(List.of("dropbearkey", "-t", "ecdsa", "-f", dir.resolve("hostkey").toString())));
        String mounts = "mount --bind " + dir.resolve("passwd") + " /etc/passwd && mount --bind " + dir.resolve("shadow") + " /etc/shadow && exec ";
        Process open = ns.start(dir.resolve("dropbear.log"), "unshare", "-m", "sh", "-c", mounts + "/usr/sbin/dropbear -F -E -p "
                + ns.nsIp + ":22 -r " + dir.resolve("hostkey"));
        Process locked = ns.start(dir.resolve("dropbear-locked.log"), "unshare", "-m", "sh", "-c", mounts + "/usr/sbin/dropbear -F -E -p "
                + lockedIp + ":22 -r " + dir.resolve("hostkey") + " -b " + dir.resolve("banner"));
        ns.awaitPort(22, open);
        awaitLocked(locked);
    }

    private static void awaitLocked(Process p) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(lockedIp, 22), 200);
                return;
            } catch (java.io.IOException e) {
                assertTrue(p.isAlive(), "the second dropbear exited");
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the second dropbear does not listen");
    }

    @AfterAll
    static void stop() throws Exception {
        if (ns != null) {
            ns.close();
        }
    }

    private static List<Finding> check(String ip, int maxAttempts) throws Exception {
        try (HygieneChecker c = new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(ns.subnet)), RiskyPort.forPorts(new int[] { 22 }),
                new Limits(1000, 2000, 4096), 20, 4, true, 300, 6000, maxAttempts))) {
            HygieneChecker.Report r = c.check(List.of(ip));
            return HygieneFindings.of(r, new DeviceRef("nas-1", null, ip, "nas"), Instant.now());
        }
    }

    private static int count(Path log, String regex) throws Exception {
        return Netns.count(log, regex);
    }

    @Test
    void aRealDropbearWithADefaultRootPasswordIsFoundOnTheThirdLoginAndNothingSecretIsKept() throws Exception {
        long t0 = System.nanoTime();
        List<Finding> f = check(ns.nsIp, 6);
        long tookMillis = (System.nanoTime() - t0) / 1_000_000;
        Set<String> rules = f.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("hygiene.exposed.ssh", "hygiene.default-credentials.ssh")), rules, f.toString());
        Finding exposed = f.stream().filter(x -> x.rule().equals("hygiene.exposed.ssh")).findFirst().orElseThrow();
        assertTrue(String.valueOf(exposed.evidence().get("software")).startsWith("dropbear_"), exposed.evidence().toString());
        Finding cred = f.stream().filter(x -> x.rule().equals("hygiene.default-credentials.ssh")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, cred.severity());
        assertEquals(3L, cred.evidence().get("attempts")); // root/root, admin/admin, then root/admin
        assertTrue(cred.summary().contains("SSH") && cred.summary().contains("root) password"), cred.summary());
        // dropbear's own log: one wrong password for root, one unknown user (admin), one login that worked, nothing more
        Path log = dir.resolve("dropbear.log");
        Thread.sleep(300);
        assertEquals(1, count(log, "Bad password attempt for 'root'"), Files.readString(log));
        assertEquals(1, count(log, "Login attempt for nonexistent user"), Files.readString(log));
        assertEquals(1, count(log, "Password auth succeeded for 'root'"), Files.readString(log));
        assertTrue(tookMillis >= 2 * 300, "attempts are spaced by the login interval: " + tookMillis + " ms");
        String all = f.stream().map(x -> x.summary() + x.evidence()).collect(Collectors.joining("\n"));
        for (String secret : List.of("\"" + PASSWORD + "\"", "root/", "root:", "=" + PASSWORD + ",", "password=" + PASSWORD)) {
            assertFalse(all.contains(secret), secret + " in findings: " + all);
        }
    }

    @Test
    void aBannerSayingTheAccountIsLockedStopsTheLoginsAtOnce() throws Exception {
        List<Finding> f = check(lockedIp, 6);
        assertEquals(List.of("hygiene.exposed.ssh"), f.stream().map(Finding::rule).toList(), f.toString());
        Thread.sleep(300);
        Path log = dir.resolve("dropbear-locked.log");
        assertEquals(1, count(log, "Bad password attempt|nonexistent user|auth succeeded"), Files.readString(log));
    }

    @Test
    void theAttemptLimitStopsBeforeTheDefaultIsReached() throws Exception {
        List<Finding> f = check(ns.nsIp, 2);
        assertEquals(List.of("hygiene.exposed.ssh"), f.stream().map(Finding::rule).toList(), f.toString());
    }
}
