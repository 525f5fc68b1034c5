package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.protection.testing.TestDevice;

/**
 * Real services from Debian packages, each left with a well-known default, inside a network
 * namespace the test creates and removes: busybox telnetd with busybox login (root/vizxv, a
 * Mirai-list login), vsftpd allowing anonymous FTP, lighttpd with HTTP Basic admin/1234, and
 * Mosquitto allowing anonymous clients. Install: {@code apt-get install busybox-static vsftpd
 * lighttpd mosquitto openssl}. Skips when not root, without {@code ip netns}, or when one of
 * them is missing.
 */
@Timeout(180)
class HygieneNetnsTest {
    private static final String TELNET_PASSWORD = "vizxv";
    private static final String HTTP_PASSWORD = "1234";

    @TempDir
    static Path dir;
    private static Netns ns;
    private static Path mosquittoLog;

    @BeforeAll
    static void startServices() throws Exception {
        for (String bin : List.of("/usr/sbin/mosquitto", "/usr/sbin/vsftpd", "/usr/sbin/lighttpd", "/usr/bin/unshare", "/usr/bin/openssl")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(bin)), bin + " is missing (see the class comment): skipped");
        }
        Path busybox = Path.of("/bin/busybox");
        Assumptions.assumeTrue(Files.isExecutable(busybox) && Netns.run(List.of(busybox.toString(), "--list")).contains("telnetd"),
                "busybox with telnetd is missing (apt-get install busybox-static): skipped");
        ns = Netns.create();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        // Telnet: busybox telnetd + busybox login, with its own passwd/shadow bind-mounted in a
        // private mount namespace (the machine's own files are not touched)
        String hash = Netns.run(List.of("openssl", "passwd", "-1", TELNET_PASSWORD)).strip();
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(dir.resolve("shadow"), "root:" + hash + ":19000:0:99999:7:::\n");
        Files.createSymbolicLink(dir.resolve("login"), busybox);
        Process telnetd = ns.start(dir.resolve("telnetd.log"), "unshare", "-m", "sh", "-c",
                "mount --bind " + dir.resolve("passwd") + " /etc/passwd && mount --bind " + dir.resolve("shadow") + " /etc/shadow"
                        + " && exec " + busybox + " telnetd -F -b " + ns.nsIp + ":23 -l " + dir.resolve("login"));

        // FTP: vsftpd with anonymous access, read-only
        Path ftproot = Files.createDirectories(dir.resolve("ftproot"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.setPosixFilePermissions(ftproot, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.writeString(dir.resolve("vsftpd.conf"), String.join("\n", "listen=YES", "listen_ipv6=NO", "listen_address=" + ns.nsIp,
                "anonymous_enable=YES", "local_enable=NO", "write_enable=NO", "anon_root=" + ftproot, "secure_chroot_dir=" + empty,
                "background=NO", "seccomp_sandbox=NO", "xferlog_enable=NO", ""));
        Process vsftpd = ns.start(dir.resolve("vsftpd.log"), "/usr/sbin/vsftpd", dir.resolve("vsftpd.conf").toString());

        // HTTP: lighttpd, the whole site behind HTTP Basic admin/1234
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("index.html"), "<html><body>camera</body></html>\n");
        Files.writeString(dir.resolve("users"), "admin:" + HTTP_PASSWORD + "\n");
        Files.writeString(dir.resolve("lighttpd.conf"), String.join("\n", "server.document-root = \"" + www + "\"",
                "server.bind = \"" + ns.nsIp + "\"", "server.port = 80", "server.modules = (\"mod_auth\", \"mod_authn_file\")",
                "index-file.names = (\"index.html\")", "auth.backend = \"plain\"", "auth.backend.plain.userfile = \"" + dir.resolve("users") + "\"",
                "auth.require = ( \"/\" => ( \"method\" => \"basic\", \"realm\" => \"camera\", \"require\" => \"valid-user\" ) )",
                "server.errorlog = \"" + dir.resolve("lighttpd.err") + "\"", ""));
        Process lighttpd = ns.start(dir.resolve("lighttpd.log"), "/usr/sbin/lighttpd", "-D", "-f", dir.resolve("lighttpd.conf").toString());

        // MQTT: mosquitto allowing anonymous clients, logging every connection
        mosquittoLog = dir.resolve("mosquitto.log");
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n", "listener 1883 " + ns.nsIp, "allow_anonymous true",
                "user root", "log_dest file " + mosquittoLog, "log_type all", ""));
        Process mosquitto = ns.start(dir.resolve("mosquitto.out"), "/usr/sbin/mosquitto", "-c", dir.resolve("mosquitto.conf").toString());

        ns.awaitPort(23, telnetd);
        ns.awaitPort(21, vsftpd);
        ns.awaitPort(80, lighttpd);
        ns.awaitPort(1883, mosquitto);
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (ns != null) {
            ns.close();
        }
    }

    private static HygieneChecker checker(String subnet) {
        return new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(subnet)), RiskyPort.forPorts(RiskyPort.defaultPorts()),
                new Limits(1000, 2000, 4096), 20, 4, true, 100, 6000, 6));
    }

    private static long mosquittoConnections() throws IOException {
        return Files.readAllLines(mosquittoLog).stream().filter(l -> l.contains("New connection from")).count();
    }

    @Test
    void realServicesWithDefaultsAreFoundAndReportedWithTheRightFixAndNoPasswordIsKept() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("io.hearthguard.hygiene");
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        List<Finding> findings;
        HygieneChecker.Report r;
        try (HygieneChecker c = checker(ns.subnet)) {
            r = c.check(List.of(ns.nsIp));
            findings = HygieneFindings.of(r, new DeviceRef("cam-1", null, ns.nsIp, "camera"), Instant.now());
        } finally {
            root.removeHandler(capture);
        }
        Set<String> rules = findings.stream().map(f -> f.rule() + "@" + f.evidence().get("port")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("hygiene.exposed.telnet@23", "hygiene.default-credentials.telnet@23", "hygiene.exposed.ftp@21",
                "hygiene.default-credentials.ftp@21", "hygiene.exposed.http.cleartext-login@80", "hygiene.default-credentials.http@80",
                "hygiene.exposed.mqtt.anonymous@1883")), rules, r.toString());

        Finding telnet = one(findings, "hygiene.exposed.telnet");
        assertTrue(((String) telnet.evidence().get("fix")).startsWith("Turn Telnet off"), telnet.toString());
        Finding ftp = one(findings, "hygiene.exposed.ftp");
        assertEquals("vsFTPd 3.0.3", ftp.evidence().get("software"));
        Finding http = one(findings, "hygiene.exposed.http.cleartext-login");
        assertEquals("basic", http.evidence().get("httpAuth"));
        assertTrue(((String) http.evidence().get("software")).startsWith("lighttpd/"), http.evidence().toString());
        Finding mqtt = one(findings, "hygiene.exposed.mqtt.anonymous");
        assertTrue(mqtt.summary().contains("accepts anonymous clients"), mqtt.summary());
        assertTrue(mqtt.summary().contains("allow_anonymous false"), mqtt.summary());
        Finding cred = one(findings, "hygiene.default-credentials.telnet");
        assertTrue(cred.summary().contains("change the administrator password"), cred.summary());
        assertEquals(4L, cred.evidence().get("attempts")); // root/vizxv is the fourth login of the Telnet list
        assertEquals(3L, one(findings, "hygiene.default-credentials.http").evidence().get("attempts")); // admin/1234 is the third HTTP login

        // neither the passwords nor the user names that worked are kept or logged
        String all = findings.stream().map(f -> f.summary() + f.evidence()).collect(Collectors.joining("\n"));
        for (String secret : List.of(TELNET_PASSWORD, HTTP_PASSWORD, "root:", "admin:")) {
            // as a token: "1234" inside a port or byte count ("41234") is not the password (seen once in a full run)
            java.util.regex.Pattern token = java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(secret)
                    + (Character.isLetterOrDigit(secret.charAt(secret.length() - 1)) ? "(?![0-9A-Za-z])" : ""));
            assertFalse(token.matcher(all).find(), secret + " in findings");
            assertFalse(token.matcher(String.join("\n", logged)).find(),
                    secret + " in the log: " + logged.stream().filter(l -> token.matcher(l).find()).toList());
            assertFalse(token.matcher(r.toString()).find(), secret + " in the report");
        }
        assertFalse(logged.isEmpty(), "the check logs its traffic");
        assertTrue(logged.get(logged.size() - 1).contains("connects"), logged.toString());
    }

    @Test
    void everyConnectionOfACheckGoesOverTheTestsVethPairAndNowhereElse() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tcpdump")), "tcpdump is missing: skipped");
        // every TCP SYN on every interface of this machine: each one to the namespace, and none elsewhere from our address
        Path toNs = dir.resolve("syn-to-ns.txt");
        Path elsewhere = dir.resolve("syn-elsewhere.txt");
        Process a = new ProcessBuilder("tcpdump", "-i", "any", "-nn", "-l", "-U", "tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack == 0 and dst host " + ns.nsIp)
                .redirectOutput(toNs.toFile()).redirectError(dir.resolve("tcpdump-a.err").toFile()).start();
        Process b = new ProcessBuilder("tcpdump", "-i", "any", "-nn", "-l", "-U", "tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack == 0 and src host " + ns.hostIp + " and not dst host " + ns.nsIp)
                .redirectOutput(elsewhere.toFile()).redirectError(dir.resolve("tcpdump-b.err").toFile()).start();
        try {
            awaitListening(dir.resolve("tcpdump-a.err"));
            awaitListening(dir.resolve("tcpdump-b.err"));
            HygieneChecker.Report r;
            try (HygieneChecker c = new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(ns.subnet)),
                    RiskyPort.forPorts(RiskyPort.defaultPorts()), new Limits(1000, 1000, 4096), 20, 4, false, 100, 1000, 1))) {
                r = c.check(List.of(ns.nsIp, "10.231.0.0", "192.0.2.1"));
            }
            Thread.sleep(500);
            a.destroy();
            b.destroy();
            a.waitFor();
            b.waitFor();
            List<String> syns = Files.readAllLines(toNs).stream().filter(l -> !l.isBlank()).toList();
            // one connection per port (a SYN the kernel retransmits has the same source port)
            Set<String> connections = syns.stream().map(l -> l.replaceAll(".* IP (\\S+ > \\S+):.*", "$1")).collect(Collectors.toSet());
            assertEquals(RiskyPort.defaultPorts().length, connections.size(), connections + "\n" + String.join("\n", syns));
            assertEquals(java.util.Arrays.stream(RiskyPort.defaultPorts()).mapToObj(p -> ns.nsIp + "." + p).collect(Collectors.toSet()),
                    connections.stream().map(c -> c.substring(c.indexOf("> ") + 2)).collect(Collectors.toSet()));
            assertTrue(syns.stream().allMatch(l -> l.contains(" " + ns.hostIf() + " Out ")), String.join("\n", syns));
            assertEquals(List.of(), Files.readAllLines(elsewhere).stream().filter(l -> !l.isBlank()).toList()); // tcpdump ends with a blank line
            assertEquals(2, r.refused().size(), r.refused().toString());
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
    }

    private static void awaitListening(Path err) throws Exception {
        for (int i = 0; i < 100 && !Files.readString(err).contains("listening on"); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void aTargetOutsideTheHomeSubnetsIsRefusedAndTheServiceSeesNoConnection() throws Exception {
        long before = mosquittoConnections();
        try (HygieneChecker c = checker("10.99.0.0/24")) {
            HygieneChecker.Report r = c.check(List.of(ns.nsIp));
            assertEquals(List.of(), r.exposures());
            assertEquals(1, r.refused().size());
            assertTrue(r.refused().get(0).contains("outside the home subnets"), r.refused().toString());
        }
        Thread.sleep(300);
        assertEquals(before, mosquittoConnections(), "the broker outside the home subnets was contacted");
    }

    @Test
    void checksAreOffForAnOptedOutDeviceAndRunForTheOthers() throws Exception {
        TestHome.Published published = new TestHome.Published();
        TestDevice optedOut = new TestDevice("speaker-1", "02:00:00:00:00:01", ns.nsIp, DeviceType.SMART_SPEAKER);
        TestDevice other = new TestDevice("camera-1", "02:00:00:00:00:02", ns.nsIp, DeviceType.CAMERA);
        HygieneComponent component = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet },
                "optedOutDevices", new String[] { "02-00-00-00-00-01" }, "ports", new int[] { 1883 }, "scheduleHours", 0)),
                TestHome.inventory(optedOut, other), published, null);
        try {
            long before = mosquittoConnections();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> component.check("speaker-1"));
            assertTrue(e.getMessage().contains("opted"), e.getMessage());
            Thread.sleep(300);
            assertEquals(before, mosquittoConnections(), "an opted-out device was contacted");
            assertTrue(published.findings.isEmpty());

            List<Finding> f = component.check("camera-1");
            assertEquals(List.of("hygiene.exposed.mqtt.anonymous"), f.stream().map(Finding::rule).toList());
            assertEquals(f, published.findings);
            assertEquals("camera-1", f.get(0).device().id());
            assertTrue(mosquittoConnections() > before);
        } finally {
            component.deactivate();
        }
    }

    @Test
    void aNewDeviceIsCheckedOnceAfterDiscoveryFirstSawIt() throws Exception {
        TestHome.Published published = new TestHome.Published();
        HygieneComponent component = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet },
                "ports", new int[] { 1883 }, "scheduleHours", 0, "newDeviceDelaySeconds", 1)),
                TestHome.inventory(new TestDevice("plug-1", "02:00:00:00:00:04", ns.nsIp, DeviceType.PLUG)), published, null);
        try {
            component.handleEvent(new org.osgi.service.event.Event(io.hearthguard.api.device.DeviceEvents.TOPIC_ADDED,
                    Map.of(io.hearthguard.api.device.DeviceEvents.PROP_DEVICE_ID, "plug-1")));
            long until = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < until) {
                synchronized (published) {
                    if (!published.findings.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            synchronized (published) {
                assertEquals(List.of("hygiene.exposed.mqtt.anonymous"), published.findings.stream().map(Finding::rule).toList());
                assertEquals("plug-1", published.findings.get(0).device().id());
            }
            assertEquals(Set.of(), component.pendingNewDevices());
        } finally {
            component.deactivate();
        }
    }

    @Test
    void aVersionReadFromARealBannerIsComparedWithAnOsvAdvisoryFile() throws Exception {
        // advisory files written for this test (not real advisories): the comparison is what is tested
        Path adv = Files.createDirectories(dir.resolve("advisories"));
        Files.writeString(adv.resolve("vsftpd.json"), """
                {"id": "HGTEST-2026-0001", "summary": "test fixture, not a real advisory", "aliases": ["CVE-0000-0001"],
                 "affected": [{"package": {"ecosystem": "Debian", "name": "vsftpd"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.0.5"}]}]}]}
                """);
        Files.writeString(adv.resolve("lighttpd.json"), """
                [{"id": "HGTEST-2026-0002", "summary": "already fixed in the installed version",
                  "affected": [{"package": {"name": "lighttpd"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.4.0"}, {"fixed": "1.4.50"}]}]}]}]
                """);
        TestHome.Published published = new TestHome.Published();
        HygieneComponent component = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet },
                "ports", new int[] { 21, 80 }, "scheduleHours", 0, "advisoryDirectory", adv.toString())),
                TestHome.inventory(new TestDevice("nas-1", "02:00:00:00:00:03", ns.nsIp, DeviceType.NAS)), published, null);
        try {
            List<Finding> f = component.check("nas-1");
            Finding a = one(f, "hygiene.firmware.advisory");
            assertEquals("HGTEST-2026-0001", a.evidence().get("advisory"));
            assertEquals("vsftpd", a.evidence().get("product"));
            assertEquals("3.0.3", a.evidence().get("installed"));
            assertEquals("3.0.5", a.evidence().get("fixed"));
            assertTrue(a.summary().contains("fixed in 3.0.5"), a.summary());
            assertEquals(Set.of("hygiene.firmware.advisory", "hygiene.exposed.ftp", "hygiene.exposed.http.cleartext-login"),
                    f.stream().map(Finding::rule).collect(Collectors.toSet()));
        } finally {
            component.deactivate();
        }
    }

    private static Finding one(List<Finding> findings, String rule) {
        List<Finding> l = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, l.size(), rule + " in " + findings);
        return l.get(0);
    }
}
