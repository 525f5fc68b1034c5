package io.hearthguard.skills.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.hearthguard.skills.internal.PackageReader.VFile;

/**
 * The words of a package, for the text model ({@link TextModel}): every string its files say, in path order —
 * speech, reprompts, cards, samples, slot values, names, descriptions, permissions — and {@code key=true|false} for
 * booleans ({@code shouldEndSession=false}). JSON files are read as a token stream (strings holding JSON are read
 * again); JSON embedded in text lines likewise, the rest of each line kept with timestamps and UUIDs dropped; XML
 * without tags; script files by their string literals. Keys are not kept, nor identifier-like strings.
 *
 * <p>
 * Bounded: {@value #MAX_STRING} characters per string, {@value #MAX_FILE} per file, {@value #MAX_TEXT} in all,
 * {@value #MAX_LINES} lines looked at per file; reading stops when the text is full. Malformed content is read as far as it goes, never an error. Stateless and thread-safe.
 */
final class CaseText {
    /** Most characters kept of one string. */
    static final int MAX_STRING = 400;
    /** Most characters taken from one file. */
    static final int MAX_FILE = 20_000;
    /** Most characters of a package's text. */
    static final int MAX_TEXT = 20_000;
    /** Most lines looked at in one file (fewer than the recording readers' bound, so the model never reads further). */
    static final int MAX_LINES = 20_000;
    /** Deepest JSON read, counting JSON found inside strings. */
    private static final int MAX_DEPTH = 40;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SafeJson.MAX_DEPTH)
                    .maxStringLength(SafeJson.MAX_STRING)
                    .maxNameLength(10_000)
                    .maxNumberLength(100)
                    .maxDocumentLength(SafeJson.MAX_DOCUMENT)
                    .build())
            .build();
    private static final Pattern ID_LIKE = Pattern.compile(
            "(amzn1\\.|arn:|[0-9a-f]{8}-[0-9a-f]{4}-|\\d{4}-\\d\\d-\\d\\dT).*|[A-Za-z0-9+/=_\\-.:]{25,}");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\s*\\[?\\d{4}-\\d\\d-\\d\\d[T ][\\d:.,Z+\\-]*\\]?\\s*");
    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");

    private CaseText() {
    }

    /** @return the package's text, at most {@value #MAX_TEXT} characters, lines joined by newlines */
    static String of(List<VFile> files) {
        List<VFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(VFile::path));
        Sink sink = new Sink();
        for (VFile f : sorted) {
            if (sink.full()) {
                break;
            }
            sink.startFile();
            file(f, sink);
        }
        return sink.text();
    }

    /** Collects strings up to the bounds. */
    private static final class Sink {
        private final StringBuilder text = new StringBuilder();
        private int inFile;

        void startFile() {
            inFile = 0;
        }

        boolean full() {
            return text.length() >= MAX_TEXT || inFile >= MAX_FILE;
        }

        void add(String s) {
            String t = s.strip();
            if (t.isEmpty() || full()) {
                return;
            }
            if (t.length() > MAX_STRING) {
                t = t.substring(0, MAX_STRING);
            }
            inFile += t.length() + 1;
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(t);
            if (text.length() > MAX_TEXT) {
                text.setLength(MAX_TEXT);
            }
        }

        String text() {
            return text.toString();
        }
    }

    private static void file(VFile f, Sink sink) {
        String name = f.path().toLowerCase(Locale.ROOT);
        name = name.substring(name.lastIndexOf('/') + 1);
        String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1) : "";
        byte[] b = f.bytes();
        int start = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        switch (ext) {
            case "json", "har", "ipynb", "snap" -> {
                if (!json(b, start, b.length - start, sink, "", 0)) {
                    lines(f.text(), sink);
                }
            }
            case "js", "mjs", "ts", "py" -> literals(f.text(), sink);
            case "xml" -> lines(TAG.matcher(f.text()).replaceAll(" "), sink);
            default -> lines(f.text(), sink);
        }
    }

    private static boolean lineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * String literals of script code: quoted by ", ' or `, 2 to {@value #MAX_STRING} characters on one line, backslash
     * escapes kept as written; where a quote opens nothing that closes on its line, the scan goes on after it.
     */
    static void literals(String t, Sink sink) {
        int n = t.length();
        int i = 0;
        while (i < n && !sink.full()) {
            char q = t.charAt(i);
            if (q != '"' && q != '\'' && q != '`') {
                i++;
                continue;
            }
            int j = i + 1;
            int len = 0;
            int end = -1;
            while (j < n && len <= MAX_STRING) {
                char c = t.charAt(j);
                if (lineEnd(c)) {
                    break;
                }
                if (c == q) {
                    end = j;
                    break;
                }
                if (c == '\\') {
                    if (j + 1 >= n || lineEnd(t.charAt(j + 1))) {
                        break;
                    }
                    j += 2;
                } else {
                    j++;
                }
                len++;
            }
            if (end >= 0 && len >= 2 && len <= MAX_STRING) {
                sink.add(t.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    /** Lines of text; JSON found in a line is read as JSON, the rest of the line kept. */
    private static void lines(String text, Sink sink) {
        int from = 0;
        int lines = 0;
        while (from <= text.length() && !sink.full() && lines++ < MAX_LINES) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            line(text.substring(from, end), sink);
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
    }

    private static void line(String raw, Sink sink) {
        String line = raw;
        String head = raw.stripLeading();
        if (!head.isEmpty() && (Character.isDigit(head.charAt(0)) || head.charAt(0) == '[')) {
            line = TIMESTAMP.matcher(line).replaceFirst("");
        }
        if (line.indexOf('-') >= 0) {
            line = UUID.matcher(line).replaceAll(" ");
        }
        int brace = line.indexOf('{');
        int close = line.lastIndexOf('}');
        if (brace >= 0 && close > brace) {
            byte[] b = line.substring(brace, close + 1).getBytes(StandardCharsets.UTF_8);
            Sink inner = new Sink();
            if (json(b, 0, b.length, inner, "", 0)) {
                sink.add(line.substring(0, brace));
                for (String s : inner.text().split("\n", -1)) {
                    sink.add(s);
                }
                sink.add(line.substring(close + 1));
                return;
            }
        }
        sink.add(line);
    }

    /** @return false if the bytes are not JSON at all (nothing was added then) */
    private static boolean json(byte[] b, int off, int len, Sink sink, String key, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        List<String> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(b, off, len)) {
            String field = key;
            List<String> keys = new ArrayList<>();
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return false;
            }
            int nesting = 0;
            int taken = 0;
            while (t != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        keys.add(field);
                        nesting++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        nesting--;
                        field = keys.isEmpty() ? key : keys.remove(keys.size() - 1);
                    }
                    case FIELD_NAME -> field = p.currentName();
                    case VALUE_TRUE, VALUE_FALSE -> {
                        String v = field + "=" + (t == JsonToken.VALUE_TRUE);
                        out.add(v);
                        taken += Math.min(v.strip().length(), MAX_STRING) + 1;
                    }
                    case VALUE_STRING -> {
                        String v = stringValue(p.getText(), field, depth);
                        out.add(v);
                        taken += v == null ? 0 : Math.min(v.strip().length(), MAX_STRING) + 1;
                    }
                    default -> {
                    }
                }
                // what was taken already fills a file's share (counted as the sink counts, or less): the rest is never used
                if (nesting == 0 || out.size() > 20_000 || taken >= MAX_FILE) {
                    break;
                }
                t = p.nextToken();
            }
        } catch (IOException | RuntimeException e) {
            if (out.isEmpty()) {
                return false;
            }
        }
        for (String s : out) {
            if (s != null) {
                if (s.startsWith("\u0000")) {
                    for (String part : s.substring(1).split("\n", -1)) {
                        sink.add(part);
                    }
                } else {
                    sink.add(s);
                }
            }
        }
        return true;
    }

    /** @return the string to keep, "\0"-prefixed lines when it held JSON, or null to drop it */
    private static String stringValue(String s, String field, int depth) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 1 && (t.charAt(0) == '{' || t.charAt(0) == '[')) {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            Sink inner = new Sink();
            if (json(b, 0, b.length, inner, field, depth + 1)) {
                return "\u0000" + inner.text();
            }
        }
        if (t.indexOf(' ') < 0 && ID_LIKE.matcher(t).matches()) {
            return null;
        }
        return t.length() > MAX_STRING ? t.substring(0, MAX_STRING) : t;
    }
}
