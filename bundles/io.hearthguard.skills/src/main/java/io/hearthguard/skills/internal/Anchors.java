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
    private final String[][] dense = new String[DENSE][];
    private final char[] sparseKeys;
    private final String[][] sparse;
    private final String[] all;

    Anchors(String[] anchors) {
        this.all = anchors.clone();
        List<String>[] lists = new List[DENSE];
        java.util.TreeMap<Character, List<String>> high = new java.util.TreeMap<>();
        for (String a : anchors) {
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty anchor");
            }
            char c = a.charAt(0);
            if (c < DENSE) {
                (lists[c] == null ? lists[c] = new ArrayList<>() : lists[c]).add(a);
            } else {
                high.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
            }
        }
        for (int c = 0; c < DENSE; c++) {
            dense[c] = lists[c] == null ? null : lists[c].toArray(new String[0]);
        }
        sparseKeys = new char[high.size()];
        sparse = new String[high.size()][];
        int i = 0;
        for (var e : high.entrySet()) {
            sparseKeys[i] = e.getKey();
            sparse[i++] = e.getValue().toArray(new String[0]);
        }
    }

    /** @return true when {@code text} contains one of the anchors */
    boolean in(String text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String[] cands;
            if (c < DENSE) {
                cands = dense[c];
            } else {
                int k = sparseKeys.length == 0 ? -1 : Arrays.binarySearch(sparseKeys, c);
                cands = k < 0 ? null : sparse[k];
            }
            if (cands != null) {
                for (String a : cands) {
                    if (text.startsWith(a, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @return the anchors as given (for tests) */
    String[] anchors() {
        return all.clone();
    }
}
