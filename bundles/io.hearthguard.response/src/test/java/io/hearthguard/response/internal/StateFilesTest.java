package io.hearthguard.response.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.response.AuditEntry;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;

class StateFilesTest {
    @TempDir
    Path tmp;

    @Test
    void givenActionsWithAwkwardText_whenSavedAndLoaded_thenEqualAndPrivate() throws IOException {
        StateFiles f = new StateFiles(tmp.resolve("response"));
        List<ResponseAction> in = List.of(
                new ResponseAction("q-1", ResponseAction.Kind.QUARANTINE, "aa:bb:cc:dd:ee:ff", List.of("192.0.2.5", "2001:db8::5"), List.of(),
                        null, new Origin("dashboard:al%09ice", "per %09 cent %25 and %", "f-1"), Instant.ofEpochMilli(1_700_000_000_123L)),
                new ResponseAction("b-2", ResponseAction.Kind.BLOCK, null, List.of(), List.of("198.51.100.0/24"), "bad.example",
                        new Origin("policy:threat-intel", "", null), Instant.ofEpochMilli(1_700_000_000_000L)));

        f.saveActions(in);

        assertEquals(in, new StateFiles(tmp.resolve("response")).loadActions());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("response"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("response/actions.tsv"))));
    }

    @Test
    void givenADamagedActionsFile_whenLoaded_thenTheErrorNamesFileAndLine() throws IOException {
        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("actions.tsv"), "1\tq-1\tQUARANTINE\taa:bb:cc:dd:ee:ff\t\t\t%\tx\t\t%\t1\n"
                + "1\tq-2\tQUARANTINE\tnot-a-mac\t\t\t%\tx\t\t%\t1\n");
        IOException e = assertThrows(IOException.class, () -> new StateFiles(tmp).loadActions());
        assertTrue(e.getMessage().contains("actions.tsv line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("not-a-mac"), e.getMessage());
    }

    @Test
    void givenAnEditedActionsFileWithScriptText_whenLoaded_thenRefusedBeforeItCanReachNft() throws IOException {
        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("actions.tsv"), "1\tb-1\" drop; flush ruleset; \"\tBLOCK\t%\t\t192.0.2.1\t%\tx\t\t%\t1\n");
        IOException e = assertThrows(IOException.class, () -> new StateFiles(tmp).loadActions());
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("action id"), e.getMessage());
    }

    @Test
    void givenATornLastAuditLine_whenRead_thenItIsSkippedAndTheRestIsNewestFirst() throws IOException {
        StateFiles f = new StateFiles(tmp);
        f.append(new AuditEntry(Instant.ofEpochMilli(1), "a", AuditEntry.Operation.APPLY, "q-1", "one"));
        f.append(new AuditEntry(Instant.ofEpochMilli(2), "b", AuditEntry.Operation.UNDO, "q-1", "two\nlines"));
        Files.writeString(tmp.resolve("audit.tsv"), "1\t3\tc\tAPP", StandardOpenOption.APPEND);

        List<AuditEntry> read = f.audit(10);

        assertEquals(2, read.size());
        assertEquals("two\nlines", read.get(0).summary());
        assertEquals("a", read.get(1).actor());
        assertEquals(1, f.audit(1).size());
    }

    @Test
    void givenAnAuditLogPastItsSize_whenAppending_thenItRotatesOnceAndStaysBounded() throws IOException {
        StateFiles f = new StateFiles(tmp);
        String big = "x".repeat(2_000);
        for (int i = 0; i < 1_200; i++) {
            f.append(new AuditEntry(Instant.ofEpochMilli(i), "a", AuditEntry.Operation.APPLY, "q-" + i, big));
        }
        long total = Files.size(tmp.resolve("audit.tsv")) + Files.size(tmp.resolve("audit.tsv.1"));
        assertTrue(total <= 2 * StateFiles.AUDIT_ROTATE_BYTES + 4_096, "audit files hold " + total + " bytes");
        assertEquals("q-1199", f.audit(1).get(0).actionId());
    }
}
