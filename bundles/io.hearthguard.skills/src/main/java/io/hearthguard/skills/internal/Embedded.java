package io.hearthguard.skills.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.SkillInputException;

/**
 * Request and response envelopes kept inside other text, found by content whatever tool wrote the file (round 10a): a
 * test report's XML (JUnit {@code <system-out>} in CDATA, or XML-escaped in an attribute), a shipper's or logfmt line
 * holding the envelope as an escaped JSON string ({@code msg="{\"version\": …}"}), a spreadsheet cell with doubled
 * quotes ({@code "{""version"": …}"}), and the printed dict of a Python test ({@code {'version': '1.0', …, 'shouldEndSession':
 * False}}). {@link #unwrap} returns the text with each such envelope made plain JSON on a line of its own, so the log reader
 * ({@link Recordings#text}) reads it like any log line. No list of tools: the markers are the containers' own syntax.
 *
 * <p>Bounds: one level of unescaping (a JSON string inside the decoded JSON is the recording walker's, itself bounded); at
 * most {@link Recordings#MAX_EMBEDDED} decoded spans per file; a span is at most {@link SafeJson#MAX_DOCUMENT} characters
 * and parsed with {@link SafeJson}'s limits. Each container kind may read at most {@link #WORK_PER_CHAR} characters per
 * character of the text (plus 1 Mi): a span that never closes is read to the end of the text, and a text of many such
 * openings ({@code {"a": {"a": …} would otherwise be read once per opening (2 MB took 7 minutes); past the budget, or past
 * the span count, the rest of the text stays as it stands and the report says so.
 */
final class Embedded {
    private Embedded() {
    }

    /** What {@link #unwrap} found: the text to read and the kinds of container decoded. */
    record Unwrapped(String text, Set<String> shapes) {
    }

    /** Markers of an envelope, in any escaping: the text is worth decoding only when it names one of them. */
    private static final String[] MARKERS = {"outputSpeech", "shouldEndSession", "expectUserResponse", "firstSimple", "fulfillmentText",
        "fulfillmentMessages", "LaunchRequest", "IntentRequest", "SessionEndedRequest", "queryResult", "richInitialPrompt",
        "fulfillmentResponse", "responseMessages", "testCaseConversationTurns"};

