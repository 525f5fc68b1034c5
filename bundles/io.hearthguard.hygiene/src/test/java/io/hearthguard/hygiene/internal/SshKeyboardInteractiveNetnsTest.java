package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
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
 * SSH default logins against the real OpenSSH server asking the way it does with PAM: only
 * {@code keyboard-interactive} (password authentication off), its PAM stack Debian's own
 * {@code /etc/pam.d/sshd}. The test starts {@code sshd} in a network namespace it creates and
 * removes, with its own configuration, host key and a test user {@code pi} whose password is the
 * well-known default {@code raspberry} (the fourth SSH login of the list); the passwd and shadow
 * files are the test's own, bind-mounted in a private mount namespace (the machine's files are
 * not touched). Install: {@code apt-get install openssh-server openssl}. Skips when not root,
 * without {@code ip netns}, or when one is missing.
 */
@Timeout(120)
class SshKeyboardInteractiveNetnsTest {
    @TempDir
    static Path dir;
    private static Netns ns;

    @BeforeAll
    static void startSshd() throws Exception {
        Netns.assumeInstalled("/usr/sbin/sshd", "/usr/bin/ssh-keygen", "/usr/bin/openssl", "/usr/bin/unshare");
        ns = Netns.create();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String hash = Netns.run(List.of("openssl", "passwd", "-6", "raspberry")).strip();
        String rootHash = Netns.run(List.of("openssl", "passwd", "-6", "not-a-default-" + System.nanoTime())).strip();
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\nsshd:x:108:65534::/run/sshd:/usr/sbin/nologin\n"
                + "pi:x:1000:1000:pi:/:/bin/sh\n");
        Files.writeString(dir.resolve("shadow"), "root:" + rootHash + ":19000:0:99999:7:::\nsshd:*:19000:0:99999:7:::\npi:" + hash
                + ":19000:0:99999:7:::\n");
        Files.setPosixFilePermissions(dir.resolve("shadow"), PosixFilePermissions.fromString("rw-------"));
        assertEquals(0, Netns.exit(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("hostkey").toString())));
        Files.writeString(dir.resolve("sshd_config"), String.join("\n", "ListenAddress " + ns.nsIp + ":22", "HostKey " + dir.resolve("hostkey"),
                "PidFile " + dir.resolve("sshd.pid"), "UsePAM yes", "PasswordAuthentication no", "KbdInteractiveAuthentication yes",
                "PubkeyAuthentication no", "PermitRootLogin yes", "LogLevel VERBOSE", "MaxAuthTries 6", ""));
        // sshd wants its privilege-separation directory; a tmpfs in the private mount namespace gives it one
        String setup = "mount --bind " + dir.resolve("passwd") + " /etc/passwd && mount --bind " + dir.resolve("shadow") + " /etc/shadow"
                + " && mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd && exec /usr/sbin/sshd -D -e -f " + dir.resolve("sshd_config");
        Process sshd = ns.start(dir.resolve("sshd.log"), "unshare", "-m", "--propagation", "private", "sh", "-c", setup);
        try {
            ns.awaitPort(22, sshd);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + ": " + Files.readString(dir.resolve("sshd.log")), e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (ns != null) {
            ns.close();
        }
    }

    private static List<Finding> check(int maxAttempts) throws Exception {
        try (HygieneChecker c = new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(ns.subnet)), RiskyPort.forPorts(new int[] { 22 }),
                new Limits(1000, 2000, 4096), 20, 4, true, 300, 8000, maxAttempts))) {
            return HygieneFindings.of(c.check(List.of(ns.nsIp)), new DeviceRef("pi-1", null, ns.nsIp, "pi"), Instant.now());
        }
    }

    private static int count(String regex) throws Exception {
        return Netns.count(dir.resolve("sshd.log"), regex);
    }

    @Test
    void aDefaultPasswordAskedForByKeyboardInteractiveIsFoundOnTheFourthLoginAndNothingSecretIsKept() throws Exception {
        long before = count("Accepted keyboard-interactive/pam for pi");
        long t0 = System.nanoTime();
        List<Finding> f = check(4);
        long tookMillis = (System.nanoTime() - t0) / 1_000_000;
        Finding exposed = f.stream().filter(x -> x.rule().equals("hygiene.exposed.ssh")).findFirst().orElseThrow(() -> new AssertionError(f));
        assertTrue(String.valueOf(exposed.evidence().get("software")).startsWith("OpenSSH_"), exposed.evidence().toString());
        Finding cred = f.stream().filter(x -> x.rule().equals("hygiene.default-credentials.ssh")).findFirst()
                .orElseThrow(() -> new AssertionError(f + "\n" + log()));
        assertEquals(Severity.CRITICAL, cred.severity());
        assertEquals(4L, cred.evidence().get("attempts")); // root/root, admin/admin, root/admin, then pi/raspberry
        Thread.sleep(300);
        // sshd's own log: the password method never offered or used; three refusals through PAM, one login that worked
        assertEquals(0, count("Failed password|Accepted password"), log());
        assertEquals(2, count("Failed keyboard-interactive/pam for root "), log());
        assertEquals(1, count("Failed keyboard-interactive/pam for invalid user admin "), log());
        assertEquals(before + 1, count("Accepted keyboard-interactive/pam for pi "), log());
        assertTrue(tookMillis >= 3 * 300, "attempts are spaced by the login interval: " + tookMillis + " ms");
        String all = f.stream().map(x -> x.summary() + x.evidence()).collect(Collectors.joining("\n"));
        for (String secret : List.of("raspberry", "pi/", "\"pi\"", "root/root")) {
            assertFalse(all.contains(secret), secret + " in findings: " + all);
        }
    }

    @Test
    void theAttemptLimitStopsBeforeTheDefaultIsReachedAndEachAttemptIsOneTry() throws Exception {
        int failedBefore = count("Failed keyboard-interactive/pam");
        List<Finding> f = check(3);
        assertEquals(List.of("hygiene.exposed.ssh"), f.stream().map(Finding::rule).toList(), f.toString());
        Thread.sleep(300);
        assertEquals(failedBefore + 3, count("Failed keyboard-interactive/pam"), log());
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("sshd.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
