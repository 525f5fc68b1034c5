package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JsonTest {

    private static Problem bad(String json) {
        return assertThrows(Problem.class, () -> Json.parseObject(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedDuplicateDeepAndNonObjectBodiesAre400WithTheReason() {
        assertTrue(bad("{\"a\":").getMessage().startsWith("malformed JSON"));
        assertTrue(bad("{\"a\":1,\"a\":2}").getMessage().contains("Duplicate field 'a'"));
        assertTrue(bad("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}").getMessage().contains("nesting depth"));
        assertTrue(bad("[1,2]").getMessage().contains("must be a JSON object"));
        assertTrue(bad("{} {}").getMessage().startsWith("malformed JSON"));
        assertEquals(400, bad("").status);
        assertEquals("x", Json.parseObject("{\"a\":\"x\"}".getBytes(StandardCharsets.UTF_8)).get("a").textValue());
    }
}
