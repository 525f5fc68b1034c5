package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cloud IP-range files: the formats the clouds publish and our own text lines; bad input is skipped. */
class CloudRangesTest {

    @Test
    void textAndPublishedJsonFormatsAreReadAndTheMostSpecificRangeWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("amazon-ip-ranges.json"), "{\"prefixes\": [\n {\"ip_prefix\": \"52.94.0.0/16\", \"service\": \"AMAZON\"},\n"
                + " {\"ip_prefix\": \"3.5.0.0/19\"}], \"ipv6_prefixes\": [{\"ipv6_prefix\": \"2600:1f00::/24\"}]}\n");
        Files.writeString(dir.resolve("goog.json"), "{\"prefixes\": [{\"ipv4Prefix\": \"8.8.4.0/24\"}, {\"ipv6Prefix\": \"2001:4860::/32\"}]}");
        Files.writeString(dir.resolve("mine.txt"), "# comment\n17.0.0.0/8 apple\n52.94.233.0/24 alexa-test\nnot-an-address\n300.1.1.1/8\n10.0.0.0/3\n");
        CloudRanges r = CloudRanges.load(dir);
        assertEquals("amazon", r.owner("52.94.1.1"));
        assertEquals("alexa-test", r.owner("52.94.233.109"));
        assertEquals("goog", r.owner("8.8.4.4"));
        assertEquals("apple", r.owner("17.174.1.5"));
        assertNull(r.owner("192.168.1.1"));
        assertNull(r.owner("::1"));
        assertNull(r.owner("not an ip"));
        assertEquals(5, r.skipped, "two IPv6 prefixes, three bad lines");
    }

    @Test
    void aMissingDirectoryGivesNoRanges(@TempDir Path dir) {
        assertEquals(0, CloudRanges.load(dir.resolve("absent")).size());
        assertNull(CloudRanges.load(null).owner("1.2.3.4"));
    }
}
