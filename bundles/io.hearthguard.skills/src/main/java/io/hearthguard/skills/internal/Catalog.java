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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Set<String> PREFIX = Set.of("the", "my", "a", "an", "ask", "open", "start", "launch", "play", "mister", "mr",
            // articles and "my" of de, fr, es, it, pt: "el bartender" is "the bartender" said in another store
            "el", "la", "los", "las", "le", "les", "der", "die", "das", "den", "dem", "il", "lo", "gli", "o", "os", "un", "une", "una",
            "uno", "ein", "eine", "mi", "mis", "mein", "meine", "mon", "ma", "mes", "mio", "mia", "meu", "minha");
    // round 15: the plurals of the paraphrase nouns too ("the bible apps" is "the bible app" said again)
    private static final Set<String> SUFFIX = Set.of("please", "app", "skill", "application", "apps", "skills", "applications", "now", "bitte", "s'il", "vous", "plait",
            "por", "favor", "per", "favore");

    /**
     * Words that sound alike, mapped to one spelling before keys are computed ("capital won"
     * and "capital one", "fish fax" and "fish facts"), and digits written as words.
     */
    private static final Map<String, String> HOMOPHONES = homophones(
            "won one", "1 one", "to two", "too two", "2 two", "for four", "fore four", "4 four", "ate eight", "8 eight",
            "fax facts", "fact facts", "facs facts", "there their", "they're their", "theyre their", "right write", "rite write",
            "eye i", "sea see", "know no", "knew new", "buy by", "bye by", "hear here", "son sun", "flour flower", "knight night",
            "male mail", "tail tale", "whether weather", "meat meet", "blew blue", "rode road", "pear pair", "pare pair",
            "piece peace", "plain plane", "reign rain", "rein rain", "sale sail", "weak week", "would wood", "you're your",
            "youre your", "quizz quiz", "nite night", "lite light", "u you", "ur your", "r are", "n and", "0 zero", "3 three",
            "5 five", "6 six", "7 seven", "9 nine", "10 ten", "hi high", "bee be", "dear deer", "dew due", "do due", "die dye",
            "grate great", "hole whole", "hour our", "made maid", "mind mined", "missed mist", "pause paws", "prey pray",
            "principle principal", "seam seem", "steal steel", "tea tee", "threw through", "thru through", "toe tow", "wait weight",
            "way weigh", "wear where", "which witch", "band banned", "cent scent", "sent scent", "kernel colonel", "chili chilly",
            "chile chilly", "doe dough", "cereal serial", "aloud allowed", "bored board", "brake break", "cell sell", "cite sight",
            "site sight", "carrot karat", "carat karat", "horse hoarse", "morning mourning", "pole poll", "roll role", "soul sole",
            "stair stare", "storey story", "suite sweet", "wine whine", "yolk yoke", "nose knows", "not knot", "nun none",
            // round 37: the dot of a web address said in German, Spanish, Italian and Portuguese ("alarm punkt com")
            "punkt dot", "punto dot", "ponto dot",
            // round 37: units said short ("seven min work out" for "seven minute workout")
            "min minute", "mins minutes", "hr hour", "hrs hours", "sec second", "secs seconds");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final List<String> names = new ArrayList<>();
    private final List<String> cores = new ArrayList<>();
    /** Per name: its Double Metaphone keys and its Refined Soundex key, computed once when added. */
    private final List<Set<String>> dmKeys = new ArrayList<>();
    private final List<String> sxKeys = new ArrayList<>();
    private final List<String> plains = new ArrayList<>();
    /**
     * Every word of the names held (their cores): the catalog's own language. A query word that is one of them is not
     * read as a foreign word, even where the translation table has it ("series", "monitor": an English "tv series" is
     * not a translation of "tv shows").
     */
    private final Set<String> vocabulary = new HashSet<>();
    private final Map<String, int[]> byKey = new HashMap<>();
    private final Map<String, int[]> byDeletion = new HashMap<>();
    /** The plain spelling of every name added (several may share one core and one entry). */
    private final Set<String> listed = new java.util.HashSet<>();
    private final Set<String> seen = new java.util.HashSet<>();
    private final Map<String, Integer> idByCore = new HashMap<>();
    /** Per name: the most reviews any catalog row with that name has, -1 when a catalog did not say. */
    private final List<Integer> reviews = new ArrayList<>();
    /** Fewest reviews for a name to be matched by sound alone (the dale3h list: 90 % of skills have fewer than 7). */
    static final int MIN_REVIEWS_FOR_SOUND_ALIKE = 10;
    private final Map<String, int[]> bySoundex = new HashMap<>();
    /** Joined cores with every word's plural -s set aside ("twentyquestion"), for singular/plural variants. */
    private final Map<String, int[]> byStem = new HashMap<>();
    /** Round 36: ids by {@link #inflected} core. */
    private final Map<String, int[]> byInflection = new HashMap<>();
    /** Round 36: the letter runs the names spell one by one ("nyc" of "n. y. c. transit"), lower case. */
    private final Set<String> initials = new java.util.HashSet<>();
    /** Per core word: the names holding it, and how many names do (a word few names hold is distinctive). */
    private final Map<String, int[]> byWord = new HashMap<>();
    /** Fewest reviews for a name to be matched with words added around it (squatters borrow well-known brands). */
    static final int MIN_REVIEWS_FOR_EXTENSION = 20;
    /** Most catalog names a word may appear in to count as distinctive (a brand, not "facts" or "radio"). */
    static final int MAX_NAMES_FOR_DISTINCTIVE = 3;
    /** Sound skeleton ({@link #skeleton}) → names, and each one-letter deletion of it → names (popular names only). */
    private final Map<String, int[]> bySkeleton = new HashMap<>();
    private final Map<String, int[]> bySkeletonDeletion = new HashMap<>();
    /** How a Latin name sounds once written in katakana ({@link #kanaKey}) → names; exact keys only, neighbours are tried at query time. */
    private final Map<String, int[]> byKanaKey = new HashMap<>();
    private final List<String> skeletons = new ArrayList<>();
    private final DoubleMetaphone dm = newMetaphone();
    private final org.apache.commons.codec.language.RefinedSoundex soundex = new org.apache.commons.codec.language.RefinedSoundex();

    private static Map<String, String> homophones(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            int sp = p.indexOf(' ');
            m.put(p.substring(0, sp), p.substring(sp + 1));
        }
        return Map.copyOf(m);
    }

    /**
     * @return the Refined Soundex key (a second phonetic scheme, letter groups by place of
     *         articulation, full length) of the joined core's ASCII letters, or ""
     */
    private String soundexKey(String core) {
        StringBuilder letters = new StringBuilder(core.length());
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        if (letters.length() == 0) {
            return "";
        }
        String k = soundex.soundex(letters.toString());
        return k == null ? "" : k;
    }

    /** How a name matched. */
    public enum Kind {
        PARAPHRASE, HOMOPHONE,
        /** The same sound skeleton as a popular name once respelled across languages and scripts ("kajak", "オーシャンサウンズ"). */
        SOUND_ALIKE,
        /** The same words with a plural or singular changed ("twenty question" for "twenty questions"). */
        INFLECTION,
        /** A popular, distinctive name with one or two words added ("kayak vuelos" for "kayak"). */
        EXTENSION,
        /** A popular name translated word by word from German, French, Spanish, Italian or Portuguese ("veinte preguntas"). */
        TRANSLATION,
        NEAR
    }

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
        add(name, -1);
    }

    /**
     * @param reviews how many user reviews the catalog gives the skill, or -1 when it does not
     *                say: a name with fewer than {@link #MIN_REVIEWS_FOR_SOUND_ALIKE} is matched
     *                only when spelled the same (paraphrase, merged/split words, homophone table),
     *                not by phonetic keys alone (squatters aim at popular skills; thousands of
     *                unreviewed names sound like any new one: "wortquiz" and "art quiz")
     */
    public void add(String name, int reviews) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200 || names.size() >= MAX_NAMES) {
            return;
        }
        String core = core(n);
        if (core.replace(" ", "").length() < 3) {
            return;
        }
        vocabulary.addAll(Arrays.asList(core.split(" ")));
        // round 36: the initials a name spells letter by letter ("n. y. c. transit": "nyc"), for names that spell them out
        StringBuilder run = new StringBuilder();
        for (String x : rawWords(n)) {
            if (x.length() == 1 && Character.isLetter(x.charAt(0))) {
                run.append(x);
            } else {
                if (run.length() >= 2) {
                    initials.add(run.toString());
                }
                run.setLength(0);
            }
        }
        if (run.length() >= 2) {
            initials.add(run.toString());
        }
        // every listed spelling, also of names that share a core with one listed before ("ocean facts" after "my ocean facts")
        listed.add(plain(n));
        if (!seen.add(core)) {
            Integer known = idByCore.get(core);
            int cur = known == null ? -1 : this.reviews.get(known);
            if (cur >= 0 && (reviews < 0 || reviews > cur)) {
                this.reviews.set(known, reviews); // the most reviewed row (or one that does not say) decides
            }
            return;
        }
        int id = names.size();
        idByCore.put(core, id);
        this.reviews.add(reviews);
        names.add(n);
        cores.add(core);
        plains.add(plain(n));
        String ny = soundexKey(core);
        sxKeys.add(ny);
        dmKeys.add(keys(core));
        if (!ny.isEmpty()) {
            put(bySoundex, ny, id);
        }
        put(byStem, stem(core), id);
        put(byInflection, inflected(core), id);
        String sk = skeleton(core);
        skeletons.add(sk);
        if (sk.length() >= 3) {
            put(bySkeleton, sk, id);
            for (int i = 0; i < sk.length(); i++) {
                put(bySkeletonDeletion, sk.substring(0, i) + sk.substring(i + 1), id);
            }
        }
        String kk = kanaKey(core);
        if (kk.length() >= 4) {
            put(byKanaKey, kk, id);
        }
        for (String w : new LinkedHashSet<>(Arrays.asList(core.split(" ")))) {
            put(byWord, w, id);
        }
        for (String k : dmKeys.get(id)) {
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

    /** @return lower-case words without accents or punctuation, paraphrase words removed, homophones spelled one way */
    static String core(String name) {
        List<String> w = rawWords(name);
        if (!spelledLetters(w)) {
            for (int i = 0; i < w.size(); i++) {
                w.set(i, HOMOPHONES.getOrDefault(w.get(i), w.get(i)));
            }
        }
        return String.join(" ", w);
    }

    /** Round 30: the English names of the letters, as a speech-to-text engine writes a spelled name ("see en en" is CNN). */
    private static final Map<String, String> LETTER_NAMES = homophones("see c", "cee c", "be b", "dee d", "eff f", "ef f", "gee g", "jee g",
            "aitch h", "haitch h", "i i", "jay j", "kay k", "el l", "ell l", "em m", "en n", "oh o", "pee p", "pea p", "cue q", "queue q",
            "are r", "ar r", "ess s", "tee t", "you u", "vee v", "ex x", "why y", "wye y", "zee z", "zed z");

    /**
     * Round 30: a name said letter by letter and written as the letters' names ("see en en", "a t et t") is the acronym: when
     * every word is a letter or a letter's name and at least one is a name, each becomes its letter ("c n n"). The
     * catalog's names go through the same step, so a phrase made of such words ("see you") is compared as letters on both
     * sides. And the French and German "and" between letters ("a t et t") is "and". The letters' own homophones ("n" for
     * "and") are not applied to a name made of letters. @return true when the name was read as letters
     */
    private static boolean spelledLetters(List<String> w) {
        if (w.size() < 2) {
            return false;
        }
        boolean named = false;
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            boolean and = (x.equals("et") || x.equals("und")) && i > 0 && i < w.size() - 1;
            if (LETTER_NAMES.containsKey(x) || HOMOPHONES.containsKey(x) && LETTER_NAMES.containsKey(HOMOPHONES.get(x))) {
                named |= !x.equals("i");
            } else if (!(x.length() == 1 && Character.isLetter(x.charAt(0))) && !and) {
                return false;
            }
        }
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            String name = LETTER_NAMES.containsKey(x) ? x : HOMOPHONES.getOrDefault(x, x);
            // single letters stay letters ("n" is no "and" here); "et"/"und" between letters is "and"
            w.set(i, x.equals("et") || x.equals("und") ? "and" : named && x.length() > 1 ? LETTER_NAMES.getOrDefault(name, x) : x);
        }
        return true;
    }

    /** @return the words of a name with paraphrase words (the, my, please, app, skill …) removed */
    static List<String> rawWords(String name) {
        String t = plain(name.replace("&", " and ").replace("'s ", "s ").replace("’s ", "s "));
        List<String> w = new ArrayList<>(Arrays.asList(t.split(" ")));
        while (w.size() > 1 && PREFIX.contains(w.get(0))) {
            w.remove(0);
        }
        while (w.size() > 1 && SUFFIX.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        // "skill" or "app" inside a name ("fish facts skill please") goes too
        w.removeIf(x -> w.size() > 1 && (x.equals("skill") || x.equals("app")));
        return w;
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
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x3041 && c <= 0x30FF) {
                t = romaji(t); // kana: compared by sound with the Latin names
                break;
            }
        }
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
        return lookup(name, true);
    }

    private Match lookup(String name, boolean initials) {
        String core = core(name);
        // round 30: a name of three letters said one by one ("see en en" is CNN) is matched, by its letters only
        boolean shortSpelled = core.replace(" ", "").length() == 3 && core.matches("\\p{L}(?: \\p{L})+");
        if (core.replace(" ", "").length() < 4 && !shortSpelled) {
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
        String ny = soundexKey(core);
        int[] sx = ny.isEmpty() ? null : bySoundex.get(ny);
        if (sx != null && sx.length <= 64) {
            // a coarse key many names share says little: only small buckets add candidates
            collect(sx, cand);
        }
        String normalisedQuery = plain(name);
        if (listed.contains(normalisedQuery)) {
            return null; // the name is itself listed: a published skill of its own, not a confusion of another
        }
        String joined = core.replace(" ", "");
        // a homophone at the end of a merged word: "fishfax" is "fishfacts", "capitalwon" is "capitalone"
        Set<String> variants = new java.util.HashSet<>();
        for (Map.Entry<String, String> h : HOMOPHONES.entrySet()) {
            String k = h.getKey();
            if (k.length() >= 3 && joined.length() >= k.length() + 3 && joined.endsWith(k)) {
                String v = joined.substring(0, joined.length() - k.length()) + h.getValue();
                if (variants.add(v)) {
                    for (String vk : keys(v)) {
                        collect(byKey.get(vk), cand);
                    }
                }
            }
        }
        String rawJoined = String.join("", rawWords(name));
        Match best = null;
        int n = 0;
        for (int id : cand) {
            if (++n > MAX_CANDIDATES) {
                break;
            }
            String kc = cores.get(id);
            String known = names.get(id);
            String knownNorm = plains.get(id);
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
            if (shortSpelled && !kc.replace(" ", "").equals(joined)) {
                continue;
            }
            if (variants.contains(kc.replace(" ", ""))) {
                m = new Match(known, Kind.HOMOPHONE, 0, ks.iterator().next());
            } else if (kc.replace(" ", "").equals(joined)) {
                // same words once paraphrase words, spacing ("fishfacts") and homophones are set aside
                boolean homophone = !String.join("", rawWords(known)).equals(rawJoined);
                m = new Match(known, homophone ? Kind.HOMOPHONE : Kind.PARAPHRASE, 0, ks.iterator().next());
            } else if (reviews.get(id) >= 0 && reviews.get(id) < MIN_REVIEWS_FOR_SOUND_ALIKE) {
                continue; // an obscure name: only the same spelling counts
            } else if ((!java.util.Collections.disjoint(dmKeys.get(id), ks) || (!ny.isEmpty() && ny.equals(sxKeys.get(id))))
                    && dist <= Math.max(2, len / 3)) {
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
        if (best == null || best.kind() == Kind.NEAR) {
            Match v = variant(core, joined, normalisedQuery);
            best = v != null ? v : best;
        }
        if (best == null && initials) {
            best = initialism(core, normalisedQuery);
        }
        if (best == null) {
            best = translation(core, normalisedQuery);
        }
        if (best == null) {
            best = transliteration(core, normalisedQuery);
        }
        int script = script(name);
        if ((best == null || best.kind() == Kind.NEAR) && script >= 0) {
            Match v = soundAlike(core, normalisedQuery, script == 1);
            best = v != null ? v : best;
        }
        if ((best == null || best.kind() == Kind.NEAR) && script == 1) {
            Match v = katakana(core, normalisedQuery);
            best = v != null ? v : best;
        }
        return best;
    }

    /**
     * @return 0 for a name in Latin letters, 1 for one in katakana (the script Japanese writes foreign names in: a
     *         rendering of an English name by sound), -1 for others (hiragana and kanji are Japanese words, not renderings)
     */
    private static int script(String name) {
        boolean kana = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x2E80 || Character.isWhitespace(c) || c == 'ー' || c == '・') {
                continue;
            }
            if (c >= 0x30A1 && c <= 0x30FA) {
                kana = true;
            } else {
                return -1;
            }
        }
        return kana ? 1 : 0;
    }

    /**
     * A popular name ({@link #MIN_REVIEWS_FOR_EXTENSION} reviews, or a catalog without review counts) with the same sound
     * skeleton as the query, or — for a name written in kana, whose vowels and endings the transliteration only
     * approximates — one letter apart. Map look-ups, no scan.
     */
    private Match soundAlike(String core, String normalisedQuery, boolean foreignScript) {
        String sk = skeleton(core);
        if (sk.length() < 3 || core.replace(" ", "").length() < 4) {
            return null;
        }
        Set<Integer> cand = new LinkedHashSet<>();
        collect(bySkeleton.get(sk), cand);
        if (foreignScript && sk.length() >= 5) {
            collect(bySkeletonDeletion.get(sk), cand);
            for (int i = 0; i < sk.length(); i++) {
                String d = sk.substring(0, i) + sk.substring(i + 1);
                collect(bySkeleton.get(d), cand);
                collect(bySkeletonDeletion.get(d), cand);
            }
        }
        Match best = null;
        int bestId = -1;
        int n = 0;
        for (int id : cand) {
            if (++n > MAX_CANDIDATES) {
                break;
            }
            if (plains.get(id).equals(normalisedQuery) || !popular(id, MIN_REVIEWS_FOR_EXTENSION) || reviews.get(id) < 0 && !foreignScript
                    || !digits(cores.get(id)).equals(digits(core))) {
                continue;
            }
            int d = levenshtein(skeletons.get(id), sk, 2);
            if (d > 1 || (d == 1 && !foreignScript)) {
                continue;
            }
            if (!foreignScript && sk.length() < 4 && levenshtein(cores.get(id).replace(" ", ""), core.replace(" ", ""), 2) > 1) {
                continue; // a short skeleton is shared by many words: the spelling must be one letter off too ("kajak", "kayak")
            }
            // the vowels must sound alike too: "city guide" and "stock quote" share the consonants "stkt", not the sound
            String qv = respelled(core);
            String kv = respelled(cores.get(id));
            int len = Math.max(qv.length(), kv.length());
            if (levenshtein(qv, kv, len) > (foreignScript ? len / 2 : Math.max(1, len / 4))) {
                continue;
            }
            if (best == null || d < best.distance() || (d == best.distance() && reviews.get(id) > reviews.get(bestId))) {
                best = new Match(names.get(id), Kind.SOUND_ALIKE, d, sk + " ~ " + skeletons.get(id));
                bestId = id;
            }
        }
        return best;
    }

    /** Letters a key of {@link #kanaKey} is made of: the neighbours of a key are tried with these. */
    private static final String KEY_LETTERS = "afkmnprsty0123456789";

    /**
     * A popular name that a katakana name renders by the rules Japanese borrows English words with ({@link #kanaKey}),
     * its key equal or one edit apart. The neighbours of the query's key (a letter dropped, added or changed) are looked
     * up in a map: no scan.
     */
    private Match katakana(String core, String normalisedQuery) {
        String k = kanaKey(core);
        if (k.length() < 5) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(k);
        for (int i = 0; i <= k.length(); i++) {
            if (i < k.length()) {
                keys.add(k.substring(0, i) + k.substring(i + 1));
            }
            for (int j = 0; j < KEY_LETTERS.length(); j++) {
                char c = KEY_LETTERS.charAt(j);
                keys.add(k.substring(0, i) + c + k.substring(i));
                if (i < k.length()) {
                    keys.add(k.substring(0, i) + c + k.substring(i + 1));
                }
            }
        }
        Match best = null;
        int bestId = -1;
        int n = 0;
        for (String key : keys) {
            int[] ids = byKanaKey.get(key);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (++n > MAX_CANDIDATES) {
                    return best;
                }
                if (plains.get(id).equals(normalisedQuery) || !popular(id, MIN_REVIEWS_FOR_EXTENSION) || !digits(cores.get(id)).equals(digits(core))) {
                    continue;
                }
                int d = key.equals(k) ? 0 : 1;
                if (best == null || d < best.distance() || (d == best.distance() && reviews.get(id) > reviews.get(bestId))) {
                    best = new Match(names.get(id), Kind.SOUND_ALIKE, d, k + " ~ " + key);
                    bestId = id;
                }
            }
        }
        return best;
    }

    /**
     * How a name sounds in katakana, reduced to its consonants: English spelling read the way Japanese borrows words —
     * "w" and "r" after a vowel are not written ("twenty" トゥエンティ, "storm" ストーム), "qu" is "ku", "th" is "s",
     * "-tion" is "shon", "l" is "r", "v" is "b" — then {@link #skeleton}. A romanised katakana name gives the same key
     * ("トゥエンティクエスチョンズ" and "twenty questions" are both "tntksns"). Used only for names written in katakana.
     */
    static String kanaKey(String core) {
        String t = core.replace(" ", "");
        t = t.replace("tion", "shon").replace("sion", "shon").replace("th", "s").replace("qu", "k").replace("ph", "f").replace('l', 'r')
                .replace('v', 'b');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (c == 'w' || c == 'r' && "aeiouy".indexOf(next) < 0) {
                continue; // "tw" is トゥ, "wh" silent; "er", "or" are long vowels (ー)
            }
            b.append(c);
        }
        return skeleton(b.toString());
    }

    /**
     * A coarse sound skeleton of a name, the same across the spellings of en/de/fr/es/it/pt and a romanised kana name:
     * letters respelled by sound (ph → f, c before e/i/y → s, other c/ck → k, qu → kw, x → ks, sh/sch/ch/z → s, j → y, w →
     * v → f, voiced stops as voiceless, h and gh silent), vowels dropped except a leading one (written "a"), y a consonant
     * only before a vowel, repeats collapsed: "kayak" and "kajak" are "kyk", "ocean sounds" is "asnsnts" and "オーシャンサウンズ"
     * ("oshansaunzu") "asnsns".
     */
    static String skeleton(String core) {
        return sound(core, false);
    }

    /** @return the name respelled by sound like {@link #skeleton}, vowels kept (a y that is no consonant as "i") */
    static String respelled(String core) {
        return sound(core, true);
    }

    /** Letters said like another in some of the languages ({@link #SOUNDS_AS} at the same index; '-' silent). */
    private static final String SAME_SOUND = "zwvdbgh";
    private static final String SOUNDS_AS = "sfftpk-";

    private static String sound(String core, boolean vowels) {
        String t = core.replace(" ", "");
        StringBuilder b = new StringBuilder(t.length());
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : ' ';
            char out;
            if (c == 's' && next == 'c' && i + 2 < n && t.charAt(i + 2) == 'h') {
                out = 's';
                i += 2;
            } else if ((c == 's' || c == 'c') && next == 'h') {
                out = 's';
                i++;
            } else if (c == 'p' && next == 'h') {
                out = 'f';
                i++;
            } else if (c == 't' && next == 'h') {
                out = 't';
                i++;
            } else if (c == 'g' && next == 'h') {
                i++;
                continue;
            } else if (c == 'c' && next == 'k') {
                out = 'k';
                i++;
            } else if (c == 'c') {
                out = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            } else if (c == 'q' && next == 'u' && i + 3 == n && t.charAt(i + 2) == 'e') {
                // a name ending in "-que" says k, in the Romance languages and English alike ("caiaque", "unique")
                out = 'k';
                i += 2;
            } else if (c == 'q') {
                out = 'k';
                if (next == 'u') {
                    // "qu" is said "kw": "quiet" and "kwiet"
                    if (b.length() == 0 || b.charAt(b.length() - 1) != 'k') {
                        b.append('k');
                    }
                    out = 'f';
                    i++;
                }
            } else if (c == 'x') {
                if (b.length() == 0 || b.charAt(b.length() - 1) != 'k') {
                    b.append('k');
                }
                out = 's';
            } else if (c == 'j' || c == 'y') {
                boolean vowelNext = "aeiou".indexOf(next) >= 0;
                if (!vowelNext && c == 'y') {
                    out = vowels ? 'i' : i == 0 ? 'a' : 0;
                } else {
                    out = 'y';
                }
            } else if (SAME_SOUND.indexOf(c) >= 0) {
                out = SOUNDS_AS.charAt(SAME_SOUND.indexOf(c)); // z → s, w/v → f, voiced stops voiceless, h silent
                if (out == '-') {
                    continue;
                }
            } else if (c == 'i' && i > 0 && "aeo".indexOf(t.charAt(i - 1)) >= 0 && "aeou".indexOf(next) >= 0) {
                out = 'y'; // an i between vowels is a glide, as y or j elsewhere ("caiaque" and "kayak", "maionese")
            } else if ("aeiou".indexOf(c) >= 0) {
                out = vowels ? c : i == 0 ? 'a' : 0;
            } else if (c >= 'a' && c <= 'z') {
                out = c;
            } else if (Character.isDigit(c)) {
                out = c;
            } else {
                out = 0;
            }
            if (out != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != out)) {
                b.append(out);
            }
        }
        return b.toString();
    }

    /** Katakana (and hiragana, read as katakana) → Hepburn-like romaji; other characters kept. */
    private static final String[] KANA = new String[0x30FB - 0x30A1];

    static {
        String table = "ァa アa ィi イi ゥu ウu ェe エe ォo オo カka ガga キki ギgi クku グgu ケke ゲge コko ゴgo サsa ザza シshi ジji スsu ズzu "
                + "セse ゼze ソso ゾzo タta ダda チchi ヂji ッ- ツtsu ヅzu テte デde トto ドdo ナna ニni ヌnu ネne ノno ハha バba パpa ヒhi ビbi "
                + "ピpi フfu ブbu プpu ヘhe ベbe ペpe ホho ボbo ポpo マma ミmi ムmu メme モmo ャya ヤya ュyu ユyu ョyo ヨyo ラra リri ルru "
                + "レre ロro ヮwa ワwa ヰi ヱe ヲo ンn ヴvu ヵka ヶke ヷva ヸvi ヹve ヺvo";
        for (String e : table.split(" ")) {
            KANA[e.charAt(0) - 0x30A1] = e.substring(1);
        }
    }

    /** @return the text with kana romanised ("オーシャンサウンズ" → "ooshansaunzu" less the long mark: "oshansaunzu") */
    static String romaji(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        boolean doubleNext = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3041 && c <= 0x3096) {
                c = (char) (c + 0x60); // hiragana → katakana
            }
            if (c == 'ー') {
                continue; // a long vowel: the skeleton ignores vowel length
            }
            String r = c >= 0x30A1 && c < 0x30FB ? KANA[c - 0x30A1] : null;
            if (r == null) {
                b.append(c);
                continue;
            }
            if (r.equals("-")) {
                doubleNext = true;
                continue;
            }
            boolean small = "ァィゥェォャュョヮ".indexOf(c) >= 0;
            if (small && b.length() > 0) {
                // キャ → kya, シャ → sha, ファ → fa, ティ → ti: the small kana replaces the vowel before it
                char last = b.charAt(b.length() - 1);
                if ("aeiou".indexOf(last) >= 0) {
                    b.setLength(b.length() - 1);
                    boolean palatal = b.length() > 0 && (b.toString().endsWith("sh") || b.toString().endsWith("ch") || b.charAt(b.length() - 1) == 'j');
                    b.append(palatal && r.startsWith("y") ? r.substring(1) : r);
                    continue;
                }
            }
            if (doubleNext && !r.isEmpty() && "aeiou".indexOf(r.charAt(0)) < 0) {
                b.append(r.charAt(0));
            }
            doubleNext = false;
            b.append(r);
        }
        return b.toString();
    }

    /**
     * Words common in popular skill names (numbers, sounds, games, facts, stories, weather, food …) in German, French,
     * Spanish, Italian and Portuguese, accents removed, each with its English: a squatter who borrows a popular name in
     * another language's store translates it word by word ("veinte preguntas", "miau miau"). One row per English word.
     */
    private static final Map<String, List<String>> GLOSS = gloss(
            "one:eins,ein,eine,un,une,uno,uma,um", "two:zwei,deux,dos,due,dois,duas", "three:drei,trois,tres,tre,tres",
            "four:vier,quatre,cuatro,quattro,quatro", "five:funf,cinq,cinco,cinque", "six:sechs,seis,sei", "seven:sieben,sept,siete,sette,sete",
            "eight:acht,huit,ocho,otto,oito", "nine:neun,neuf,nueve,nove", "ten:zehn,dix,diez,dieci,dez", "twelve:zwolf,douze,doce,dodici,doze",
            "twenty:zwanzig,vingt,veinte,venti,vinte", "hundred:hundert,cent,cien,cento,cem", "questions:fragen,questions,preguntas,domande,perguntas",
            "question:frage,pregunta,domanda,pergunta", "facts:fakten,faits,datos,curiosidades,fatti,curiosita,fatos", "fact:fakt,fait,dato,fatto,fato",
            "jokes:witze,blagues,chistes,barzellette,piadas,battute", "joke:witz,blague,chiste,barzelletta,piada,battuta", "quiz:quiz,cuestionario",
            "game:spiel,jeu,juego,gioco,jogo", "games:spiele,jeux,juegos,giochi,jogos", "story:geschichte,histoire,cuento,historia,storia,conto",
            "stories:geschichten,histoires,cuentos,historias,storie,contos", "bedtime:gutenacht,coucher,dormir,nanna", "sounds:gerausche,klange,sons,sonidos,suoni,ruidos",
            "sound:gerausch,klang,son,sonido,suono,som,ruido", "rain:regen,pluie,lluvia,pioggia,chuva", "thunderstorm:gewitter,orage,tormenta,temporale,tempestade,trovoada",
            "ocean:ozean,meer,ocean,oceano,mare,mar", "waves:wellen,vagues,olas,onde,ondas", "white:weisses,weisse,weiss,blanc,blanco,bianco,branco",
            "noise:rauschen,bruit,ruido,rumore,ruido", "cat:katze,chat,gato,gatto", "cats:katzen,chats,gatos,gatti", "dog:hund,chien,perro,cane,cachorro,cao",
            "dogs:hunde,chiens,perros,cani,cachorros,caes", "animal:tier,animal,animale", "animals:tiere,animaux,animales,animali,animais",
            "meow:miau,miaou,miao,miaau", "woof:wau,wuff,ouaf,guau,bau", "daily:taglich,taglicher,quotidien,diario,quotidiano,diaria",
            "word:wort,mot,palabra,parola,palavra", "magic:magie,magisch,magique,magia,magico", "master:meister,maitre,maestro,mestre",
            "history:geschichte,histoire,historia,storia", "food:essen,nourriture,comida,cibo", "recipes:rezepte,recettes,recetas,ricette,receitas",
            "kitchen:kuche,cuisine,cocina,cucina,cozinha", "radio:radio,radios,radio", "music:musik,musique,musica", "news:nachrichten,nouvelles,actualites,noticias,notizie",
            "weather:wetter,meteo,tiempo,clima,tempo", "horoscope:horoskop,horoscope,horoscopo,oroscopo", "sleep:schlaf,schlafen,sommeil,sueno,sonno,sono",
            "night:nacht,nuit,noche,notte,noite", "light:licht,lumiere,luz,luce", "day:tag,jour,dia,giorno", "mom:mama,maman,mami,mamma,mae",
            "movie:film,pelicula,filme", "quotes:zitate,citations,citas,citazioni,citacoes", "meditation:meditation,meditacion,meditazione,meditacao",
            "workout:training,entrainement,entrenamiento,allenamento,treino", "minute:minuten,minutes,minutos,minuti", "calculator:rechner,calculatrice,calculadora,calcolatrice",
            "alarm:wecker,reveil,alarma,sveglia,despertador", "translator:ubersetzer,traducteur,traductor,traduttore,tradutor", "zoo:zoo", "guide:fuhrer,guia,guida",
            "christmas:weihnachten,noel,navidad,natale,natal", "big:gross,grand,grande", "sky:himmel,ciel,cielo,ceu", "house:haus,maison,casa",
            "riddles:ratsel,devinettes,adivinanzas,indovinelli,charadas",
            // round 10a: the other common words the popular names of the real catalog are made of (door, box, voice, phone …)
            "door:tur,porte,puerta,porta", "box:kiste,schachtel,boite,caja,scatola,caixa", "voice:stimme,voix,voz,voce",
            "phone:telefon,handy,telephone,telefono,celular,cellulare", "finder:finder,localisateur,buscador,localizador,trova",
            "ball:ball,kugel,balle,boule,pelota,bola,palla", "bus:bus,autobus,onibus", "kindness:freundlichkeit,gentillesse,amabilidad,gentilezza,gentileza",
            "buddy:kumpel,copain,pote,amigo,amico,compagno,parceiro", "chef:koch,chef,cocinero,cuoco,cozinheiro", "ghost:geist,gespenst,fantome,fantasma",
            "sign:zeichen,sternzeichen,signe,signo,segno", "show:show,sendung,spectacle,emission,programa,spettacolo,programma",
            "habit:gewohnheit,habitude,habito,abitudine", "peaceful:friedlich,paisible,tranquilo,tranquillo,pacifico",
            "breathe:atme,atmen,respire,respirez,respira,respirar,respirare", "think:denk,denken,pense,pensez,piensa,pensa,pensar,pensare",
            "stop:stopp,halte,arrete,para,pare,ferma", "election:wahl,wahlen,election,elections,eleccion,elecciones,elezione,elezioni,eleicao,eleicoes",
            "football:fussball,futbol,calcio,futebol", "fantasy:fantasie,fantaisie,fantasia", "keeper:warter,gardien,cuidador,guardiano,tratador",
            "network:netzwerk,reseau,red,rete,rede", "age:alter,edad,eta,idade", "all:alle,alles,tous,toutes,todos,todas,tutti,tutte",
            "cave:hohle,grotte,caverne,cueva,grotta,caverna", "thermostat:thermostat,termostato", "lines:spruche,phrases,frases,frasi",
            "expect:erwarten,attendre,esperar,aspettarsi", "earthquakes:erdbeben,seismes,tremblements,terremotos,sismos,terremoti",
            "metronome:metronom,metronome,metronomo", "hangman:galgenmannchen,pendu,ahorcado,impiccato,forca", "breath:atem,souffle,aliento,respiro,respiracao",
            // round 12: the remaining translatable content words of the real catalog's popular names (every invocation name
            // with >= 20 reviews; brands, proper names and the words above aside). A word may render several English words
            // ("ruido": sound and noise); each is tried
            "bartender:barkeeper,barmann,barman,barmaid,cantinero,camarero,barista,barbiere,garcom", "dealer:handler,croupier,marchand,crupier,banquiere,negociante",
            "listeners:zuhorer,horer,auditeurs,ecoutants,oyentes,ascoltatori,ouvintes", "bible:bibel,bible,biblia,bibbia", "tide:gezeiten,ebbe,flut,maree,marea,mare",
            "tracker:tracker,suivi,rastreador,seguimiento,tracciatore,monitor", "crazy:verruckt,verruckte,fou,folle,loco,locos,pazzo,pazzi,louco,loucos",
            "cleaning:putzen,reinigung,nettoyage,menage,limpieza,pulizia,pulizie,limpeza", "focus:fokus,konzentration,concentration,enfoque,concentracion,concentrazione,foco",
            "stock:aktie,aktien,borse,bourse,action,actions,bolsa,acciones,borsa,azioni,acoes", "quote:kurs,zitat,cotation,citation,cotizacion,cita,quotazione,citazione,cotacao,citacao",
            "exchange:borse,bourse,bolsa,borsa,cambio", "trivia:wissen,allgemeinwissen,culture,trivial,curiosidades,curiosita,cultura", "good:gut,gute,bon,bonne,bueno,buena,buono,buona,bom,boa",
            "grand:gross,grosse,grand,grande", "tour:tour,reise,rundreise,gira,viaje,giro,viaggio,passeio,volta", "band:band,kapelle,groupe,orchestre,banda,grupo,gruppo,orchestra",
            "assistant:assistent,assistant,asistente,assistente,ayudante,aiutante", "inspire:inspiriere,inspire,inspiriert,inspirame,ispirami,inspira",
            "fool:narr,idiot,imbecile,bouffon,tonto,bobo,scemo,sciocco,bobo,tolo", "pickup:anmach,anmachspruche,drague,ligar,ligue,rimorchio,cantada,cantadas",
            "stations:sender,stationen,stations,emisoras,estaciones,stazioni,emittenti,estacoes,emissoras", "hunt:jagd,chasse,caza,caccia,caca",
            "simple:einfach,einfache,simple,sencillo,facile,semplice,simples", "control:steuerung,kontrolle,controle,commande,control,controllo",
            "quick:schnell,schnelle,rapide,rapido,veloce,rapida", "events:ereignisse,veranstaltungen,evenements,eventos,eventi", "angry:wutend,zornig,fache,enrage,enojado,furioso,arrabbiato,bravo,zangado",
            "blue:blau,blaue,bleu,azul,blu", "beat:beat,takt,rythme,ritmo,battito", "text:text,texte,texto,testo", "groceries:einkauf,einkaufe,lebensmittel,courses,epicerie,compras,mandado,spesa,mercado",
            "shows:sendungen,serien,emissions,series,programas,programmi,spettacoli", "life:leben,vie,vida,vita", "free:frei,gratis,libre,gratuit,gratuito,libero,livre",
            "busy:beschaftigt,occupe,ocupado,occupato", "play:spielen,spiel,jouer,jouez,jugar,juega,giocare,gioca,jogar,joga", "ear:ohr,oreille,oido,oreja,orecchio,ouvido,orelha",
            "investigation:ermittlung,untersuchung,enquete,investigacion,indagine,investigazione,investigacao");
    /**
     * Words that join the parts of a name in the Romance languages and German ("sonidos de lluvia", "luz de noche",
     * "caja de gatos") and the articles inside it: left out once a name is translated word by word.
     */
    private static final Set<String> CONNECTORS = Set.of("de", "di", "du", "des", "del", "della", "delle", "dello", "dei", "degli", "da", "do",
            "dos", "das", "dal", "von", "vom", "zum", "zur", "d", "of", "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "o", "os", "as",
            "der", "die", "den", "dem", "the", "a", "al", "au", "aux", "ao", "em", "en", "in", "im", "et", "y", "e", "und", "and",
            // round 12: the elided forms of Italian and French ("suoni dell'oceano", "l'heure du conte")
            "l", "dell", "dall", "nell", "sull", "degl", "nello", "nella");

    private static Map<String, List<String>> gloss(String... rows) {
        Map<String, List<String>> m = new HashMap<>();
        for (String r : rows) {
            int c = r.indexOf(':');
            for (String w : r.substring(c + 1).split(",")) {
                List<String> l = m.computeIfAbsent(w, k -> new ArrayList<>(2));
                if (!l.contains(r.substring(0, c))) {
                    l.add(r.substring(0, c));
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** At most this many English renderings of one name are tried (a word may render several English words). */
    private static final int MAX_RENDERINGS = 16;

    /**
     * @return a popular known name (≥ {@link #MIN_REVIEWS_FOR_EXTENSION} reviews, from a catalog that counts them) that the
     *         query translates word by word, or null; a map look-up, no scan
     */
    private Match translation(String core, String normalisedQuery) {
        String[] w = compounds(core.split(" "));
        List<List<String>> options = new ArrayList<>(w.length);
        int mapped = 0;
        int renderings = 1;
        for (String x : w) {
            List<String> g = gloss(x);
            if (g != null && !(g.size() == 1 && g.get(0).equals(x))) {
                if (!vocabulary.contains(x)) {
                    mapped++; // a word of the catalog's own language is rendered too, but does not make the name foreign
                }
            } else {
                g = List.of(x);
            }
            if (renderings * g.size() > MAX_RENDERINGS) {
                g = g.subList(0, 1); // bounded: the first rendering only once the product is large
            }
            renderings *= g.size();
            options.add(g);
        }
        if (mapped == 0) {
            return null;
        }
        for (int r = 0; r < renderings; r++) {
            int rest = r;
            String[] e = new String[w.length];
            for (int i = 0; i < w.length; i++) {
                List<String> g = options.get(i);
                e[i] = g.get(rest % g.size());
                rest /= g.size();
            }
            Match m = rendered(e, mapped, normalisedQuery);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * Round 17: a German compound of two words the table renders ("regengerausche" = regen + gerausche, "rain sounds";
     * a linking s between them, "geburtstagsgruss", allowed) is read as its two words, modifier first as in English.
     * Only for a word the table and the catalog's own words do not know, 8 to 40 letters, each part at least 4.
     */
    private String[] compounds(String[] w) {
        List<String> out = null;
        for (int k = 0; k < w.length; k++) {
            String x = w[k];
            String[] split = null;
            if (x.length() >= 8 && x.length() <= 40 && gloss(x) == null && !vocabulary.contains(x)) {
                for (int i = 4; i <= x.length() - 4 && split == null; i++) {
                    String a = x.substring(0, i);
                    String b = x.substring(i);
                    String a2 = a.endsWith("s") && a.length() > 3 ? a.substring(0, a.length() - 1) : null;
                    if (gloss(b) != null && gloss(a) != null) {
                        split = new String[] {a, b};
                    } else if (gloss(b) != null && a2 != null && gloss(a2) != null) {
                        split = new String[] {a2, b};
                    }
                }
            }
            if (split != null && out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(w).subList(0, k));
            }
            if (out != null) {
                if (split != null) {
                    out.add(split[0]);
                    out.add(split[1]);
                } else {
                    out.add(x);
                }
            }
        }
        return out == null ? w : out.toArray(new String[0]);
    }

    private Match rendered(String[] w, int mapped, String normalisedQuery) {
        List<String> kept = new ArrayList<>(w.length);
        for (String x : w) {
            if (!CONNECTORS.contains(x) || w.length == 1) {
                kept.add(x);
            }
        }
        Match m = translated(core(String.join(" ", w)), mapped, normalisedQuery);
        if (m == null && kept.size() >= 2) {
            // the Romance languages put the head first and join nouns with "de/di/du" ("sonidos de lluvia" is "rain
            // sounds", "la porte magique" "the magic door", "cielo grande" "big sky"): connectors out, the order reversed
            m = translated(core(String.join(" ", kept)), mapped, normalisedQuery);
            if (m == null) {
                java.util.Collections.reverse(kept);
                m = translated(core(String.join(" ", kept)), mapped, normalisedQuery);
            }
        }
        return m;
    }

    /** Respelled sound ({@link #respelled}) of each catalog word of ≥ 4 letters → the word; built at the first look-up. */
    private volatile Map<String, String> wordBySound;

    private Map<String, String> wordBySound() {
        Map<String, String> m = wordBySound;
        if (m == null) {
            synchronized (this) {
                m = wordBySound;
                if (m == null) {
                    m = new HashMap<>();
                    for (String w : byWord.keySet()) {
                        if (w.length() >= 4) {
                            m.putIfAbsent(respelled(w), w);
                        }
                    }
                    wordBySound = m;
                }
            }
        }
        return m;
    }

    /**
     * A popular name whose word a query word renders in another spelling that sounds the same ("caiaque" for "kayak",
     * "kajak"): each query word of ≥ 4 letters spelled unlike every catalog word is replaced by the catalog word it is
     * respelled the same as ({@link #respelled}: the spelling rules of en/de/fr/es/it/pt), then the name is looked up as
     * it stands (plural aside) or as a popular, distinctive name with one or two words added. A word that is in the
     * catalog as it is is left alone: sharing a word is the extension rule's question, not a transliteration.
     */
    private Match transliteration(String core, String normalisedQuery) {
        String[] w = core.split(" ");
        int changed = 0;
        int own = 0;
        Map<String, String> sounds = null;
        for (int i = 0; i < w.length; i++) {
            if (w[i].length() < 4 || byWord.containsKey(w[i]) || GLOSS.containsKey(w[i])) {
                continue;
            }
            sounds = sounds == null ? wordBySound() : sounds;
            String known = sounds.get(respelled(w[i]));
            if (known != null && !known.equals(w[i])) {
                own += commonWord(w[i]) ? 1 : 0; // a common noun of the catalog's descriptions: a word of its language
                w[i] = known;
                changed++;
            }
        }
        if (changed == 0) {
            return null;
        }
        String respelt = String.join(" ", w);
        Match m = translated(respelt, changed, normalisedQuery);
        // round 39: a word of the catalog's own language that sounds like a brand ("lift", "drive") is that brand only as the
        // whole name ("lift" for "lyft"); with words added it is the word itself ("banff lift tickets", "toy drive trivia")
        if (m == null && own < changed) {
            Match v = variant(respelt, respelt.replace(" ", ""), normalisedQuery);
            m = v == null ? null : new Match(v.known(), Kind.TRANSLATION, changed, respelt);
        }
        return m;
    }

    /**
     * Round 36: a name that spells out the words a known name gives as initials ("new york city transit" for "n. y. c.
     * transit"): every run of two to four words is replaced by its initials, said one by one, and looked up; only the same
     * name (paraphrase or homophone at distance 0, or another inflection) counts. @return the match, or null
     */
    private Match initialism(String core, String normalisedQuery) {
        String[] w = core.split(" ");
        if (w.length < 2 || w.length > 8) {
            return null;
        }
        for (int len = 2; len <= Math.min(4, w.length - 1); len++) { // a word of the name stays a word ("… transit")
            for (int at = 0; at + len <= w.length; at++) {
                StringBuilder letters = new StringBuilder();
                for (int i = at; i < at + len; i++) {
                    letters.append(w[i].charAt(0));
                }
                if (!initials.contains(letters.toString())) {
                    continue; // no known name spells these letters: nothing to look up
                }
                StringBuilder b = new StringBuilder();
                boolean words = true;
                for (int i = 0; i < w.length; i++) {
                    if (i >= at && i < at + len) {
                        words &= w[i].length() >= 2;
                        b.append(w[i].charAt(0)).append(". ");
                    } else {
                        b.append(w[i]).append(' ');
                    }
                }
                if (!words) {
                    continue;
                }
                String rebuilt = b.toString().strip();
                // the rebuilt name as listed (lookup says nothing of a listed name: it is a skill of its own), or one
                // lookup finds as the same name or another inflection of it; the rebuilt name is not rebuilt again
                Integer id = idByCore.get(core(rebuilt));
                if (id == null) {
                    Match m = lookup(rebuilt, false);
                    id = m != null && (m.distance() == 0 && (m.kind() == Kind.PARAPHRASE || m.kind() == Kind.HOMOPHONE) || m.kind() == Kind.INFLECTION)
                            ? idByCore.get(core(m.known())) : null;
                }
                // only a popular name: an acronym few know is no target
                if (id != null && reviews.get(id) >= MIN_REVIEWS_FOR_SOUND_ALIKE && !plains.get(id).equals(normalisedQuery)) {
                    return new Match(names.get(id), Kind.PARAPHRASE, 0, rebuilt);
                }
            }
        }
        return null;
    }

    /**
     * @return the English of a word of the lexicon, also in its other gender or number: the lexicon lists one form, the
     *         Romance languages inflect it ("magica" and "magico", "preguntas" and "pregunta", "magiche" and "magico")
     */
    private static final Set<String> ENDINGS_OF_TWO = Set.of("as", "os", "es", "he", "hi", "en", "er", "em", "ne", "ni");
    private static final String[] REPLACED_ENDINGS = {"", "o", "a", "e", "s"};

    private static List<String> gloss(String w) {
        List<String> g = GLOSS.get(w);
        if (g != null || w.length() < 4) {
            return g;
        }
        // one ending off (a vowel or -s: "magica", "magische"), or two ("preguntas", "magiche", "magischen")
        char last = w.charAt(w.length() - 1);
        String one = "aoeis".indexOf(last) >= 0 ? w.substring(0, w.length() - 1) : null;
        String two = w.length() >= 5 && ENDINGS_OF_TWO.contains(w.substring(w.length() - 2)) ? w.substring(0, w.length() - 2) : null;
        for (String stem : new String[] {one, two}) {
            for (int e = 0; stem != null && e < REPLACED_ENDINGS.length; e++) {
                g = GLOSS.get(stem + REPLACED_ENDINGS[e]);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    private Match translated(String english, int mapped, String normalisedQuery) {
        int[] ids = byStem.get(stem(english));
        for (int id : ids == null ? new int[0] : ids) {
            if (reviews.get(id) >= MIN_REVIEWS_FOR_EXTENSION && !plains.get(id).equals(normalisedQuery)) {
                return new Match(names.get(id), Kind.TRANSLATION, mapped, english);
            }
        }
        return null;
    }

    /** @return the core joined without spaces, each word's plural -s dropped ("twenty questions" → "twentyquestion") */
    static String stem(String core) {
        StringBuilder b = new StringBuilder(core.length());
        for (String w : core.split(" ")) {
            b.append(stemWord(w));
        }
        return b.toString();
    }

    private static String stemWord(String w) {
        if (w.length() >= 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y"; // "groceries" and "grocery"
        }
        return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Round 36: the core with its last word's verb ending off as well ("glad recycling", "glad recycler" and "glad recycle"
     * all "gladrecycl"; "bin reminding" and "bin reminder" "binremind"): another inflection of the same name. Only the last
     * word, of at least six letters, and only where the plural stem did not already join the names: a name's words are
     * joined, so an ending taken off inside it ("thunder storm") would part what spacing joins ("thunderstorm").
     */
    static String inflected(String core) {
        String st = stem(core);
        int last = core.lastIndexOf(' ') + 1;
        String w = stemWord(core.substring(last));
        String cut = w;
        if (w.length() >= 6 && w.endsWith("ing")) {
            cut = w.substring(0, w.length() - 3);
        } else if (w.length() >= 6 && w.endsWith("er")) {
            cut = w.substring(0, w.length() - 2);
        } else if (w.length() >= 6 && w.endsWith("e") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            cut = w.substring(0, w.length() - 1);
        }
        return st.substring(0, st.length() - w.length()) + cut;
    }

    private boolean popular(int id, int min) {
        return reviews.get(id) < 0 || reviews.get(id) >= min;
    }

    /**
     * @return a known name that differs only in a plural or singular, or that is a popular distinctive name with one
     *         or two words added around it, or null
     */
    private Match variant(String core, String joined, String normalisedQuery) {
        for (int pass = 0; pass < 2; pass++) {
            // the plural stem first; then the last word's other verb ending (round 36)
            int[] same = pass == 0 ? byStem.get(stem(core)) : byInflection.get(inflected(core));
            for (int id : same == null ? new int[0] : same) {
                if (!cores.get(id).replace(" ", "").equals(joined) && !plains.get(id).equals(normalisedQuery)
                        && popular(id, MIN_REVIEWS_FOR_SOUND_ALIKE) && digits(cores.get(id)).equals(digits(core))) {
                    return new Match(names.get(id), Kind.INFLECTION, 1, pass == 0 ? stem(core) : inflected(core));
                }
            }
        }
        String[] q = core.split(" ");
        if (q.length < 2) {
            return null;
        }
        Match kind = kindAdded(q, normalisedQuery);
        if (kind != null) {
            return kind;
        }
        for (int i = 0; i < q.length; i++) {
            int[] ids = byWord.get(q[i]);
            if (ids == null && q[i].length() >= 4 && !q[i].endsWith("s")) {
                ids = byWord.get(q[i] + "s"); // round 36: the word in its plural ("twenty question game" for "twenty questions")
            }
            if (ids == null || ids.length > MAX_NAMES_FOR_DISTINCTIVE || q[i].length() < 4 || commonWord(q[i])) {
                continue; // a word few names hold but the descriptions use as a common noun ("horoscope") is a topic, not a brand
            }
            for (int id : ids) {
                String[] k = cores.get(id).split(" ");
                int extra = q.length - k.length;
                if (extra < 1 || extra > 2 || !popular(id, MIN_REVIEWS_FOR_EXTENSION) || reviews.get(id) < 0
                        || plains.get(id).equals(normalisedQuery)) {
                    continue;
                }
                // the known name's words, in order and next to each other, inside the query
                for (int at = 0; at + k.length <= q.length; at++) {
                    boolean all = true;
                    for (int j = 0; j < k.length && all; j++) {
                        all = stemWord(q[at + j]).equals(stemWord(k[j]));
                    }
                    if (all) {
                        return new Match(names.get(id), Kind.EXTENSION, extra, q[i]);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Round 40: words that name the kind of skill a name is ("game", "quiz"), in the languages the analyser reads: said
     * before or after a popular name, the name stays the other skill's ("the twenty questions game" is "twenty questions",
     * labelled so by four evaluation writers). None of the name's words need be distinctive.
     */
    private static final Set<String> KIND_WORDS = Set.of("game", "games", "quiz", "trivia", "challenge", "spiel", "jeu", "juego",
            "gioco", "jogo", "ゲーム");

    /**
     * @return a popular name ({@link #MIN_REVIEWS_FOR_EXTENSION} reviews, of two words or more) that the query is with one
     *         kind word ({@link #KIND_WORDS}) added before or after it, or null
     */
    private Match kindAdded(String[] q, String normalisedQuery) {
        if (q.length < 3) {
            return null;
        }
        for (int side = 0; side < 2; side++) {
            String w = side == 0 ? q[q.length - 1] : q[0];
            if (!KIND_WORDS.contains(w)) {
                continue;
            }
            String rest = String.join(" ", side == 0 ? Arrays.copyOf(q, q.length - 1) : Arrays.copyOfRange(q, 1, q.length));
            int[] ids = byStem.get(stem(rest));
            for (int id : ids == null ? new int[0] : ids) {
                if (cores.get(id).indexOf(' ') > 0 && popular(id, MIN_REVIEWS_FOR_EXTENSION) && reviews.get(id) >= 0
                        && !plains.get(id).equals(normalisedQuery) && digits(cores.get(id)).equals(digits(rest))) {
                    return new Match(names.get(id), Kind.EXTENSION, 1, w);
                }
            }
        }
        return null;
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

    /** Folder below the hub's data directory whose catalogs load by themselves. */
    public static final String DATA_FOLDER = "skills/catalogs";

    /**
     * @param dataDir    the hub's data directory, or null
     * @param configured catalog files configured explicitly (may be empty)
     * @return the configured files, then every {@code .csv} and {@code .txt} file in
     *         {@code <dataDir>/skills/catalogs/} (sorted by name; at most 100)
     */
    public static List<Path> sources(Path dataDir, List<Path> configured) {
        List<Path> out = new ArrayList<>(configured);
        if (dataDir == null) {
            return out;
        }
        Path dir = dataDir.resolve(DATA_FOLDER);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt") || n.endsWith(".json");
            }).sorted().limit(100).filter(f -> !out.contains(f)).forEach(out::add);
        } catch (IOException e) {
            // an unreadable folder is the same as none; loading a listed file reports its own error
        }
        return out;
    }

    /** Loads names from a CSV with a header ({@code Invocation Name}, {@code Name}/{@code Skill Name}) or a one-name-per-line text file. */
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
                String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".csv")) {
                    loadCsv(file, r, ',');
                } else if (lower.endsWith(".tsv")) {
                    loadCsv(file, r, '\t');
                } else if (lower.endsWith(".json")) {
                    loadJson(file);
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

    private void loadCsv(Path file, Reader r, char sep) throws IOException, SkillInputException {
        List<String> header = Csv.next(r, sep);
        if (header == null) {
            throw new SkillInputException(file + ": empty catalog");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        String firstCell = header.isEmpty() ? "" : header.get(0);
        header.replaceAll(h -> h.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        int inv = firstOf(header, "invocationname", "invocation", "invocationphrase");
        int skill = firstOf(header, "skillname", "name", "title", "displayname");
        int rev = firstOf(header, "numofreviews", "reviews", "reviewcount", "numreviews", "ratingcount", "numberofreviews");
        int desc = firstOf(header, "description", "desc", "summary");
        if (inv < 0 && skill < 0) {
            inv = 0;
            add(firstCell); // no header: the first row is a name too
        }
        List<String> row;
        while ((row = Csv.next(r, sep)) != null) {
            int reviewCount = rev >= 0 && rev < row.size() ? count(row.get(rev)) : -1;
            if (inv >= 0 && inv < row.size() && !row.get(inv).isBlank() && !row.get(inv).strip().equalsIgnoreCase("Not Exists")) {
                add(row.get(inv), reviewCount);
            }
            if (skill >= 0 && skill < row.size()) {
                add(row.get(skill), reviewCount);
            }
            if (desc >= 0 && desc < row.size()) {
                countCase(row.get(desc));
            }
        }
    }

    /**
     * Per word of the catalog's descriptions (round 9), how often it is written in lower case and how often capitalised,
     * not counting a sentence's first word: a brand is capitalised ("Kayak", "Jeopardy"), a common noun is not ("your daily
     * horoscope"). Bounded: at most {@link #MAX_CASE_WORDS} words and 4,000 characters per description.
     */
    private final Map<String, int[]> caseCounts = new HashMap<>();
    static final int MAX_CASE_WORDS = 200_000;
    private static final Pattern SENTENCE_WORDS = Pattern.compile("[.!?:;\"()]+|[A-Za-z]+");

    /** Adds the words of one listing's description (how the catalog's language writes them). Not thread-safe: call only while building. */
    void addDescription(String description) {
        countCase(description);
    }

    private void countCase(String description) {
        if (description == null || description.isEmpty()) {
            return;
        }
        Matcher m = SENTENCE_WORDS.matcher(description.length() > 4000 ? description.substring(0, 4000) : description);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (!Character.isLetter(w.charAt(0))) {
                first = true;
                continue;
            }
            if (!first && w.length() >= 4) {
                String key = w.toLowerCase(Locale.ROOT);
                int[] c = caseCounts.get(key);
                if (c == null && caseCounts.size() < MAX_CASE_WORDS) {
                    caseCounts.put(key, c = new int[2]);
                }
                if (c != null) {
                    c[Character.isLowerCase(w.charAt(0)) ? 0 : 1]++;
                }
            }
            first = false;
        }
    }

    /** @return true when the catalog's descriptions use the word as a common noun (lower case, at least 3 times, more often than capitalised) */
    boolean commonWord(String word) {
        int[] c = caseCounts.get(word);
        return c != null && c[0] >= 3 && c[0] > c[1];
    }

    /** @return a review count cell as a number ("1,234" too), or -1 when it is not one */
    private static int count(String cell) {
        String d = cell == null ? "" : cell.strip().replace(",", "");
        if (d.isEmpty() || d.length() > 9 || !d.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(d);
    }

    private static int firstOf(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A JSON catalog: an array of names, or of objects with an invocation name and/or a name. */
    private void loadJson(Path file) throws SkillInputException, IOException {
        if (Files.size(file) > SafeJson.MAX_DOCUMENT) {
            throw new SkillInputException(file + ": JSON catalog larger than " + SafeJson.MAX_DOCUMENT + " bytes; use CSV or text for large catalogs");
        }
        com.fasterxml.jackson.databind.JsonNode n = SafeJson.parse(file.toString(), Files.readAllBytes(file));
        if (n.isObject()) {
            var it = n.elements();
            while (it.hasNext()) {
                com.fasterxml.jackson.databind.JsonNode v = it.next();
                if (v.isArray()) {
                    n = v;
                    break;
                }
            }
        }
        if (!n.isArray()) {
            throw new SkillInputException(file + ": a JSON catalog is an array of names or of objects with \"invocationName\"/\"name\"");
        }
        for (com.fasterxml.jackson.databind.JsonNode e : n) {
            if (e.isTextual()) {
                add(e.asText());
            } else if (e.isObject()) {
                for (String k : new String[] {"invocationName", "invocation_name", "invocation", "name", "skillName", "title"}) {
                    if (e.path(k).isTextual()) {
                        add(e.path(k).asText());
                    }
                }
            }
        }
    }

    /** Minimal RFC 4180 reader with bounded fields. */
    static final class Csv {
        private Csv() {
        }

        static List<String> next(Reader r) throws IOException {
            return next(r, ',');
        }

        static List<String> next(Reader r, char sep) throws IOException {
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
                } else if (c == sep) {
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
