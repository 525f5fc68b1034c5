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
 * {@code "\"{\\\"version\\\": …}\""});</li>
 * <li>round 28: a whole HTTP message in base64 (start line, headers, body; chunked, gzip or deflate), as ngrok's traffic
 * inspector keeps each exchange — see {@link #httpMessageBody(String)}.</li>
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
        if (!holder.isObject() || !(holder.path("isBase64Encoded").asBoolean(false) || jsonAttachment(holder)) || !holder.path("body").isTextual()) {
            return null;
        }
        return base64(holder.get("body").asText());
    }

    /**
     * Round 29: a test report's attachment of JSON content kept in base64 ({@code {"name": "response.json", "contentType":
     * "application/json", "body": "eyJ2…"}}, as Playwright's JSON reporter writes attachments).
     */
    static boolean jsonAttachment(JsonNode holder) {
        String type = holder.path("contentType").asText(holder.path("mimeType").asText(""));
        return type.contains("json") && holder.path("body").isTextual();
    }

    /** @return the six bytes the first 8 characters of a base64 text decode to; null when shorter than {@code min}, longer than {@link #MAX_BODY} or not base64 */
    private static byte[] head(String t, int min) {
        if (t.length() < min || t.length() > MAX_BODY) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(t.substring(0, 8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return the UTF-8 text a base64 string decodes to, when it opens a JSON object; else null */
    static String base64(String s) {
        String t = s.strip();
        byte[] head = head(t, 8);
        if (head == null) {
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

    /** Start lines of a whole HTTP message: a request line ({@code POST /alexa HTTP/1.1}) or a status line ({@code HTTP/1.1 200 OK}). */
    private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("^(?:[A-Z]{3,7} \\S{1,2000} HTTP/\\d(?:\\.\\d)?|HTTP/\\d(?:\\.\\d)? \\d{3}(?: .{0,200})?)$");
    /** Most header lines of one carried HTTP message. */
    static final int MAX_HEADERS = 200;

    /**
     * Round 28: the body of a whole HTTP message carried as base64 — start line, headers, blank line, body, as ngrok's
     * traffic inspector keeps each exchange ({@code request.raw}, {@code response.raw} of {@code /api/requests/http}). A
     * chunked body is joined; a gzip or deflate body is inflated, never past {@link #MAX_BODY} bytes (an inflation bomb
     * stops there and gives null).
     *
     * @return the UTF-8 body when the text decodes to an HTTP message whose body opens a JSON object; else null (not
     *         base64, no start line, another kind of body, a broken chunk, a body that inflates past the bound)
     */
    static String httpMessageBody(String s) {
        String t = s.strip();
        byte[] head = head(t, 16);
        if (head == null) {
            return null;
        }
        // cheap test first: an HTTP method's capitals or "HTTP/"
        String h = new String(head, StandardCharsets.ISO_8859_1);
        if (!(h.startsWith("HTTP/") || h.matches("[A-Z]{3,6}[ A-Z].*"))) {
            return null;
        }
        byte[] all;
        try {
            all = Base64.getMimeDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int end = -1;
        int bodyAt = -1;
        for (int i = 0; i + 1 < all.length; i++) {
            if (all[i] == '\n' && all[i + 1] == '\n') {
                end = i;
                bodyAt = i + 2;
                break;
            }
            if (i + 3 < all.length && all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
                end = i;
                bodyAt = i + 4;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n", MAX_HEADERS + 2);
        if (lines.length > MAX_HEADERS + 1 || !START_LINE.matcher(lines[0]).matches()) {
            return null;
        }
        boolean chunked = false;
        String coding = "";
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c <= 0) {
                return null;
            }
            String name = lines[i].substring(0, c).strip().toLowerCase(java.util.Locale.ROOT);
            String value = lines[i].substring(c + 1).strip().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("transfer-encoding") && value.contains("chunked")) {
                chunked = true;
            } else if (name.equals("content-encoding")) {
                coding = value;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, bodyAt, all.length);
        if (chunked && (body = dechunk(body)) == null) {
            return null;
        }
        if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("deflate")) {
            body = inflate(body, !coding.equals("deflate"));
            if (body == null) {
                return null;
            }
        } else if (!coding.isEmpty() && !coding.equals("identity")) {
            return null;
        }
        int i = 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i < body.length && body[i] == '{' ? new String(body, i, body.length - i, StandardCharsets.UTF_8) : null;
    }

    /** @return a chunked body's chunks joined, or null when a chunk size is malformed or runs past the data */
    private static byte[] dechunk(byte[] b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        int at = 0;
        while (at < b.length) {
            int eol = at;
            while (eol < b.length && b[eol] != '\n') {
                eol++;
            }
            if (eol >= b.length) {
                return null;
            }
            String line = new String(b, at, eol - at, StandardCharsets.ISO_8859_1).strip();
            int semi = line.indexOf(';');
            int size;
            try {
                size = Integer.parseInt(semi < 0 ? line : line.substring(0, semi).strip(), 16);
            } catch (NumberFormatException e) {
                return null;
            }
            at = eol + 1;
            if (size == 0) {
                return out.toByteArray();
            }
            if (size < 0 || size > b.length - at) {
                return null;
            }
            out.write(b, at, size);
            at += size;
            // the line break after the chunk's data
            if (at < b.length && b[at] == '\r') {
                at++;
            }
            if (at < b.length && b[at] == '\n') {
                at++;
            }
        }
        return out.toByteArray();
    }

    /** @return a gzip (or zlib / raw deflate) body inflated, or null when it is broken or inflates past {@link #MAX_BODY} bytes */
    private static byte[] inflate(byte[] b, boolean gzip) {
        java.util.zip.Inflater raw = gzip ? null : new java.util.zip.Inflater(b.length < 2 || (b[0] & 0x0f) != 8);
        try (java.io.InputStream in = gzip ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))
                : new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(b), raw)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > MAX_BODY) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } finally {
            if (raw != null) {
                raw.end();
            }
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
