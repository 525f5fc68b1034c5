package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The default voice-cloud patterns against the names a real Amazon Echo (4th gen) resolved
 * during skill experiments (Iqbal et al., IMC 2023; data/other/echo-traffic): the voice
 * endpoint matches, metrics, telemetry, TTS, update and EC2 names do not.
 */
class RealEchoNamesTest {

    private static final Pattern NAME = Pattern.compile("(?=.*[a-z])[a-z0-9-]+(\\.[a-z0-9-]+)+");

    @Test
    void theDefaultPatternsSelectOnlyTheEchosVoiceEndpoint() throws Exception {
        Path dir = Path.of(System.getProperty("hearthguard.shared", "../shared"), "data/other/echo-traffic");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no data at " + dir);
        Set<String> names = new TreeSet<>();
        ObjectMapper m = new ObjectMapper();
        for (String f : List.of("comcast_results__general_dns_resolutions.json", "comcast_results__other_dns_resolutions.json",
                "single_pcaps__dns_resolutions.json")) {
            collect(m.readTree(dir.resolve(f).toFile()), names);
        }
        NamePatterns p = new NamePatterns(Settings.DEFAULT_VOICE_NAMES);
        Set<String> voice = new TreeSet<>();
        names.stream().filter(p::matches).forEach(voice::add);
        assertEquals(Set.of("bob-dispatch-prod-na.amazon.com"), voice, "of " + names.size() + " names");
    }

    private static void collect(JsonNode n, Set<String> out) {
        if (n.isTextual() && NAME.matcher(n.asText().toLowerCase()).matches()) {
            out.add(n.asText().toLowerCase());
        }
        n.fieldNames().forEachRemaining(k -> {
            if (NAME.matcher(k.toLowerCase()).matches()) {
                out.add(k.toLowerCase());
            }
        });
        n.elements().forEachRemaining(c -> collect(c, out));
    }
}
