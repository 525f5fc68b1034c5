package io.hearthguard.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

import io.hearthguard.skills.SkillInputException;

/**
 * Known invocation names, indexed for confusable-name lookup without scanning: by Double
 * Metaphone key (primary and alternate) of the name's core (paraphrase words such as
 * "the", "please", "app" removed), and by every one-character deletion of those keys, so
 * keys one edit apart meet in the index. Candidates from the index are then confirmed
 * with the edit distance of the spelled cores.
 *
 * <p>Sources: SKIPPER CSV ({@code Invocation Name}/{@code Skill Name} columns), or text
 * files with one name per line ({@code #} comments). Immutable after loading; lookups are
 * thread-safe.
 */
public final class Catalog {
    /** Most names held. */
    public static final int MAX_NAMES = 2_000_000;
    /** Largest catalog file. */
    public static final long MAX_FILE = 256L * 1024 * 1024;
    private static final int MAX_CANDIDATES = 400;
    private static final Set<String> PREFIX = Set.of("the", "my", "a", "an", "ask", "open", "start", "launch", "play", "mister", "mr");
    private static final Set<String> SUFFIX = Set.of("please", "app", "skill", "application", "now", "bitte", "s'il", "vous", "plait",
            "por", "favor", "per", "favore");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final List<String> names = new ArrayList<>();
    private final List<String> cores = new ArrayList<>();
    private final Map<String, int[]> byKey = new HashMap<>();
    private final Map<String, int[]> byDeletion = new HashMap<>();
    private final Set<String> seen = new java.util.HashSet<>();
    private final DoubleMetaphone dm = newMetaphone();

    /** How a name matched. */
    public enum Kind { PARAPHRASE, HOMOPHONE, NEAR }

    /** A confusable known name. */
    public record Match(String known, Kind kind, int distance, String key) {
    }

    private static DoubleMetaphone newMetaphone() {
        DoubleMetaphone d = new DoubleMetaphone();
        d.setMaxCodeLen(32);
        return d;
    }

    /** @return the number of names held */
    public int size() {
        return names.size();
    }

