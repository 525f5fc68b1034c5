package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.hygiene.internal.Advisories.Software;

/** OSV advisory files written by the tests (not real advisories). */
class AdvisoriesTest {

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertTrue(Software.compare("1.4.9", "1.4.10") < 0);
        assertTrue(Software.compare("9.2p1", "9.3") < 0);
        assertTrue(Software.compare("9.2p2", "9.2p1") > 0);
        assertTrue(Software.compare("3.0.3", "3.0.3") == 0);
        assertTrue(Software.compare("2.0", "2.0.1") < 0);
        assertTrue(Software.compare("99999999999999999999.1", "1") > 0);
    }

    @Test
    void productAndVersionAreReadFromCommonBannerForms() {
        assertEquals(new Software("vsftpd", "3.0.3"), Software.parse("vsFTPd 3.0.3"));
        assertEquals(new Software("lighttpd", "1.4.69"), Software.parse("lighttpd/1.4.69"));
        assertEquals(new Software("openssh", "9.2p1"), Software.parse("OpenSSH_9.2p1 Debian-2+deb12u3"));
        assertEquals(new Software("dropbear", "2020.81"), Software.parse("dropbear_2020.81"));
        assertNull(Software.parse("Microsoft FTP Service"));
        assertNull(Software.parse(""));
    }

    @Test
    void rangesLastAffectedAndVersionListsAreHonoured(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), """
                [{"id": "T-1", "affected": [{"package": {"name": "Dropbear"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2019.0"}, {"last_affected": "2020.81"}]}]}]},
                 {"id": "T-2", "affected": [{"package": {"name": "dropbear"}, "versions": ["2018.76"]}]},
                 {"id": "T-3", "affected": [{"package": {"name": "dropbear"},
                   "ranges": [{"type": "GIT", "events": [{"introduced": "abc"}, {"fixed": "def"}]}]}]}]
                """);
        Advisories a = Advisories.load(dir);
        assertEquals(List.of(), a.problems());
        assertEquals(List.of("T-1"), ids(a, "dropbear", "2020.81"));
        assertEquals(List.of(), ids(a, "dropbear", "2020.82"));
        assertEquals(List.of("T-2"), ids(a, "dropbear", "2018.76"));
        assertEquals(List.of(), ids(a, "dropbear", "2018.77"));
    }

    @Test
    void badFilesAreSkippedAndNamedWhileGoodOnesLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.json"), """
                {"id": "T-9", "affected": [{"package": {"name": "x"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "2.0.0"}]}]}]}
                """);
        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"T-10\", ");
        Files.writeString(dir.resolve("dup.json"), "{\"id\": \"T-11\", \"id\": \"T-12\"}");
        Files.writeString(dir.resolve("badid.json"), "{\"id\": \"../../etc\", \"affected\": []}");
        Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        Files.write(dir.resolve("huge.json"), new byte[Advisories.MAX_FILE_BYTES + 1]);
        Files.writeString(dir.resolve("notes.txt"), "not read");
        Advisories a = Advisories.load(dir);
        assertEquals(List.of("T-9"), ids(a, "x", "1.9"));
        assertEquals(5, a.problems().size(), a.problems().toString());
        for (String f : List.of("broken.json", "dup.json", "badid.json", "deep.json", "huge.json")) {
            assertTrue(a.problems().stream().anyMatch(p -> p.startsWith(f + ":")), f + " not named in " + a.problems());
        }
    }

    @Test
    void aMissingDirectoryMeansNoAdvisoriesAndSaysSo(@TempDir Path dir) {
        Advisories a = Advisories.load(dir.resolve("absent"));
        assertEquals(0, a.size());
        assertTrue(a.problems().get(0).contains("no such directory"));
        assertEquals(0, Advisories.load(null).size());
    }

    private static List<String> ids(Advisories a, String product, String version) {
        return a.affecting(new Software(product, version)).stream().map(Advisories.Entry::id).toList();
    }
}
