package io.hearthguard.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed rules file. Line format (blank lines and {@code #} comments ignored):
 *
 * <pre>
 * &lt;fact-kind&gt; &lt;op&gt; &lt;pattern&gt; -&gt; &lt;attr&gt;=&lt;value&gt;; &lt;attr&gt;=&lt;value&gt;; weight=&lt;0..1&gt;
 * </pre>
 *
 * {@code op} is {@code =} (whole value, case-insensitive), {@code *} (whole-value glob,
 * {@code *} any run of characters) or {@code ~} (Java regex, found anywhere,
 * case-insensitive). Immutable; safe to share.
 */
public final class RuleSet {
    /** Most rules one file may hold. */
    public static final int MAX_RULES = 5_000;
    /** Longest line accepted. */
    public static final int MAX_LINE = 1_000;

    /** A line that could not be parsed. */
    public static final class RuleSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        RuleSyntaxException(String origin, String message) {
            super(origin + ": " + message);
        }
    }

    private final Map<String, List<Rule>> byKind;
    private final int size;

    private RuleSet(Map<String, List<Rule>> byKind, int size) {
        this.byKind = byKind;
        this.size = size;
    }

    /** @return a rule set without rules */
    public static RuleSet empty() {
        return new RuleSet(Map.of(), 0);
    }

    /** @return the number of rules */
    public int size() {
        return size;
    }

    /** @return the rules for one fact kind, in file order */
    public List<Rule> forKind(String kind) {
        return byKind.getOrDefault(Rule.normaliseKind(kind), List.of());
    }

    /** @return this set followed by {@code other}'s rules */
    public RuleSet plus(RuleSet other) {
        Map<String, List<Rule>> m = new HashMap<>();
        byKind.forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        other.byKind.forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        m.replaceAll((k, v) -> List.copyOf(v));
        return new RuleSet(Collections.unmodifiableMap(m), size + other.size);
    }

    /**
     * Parses a rules file; the stream is read but not closed.
     *
     * @param name used in error messages and evidence details
     * @throws RuleSyntaxException naming file and line of the first bad line
     */
    public static RuleSet parse(InputStream in, String name) throws IOException, RuleSyntaxException {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** @see #parse(InputStream, String) */
    public static RuleSet parse(Reader reader, String name) throws IOException, RuleSyntaxException {
        BufferedReader r = new BufferedReader(reader);
        Map<String, List<Rule>> m = new HashMap<>();
        int count = 0;
        int no = 0;
        String line;
        while ((line = r.readLine()) != null) {
            no++;
            String origin = name + ":" + no;
            if (line.length() > MAX_LINE) {
                throw new RuleSyntaxException(origin, "line longer than " + MAX_LINE + " characters");
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (++count > MAX_RULES) {
                throw new RuleSyntaxException(origin, "more than " + MAX_RULES + " rules");
            }
            Rule rule = parseLine(t, origin);
            m.computeIfAbsent(rule.kind(), k -> new ArrayList<>()).add(rule);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new RuleSet(Collections.unmodifiableMap(m), count);
    }

    private static Rule parseLine(String t, String origin) throws RuleSyntaxException {
        int arrow = t.indexOf(" -> ");
        if (arrow < 0) {
            throw new RuleSyntaxException(origin, "expected '<fact> <op> <pattern> -> attr=value; ...'");
        }
        String left = t.substring(0, arrow).strip();
        String right = t.substring(arrow + 4).strip();
        String[] head = left.split("\\s+", 3);
        if (head.length < 3) {
            throw new RuleSyntaxException(origin, "expected a fact kind, an operator and a pattern");
        }
        String kind = Rule.normaliseKind(head[0]);
        if (!kind.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new RuleSyntaxException(origin, "bad fact kind '" + head[0] + "'");
        }
        Pattern p;
        boolean whole;
        try {
            switch (head[1]) {
                case "=" -> {
                    p = Pattern.compile(Pattern.quote(head[2]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    whole = true;
                }
                case "*" -> {
                    p = Pattern.compile(glob(head[2]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    whole = true;
                }
                case "~" -> {
                    p = Pattern.compile(head[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    whole = false;
                }
                default -> throw new RuleSyntaxException(origin, "unknown operator '" + head[1] + "' (use =, * or ~)");
            }
        } catch (PatternSyntaxException e) {
            throw new RuleSyntaxException(origin, "bad pattern: " + e.getDescription());
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        double weight = 0.5;
        for (String part : right.split(";")) {
            String kv = part.strip();
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new RuleSyntaxException(origin, "expected attr=value, got '" + kv + "'");
            }
            String key = kv.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = kv.substring(eq + 1).strip();
            if (key.equals("weight")) {
                try {
                    weight = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    weight = -1;
                }
                if (!(weight >= 0 && weight <= 1)) {
                    throw new RuleSyntaxException(origin, "weight must be a number within [0,1]");
                }
            } else if (!Rule.ATTRIBUTES.contains(key)) {
                throw new RuleSyntaxException(origin, "unknown attribute '" + key + "' (use " + Rule.ATTRIBUTES + " or weight)");
            } else if (value.isEmpty()) {
                throw new RuleSyntaxException(origin, "empty value for " + key);
            } else {
                if (key.equals("type") && value.indexOf('$') < 0
                        && io.hearthguard.api.device.DeviceType.fromId(value) == io.hearthguard.api.device.DeviceType.UNKNOWN
                        && !value.equalsIgnoreCase("unknown")) {
                    throw new RuleSyntaxException(origin, "unknown device type '" + value + "'");
                }
                attrs.put(key, value);
            }
        }
        if (attrs.isEmpty()) {
            throw new RuleSyntaxException(origin, "a rule must set at least one attribute");
        }
        // in the rule's own order: Map.copyOf iterates in an order that differs from one JVM to the next,
        // and the evidence built from these attributes must come out the same in every run
        return new Rule(kind, p, whole, java.util.Collections.unmodifiableMap(attrs), weight, origin);
    }

    private static String glob(String g) {
        StringBuilder b = new StringBuilder();
        int start = 0;
        for (int i = 0; i < g.length(); i++) {
            if (g.charAt(i) == '*') {
                if (i > start) {
                    b.append(Pattern.quote(g.substring(start, i)));
                }
                b.append(".*");
                start = i + 1;
            }
        }
        if (start < g.length()) {
            b.append(Pattern.quote(g.substring(start)));
        }
        return b.toString();
    }

    /** One rule match: the rule and its expanded attribute values. */
    public record Match(Rule rule, Map<String, String> values) {
    }

    /** @return the matches of every rule for the fact's kind, in file order */
    public List<Match> match(Fact fact) {
        List<Rule> rules = forKind(fact.kind());
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(2);
        for (Rule rule : rules) {
            Matcher m;
            try {
                m = rule.match(fact.value());
            } catch (Rule.BudgetExceeded e) {
                continue; // a pathological pattern on this value: no evidence, no hang
            }
            if (m == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            rule.attributes().forEach((k, v) -> {
                String x = Rule.expand(v, m);
                if (!x.isEmpty()) {
                    values.put(k, x);
                }
            });
            if (!values.isEmpty()) {
                out.add(new Match(rule, values));
            }
        }
        return out;
    }
}
