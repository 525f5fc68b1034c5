package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.device.DeviceType;

class DhcpFingerprintsTest {
    @Test
    void sharedDatabasesKnowSynologyAndWindows() {
        List<String> problems = new ArrayList<>();
        DhcpFingerprints db = DhcpFingerprints.load(List.of(Tshark.shared("other/fingerprints")), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(db.size() > 1500, "entries " + db.size());
        assertTrue(db.byParameterList("1,3,6,12,15,17,23,28,29,31,33,40,41,42,44").stream()
                .anyMatch(s -> s.name().equals("Synology NAS") && s.type() == DeviceType.NAS));
        assertTrue(db.byVendorClass("MSFT 5.0").stream().anyMatch(s -> s.os().contains("Windows") && s.type() == DeviceType.COMPUTER));
    }

    @Test
    void xmlWithDoctypeOrEntitiesIsRejectedNotExpanded(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("dhcp.xml"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<DHCP><fingerprints><fingerprint name=\"&e;\"><dhcp_tests><test matchtype=\"exact\" dhcpoption55=\"1,2\"/>"
                + "</dhcp_tests></fingerprint></fingerprints></DHCP>");
        List<String> problems = new ArrayList<>();
        DhcpFingerprints db = DhcpFingerprints.load(List.of(tmp), problems);
        assertEquals(0, db.size());
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void malformedFingerbankSectionsAreSkipped(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("dhcp_fingerprints.conf"), """
                [class 8]
                description=Printers
                members=800-8x9,800-899
                [os 801]
                description=Acme Printer
                fingerprints=<<EOT
                1,3,6,15
                not,a,list
                EOT
                [os]
                description=no id
                fingerprints=<<EOT
                """);
        List<String> problems = new ArrayList<>();
        DhcpFingerprints db = DhcpFingerprints.load(List.of(tmp), problems);
        assertEquals(DeviceType.PRINTER, db.byParameterList("1,3,6,15").get(0).type());
        assertEquals(1, db.size());
    }
}
