package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.testsupport.Ports;

/** Hostile and slow servers (on loopback) are bounded, and addresses outside the home are refused. */
class BoundsTest {
    private static final Limits LIMITS = new Limits(1000, 600, 1024);

    private static HygieneChecker checker(String subnet, List<RiskyPort> ports, boolean creds) {
        return new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(subnet)), ports, LIMITS, 50, 2, creds, 10, 1000, 4));
    }

    private static RiskyPort listen(int port) {
        return new RiskyPort(port, "telnet", "Telnet (test port)", RiskyPort.Probe.LISTEN, Severity.HIGH, "risk", "fix");
    }

    @Test
    @Timeout(10)
    void aServerDrippingBytesForeverIsCutAtTheReadTimeWithANote() throws Exception {
        try (HostileServer s = new HostileServer((sock, n) -> {
            while (true) {
                HostileServer.send(sock, "x");
                Thread.sleep(50);
            }
        }); HygieneChecker c = checker("127.0.0.0/16", List.of(listen(0)), false)) {
            long t0 = System.nanoTime();
            Exposure e = ExposureCheck.probe("127.0.0.1", listen(s.port()), LIMITS, new ExposureCheck.Traffic());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // the server drips forever: any end well before the test's 10 s timeout is the cut; the note says it was at 600 ms
            assertTrue(ms < 600 + 4_000, "took " + ms + " ms");
            assertTrue(e.note().contains("cut after 600 ms"), e.note());
            assertTrue(e.banner().startsWith("xxx"), e.banner());
        }
    }

    @Test
    @Timeout(10)
    void aMegabyteOfEscapeCodesAndBinaryBecomesAShortPrintableBannerCutAtTheByteLimit() throws Exception {
        byte[] junk = new byte[1 << 20];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 7 == 0 ? 27 : i % 5 == 0 ? 0 : i % 3 == 0 ? 0xff : 'A' + i % 26);
        }
        byte[] head = "SSH-2.0-Evil\u001b[2J\u0007\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, junk, 0, head.length);
        try (HostileServer s = new HostileServer((sock, n) -> {
            sock.getOutputStream().write(junk);
        })) {
            ExposureCheck.Traffic t = new ExposureCheck.Traffic();
            Exposure e = ExposureCheck.probe("127.0.0.1", listen(s.port()), LIMITS, t);
            assertTrue(e.banner().length() <= Banner.MAX_CHARS, e.banner());
            assertTrue(e.banner().chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f || ch == '…'), e.banner());
            assertFalse(e.banner().contains("[2J"), e.banner());
            assertTrue(e.note().contains("cut at 1024 bytes"), e.note());
            assertTrue((Long) t.toMap().get("bytesReceived") <= 1024, t.toString());
            Finding f = HygieneFindings.of(new HygieneChecker.Report(List.of("127.0.0.1"), List.of(), List.of(e), List.of(), t.toMap(),
                    java.time.Duration.ZERO), new DeviceRef("d1", null, "127.0.0.1", "cam"), Instant.now()).get(0);
            assertEquals("hygiene.exposed.telnet", f.rule());
            assertEquals(e.note(), f.evidence().get("note"));
        }
    }

    @Test
    @Timeout(10)
    void anHttpServerSendingHeadersWithoutEndIsBounded() throws Exception {
        try (HostileServer s = new HostileServer((sock, n) -> {
            HostileServer.send(sock, "HTTP/1.1 200 OK\r\n");
            for (int i = 0; ; i++) {
                HostileServer.send(sock, "X-Pad-" + i + ": " + "y".repeat(100) + "\r\n");
            }
        })) {
            RiskyPort http = new RiskyPort(s.port(), "http", "Web", RiskyPort.Probe.HTTP, Severity.LOW, "r", "f");
            Exposure e = ExposureCheck.probe("127.0.0.1", http, LIMITS, new ExposureCheck.Traffic());
            assertEquals(200L, e.facts().get("status"));
            assertTrue(e.note().contains("cut at"), e.note());
        }
    }

    @Test
    @Timeout(10)
    void anAddressOutsideTheHomeSubnetsIsRefusedAndNeverContacted() throws Exception {
        try (HostileServer s = new HostileServer((sock, n) -> HostileServer.send(sock, "220 hello\r\n"));
                HygieneChecker c = checker("192.168.77.0/24", List.of(listen(s.port())), true)) {
            HygieneChecker.Report r = c.check(List.of("127.0.0.1", "fe80::1", "printer.lan"));
            assertEquals(List.of(), r.checked());
            assertEquals(3, r.refused().size(), r.refused().toString());
            assertTrue(r.refused().get(0).contains("outside the home subnets [192.168.77.0/24]"), r.refused().get(0));
            assertTrue(r.exposures().isEmpty());
            assertEquals(0L, r.traffic().get("connects"));
            Thread.sleep(200);
            assertEquals(0, s.accepted.get(), "the server outside the home was contacted");
        }
    }

    @Test
    @Timeout(10)
    void anAddressInsideTheHomeSubnetsIsCheckedAndAClosedPortIsNotReported() throws Exception {
        // below the ephemeral range: no other connection and no connect of the checker's own (a TCP self-connect) opens it
        int closed = Ports.freeLoopbackPort();
        try (HostileServer s = new HostileServer((sock, n) -> HostileServer.send(sock, "220 (vsFTPd 3.0.3)\r\n"));
                HygieneChecker c = checker("127.0.0.0/16", List.of(listen(s.port()), listen(closed)), false)) {
            HygieneChecker.Report r = c.check(List.of("127.0.0.1"));
            assertEquals(1, r.exposures().size());
            assertEquals("vsFTPd 3.0.3", r.exposures().get(0).software());
            assertEquals(2L, r.traffic().get("connects"));
        }
    }

    @Test
    @Timeout(20)
    void loginAttemptsStopAtTheFirstSignOfALockOut() throws Exception {
        // an FTP server that refuses two logins, then answers 421 as lock-out-aware devices do
        try (HostileServer s = new HostileServer((sock, n) -> {
            InputStream in = sock.getInputStream();
            if (n > 2) {
                HostileServer.send(sock, "421 Too many login failures, try again later\r\n");
                return;
            }
            HostileServer.send(sock, "220 ready\r\n");
            readLine(in);
            HostileServer.send(sock, "331 password please\r\n");
            readLine(in);
            HostileServer.send(sock, "530 Login incorrect\r\n");
            readLine(in);
        })) {
            RiskyPort ftp = new RiskyPort(s.port(), "ftp", "FTP", RiskyPort.Probe.LISTEN, Severity.MEDIUM, "r", "f");
            Exposure e = new Exposure("127.0.0.1", ftp, Severity.MEDIUM, "open", "", "", java.util.Map.of(), null);
            CredentialCheck cc = new CredentialCheck(LIMITS, 1000, 10, new ExposureCheck.Traffic());
            long t0 = System.nanoTime();
            CredentialCheck.Result r = cc.run(e, Throttle.every(100));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertFalse(r.found());
            assertEquals(3, r.attempts(), r.toString()); // two refused, the third met the lock-out; the fourth login of the list was not tried
            assertTrue(r.note().contains("lock-out"), r.note());
            assertTrue(ms >= 200, "attempts were not spaced: " + ms + " ms");
        }
    }

    private static void readLine(InputStream in) throws IOException {
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            // discard
        }
    }

    @Test
    void loginsNeverPrintTheirSecrets() {
        DefaultCredentials.BY_SERVICE.values().forEach(list -> list.forEach(l -> assertEquals("Login[hidden]", l.toString())));
        assertNull(Conversation.note(Conversation.Stop.MATCHED, LIMITS));
        assertTrue(Arrays.stream(RiskyPort.defaultPorts()).anyMatch(p -> p == 23));
    }
}
