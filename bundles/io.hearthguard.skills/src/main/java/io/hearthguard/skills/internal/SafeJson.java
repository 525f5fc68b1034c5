package io.hearthguard.skills.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.hearthguard.skills.SkillInputException;

/**
 * The one place JSON is parsed: tree model only (no polymorphic typing, no bean binding),
 * duplicate keys rejected, depth, string, number and document sizes bounded.
 */
public final class SafeJson {
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 100;
    /** Longest string value or name. */
    public static final int MAX_STRING = 1_000_000;
    /** Largest JSON document. */
    public static final int MAX_DOCUMENT = 8 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNameLength(10_000)
                    .maxNumberLength(100)
                    .maxDocumentLength(MAX_DOCUMENT)
                    .build())
            .build())
            // duplicate keys are refused where the tree is built (the map's put says a key was there before) instead of by
            // the parser's detector, which keeps a set of names per object of three or more fields (round 42, for scan speed)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SafeJson() {
    }

    /** @return the shared mapper, for writing only */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param name  shown in errors
     * @param bytes the document, at most {@link #MAX_DOCUMENT}
     * @return the tree
     * @throws SkillInputException naming {@code name} and what is wrong
     */
    public static JsonNode parse(String name, byte[] bytes) throws SkillInputException {
        if (bytes.length > MAX_DOCUMENT) {
            throw new SkillInputException(name + ": JSON document of " + bytes.length + " bytes exceeds the limit of " + MAX_DOCUMENT);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try (JsonParser p = MAPPER.getFactory().createParser(bytes, start, bytes.length - start)) {
            JsonNode n = MAPPER.readTree(p);
            if (n == null || n.isMissingNode()) {
                throw new SkillInputException(name + ": empty JSON document");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new SkillInputException(name + ": malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SkillInputException(name + ": unreadable JSON: " + e.getMessage(), e);
        }
    }
}
