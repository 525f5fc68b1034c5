package io.hearthguard.notify.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.findings.internal.FindingServiceImpl;
import io.hearthguard.notify.internal.NotificationFactory;
import io.hearthguard.store.internal.SqliteStore;

class EmailChannelTest {

    @TempDir
    Path dir;
    GreenMail mail;
    SqliteStore store;
    FindingServiceImpl findings;

    @BeforeEach
    void start() {
        // GreenMail's default 2 s to start its servers failed 7 of 17 runs on the loaded two-core
        // machine (issue 13: the notify tests looped in fresh JVMs)
        ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
        ServerSetup smtps = ServerSetupTest.SMTPS.dynamicPort();
        smtp.setServerStartupTimeout(30_000);
        smtps.setServerStartupTimeout(30_000);
        mail = new GreenMail(new ServerSetup[] {smtp, smtps});
        mail.start();
        mail.setUser("hub@home.test", "hub", "correct-horse");
        store = new SqliteStore(dir.resolve("db"), "NORMAL");
        findings = new FindingServiceImpl(store, null, Duration.ofHours(1), Duration.ofDays(30));
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        mail.stop();
    }

    /** A real notification for a finding whose summary tries to inject a header. */
    Notification notification() {
        findings.publish(Finding.builder("eavesdrop.long-listening", Categories.EAVESDROP, Severity.CRITICAL)
                .device(new DeviceRef("d-echo", "44:65:0d:00:00:01", "192.168.1.20", "Kitchen Echo")).span(Instant.now(), null)
                .summary("Kitchen Echo streamed 95 s of audio\r\nBcc: victim@evil.test").evidence(Map.of("seconds", 95,
                        "destination", "avs-alexa.example"))
                .source("test").build());
        return new NotificationFactory("http://hub.local:8080").fromChange(store.read(c -> findings.read(c, 0, 1)).get(0));
    }

    EmailChannel.Settings settings(int port, EmailChannel.Security security, String password, String caFile, boolean verifyHost) {
        return new EmailChannel.Settings("127.0.0.1", port, security, "hub", password,
                EmailChannel.Settings.address("from", "hub@home.test"), List.of(EmailChannel.Settings.address("to", "owner@home.test")),
                "[Hearthguard]", caFile, verifyHost, 3_000);
    }

    @Test
    void aFindingArrivesAsAReadablePlainTextMailWithEvidenceAndLink() throws Exception {
        Notification n = notification();
        new EmailChannel(settings(mail.getSmtp().getPort(), EmailChannel.Security.NONE, "correct-horse", "", true)).deliver(n);
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(1, got.length);
        MimeMessage m = got[0];
        assertTrue(m.getSubject().startsWith("[Hearthguard] [CRITICAL] Kitchen Echo: Kitchen Echo streamed 95 s"), m.getSubject());
        assertFalse(m.getSubject().contains("\n"));
        assertEquals(null, m.getHeader("Bcc"), "no header injection through the title");
        assertEquals(1, m.getAllRecipients().length);
        assertEquals(n.id(), m.getHeader("X-Hearthguard-Id")[0]);
        assertEquals("<" + n.id() + "@hearthguard.invalid>", m.getMessageID());
        assertTrue(m.getContentType().startsWith("text/plain"), m.getContentType());
        String body = GreenMailUtil.getBody(m);
        assertTrue(body.contains("seconds: 95"), body);
        assertTrue(body.contains("destination: avs-alexa.example"), body);
        assertTrue(body.contains("Device:      Kitchen Echo (d-echo, 44:65:0d:00:00:01, 192.168.1.20)"), body);
        assertTrue(body.contains("http://hub.local:8080/#/findings/"), body);
    }

    @Test
    void aWrongPasswordIsATransientErrorThatNeverShowsThePassword() {
        Notification n = notification();
        DeliveryException e = assertThrows(DeliveryException.class, () -> new EmailChannel(
                settings(mail.getSmtp().getPort(), EmailChannel.Security.NONE, "wrong-battery", "", true)).deliver(n));
        assertTrue(e.getMessage().contains("refused the login of hub"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-battery"));
        assertFalse(e.permanent());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void smtpsChecksTheCertificateAndWorksWithTheConfiguredCa() throws Exception {
        Notification n = notification();
        int port = mail.getSmtps().getPort();
        // GreenMail's self-signed certificate is not in the JVM trust store
        DeliveryException e = assertThrows(DeliveryException.class, () -> new EmailChannel(
                settings(port, EmailChannel.Security.SMTPS, "correct-horse", "", true)).deliver(n));
        assertFalse(e.permanent());
        assertTrue(e.getMessage().contains("SMTP delivery to 127.0.0.1:" + port + " failed"), e.getMessage());

        Path ca = dir.resolve("greenmail-ca.pem");
        try (InputStream in = GreenMail.class.getResourceAsStream("/greenmail.p12")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, "changeit".toCharArray());
            byte[] der = ks.getCertificate("greenmail").getEncoded();
            Files.writeString(ca, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n");
        }
        // trusted, but the certificate names no host: refused while host names are verified
        assertThrows(DeliveryException.class, () -> new EmailChannel(
                settings(port, EmailChannel.Security.SMTPS, "correct-horse", ca.toString(), true)).deliver(n));
        new EmailChannel(settings(port, EmailChannel.Security.SMTPS, "correct-horse", ca.toString(), false)).deliver(n);
        assertEquals(1, mail.getReceivedMessages().length);
    }

    @Test
    void starttlsIsRequiredNotOpportunisticSoNothingGoesOutInClear() {
        Notification n = notification();
        // GreenMail's SMTP does not offer STARTTLS: the channel must refuse rather than send in clear
        DeliveryException e = assertThrows(DeliveryException.class, () -> new EmailChannel(
                settings(mail.getSmtp().getPort(), EmailChannel.Security.STARTTLS, "correct-horse", "", true)).deliver(n));
        assertFalse(e.permanent());
        assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsATransientError() {
        Notification n = notification();
        int port = mail.getSmtp().getPort();
        mail.stop();
        DeliveryException e = assertThrows(DeliveryException.class, () -> new EmailChannel(
                settings(port, EmailChannel.Security.NONE, "correct-horse", "", true)).deliver(n));
        assertFalse(e.permanent());
        mail.start();
    }

    @Test
    void badSettingsNameThePropertyAndThePasswordNeverShows() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EmailChannel.Settings.address("from", "not an address"))
                .getMessage().startsWith("from"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EmailChannel.Settings.security("tls")).getMessage()
                .startsWith("security"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(0, EmailChannel.Security.NONE, "", "", true))
                .getMessage().startsWith("port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EmailChannel.Settings("smtp host", 25,
                EmailChannel.Security.NONE, "", "", EmailChannel.Settings.address("from", "a@b.test"), List.of(
                        EmailChannel.Settings.address("to", "c@d.test")), "", "", true, 1000)).getMessage().startsWith("host"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EmailChannel.Settings("smtp", 25,
                EmailChannel.Security.NONE, "", "", EmailChannel.Settings.address("from", "a@b.test"), List.of(), "", "", true,
                1000)).getMessage().startsWith("to"));
        EmailChannel.Settings s = settings(25, EmailChannel.Security.STARTTLS, "correct-horse", "", true);
        assertFalse(s.toString().contains("correct-horse"), s.toString());
        assertFalse(new EmailChannel(s).toString().contains("correct-horse"));
    }
}
