package io.hearthguard.protection.eavesdrop.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Host-name globs ({@code *} matches any run of characters, case-insensitive) with a small
 * bounded cache of answers, so the per-flow cost is one map lookup.
 */
final class NamePatterns {

    private static final int CACHE = 1024;
    private final List<String> patterns;
    private final Map<String, Boolean> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
            return size() > CACHE;
        }
    };

    NamePatterns(List<String> patterns) {
        this.patterns = patterns.stream().map(p -> p.trim().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
    }

    boolean matches(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            return false;
        }
        return cache.computeIfAbsent(name, n -> {
            String s = n.toLowerCase(Locale.ROOT);
            for (String p : patterns) {
                if (glob(p, 0, s, 0)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Iterative glob match with one backtrack point: linear in practice, never exponential. */
    static boolean glob(String p, int pi, String s, int si) {
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && p.charAt(pi) == s.charAt(si)) {
                pi++;
                si++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
