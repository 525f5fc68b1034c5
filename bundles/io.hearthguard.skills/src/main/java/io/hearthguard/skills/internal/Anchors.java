package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a text contains any of a list of substrings (a phrase pattern's anchors), in one pass over the text instead
 * of one {@code contains} per anchor (round 10b): the anchors are indexed by their first character, and at each
 * position of the text only the anchors that start with its character are compared. The scan asks this for every
 * speech, reprompt and sample against lists of 20 to 120 anchors; it was the largest part of the scan's CPU.
 * Immutable and thread-safe once built.
 */
final class Anchors {
    /** First characters below this index a dense table (Latin, Greek, Cyrillic, kana); the rest are binary-searched. */
    private static final int DENSE = 0x3100;
    private final char[][][] denseChars = new char[DENSE][][];
    private final char[] sparseKeys;
    /**
     * Round 22: one bit per char at or above {@link #DENSE} that starts an anchor, so that a Japanese or Chinese char
     * that starts none (most of them) costs one bit test instead of a binary search (the search was about 5 % of the
     * scan's samples, most of it in the credential pre-filter over Japanese samples).
     */
    private final long[] sparseBits = new long[(0x10000 - DENSE + 63) >>> 6];
    private final char[][][] sparseChars;
    /**
     * Round 23: one bit per hashed pair of chars that starts an anchor, and one per char that is a whole anchor, so that
     * a position whose two chars start no anchor (most positions) costs one bit test instead of a walk over the anchors
     * that start with its char (the walk was most of the pre-filters' time once the regular expressions ran less).
     */
    private final long[] pairBits = new long[PAIRS >>> 6];
    private final long[] singleBits = new long[0x10000 >>> 6];
    /**
     * Round 42: 2<sup>14</sup> pair bits (2 KB, was 8 KB) — the scan asks a hundred sets of anchors, whose tables then
     * stay in the cache — and the single chars' table only read by a set that has one-char anchors (few have).
     */
    private static final int PAIRS = 1 << 14;
    private final boolean singles;
    private final String[] all;
    /** Per anchor (as grouped by its first char, like the chars), the bits it sets in {@link #mask}; null when built without. */
    private final long[][] denseMasks;
    private final long[][] sparseMasks;

    Anchors(String[] anchors) {
        this(anchors, null);
    }

    /**
     * @param masks null, or per anchor the bits {@link #mask} sets when the anchor occurs (an {@link Alternation}'s parts
     *        that contain it)
     */
    Anchors(String[] anchors, long[] masks) {
        this.all = anchors.clone();
        java.util.Map<String, Long> maskOf = new java.util.HashMap<>();
        if (masks != null) {
            for (int i = 0; i < anchors.length; i++) {
                maskOf.merge(anchors[i], masks[i], (a, b) -> a | b);
            }
        }
        List<String>[] lists = new List[DENSE];
        java.util.TreeMap<Character, List<String>> high = new java.util.TreeMap<>();
        for (String a : anchors) {
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty anchor");
            }
            char c = a.charAt(0);
            if (a.length() == 1) {
                singleBits[c >>> 6] |= 1L << c;
            } else {
                int h = pair(c, a.charAt(1));
                pairBits[h >>> 6] |= 1L << h;
            }
            if (c < DENSE) {
                (lists[c] == null ? lists[c] = new ArrayList<>() : lists[c]).add(a);
            } else {
                high.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
            }
        }
        singles = java.util.Arrays.stream(anchors).anyMatch(a -> a.length() == 1);
        denseMasks = masks == null ? null : new long[DENSE][];
        for (int c = 0; c < DENSE; c++) {
            denseChars[c] = lists[c] == null ? null : chars(lists[c]);
            if (masks != null && lists[c] != null) {
                denseMasks[c] = masks(lists[c], maskOf);
            }
        }
        sparseKeys = new char[high.size()];
        sparseChars = new char[high.size()][][];
        sparseMasks = masks == null ? null : new long[high.size()][];
        int i = 0;
        for (var e : high.entrySet()) {
            sparseKeys[i] = e.getKey();
            int b = e.getKey() - DENSE;
            sparseBits[b >>> 6] |= 1L << b;
            if (masks != null) {
                sparseMasks[i] = masks(e.getValue(), maskOf);
            }
            sparseChars[i++] = chars(e.getValue());
        }
    }

    private static int pair(char a, char b) {
        return (a * 0x9E37 ^ b) & (PAIRS - 1);
    }

    /** @return false when no anchor can start at {@code i} (its pair of chars starts none and its char is none) */
    private boolean mayStart(char[] t, int i, int n) {
        char c = t[i];
        if (singles && (singleBits[c >>> 6] & 1L << c) != 0) {
            return true;
        }
        if (i + 1 >= n) {
            return false;
        }
        int h = pair(c, t[i + 1]);
        return (pairBits[h >>> 6] & 1L << h) != 0;
    }

    private static long[] masks(List<String> anchors, java.util.Map<String, Long> maskOf) {
        long[] out = new long[anchors.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = maskOf.get(anchors.get(i));
        }
        return out;
    }

    /**
     * Round 23: which parts of an {@link Alternation} the text may match, in the same one pass as {@link #in}: the union
     * of the masks of the anchors that occur (stops early once every bit of {@code all} is set).
     *
     * @throws IllegalStateException when built without masks
     */
    long mask(String text, long full) {
        if (denseMasks == null) {
            throw new IllegalStateException("anchors built without masks");
        }
        if (text == null) {
            return 0;
        }
        long found = 0;
        char[] t = text.toCharArray();
        int n = t.length;
        for (int i = 0; i < n; i++) {
            if (!mayStart(t, i, n)) {
                continue;
            }
            char c = t[i];
            char[][] cands;
            long[] ms;
            if (c < DENSE) {
                cands = denseChars[c];
                ms = denseMasks[c];
            } else if ((sparseBits[(c - DENSE) >>> 6] & 1L << (c - DENSE)) == 0) {
                continue;
            } else {
                int k = Arrays.binarySearch(sparseKeys, c);
                cands = k < 0 ? null : sparseChars[k];
                ms = k < 0 ? null : sparseMasks[k];
            }
            if (cands != null) {
                for (int j = 0; j < cands.length; j++) {
                    char[] a = cands[j];
                    if ((found | ms[j]) != found && a.length <= n - i && startsAt(t, i, a)) {
                        found |= ms[j];
                        if (found == full) {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * @return true when {@code text} contains one of the anchors. Round 19: the text is read as one array of chars and
     *         each candidate is compared char by char from its second char, instead of {@code charAt} and
     *         {@code startsWith} per position and candidate (their index checks were a tenth of the scan's samples).
     */
    boolean in(String text) {
        if (text == null) {
            return false;
        }
        char[] t = text.toCharArray();
        int n = t.length;
        for (int i = 0; i < n; i++) {
            if (!mayStart(t, i, n)) {
                continue;
            }
            char c = t[i];
            char[][] cands;
            if (c < DENSE) {
                cands = denseChars[c];
            } else if ((sparseBits[(c - DENSE) >>> 6] & 1L << (c - DENSE)) == 0) {
                continue;
            } else {
                int k = Arrays.binarySearch(sparseKeys, c);
                cands = k < 0 ? null : sparseChars[k];
            }
            if (cands != null) {
                for (char[] a : cands) {
                    if (a.length <= n - i && startsAt(t, i, a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsAt(char[] t, int at, char[] a) {
        for (int j = 1; j < a.length; j++) {
            if (t[at + j] != a[j]) {
                return false;
            }
        }
        return true;
    }

    private static char[][] chars(List<String> anchors) {
        char[][] out = new char[anchors.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = anchors.get(i).toCharArray();
        }
        return out;
    }

    /**
     * @return the top-level alternatives of a regular expression (split at each {@code |} outside parentheses and
     *         character classes, an escaped char skipped), for the pattern builders that look at each alternative (Rules'
     *         purpose words, round 14; LeaveTaking's literal starts, round 22; {@link Alternation}, round 23)
     */
    static List<String> alternatives(String alternation) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int inClass = 0;
        int from = 0;
        for (int i = 0; i <= alternation.length(); i++) {
            char ch = i < alternation.length() ? alternation.charAt(i) : '|';
            if (ch == '\\') {
                i++;
            } else if (ch == '[') {
                inClass++;
            } else if (ch == ']' && inClass > 0) {
                inClass--;
            } else if (inClass > 0) {
                continue;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '|' && depth == 0) {
                out.add(alternation.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    /** @return the anchors as given (for tests) */
    String[] anchors() {
        return all.clone();
    }
}
