package io.hearthguard.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlocklistTest {
    @TempDir
    Path dir;

    @Test
    void hostsFilesAndPlainListsBlockTheNameAndEverythingBelowIt() throws Exception {
        Files.writeString(dir.resolve("ads.hosts"), "# a hosts file\n0.0.0.0 tracker.example.com pixel.example.net\n127.0.0.1 Evil.Example.\n::1 six.example # comment\n");
        Files.writeString(dir.resolve("intel.txt"), "; threat intel\nc2.example.org\n*.wild.example\n");
        Blocklist b = Blocklist.load(List.of(dir, dir.resolve("missing")));
        assertEquals(6, b.size());
        assertEquals("ads.hosts", b.match("tracker.example.com"));
        assertEquals("ads.hosts", b.match("a.b.TRACKER.example.com."));
        assertEquals("ads.hosts", b.match("evil.example"));
        assertEquals("ads.hosts", b.match("six.example"));
        assertEquals("intel.txt", b.match("x.c2.example.org"));
        assertEquals("intel.txt", b.match("wild.example"));
        assertNull(b.match("example.com"), "a parent of a blocked name is not blocked");
        assertNull(b.match("nottracker.example.com"), "matching is by whole labels");
        assertNull(b.match(""));
        assertEquals(0, b.problemCount());
    }

    /**
     * A list in the CSV shape URLhaus publishes (a {@code #} header naming the columns, quoted
     * rows): the URLs' host names are sinkholed, as the threat-intelligence protection reads
     * the same file; address hosts are skipped, a row without a URL host is named.
     */
    @Test
    void aCsvListWithAUrlColumnBlocksTheUrlsHostNames() throws Exception {
        Files.writeString(dir.resolve("urlhaus.csv"), """
                ################################################################
                # abuse feed, CSV                                              #
                ################################################################
                #
                # id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter
                "1","2026-12-01 10:00:00","http://dropper.bad.example/x.sh","online","2026-12-01","malware_download","elf","https://feed.example/1","r"
                "2","2026-12-01 10:01:00","https://Payload.Evil.Example:8443/a,b?c=1#frag","online","","malware_download","x","https://feed.example/2","r"
                "3","2026-12-01 10:02:00","http://198.51.100.7/bins/mips","online","","malware_download","mirai","https://feed.example/3","r"
                "4","2026-12-01 10:03:00","not a url","offline","","","","",""
                """);
        Blocklist b = Blocklist.load(List.of(dir));
        assertEquals(2, b.size());
        assertEquals("urlhaus.csv", b.match("dropper.bad.example"));
        assertEquals("urlhaus.csv", b.match("cdn.payload.evil.example"));
        assertNull(b.match("bad.example"), "only the URL's host and the names below it");
        assertEquals(1, b.problemCount(), b.problems().toString());
        assertTrue(b.problems().get(0).startsWith("urlhaus.csv:9"), b.problems().toString());
    }

    @Test
    void anAllowFileWinsForItsNamesAndTheirChildren() throws Exception {
        Files.writeString(dir.resolve("block.txt"), "example.com\n");
        Files.writeString(dir.resolve("allow-family.txt"), "school.example.com\n");
        Blocklist b = Blocklist.load(List.of(dir));
        assertEquals("block.txt", b.match("games.example.com"));
        assertNull(b.match("school.example.com"));
        assertNull(b.match("www.school.example.com"));
        assertEquals(1, b.allowedSize());
    }

    @Test
    void badLinesAreCountedNamedAndSkippedWithoutLosingTheRest() throws Exception {
        String longLine = "a".repeat(5000);
        Files.writeString(dir.resolve("mixed.txt"), "good.example\nbad name!\n0.0.0.0\n" + longLine + "\n" + "x".repeat(64) + ".example\nalso-good.example\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'a', '\n'});
        Blocklist b = Blocklist.load(List.of(dir));
        assertEquals("mixed.txt", b.match("good.example"));
        assertEquals("mixed.txt", b.match("also-good.example"));
        assertEquals(2, b.size());
        assertEquals(5, b.problemCount(), b.problems().toString());
        assertTrue(b.problems().stream().anyMatch(p -> p.startsWith("mixed.txt:2: more than one word")), b.problems().toString());
        assertTrue(b.problems().stream().anyMatch(p -> p.contains("binary.txt: not UTF-8")), b.problems().toString());
    }

    @Test
    void symbolicLinksAndHiddenFilesAreNotRead() throws Exception {
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            Files.writeString(outside, "outside.example\n");
            Files.createSymbolicLink(dir.resolve("link.txt"), outside);
            Files.writeString(dir.resolve(".partial.txt"), "hidden.example\n");
            Blocklist b = Blocklist.load(List.of(dir));
            assertNull(b.match("outside.example"));
            assertNull(b.match("hidden.example"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void theSignatureChangesWhenAFileChanges() throws Exception {
        Path f = dir.resolve("list.txt");
        Files.writeString(f, "one.example\n");
        String before = Blocklist.signatureOf(List.of(dir));
        assertEquals(before, Blocklist.signatureOf(List.of(dir)));
        Files.writeString(f, "one.example\ntwo.example\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        assertNotEquals(before, Blocklist.signatureOf(List.of(dir)));
    }

    @Test
    void hostNamesAreCheckedLabelByLabel() {
        assertTrue(Blocklist.isHostName("a-b_c.example"));
        assertTrue(!Blocklist.isHostName("a..b"));
        assertTrue(!Blocklist.isHostName("a.b."));
        assertTrue(!Blocklist.isHostName("x".repeat(64)));
        assertTrue(!Blocklist.isHostName("a b"));
        assertTrue(!Blocklist.isHostName("a".repeat(100) .replace("a", "a.").substring(0, 199) + ".example".repeat(10)));
    }
}
