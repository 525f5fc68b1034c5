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

    /**
     * Whether the document declares a DTD, as an XML parser that allows DTDs sees it: its lexical
     * handler is told {@code startDTD}. Nothing is fetched (external DTDs are not loaded and any
     * entity resolves to nothing). Asking a parser rather than searching the bytes: "<!DOCTYPE"
     * may stand in a processing instruction, a comment or CDATA, in any encoding the parser reads
     * (the fuzzer found the first two ways around a text search).
     */
    private static boolean containsDoctype(byte[] xml) {
        boolean[] dtd = {false};
        try {
            javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            javax.xml.parsers.SAXParser p = f.newSAXParser();
            p.setProperty("http://xml.org/sax/properties/lexical-handler", new org.xml.sax.ext.DefaultHandler2() {
                @Override
                public void startDTD(String name, String publicId, String systemId) throws org.xml.sax.SAXException {
                    dtd[0] = true;
                    throw new org.xml.sax.SAXException("DTD seen");
                }
            });
            p.parse(new java.io.ByteArrayInputStream(xml), new org.xml.sax.ext.DefaultHandler2() {
                @Override
                public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
                    return new org.xml.sax.InputSource(new java.io.StringReader(""));
                }
            });
        } catch (Exception e) {
            // the DTD was seen (thrown above) or the document is not XML; the flag says which
        }
        return dtd[0];
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("contract broken: " + what);
        }
    }
}
