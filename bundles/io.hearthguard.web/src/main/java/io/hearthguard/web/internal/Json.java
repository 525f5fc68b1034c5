package io.hearthguard.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/** JSON in and out, with bounded request bodies. */
final class Json {
    /** Largest JSON request body. */
    static final int MAX_JSON = 64 * 1024;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(16 * 1024).maxNumberLength(100).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /**
     * Reads at most {@code limit} bytes of body; the limit is checked against Content-Length
     * before anything is read and again while reading (chunked bodies).
     *
     * @throws Problem 413 when the body is larger
     */
    static byte[] body(HttpServletRequest req, int limit) throws IOException {
        long declared = req.getContentLengthLong();
        if (declared > limit) {
            throw Problem.tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, limit)));
        byte[] buf = new byte[8192];
        try (InputStream in = req.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > limit) {
                    throw Problem.tooLarge(limit);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * Copies the body to {@code out}, refusing it (413) once it passes {@code limit} bytes,
     * whether declared in Content-Length or only counted while reading.
     *
     * @return the number of bytes copied
     */
    static long copyBody(HttpServletRequest req, java.io.OutputStream out, long limit) throws IOException {
        if (req.getContentLengthLong() > limit) {
            throw Problem.tooLarge(limit);
        }
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = req.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw Problem.tooLarge(limit);
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    /** @return the request body as a JSON object */
    static JsonNode object(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type", "send the body as application/json");
        }
        return parseObject(body(req, MAX_JSON));
    }

    static JsonNode parseObject(byte[] body) {
        JsonNode n;
        try {
            n = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Problem.badRequest("unreadable JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw Problem.badRequest("the body must be a JSON object");
        }
        return n;
    }

    /** @return a required text field */
    static String text(JsonNode o, String field, int maxLength) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw Problem.badRequest("'" + field + "' is required and must be a string");
        }
        if (v.textValue().length() > maxLength) {
            throw Problem.badRequest("'" + field + "' must have at most " + maxLength + " characters");
        }
        return v.textValue();
    }
}
