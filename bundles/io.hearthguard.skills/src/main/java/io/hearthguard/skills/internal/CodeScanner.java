package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hearthguard.skills.internal.Model.Response;

/**
 * Regex-level extraction of responses from skill code (ASK SDK for Node.js and Python).
 *
 * <p>What it sees: {@code .speak(X)}, {@code .reprompt(X)} / {@code .ask(X)},
 * {@code .withShouldEndSession(b)} / {@code .set_should_end_session(b)} in one builder
 * chain, where X is a string literal (with JS/Python escapes, optionally
 * {@code .repeat(n)} / {@code * n}) or a variable assigned a literal in the same file. The
 * request a handler answers is taken from the intent or request names between the nearest
 * preceding {@code canHandle}/{@code can_handle} and the chain.
 *
 * <p>What it misses: text built at run time (concatenation with variables, i18n resource
 * lookups, data from servers), handlers split across files. Dynamic probing covers those.
 */
public final class CodeScanner {
    private static final String LIT = "('(?:[^'\\\\\\n]|\\\\.){0,20000}'|\"(?:[^\"\\\\\\n]|\\\\.){0,20000}\"|`[^`$]{0,20000}`)";
    private static final String REP = "(?:\\s*\\.repeat\\(\\s*(\\d{1,5})\\s*\\)|\\s*\\*\\s*(\\d{1,5}))?";
    private static final Pattern ASSIGN = Pattern.compile("(?:\\b(?:const|let|var)\\s+)?\\b([A-Za-z_$][A-Za-z0-9_$]{0,80})\\s*=\\s*" + LIT + REP);
    private static final Pattern ARG = Pattern.compile("\\s*(?:" + LIT + REP + "|([A-Za-z_$][A-Za-z0-9_$.]{0,80}))");
    private static final Pattern SPEAK = Pattern.compile("\\.speak\\(");
    private static final Pattern REPROMPT = Pattern.compile("\\.(?:reprompt|ask)\\(");
    private static final Pattern END = Pattern.compile("(?:withShouldEndSession|set_should_end_session)\\(\\s*(true|false|True|False)\\s*\\)");
    private static final Pattern CHAIN_END = Pattern.compile("getResponse\\(\\)|\\.response\\b|\\n\\s*\\n");
    private static final Pattern HANDLER = Pattern.compile("canHandle|can_handle");
    private static final Pattern NAME = Pattern.compile("[\"']((?:AMAZON\\.)?[A-Za-z]+(?:Intent|Request))[\"']");
    private static final int MAX_SOURCE = 2 * 1024 * 1024;

    private CodeScanner() {
    }

    /** @return responses found in one source file */
    public static List<Response> scan(String file, String source) {
        List<Response> out = new ArrayList<>();
        if (source.length() > MAX_SOURCE) {
            return out;
        }
        Map<String, String> vars = new HashMap<>();
        Matcher a = ASSIGN.matcher(source);
        while (a.find()) {
            vars.putIfAbsent(a.group(1), literal(a.group(2), a.group(3), a.group(4)));
        }
        Matcher s = SPEAK.matcher(source);
        int lastEnd = -1;
        while (s.find() && out.size() < 5_000) {
            if (s.start() < lastEnd) {
                continue;
            }
            Matcher ce = CHAIN_END.matcher(source);
            int end = ce.find(s.end()) ? ce.end() : Math.min(source.length(), s.end() + 2_000);
            end = Math.min(end, s.end() + 4_000);
            // the chain may start with .reprompt before .speak; look back a little
            int from = Math.max(lastEnd, source.lastIndexOf(';', s.start()) + 1);
            from = Math.max(from, s.start() - 400);
            String chain = source.substring(from, end);
            lastEnd = end;
            String speech = argument(source, s.end(), vars);
            String reprompt = null;
            boolean asks = false;
            Matcher r = REPROMPT.matcher(chain);
            if (r.find()) {
                asks = true;
                reprompt = argument(chain, r.end(), vars);
                if (reprompt == null && emptyArgument(chain, r.end())) {
                    reprompt = "";
                }
                // round 40: an argument the scanner cannot read (".ask(q)" with q computed, an expression) is a reprompt of
                // unknown words, not a silent one: the session stays open, what it says is not known
            }
            Boolean shouldEnd = null;
            Matcher e = END.matcher(chain);
            if (e.find()) {
                shouldEnd = Boolean.parseBoolean(e.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            if (speech == null && reprompt == null) {
                continue;
            }
            boolean open = Boolean.FALSE.equals(shouldEnd) || ((reprompt != null || asks) && !Boolean.TRUE.equals(shouldEnd));
            String where = "line " + line(source, s.start());
            out.add(new Response(file, where, trigger(source, s.start()), speech, where, reprompt, where, shouldEnd, open));
        }
        return out;
    }

    /** @return true when the call's argument list is empty ({@code .reprompt()}): nothing is said */
    private static boolean emptyArgument(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ')';
    }

    private static String argument(String text, int at, Map<String, String> vars) {
        Matcher m = ARG.matcher(text);
        m.region(at, Math.min(text.length(), at + 40_100));
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(1) != null) {
            return literal(m.group(1), m.group(2), m.group(3));
        }
        return vars.get(m.group(4));
    }

    private static String literal(String quoted, String repeatJs, String repeatPy) {
        String body = unescape(quoted.substring(1, quoted.length() - 1));
        String rep = repeatJs != null ? repeatJs : repeatPy;
        if (rep != null) {
            int n = Math.min(Integer.parseInt(rep), Math.max(1, 8_000 / Math.max(1, body.length())));
            body = body.repeat(n);
        }
        return body;
    }

    /** Decodes JS/Python escapes; unpaired surrogates are kept as they are. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'u' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        int close = s.indexOf('}', i);
                        if (close > 0 && close - i <= 8) {
                            b.appendCodePoint(hex(s.substring(i + 2, close)));
                            i = close;
                        }
                    } else if (i + 4 < s.length()) {
                        b.append((char) hex(s.substring(i + 1, i + 5)));
                        i += 4;
                    }
                }
                case 'U' -> {
                    if (i + 8 < s.length()) {
                        int cp = hex(s.substring(i + 1, i + 9));
                        if (Character.isValidCodePoint(cp)) {
                            b.appendCodePoint(cp);
                        }
                        i += 8;
                    }
                }
                case 'x' -> {
                    if (i + 2 < s.length()) {
                        b.append((char) hex(s.substring(i + 1, i + 3)));
                        i += 2;
                    }
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    private static int hex(String h) {
        try {
            int v = Integer.parseInt(h, 16);
            return Character.isValidCodePoint(v) ? v : 0xFFFD;
        } catch (NumberFormatException e) {
            return 0xFFFD;
        }
    }

    private static int line(String s, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String trigger(String source, int at) {
        int h = -1;
        Matcher m = HANDLER.matcher(source);
        m.region(Math.max(0, at - 6_000), at);
        while (m.find()) {
            h = m.start();
        }
        if (h < 0) {
            return null;
        }
        Matcher n = NAME.matcher(source);
        n.region(h, at);
        String found = null;
        while (n.find()) {
            String name = n.group(1);
            if (found == null || name.contains("Stop") || name.contains("Cancel")) {
                found = found != null && (found.contains("Stop") || found.contains("Cancel")) ? found : name;
            }
        }
        return found;
    }
}
