package io.hearthguard.skills.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Round 17: the text of a request or response body carried inside a JSON value in another encoding than a plain JSON
 * string — by structure, whatever tool wrote it:
 * <ul>
 * <li>Node's {@code Buffer} JSON, {@code {"type": "Buffer", "data": [123, 34, …]}} (Postman/Newman run reports keep the
 * response as {@code response.stream} so; any tool that serialises a Node Buffer does the same);</li>
 * <li>a base64 body marked so by its holder, {@code {"isBase64Encoded": true, "body": "eyJ2…"}} (API Gateway proxy
 * events and Lambda proxy responses);</li>
 * <li>a JSON string holding a JSON string that holds the document (a body serialised twice:
 * {@code "\"{\\\"version\\\": …}\""}).</li>
 * </ul>
 * Each is decoded only when a cheap test on its first bytes says it may hold a JSON object (a Buffer's first
 * non-blank byte is {@code '{'}; the first base64 quantum decodes to {@code '{'} after blanks; a quoted string starts
 * with {@code "\{}}), and never past {@link SafeJson#MAX_DOCUMENT} bytes. A value that breaks its own shape (a byte
 * outside 0–255, a non-number in {@code data}, base64 that does not decode) is not a carried body: it gives null, and
 * the caller counts it as a skipped part, no error.
 */
final class CarriedBodies {
    /** Largest body decoded (bytes of a Buffer, characters of a base64 body). */
    static final int MAX_BODY = SafeJson.MAX_DOCUMENT;

    private CarriedBodies() {
    }

    /** @return true for a Node Buffer JSON object ({@code type: "Buffer"}, {@code data} an array), whatever it holds */
    static boolean isBuffer(JsonNode n) {
        return n.isObject() && n.path("data").isArray() && "Buffer".equals(n.path("type").asText(null));
    }

    /**
     * @return the UTF-8 text of a Node Buffer JSON object whose first non-blank byte opens a JSON object, or null (not a
     *         Buffer, another kind of content, a byte out of range, or more than {@link #MAX_BODY} bytes)
     */
    static String buffer(JsonNode n) {
        if (!isBuffer(n)) {
            return null;
        }
        JsonNode d = n.get("data");
        int size = d.size();
        if (size == 0 || size > MAX_BODY) {
            return null;
        }
        // cheap test first: the first byte that is not blank (a UTF-8 byte order mark counts as blank) must be '{'
        int i = 0;
        while (i < size && i < 64) {
            int b = d.get(i).isIntegralNumber() ? d.get(i).asInt(-1) : -1;
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
                i++;
                continue;
            }
            if (b != '{') {
                return null;
            }
            break;
        }
        if (i >= size || i >= 64) {
            return null;
        }
        byte[] bytes = new byte[size];
        for (int k = 0; k < size; k++) {
            JsonNode x = d.get(k);
            if (!x.isIntegralNumber()) {
                return null;
            }
            int b = x.asInt(-1);
            if (b < 0 || b > 255) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        return new String(bytes, i, size - i, StandardCharsets.UTF_8);
    }

    /**
     * @return the decoded text of {@code body} when the holder marks it {@code isBase64Encoded: true} and the first
     *         quantum decodes to an opening brace after blanks; else null
     */
    static String base64Body(JsonNode holder) {
        if (!holder.isObject() || !holder.path("isBase64Encoded").asBoolean(false) || !holder.path("body").isTextual()) {
            return null;
        }
        return base64(holder.get("body").asText());
    }

    /** @return the UTF-8 text a base64 string decodes to, when it opens a JSON object; else null */
    static String base64(String s) {
        String t = s.strip();
        if (t.length() < 8 || t.length() > MAX_BODY) {
            return null;
        }
        byte[] head;
        try {
            head = Base64.getDecoder().decode(t.substring(0, 8));
        } catch (IllegalArgumentException e) {
            return null;
        }
        int i = 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i >= head.length || head[i] != '{') {
            return null;
        }
        try {
            return new String(Base64.getMimeDecoder().decode(t), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return true for a string that is itself a JSON string literal holding a JSON object ({@code "{…}"} quoted once more) */
    static boolean quotedJson(String s) {
        int a = 0;
        int n = s.length();
        while (a < n && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        int b = n - 1;
        while (b > a && Character.isWhitespace(s.charAt(b))) {
            b--;
        }
        return b - a >= 20 && s.charAt(a) == '"' && s.charAt(a + 1) == '{' && s.charAt(b) == '"' && s.charAt(b - 1) == '}';
    }
}
