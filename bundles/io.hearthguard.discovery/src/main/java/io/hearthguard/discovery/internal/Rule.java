package io.hearthguard.discovery.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One identification rule: when a fact of {@code kind} matches, it supports attribute
 * values with a weight. See docs/discovery.md for the line format.
 *
 * @param kind       the fact kind it applies to
 * @param pattern    compiled, case-insensitive; {@code find} semantics for {@code ~},
 *                   whole-value for {@code =} and {@code *}
 * @param whole      true when the pattern must match the whole value
 * @param attributes attribute to value template ({@code $0}..{@code $9} are regex groups)
 * @param weight     0..1
 * @param origin     where the rule came from ({@code file:line}), for evidence details
 */
public record Rule(String kind, Pattern pattern, boolean whole, Map<String, String> attributes, double weight,
        String origin) {

    /** Attributes a rule may set. */
    public static final List<String> ATTRIBUTES = List.of("vendor", "type", "model", "os", "name");

    /** Most character reads one match may make: a backtracking pattern gives up, not hangs. */
    static final int MATCH_BUDGET = 200_000;

    /** Thrown when a match exceeds {@link #MATCH_BUDGET}. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A string whose reads are counted, so a runaway regex stops. */
    private static final class Budgeted implements CharSequence {
        private final String s;
        private final int[] left;

        Budgeted(String s, int[] left) {
            this.s = s;
            this.left = left;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new BudgetExceeded();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(s.substring(start, end), left);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /**
     * @return the matcher when the value matches, else null
     * @throws BudgetExceeded when the pattern backtracks past {@link #MATCH_BUDGET} reads
     */
    Matcher match(String value) {
        Matcher m = pattern.matcher(new Budgeted(value, new int[] {MATCH_BUDGET}));
        boolean ok = whole ? m.matches() : m.find();
        return ok ? m : null;
    }

    /** @return the template with regex groups filled in, sanitised; empty when it names no group */
    static String expand(String template, Matcher m) {
        if (template.indexOf('$') < 0) {
            return template;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int g = template.charAt(++i) - '0';
                if (g <= m.groupCount() && m.group(g) != null) {
                    b.append(m.group(g));
                }
            } else {
                b.append(c);
            }
        }
        return Text.clean(b.toString(), 96);
    }

    /** @return lower-case kind; facts kinds are compared in lower case */
    static String normaliseKind(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }
}
