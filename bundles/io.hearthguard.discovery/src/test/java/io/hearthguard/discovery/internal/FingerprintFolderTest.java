package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands such as {@code hearthguard analyze} run without the configuration folder, so fingerprint databases are also
 * read from the data directory's {@code fingerprints/} folder.
 */
class FingerprintFolderTest {
    @TempDir
    Path data;

    @Test
    void theDataDirectorysFolderIsReadWhenItExists() throws Exception {
        Path own = data.resolve(DiscoveryComponent.DATA_FINGERPRINTS);
        assertEquals(List.of(), DiscoveryComponent.fingerprintDirectories(new String[0], own), "absent: nothing");
        assertEquals(List.of(Path.of("/opt/fp")), DiscoveryComponent.fingerprintDirectories(new String[] {" /opt/fp ", ""}, own));
        Files.createDirectories(own);
        assertEquals(List.of(own), DiscoveryComponent.fingerprintDirectories(new String[0], own));
        assertEquals(List.of(Path.of("/opt/fp"), own), DiscoveryComponent.fingerprintDirectories(new String[] {"/opt/fp"}, own));
        assertEquals(List.of(own), DiscoveryComponent.fingerprintDirectories(new String[] {own.toString()}, own), "listed once");
    }

    @Test
    void aDatabaseThereIsUsed() throws Exception {
        Path own = Files.createDirectories(data.resolve(DiscoveryComponent.DATA_FINGERPRINTS));
        Files.writeString(own.resolve("dhcp_fingerprints.conf"), "[os 1]\ndescription=Acme Camera\nfingerprints=<<EOT\n1,3,6,99\nEOT\n");
        DhcpFingerprints fp = DhcpFingerprints.load(DiscoveryComponent.fingerprintDirectories(new String[0], own), new java.util.ArrayList<>());
        assertEquals("Acme Camera", fp.byParameterList("1,3,6,99").get(0).name());
    }
}
