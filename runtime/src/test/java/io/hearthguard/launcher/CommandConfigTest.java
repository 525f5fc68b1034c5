package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of DATA/config a command takes, and what a bad one does ({@link CommandConfig}). */
class CommandConfigTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void onlyTheSettingsOfHowThingsAreJudgedAreTaken() throws Exception {
        Files.writeString(dir.resolve("io.hearthguard.discovery.cfg"), "# the hub's\nfingerprintDirectories = /srv/fp\nservice.pid=elsewhere\n");
        Files.writeString(dir.resolve("io.hearthguard.protection.upload.cfg"), "largeFlowBytes=5000000\n");
        Files.writeString(dir.resolve("io.hearthguard.capture.live.cfg"), "interface=eth0\n");
        Files.writeString(dir.resolve("io.hearthguard.eve.cfg"), "enabled=true\n");
        Files.writeString(dir.resolve("io.hearthguard.skills.drift.cfg"), "enabled=true\n");
        Files.writeString(dir.resolve("io.hearthguard.notify.mqtt-home.cfg"), "host=broker\n");
        Files.writeString(dir.resolve("io.hearthguard.discovery.config"), "x=\"1\"\n");
        List<CommandConfig.Entry> got = CommandConfig.read(dir, err);
        assertEquals(List.of("io.hearthguard.discovery", "io.hearthguard.protection.upload"), got.stream().map(CommandConfig.Entry::pid).toList());
        assertEquals("/srv/fp", got.get(0).properties().get("fingerprintDirectories"));
        assertFalse(got.get(0).properties().containsKey("service.pid"), "ConfigAdmin's own keys are not the file's to set");
        assertEquals("5000000", got.get(1).properties().get("largeFlowBytes"));
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8), "nothing to say about files of the hub only");
    }

    @Test
    void aBadFileIsNamedWithItsReasonAndTheOthersAreStillTaken() throws Exception {
        Files.writeString(dir.resolve("io.hearthguard.discovery.cfg"), "fingerprintDirectories=\\uZZZZ\n");
        Files.write(dir.resolve("io.hearthguard.guard.cfg"), new byte[(int) CommandConfig.MAX_BYTES + 1]);
        Files.createDirectory(dir.resolve("io.hearthguard.store.cfg"));
        Files.writeString(dir.resolve("io.hearthguard.findings.cfg"), "dedupWindowSeconds=60\n");
        List<CommandConfig.Entry> got = CommandConfig.read(dir, err);
        assertEquals(List.of("io.hearthguard.findings"), got.stream().map(CommandConfig.Entry::pid).toList());
        String said = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("io.hearthguard.discovery.cfg not used (Malformed \\uxxxx encoding.)"), said);
        assertTrue(said.contains("io.hearthguard.guard.cfg not used (65537 bytes, more than 65536"), said);
        assertTrue(said.contains("io.hearthguard.store.cfg not used (not a regular file)"), said);
    }

    @Test
    void noFolderNoSettingsAndNothingSaid() {
        assertTrue(CommandConfig.read(dir.resolve("config"), err).isEmpty());
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
    }
}
