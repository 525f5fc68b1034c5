package io.hearthguard.web.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Jazzer target for the REST API's JSON request bodies: {@link Json#parseObject} and the field
 * reads the body-taking endpoints do (setup, login, password change, token creation).
 * Contract: the only failure is a {@link Problem} with status 400 and a detail (the API
 * answers it as a problem document), never another exception; a parsed body is an object
 * within the parser's nesting bound; a text field read is at most the length asked for.
 * Regression mode over {@code src/test/resources/.../JsonBodyFuzzTestInputs/body/};
 * fuzzing for real: docs/capture.md, section "Fuzzing".
 */
class JsonBodyFuzzTest {
    private static final String[][] FIELDS = {
        {"code", "64"}, {"username", "64"}, {"password", "" + Passwords.MAX_LENGTH},
        {"currentPassword", "" + Passwords.MAX_LENGTH}, {"newPassword", "" + Passwords.MAX_LENGTH}, {"name", "64"},
    };

    @FuzzTest(maxDuration = "30s")
    void body(byte[] data) {
        if (data.length > Json.MAX_JSON) {
            return; // refused with 413 before parsing, see Json.body
        }
        JsonNode o;
        try {
            o = Json.parseObject(data);
        } catch (Problem p) {
            badRequest(p);
            return;
        }
        check(o != null && o.isObject(), "not an object");
        check(depth(o, 0) <= 32, "nesting deeper than the bound");
        for (String[] f : FIELDS) {
            int max = Integer.parseInt(f[1]);
            try {
                String v = Json.text(o, f[0], max);
                check(v != null && v.length() <= max, f[0] + " longer than " + max);
                if (f[0].equals("username")) {
                    Accounts.checkUserName(v);
                } else if (f[0].endsWith("assword")) {
                    Passwords.checkPolicy(v);
                }
            } catch (Problem p) {
                badRequest(p);
            }
        }
        JsonNode rc = o.get("recoveryCode");
        if (rc != null && !rc.isNull()) {
            check(rc.asText("") != null, "recovery code");
        }
    }

    private static int depth(JsonNode n, int d) {
        int max = d;
        for (JsonNode c : n) {
            max = Math.max(max, depth(c, d + 1));
        }
        return max;
    }

    private static void badRequest(Problem p) {
        check(p.status == 400, "status " + p.status + " for a bad body");
        check(p.getMessage() != null && !p.getMessage().isBlank(), "problem without a detail");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("contract broken: " + what);
        }
    }
}