    /** Adds one known name. Not thread-safe: call only while building. */
    public void add(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200 || names.size() >= MAX_NAMES) {
            return;
        }
        String core = core(n);
        if (core.replace(" ", "").length() < 3 || !seen.add(core)) {
            return;
        }
        int id = names.size();
        names.add(n);
        cores.add(core);
        for (String k : keys(core)) {
            put(byKey, k, id);
            if (k.length() >= 3) {
                for (int i = 0; i < k.length(); i++) {
                    put(byDeletion, k.substring(0, i) + k.substring(i + 1), id);
                }
            }
        }
    }

    private static void put(Map<String, int[]> m, String k, int id) {
        int[] a = m.get(k);
        if (a == null) {
            m.put(k, new int[] {id});
        } else if (a[a.length - 1] != id) {
            int[] b = Arrays.copyOf(a, a.length + 1);
            b[a.length] = id;
            m.put(k, b);
        }
    }

    /** @return lower-case words without accents or punctuation, paraphrase words removed */
    static String core(String name) {
        String t = plain(name.replace("&", " and "));
        List<String> w = new ArrayList<>(Arrays.asList(t.split(" ")));
        while (w.size() > 1 && PREFIX.contains(w.get(0))) {
            w.remove(0);
        }
        while (w.size() > 1 && SUFFIX.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                b.append(w).append(' ');
            }
        }
        return b.toString();
    }

    /** @return lower case, accents removed, punctuation as single spaces */
    static String plain(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) {
            ascii = t.charAt(i) < 128;
        }
        if (!ascii) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        }
        return NON_WORD.matcher(t).replaceAll(" ").strip();
    }

    private Set<String> keys(String core) {
        String joined = core.replace(" ", "");
        Set<String> k = new LinkedHashSet<>(2);
        String p = dm.doubleMetaphone(joined, false);
        String a = dm.doubleMetaphone(joined, true);
        if (p != null && !p.isEmpty()) {
            k.add(p);
        }
        if (a != null && !a.isEmpty()) {
            k.add(a);
        }
        if (k.isEmpty()) {
            k.add("#" + joined);
        }
        return k;
    }

    /**
     * @param name an invocation name
     * @return the closest confusable known name, or null; identical names (the skill itself)
     *         are not matches
     */
    public Match lookup(String name) {
        String core = core(name);
        if (core.replace(" ", "").length() < 4) {
            return null;
        }
        Set<Integer> cand = new LinkedHashSet<>();
        Set<String> ks = keys(core);
        for (String k : ks) {
            collect(byKey.get(k), cand);
            collect(byDeletion.get(k), cand);
            for (int i = 0; i < k.length() && k.length() >= 3; i++) {
                String d = k.substring(0, i) + k.substring(i + 1);
                collect(byKey.get(d), cand);
                collect(byDeletion.get(d), cand);
            }
        }
        String normalisedQuery = plain(name);
        Match best = null;
        int n = 0;
        for (int id : cand) {
            if (++n > MAX_CANDIDATES) {
                break;
            }
            String kc = cores.get(id);
            String known = names.get(id);
            String knownNorm = plain(known);
            if (knownNorm.equals(normalisedQuery)) {
                return null;
            }
            Match m;
            int len = core.replace(" ", "").length();
            int dist = levenshtein(kc.replace(" ", ""), core.replace(" ", ""), 8);
            if (!digits(kc).equals(digits(core))) {
                // Double Metaphone ignores digits: "radio 5" is not "radio"
                continue;
            }
            if (kc.equals(core)) {
                m = new Match(known, Kind.PARAPHRASE, 0, ks.iterator().next());
            } else if (!java.util.Collections.disjoint(keys(kc), ks) && dist <= Math.max(2, len / 3)) {
                m = new Match(known, Kind.HOMOPHONE, dist, ks.iterator().next());
            } else if (dist <= Math.max(1, Math.min(2, len / 5))) {
                // phonetic keys one edit apart (that is how it became a candidate) and spelled alike
                m = new Match(known, Kind.NEAR, dist, ks.iterator().next());
            } else {
                continue;
            }
            if (best == null || m.kind().ordinal() < best.kind().ordinal()
                    || (m.kind() == best.kind() && m.distance() < best.distance())) {
                best = m;
            }
        }
        return best;
    }

    private static void collect(int[] ids, Set<Integer> into) {
        if (ids != null) {
            for (int i = 0; i < ids.length && into.size() < MAX_CANDIDATES * 4; i++) {
                into.add(ids[i]);
            }
        }
    }

    /** @return the Levenshtein distance, or {@code cap + 1} once it exceeds {@code cap} */
    static int levenshtein(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Loads names from a SKIPPER CSV or a one-name-per-line text file. */
    public void load(Path file) throws SkillInputException {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new SkillInputException(file + ": catalog must be a regular file");
        }
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new SkillInputException(file + ": catalog larger than " + MAX_FILE + " bytes");
            }
            try (InputStream in = Files.newInputStream(file);
                    Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    loadCsv(file, r);
                } else {
                    java.io.BufferedReader br = (java.io.BufferedReader) r;
                    String line;
                    while ((line = br.readLine()) != null) {
                        if (!line.startsWith("#")) {
                            add(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new SkillInputException(file + ": cannot read catalog: " + e.getMessage(), e);
        }
    }

    private void loadCsv(Path file, Reader r) throws IOException, SkillInputException {
        List<String> header = Csv.next(r);
        if (header == null) {
            throw new SkillInputException(file + ": empty catalog");
        }
        int inv = header.indexOf("Invocation Name");
        int skill = header.indexOf("Skill Name");
        if (inv < 0 && skill < 0) {
            inv = 0;
        }
        List<String> row;
        while ((row = Csv.next(r)) != null) {
            if (inv >= 0 && inv < row.size() && !row.get(inv).isBlank() && !row.get(inv).strip().equalsIgnoreCase("Not Exists")) {
                add(row.get(inv));
            }
            if (skill >= 0 && skill < row.size()) {
                add(row.get(skill));
            }
        }
    }

    /** Minimal RFC 4180 reader with bounded fields. */
    static final class Csv {
        private Csv() {
        }

        static List<String> next(Reader r) throws IOException {
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = r.read()) >= 0) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        r.mark(1);
                        int d = r.read();
                        if (d == '"') {
                            f.append('"');
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                r.reset();
                            }
                        }
                    } else if (f.length() < 100_000) {
                        f.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n') {
                    row.add(f.toString());
                    return row;
                } else if (c != '\r' && f.length() < 100_000) {
                    f.append((char) c);
                }
                if (row.size() > 1_000) {
                    throw new IOException("CSV row with more than 1,000 fields");
                }
            }
            if (!any) {
                return null;
            }
            row.add(f.toString());
            return row;
        }
    }
}
