package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase pattern's top-level alternatives compiled one by one, each run only when one of its own anchors occurs in the
 * text (round 23, for scan speed). The personal-data and health questions are alternations of 10 to 30 alternatives, most
 * behind a Unicode word boundary, and their shared anchors ("name", "number", "live") occur in most speech: the whole
 * alternation was then tried at every position of the text, about a tenth of the scan's CPU. One pass of the anchors
 * now says which alternatives can match, and only those run.
 *
 * <p>
 * The matches are those of the whole pattern, in the same order: at each step the leftmost match of any alternative
 * that may match, the earliest alternative on a tie (as a regular expression alternation prefers), and the next step
 * starts where that match ended (one further for an empty match). An alternative's anchors are the literal strings
 * its expression cannot match without ({@link Literals}); one without any is always run. {@code AlternationTest} compares
 * the matches with the whole pattern's on every line of the test packages and of the shared corpus.
 *
 * <p>
 * Immutable and thread-safe.
 */
final class Alternation {
    private final Pattern[] parts;
    private final Anchors anchors;
    /** Parts with no anchor of their own: always run. */
    private final long always;
    private final long full;
    /**
     * Round 42: compiled {@link Pattern#CASE_INSENSITIVE} without Unicode case: the anchors are lower-cased and looked for in
     * the text lower-cased char by char ({@link #lowerChars}), which holds every match's literals in lower case (an
     * ASCII-caseless match of a literal is equal to it char by char after lower-casing).
     */
    private final boolean caseless;

    /**
     * @param whole the pattern (its flags are used for every alternative); anchors are read with no flags,
     *        {@link Pattern#UNICODE_CHARACTER_CLASS} (and the {@link Pattern#UNICODE_CASE} it implies), or
     *        {@link Pattern#CASE_INSENSITIVE} alone (ASCII case, through lower-cased anchors and text); with any other flags
     *        no alternative has anchors (each always runs)
     */
    Alternation(Pattern whole) {
        List<String> alts = group(Anchors.alternatives(whole.pattern()));
        // UNICODE_CHARACTER_CLASS implies UNICODE_CASE, which changes nothing without CASE_INSENSITIVE; CASE_INSENSITIVE alone
        // (ASCII case) is read through lower-cased anchors and text
        int flags = whole.flags();
        caseless = flags == Pattern.CASE_INSENSITIVE;
        boolean literal = caseless || (flags & ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE)) == 0;
        parts = new Pattern[alts.size()];
        List<String> as = new ArrayList<>();
        List<Long> ms = new ArrayList<>();
        long none = 0;
        for (int i = 0; i < parts.length; i++) {
            String src = alts.get(i);
            parts[i] = Pattern.compile(src, whole.flags());
            java.util.Set<String> needed = literal ? Literals.needed(src) : null;
            if (needed == null) {
                none |= 1L << i;
                continue;
            }
            for (String a : needed) {
                as.add(caseless ? lowerChars(a) : a);
                ms.add(1L << i);
            }
        }
        always = none;
        full = parts.length == 64 ? -1L : (1L << parts.length) - 1;
        long[] masks = new long[ms.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = ms.get(i);
        }
        anchors = new Anchors(as.toArray(String[]::new), masks);
    }

    /** @return the matches of this pattern in {@code text}, alternative by alternative */
    Scan scan(String text) {
        return new Scan(parts, candidates(text), text);
    }

    /** @return the matches of a pattern that is not split, as a {@link Scan} (so that one loop serves both) */
    static Scan whole(Pattern p, String text) {
        return new Scan(new Pattern[] {p}, 1L, text);
    }

    /** @return per alternative (after grouping), its anchors, or null when it always runs (for tests) */
    java.util.List<java.util.Set<String>> anchorsByPart() {
        java.util.List<java.util.Set<String>> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            out.add((always & 1L << i) != 0 ? null : Literals.needed(parts[i].pattern()));
        }
        return out;
    }

    /** @return the alternatives' patterns (for tests) */
    Pattern[] parts() {
        return parts.clone();
    }

    /** @return the alternatives, consecutive ones joined so that there are at most 64 (one bit each) */
    private static List<String> group(List<String> alts) {
        int per = (alts.size() + 63) / 64;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < alts.size(); i += per) {
            out.add(String.join("|", alts.subList(i, Math.min(alts.size(), i + per))));
        }
        return out;
    }

    /** @return the alternatives that may match {@code text} (a bit per alternative) */
    long candidates(String text) {
        return always | anchors.mask(caseless && text != null ? lowerChars(text) : text, full & ~always);
    }

    /** @return whether the pattern finds a match in {@code text} (as {@code matcher(text).find()}) */
    boolean find(String text) {
        return scan(text).find();
    }

    /** @return the text with each char lower-cased on its own ({@link Character#toLowerCase(char)}: same length, no context) */
    static String lowerChars(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.toLowerCase(text.charAt(i)) == text.charAt(i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] out = text.toCharArray();
        for (; i < n; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    /** A scan over one text: {@link #find} gives the matches in the whole pattern's order. Not thread-safe. */
    static final class Scan {
        private final Pattern[] parts;
        private final String text;
        private final Matcher[] ms;
        /** Per part, the start of its next match at or after {@link #from}, -1 if none, -2 if not searched yet. */
        private final int[] starts;
        private int from;
        private int start = -1;
        private int end = -1;

        private Scan(Pattern[] parts, long cand, String text) {
            this.parts = parts;
            this.text = text;
            this.ms = new Matcher[parts.length];
            this.starts = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                starts[i] = (cand & 1L << i) == 0 ? -1 : -2;
            }
        }

        /**
         * @return true when there is another match; then {@link #start()}, {@link #end()}, {@link #group()} (named as
         *         {@link Matcher#find()}, so that a scan replaces a matcher in a loop)
         */
        boolean find() {
            if (from > text.length()) {
                return false;
            }
            int best = -1;
            for (int i = 0; i < parts.length; i++) {
                if (starts[i] == -1) {
                    continue;
                }
                if (starts[i] == -2 || starts[i] < from) {
                    Matcher m = ms[i] == null ? ms[i] = parts[i].matcher(text) : ms[i];
                    starts[i] = m.find(from) ? m.start() : -1;
                }
                if (starts[i] >= 0 && (best < 0 || starts[i] < starts[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                from = text.length() + 1;
                return false;
            }
            start = ms[best].start();
            end = ms[best].end();
            from = end == start ? end + 1 : end;
            return true;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String group() {
            return text.substring(start, end);
        }
    }
}