    /** @return true when the text names a key or type of a request or response envelope (cheap: plain substring tests) */
    static boolean mayHold(String text) {
        for (String m : MARKERS) {
            if (text.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param file the file's name for messages
     * @return the text with envelopes in CDATA, XML escapes, escaped JSON strings, doubled-quote CSV cells and Python dict
     *         repr made plain JSON lines, and the kinds found; null when nothing was decoded
     */
    static Unwrapped unwrap(String file, String text) throws SkillInputException {
        if (!mayHold(text)) {
            return null;
        }
        Set<String> shapes = new LinkedHashSet<>();
        int[] budget = {Recordings.MAX_EMBEDDED};
        String t = text;
        String unquoted = emailQuoted(t);
        if (unquoted != null) {
            // round 29: a reply or forward quotes the JSON it passes on ("> {", ">   \"response\": {"): the marks taken off,
            // line for line, so the objects read as they were and evidence keeps its line numbers
            t = unquoted;
            shapes.add("JSON quoted in an e-mail (> lines)");
        }
        if (t.contains("<![CDATA[")) {
            // JUnit/TestNG reports keep the captured output in CDATA: its text is the log
            t = t.replace("<![CDATA[", "\n").replace("]]>", "\n");
            shapes.add("JSON in XML CDATA");
        }
        if (t.contains("&quot;") || t.contains("&#34;") || t.contains("&#x22;")) {
            t = xmlUnescape(t);
            shapes.add("XML-escaped JSON");
        }
        String s = decode(file, t, "{\\\"", Embedded::jsonString, budget, shapes);
        if (s != null) {
            t = s;
            shapes.add("escaped JSON string in text");
        }
        s = decode(file, t, "\"{\"\"", Embedded::csvCell, budget, shapes);
        if (s != null) {
            t = s;
            shapes.add("JSON in a quoted CSV cell");
        }
        s = decode(file, t, "{'", Embedded::pythonRepr, budget, shapes);
        if (s != null) {
            t = s;
            shapes.add("Python dict printed");
        }
        // several objects on one line ("request {…} expected …, got {…}"): each on a line of its own
        s = decode(file, t, "{\"", Embedded::plainObject, budget, shapes);
        if (s != null) {
            if (shapes.isEmpty()) {
                shapes.add("JSON objects inside other text"); // e.g. a body block of an API client's request file
            }
            t = s;
        }
        return shapes.isEmpty() || shapes.equals(Set.of(STOPPED)) ? null : new Unwrapped(t, shapes);
    }

    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+");

    /** @return the text with e-mail quote marks taken off each line, when a quoted line opens an object; else null */
    static String emailQuoted(String text) {
        if (text.indexOf('>') < 0 || !java.util.regex.Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+\\{").matcher(text).find()) {
            return null;
        }
        return QUOTE_MARKS.matcher(text).replaceAll("");
    }

    /** Characters a container kind may read per character of the text (plus {@link #WORK_EXTRA}). */
    static final int WORK_PER_CHAR = 8;
    static final int WORK_EXTRA = 1 << 20;

    /** What a note says when decoding stopped at a bound. */
    static final String STOPPED = "embedded JSON: decoding stopped at its bound, the rest read as it stands";

    /** The text being decoded, counting the characters read so that a pass stays linear. */
    private static final class Metered implements CharSequence {
        final String s;
        long reads;

        Metered(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int i) {
            reads++;
            return s.charAt(i);
        }

        @Override
        public CharSequence subSequence(int a, int b) {
            reads += b - a;
            return s.substring(a, b);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** A decoder of one span: from the offset of its marker, the JSON text and the offset after the span, or null. */
    private interface Decoder {
        /** @param limit the offset it must not read at or beyond @return {json, end offset as a string}, or null when the span is not a whole object */
        String[] at(CharSequence t, int from, int limit);
    }

    /**
     * Replaces each span that starts with {@code marker} and decodes to a JSON object (parsed with {@link SafeJson}) by
     * that object on a line of its own, compact; other spans stay as they are. Stops, leaving the rest as it stands and
     * adding {@link #STOPPED} to {@code notes}, when the span count or this pass's reading budget is used up.
     * @return the new text, or null when none
     */
    private static String decode(String file, String t, String marker, Decoder d, int[] budget, Set<String> notes)
            throws SkillInputException {
        int at = t.indexOf(marker);
        if (at < 0) {
            return null;
        }
        Metered m = new Metered(t);
        long work = (long) WORK_PER_CHAR * t.length() + WORK_EXTRA;
        StringBuilder out = new StringBuilder(t.length() + 64);
        int copied = 0;
        boolean any = false;
        while (at >= 0) {
            long left = work - m.reads;
            if (left <= 0 || budget[0] <= 0) {
                notes.add(STOPPED);
                break;
            }
            int limit = (int) Math.min(t.length(), Math.min((long) at + SafeJson.MAX_DOCUMENT, at + left));
            String[] span = d.at(m, at, limit);
            if (span == null) {
                at = t.indexOf(marker, at + 1);
                continue;
            }
            int end = Integer.parseInt(span[1]);
            budget[0]--;
            JsonNode n = parse(file, span[0]);
            if (n == null || !n.isObject()) {
                at = t.indexOf(marker, at + 1);
                continue;
            }
            out.append(t, copied, at).append('\n').append(n.toString()).append('\n');
            copied = end;
            any = true;
            at = t.indexOf(marker, end);
        }
        if (!any) {
            return null;
        }
        out.append(t, copied, t.length());
        return out.toString();
    }

    private static JsonNode parse(String file, String json) throws SkillInputException {
        try {
            return SafeJson.parse(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (SkillInputException e) {
            if (Recordings.hardError(e)) {
                throw e;
            }
            return null;
        }
    }

    /**
     * One level of JSON string escapes undone from {@code from} (an object opening {@code {\"}) to where its braces close,
     * outside its own strings; stops at the unescaped quote that closes the enclosing string. @return null when it never closes
     */
    private static String[] jsonString(CharSequence t, int from, int limit) {
        StringBuilder v = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            char out;
            if (c == '\\' && i + 1 < limit) {
                char e = t.charAt(++i);
                switch (e) {
                    case 'n' -> out = '\n';
                    case 't' -> out = '\t';
                    case 'r' -> out = '\r';
                    case 'b' -> out = '\b';
                    case 'f' -> out = '\f';
                    case 'u' -> {
                        if (i + 4 >= limit) {
                            return null;
                        }
                        try {
                            out = (char) Integer.parseInt(t.subSequence(i + 1, i + 5).toString(), 16);
                        } catch (NumberFormatException x) {
                            return null;
                        }
                        i += 4;
                    }
                    default -> out = e; // \" \\ \/
                }
                if (e == '"' && backslashes(v) % 2 == 0) {
                    inString = !inString; // a quote of the decoded JSON, not one escaped inside its strings
                }
                v.append(out);
                continue;
            }
            if (c == '"') {
                return null; // the enclosing string closed before the object did
            }
            if (!inString) {
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    v.append(c);
                    return new String[] {v.toString(), Integer.toString(i + 1)};
                }
            }
            v.append(c);
        }
        return null;
    }

    private static int backslashes(StringBuilder v) {
        int k = 0;
        for (int j = v.length() - 1; j >= 0 && v.charAt(j) == '\\'; j--) {
            k++;
        }
        return k;
    }

    /** A JSON object as it stands, from its opening brace to the brace that closes it outside its strings. */
    private static String[] plainObject(CharSequence t, int from, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new String[] {t.subSequence(from, i + 1).toString(), Integer.toString(i + 1)};
            }
        }
        return null;
    }

    /** A quoted CSV cell from its opening quote: doubled quotes are one quote; the cell ends at a lone quote. */
    private static String[] csvCell(CharSequence t, int from, int limit) {
        StringBuilder v = new StringBuilder();
        for (int i = from + 1; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                if (i + 1 < limit && t.charAt(i + 1) == '"') {
                    v.append('"');
                    i++;
                    continue;
                }
                String cell = v.toString().strip();
                return cell.startsWith("{") && cell.endsWith("}") ? new String[] {cell, Integer.toString(i + 1)} : null;
            }
            v.append(c);
        }
        return null;
    }

    /**
     * A Python dict as {@code print}/{@code repr} writes it: single- or double-quoted strings (with Python escapes),
     * {@code True}/{@code False}/{@code None}; turned into JSON up to its closing brace. @return null for anything else
     */
    private static String[] pythonRepr(CharSequence t, int from, int limit) {
        StringBuilder v = new StringBuilder();
        int depth = 0;
        int i = from;
        while (i < limit) {
            char c = t.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                v.append('"');
                while (j < limit && t.charAt(j) != c) {
                    char x = t.charAt(j);
                    if (x == '\\' && j + 1 < limit) {
                        char e = t.charAt(j + 1);
                        if (e == '\'') {
                            v.append('\'');
                        } else {
                            v.append('\\').append(e); // quote, backslash, n, t and u escapes mean the same in JSON
                        }
                        j += 2;
                        continue;
                    }
                    if (x == '"') {
                        v.append("\\\"");
                    } else if (x == '\n') {
                        return null; // a Python string does not span lines
                    } else {
                        v.append(x);
                    }
                    j++;
                }
                if (j >= limit) {
                    return null;
                }
                v.append('"');
                i = j + 1;
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    v.append(c);
                    return new String[] {v.toString(), Integer.toString(i + 1)};
                }
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < limit && Character.isLetter(t.charAt(j))) {
                    j++;
                }
                String w = t.subSequence(i, j).toString();
                switch (w) {
                    case "True" -> v.append("true");
                    case "False" -> v.append("false");
                    case "None" -> v.append("null");
                    default -> {
                        return null; // not a literal dict (a call, a name)
                    }
                }
                i = j;
                continue;
            }
            v.append(c);
            i++;
        }
        return null;
    }

    /** XML's predefined entities and numeric character references undone. */
    static String xmlUnescape(String t) {
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int semi = c == '&' ? t.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String e = t.substring(i + 1, semi);
                String r = switch (e) {
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    default -> numeric(e);
                };
                if (r != null) {
                    b.append(r);
                    i = semi + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static String numeric(String e) {
        try {
            if (e.startsWith("#x") || e.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            }
            if (e.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(1))));
            }
        } catch (IllegalArgumentException x) {
            return null;
        }
        return null;
    }
}
