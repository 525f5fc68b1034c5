package io.hearthguard.skills.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The literal strings a regular expression cannot match without (round 23, for scan speed): a set of strings of which
 * every match contains at least one, read from the expression's source, so that a text holding none of them is refused
 * by one {@link Anchors} pass instead of the expression. Used for the alternatives of {@link Alternation}.
 *
 * <p>
 * The reading is conservative: what it does not understand it treats as "any text" (no requirement), never as a
 * literal. Literal runs are joined across the parts that match a known finite set of strings (a group of literal
 * alternatives, an optional literal) up to {@value #MAX} strings; the set kept is the one whose shortest string is the
 * longest. Character classes, {@code .}, escapes of classes ({@code \s}, {@code \p{L}}), repetitions that may be empty
 * and back-references require nothing; zero-width parts ({@code \b}, anchors, look-arounds) neither require nor break a
 * run. Patterns with inline flags, or compiled with flags other than {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS},
 * give null (no requirement known). Stateless; thread-safe.
 */
final class Literals {
    /** The most strings a literal run may hold (runs are joined by products). */
    static final int MAX = 64;
    /** The most strings a needed set may hold (an alternation's union). */
    static final int NEEDED_MAX = 512;

    private Literals() {
    }

    /** @return strings of which every match of {@code regex} contains one, or null when none is known (never an empty string) */
    static Set<String> needed(String regex) {
        Parser p = new Parser(regex);
        try {
            Node n = p.alternation();
            if (p.at < regex.length()) {
                return null;
            }
            return n.needed;
        } catch (RuntimeException e) {
            return null; // a construct this reading does not know: no requirement
        }
    }

    /** What a part of an expression matches: exactly one of {@code exact} (or null: not a finite known set), and what it needs. */
    private record Node(Set<String> exact, Set<String> needed, boolean zeroWidth) {
        static final Node ANY = new Node(null, null, false);
        static final Node ZERO = new Node(Set.of(""), null, true);
    }

    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Node alternation() {
            Set<String> exact = new LinkedHashSet<>();
            Set<String> needed = new LinkedHashSet<>();
            boolean allExact = true;
            boolean allNeed = true;
            boolean zero = true;
            while (true) {
                Node n = sequence();
                zero &= n.zeroWidth;
                if (n.exact == null) {
                    allExact = false;
                } else if (allExact) {
                    exact.addAll(n.exact);
                }
                if (n.needed == null) {
                    allNeed = false;
                } else if (allNeed) {
                    needed.addAll(n.needed);
                }
                if (at < s.length() && s.charAt(at) == '|') {
                    at++;
                    continue;
                }
                break;
            }
            if (zero) {
                return Node.ZERO;
            }
            Set<String> ex = allExact && exact.size() <= MAX ? exact : null;
            Set<String> nd = allNeed && needed.size() <= NEEDED_MAX ? needed : null;
            if (ex != null && !ex.contains("")) {
                nd = better(nd, ex);
            }
            return new Node(ex, nd, false);
        }

        /** A concatenation, up to {@code |} or {@code )}. */
        Node sequence() {
            Set<String> run = Set.of(""); // the exact strings of the current run of finite parts
            boolean runExact = true; // the whole sequence so far is one run (its exact set is the run's)
            Set<String> best = null;
            boolean zero = true;
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                Node n = quantified(atom());
                if (n.zeroWidth) {
                    continue;
                }
                zero = false;
                if (n.exact != null) {
                    Set<String> joined = product(run, n.exact);
                    if (joined != null) {
                        run = joined;
                        continue;
                    }
                    best = better(best, run);
                    run = n.exact;
                    runExact = false;
                    continue;
                }
                best = better(best, run);
                best = better(best, n.needed);
                run = Set.of("");
                runExact = false;
            }
            best = better(best, run);
            if (zero) {
                return Node.ZERO;
            }
            return new Node(runExact ? run : null, best, false);
        }

        Node quantified(Node n) {
            if (at >= s.length()) {
                return n;
            }
            char c = s.charAt(at);
            int min;
            boolean finiteOne = false;
            if (c == '?') {
                at++;
                min = 0;
                finiteOne = true;
            } else if (c == '*') {
                at++;
                min = 0;
            } else if (c == '+') {
                at++;
                min = 1;
            } else if (c == '{') {
                int close = s.indexOf('}', at);
                String[] mn = s.substring(at + 1, close).split(",", -1);
                min = Integer.parseInt(mn[0].trim());
                at = close + 1;
                if (mn.length == 1 && min == 1) {
                    finiteOne = true; // {1}: the atom itself
                    min = 1;
                }
            } else {
                return n;
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++; // lazy or possessive: the same strings
            }
            if (n.zeroWidth) {
                return n;
            }
            if (finiteOne && min == 0) { // X?: X's strings or nothing
                if (n.exact == null) {
                    return Node.ANY;
                }
                Set<String> ex = new LinkedHashSet<>(n.exact);
                ex.add("");
                return ex.size() <= MAX ? new Node(ex, null, false) : Node.ANY;
            }
            if (finiteOne) {
                return n;
            }
            return min >= 1 ? new Node(null, n.needed != null ? n.needed : n.exact != null && !n.exact.contains("") ? n.exact : null, false) : Node.ANY;
        }

        Node atom() {
            char c = s.charAt(at);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Node.ANY;
                case '.':
                    at++;
                    return Node.ANY;
                case '^':
                case '$':
                    at++;
                    return Node.ZERO;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("dangling quantifier");
                default:
                    at++;
                    if (Character.isHighSurrogate(c) && at < s.length()) {
                        at++;
                        return new Node(Set.of(s.substring(at - 2, at)), null, false);
                    }
                    return new Node(Set.of(String.valueOf(c)), null, false);
            }
        }

        Node group() {
            at++; // (
            boolean zero = false;
            if (s.startsWith("?:", at)) {
                at += 2;
            } else if (s.startsWith("?=", at) || s.startsWith("?!", at)) {
                at += 2;
                zero = true;
            } else if (s.startsWith("?<=", at) || s.startsWith("?<!", at)) {
                at += 3;
                zero = true;
            } else if (s.startsWith("?<", at)) {
                at = s.indexOf('>', at) + 1; // a named group
            } else if (s.startsWith("?", at)) {
                throw new IllegalArgumentException("inline flags or an unknown group");
            }
            Node inner = alternation();
            if (at >= s.length() || s.charAt(at) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            at++;
            return zero ? Node.ZERO : inner;
        }

        Node escape() {
            at++; // backslash
            char c = s.charAt(at++);
            switch (c) {
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return Node.ZERO;
                case 'p':
                case 'P':
                    if (s.charAt(at) == '{') {
                        at = s.indexOf('}', at) + 1;
                    } else {
                        at++;
                    }
                    return Node.ANY;
                case 's':
                case 'S':
                case 'w':
                case 'W':
                case 'd':
                case 'D':
                case 'h':
                case 'H':
                case 'v':
                case 'V':
                case 'R':
                case 'X':
                    return Node.ANY;
                case 'n':
                    return lit('\n');
                case 't':
                    return lit('\t');
                case 'r':
                    return lit('\r');
                case 'f':
                    return lit('\f');
                case 'Q': {
                    int end = s.indexOf("\\E", at);
                    String q = end < 0 ? s.substring(at) : s.substring(at, end);
                    at = end < 0 ? s.length() : end + 2;
                    return new Node(Set.of(q), q.isEmpty() ? null : Set.of(q), q.isEmpty());
                }
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw new IllegalArgumentException("escape \\" + c); // back-references, hex and code-point escapes, named references: not read
                    }
                    return lit(c); // an escaped metacharacter: itself
            }
        }

        private static Node lit(char c) {
            return new Node(Set.of(String.valueOf(c)), null, false);
        }

        void skipClass() {
            int depth = 0;
            while (at < s.length()) {
                char c = s.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                }
            }
            throw new IllegalArgumentException("unclosed class");
        }
    }

    /** @return every a+b, or null when there would be more than {@link #MAX} */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** @return the better of two needed sets: the one whose shortest string is longer (then the smaller); an empty string disqualifies */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (b == null || b.isEmpty() || b.contains("")) {
            return a == null || a.isEmpty() || a.contains("") ? null : a;
        }
        if (a == null || a.isEmpty() || a.contains("")) {
            return b;
        }
        int la = shortest(a);
        int lb = shortest(b);
        return lb > la || lb == la && b.size() < a.size() ? b : a;
    }

    private static int shortest(Set<String> set) {
        int m = Integer.MAX_VALUE;
        for (String x : set) {
            m = Math.min(m, x.length());
        }
        return m;
    }
}
