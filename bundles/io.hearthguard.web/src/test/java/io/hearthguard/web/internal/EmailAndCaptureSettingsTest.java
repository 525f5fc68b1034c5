package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class EmailAndCaptureSettingsTest {
    private static JsonNode body(String json) throws Exception {
        return Json.MAPPER.readTree(json);
    }

    private static String refusal(String json) {
        Problem p = assertThrows(Problem.class, () -> Channels.email(body(json), new Hashtable<>()));
        return p.getMessage();
    }

    @Test
    void anEmailChannelsSettingsAreStoredAsTheEmailComponentReadsThem() throws Exception {
        Hashtable<String, Object> p = new Hashtable<>();
        Channels.email(body("{\"host\":\"smtp.example.org\",\"security\":\"smtps\",\"from\":\"hub@example.org\",\"to\":\"a@example.org, b@example.org;c@example.org\"}"), p);
        assertEquals("smtp.example.org", p.get("host"));
        assertEquals("SMTPS", p.get("security"));
        assertEquals(465, p.get("port"), "SMTPS's port when none is given");
        assertArrayEquals(new String[] { "a@example.org", "b@example.org", "c@example.org" }, (String[]) p.get("to"));
        assertEquals("[Hearthguard]", p.get("subjectPrefix"));
        assertEquals("", p.get("username"));
        Channels.email(body("{\"host\":\"10.0.0.2\",\"port\":\"2525\",\"from\":\"hub@example.org\",\"to\":\"a@example.org\"}"), p);
        assertEquals(2525, p.get("port"));
        assertEquals("STARTTLS", p.get("security"));
    }

    @Test
    void badEmailSettingsAreRefusedNamingTheField() {
        String ok = "\"from\":\"hub@example.org\",\"to\":\"a@example.org\"";
        assertTrue(refusal("{\"host\":\"smtp.example.org\\r\\nRCPT TO:<x@evil>\"," + ok + "}").contains("'host'"));
        assertTrue(refusal("{\"host\":\"smtp.example.org\",\"port\":70000," + ok + "}").contains("'port'"));
        assertTrue(refusal("{\"host\":\"smtp.example.org\",\"security\":\"SSLv3\"," + ok + "}").contains("'security'"));
        assertTrue(refusal("{\"host\":\"h\",\"from\":\"Hub <hub@example.org>\",\"to\":\"a@example.org\"}").contains("'from'"));
        assertTrue(refusal("{\"host\":\"h\",\"from\":\"hub@example.org\",\"to\":\"a@example.org\\nBcc: x@evil.example\"}").contains("'to'"));
        assertTrue(refusal("{\"host\":\"h\",\"from\":\"hub@example.org\",\"to\":\" , \"}").contains("'to' is 1 to 20"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("p").append(i).append("@example.org,");
        }
        assertTrue(refusal("{\"host\":\"h\",\"from\":\"hub@example.org\",\"to\":\"" + many + "\"}").contains("'to' is 1 to 20"));
        assertTrue(refusal("{\"from\":\"hub@example.org\",\"to\":\"a@example.org\"}").contains("'host' is required"));
    }

    @Test
    void aCaptureInterfaceMustBeOneTheMachineHasAndTheRefusalListsThem(@TempDir Path sys) throws Exception {
        Files.createDirectories(sys.resolve("mirror0")); // an interface without an address: only the kernel lists it
        CaptureInterface c = new CaptureInterface(null, sys);
        assertEquals("mirror0", c.check(" mirror0 "));
        assertEquals("any", c.check("any"));
        assertEquals("lo", c.check("lo"));
        Problem p = assertThrows(Problem.class, () -> c.check("wlan-nope"));
        assertEquals(400, p.status);
        assertTrue(p.getMessage().contains("no network interface 'wlan-nope'; it has: ") && p.getMessage().contains("mirror0") && p.getMessage().contains("lo"), p.getMessage());
        assertTrue(assertThrows(Problem.class, () -> c.check("../../etc")).getMessage().contains("no network interface"));
        assertThrows(Problem.class, () -> c.check(""));
    }
}
