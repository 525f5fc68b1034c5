package io.hearthguard.discovery.internal;

import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the UPnP device description parser ({@link UpnpFetcher#parse}), which
 * reads XML a device on the network chose. Contract: the only failure is
 * {@link UpnpFetcher.Refused}; a result is non-empty, names only {@link UpnpFetcher#ELEMENTS},
 * and each value is non-empty and at most 1024 chars; DTDs (so entities) are always refused.
 * Regression mode over {@code src/test/resources/.../UpnpDescriptionFuzzTestInputs/description/};
 * fuzzing for real: docs/capture.md, section "Fuzzing".
 */
class UpnpDescriptionFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void description(byte[] xml) {
        Map<String, String> out;
        try {
            out = UpnpFetcher.parse(xml);
        } catch (UpnpFetcher.Refused expected) {
            return;
        }
        check(!out.isEmpty(), "empty result");
        check(out.size() <= UpnpFetcher.ELEMENTS.size(), "too many elements");
        for (Map.Entry<String, String> e : out.entrySet()) {
            check(UpnpFetcher.ELEMENTS.contains(e.getKey()), "unexpected element " + e.getKey());
            check(!e.getValue().isEmpty() && e.getValue().length() <= 1024, "value of " + e.getKey());
        }
        check(!containsDoctype(xml), "a document with a DTD was accepted");
    }

    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("<!--.*?-->", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern.compile("<[A-Za-z_:]");

    /** Whether the prolog (before the first element) declares a DTD; the text may say "<!DOCTYPE" anywhere later. */
    private static boolean containsDoctype(byte[] xml) {
        // UTF-16 documents carry NULs between ASCII characters
        String s = COMMENT.matcher(new String(xml, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\0", "")).replaceAll("");
        int doctype = s.indexOf("<!DOCTYPE");
        java.util.regex.Matcher root = ELEMENT.matcher(s);
        return doctype >= 0 && (!root.find() || doctype < root.start());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("contract broken: " + what);
        }
    }
}
