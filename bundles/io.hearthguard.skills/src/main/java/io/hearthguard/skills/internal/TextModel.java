package io.hearthguard.skills.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A learned text model over a package's words ({@link CaseText}), stacked on the rules: per category a logistic
 * regression on TF-IDF weighted, hashed word 1–2 grams and character 2–5 grams within words gives a probability, and a
 * second, four-weight logistic regression on [logit p, rule, rule × logit p] decides — so the rules' decision stands
 * unless the words say clearly otherwise. Trained offline by {@code eval/stacker/train.py} (scikit-learn) on the
 * features this class computes ({@code hearthguard skills features}); the weights ship as
 * {@value #RESOURCE}.
 *
 * <p>
 * Features (the contract with the trainer, model format {@value #MAGIC_TEXT}): the text lower-cased with
 * {@link Locale#ROOT}; word tokens are runs of letters, digits, {@code _}, {@code =} and {@code .} that start and end
 * with a letter, digit or {@code _}, every other non-space character is a token of its own; unigrams and bigrams of
 * consecutive tokens. Character n-grams of length 2–5 inside each whitespace-separated word padded with one space on
 * each side. Each n-gram is hashed (32-bit FNV-1a over its UTF-16 units, one basis per kind, then mixed) into
 * 2<sup>bits</sup> buckets per kind; a bucket's value is (1 + ln count) × idf, and each kind's vector has unit length.
 * The file: magic, version, bits, categories, what it was trained on, idf per bucket, per category an intercept, a
 * scale and 16-bit weights, four stacking weights per category, the add floor (big-endian, gzip-compressed).
 *
 * <p>
 * Immutable after loading; {@link #score} is thread-safe (per-thread scratch arrays).
 */
public final class TextModel {
    /** Where the shipped model is, beside this class. */
    static final String RESOURCE = "text-model.bin.gz";
    static final String MAGIC_TEXT = "HGTM1";
    private static final int MAGIC = 0x4847544D; // "HGTM"
    private static final int VERSION = 1;
    private static final int WORD_BASIS = 0x811C9DC5;
    private static final int CHAR_BASIS = 0x811C9DC5 ^ 0x9E3779B9;
    private static final int PRIME = 0x01000193;
    private static final int MAX_BITS = 20;
    private static final int MAX_CATEGORIES = 64;

    private final int bits;
    private final int size; // buckets per kind
    private final List<String> categories;
    // one record of k + 1 16-bit values per bucket (words, then characters): the bucket's idf (scaled; a vector's
    // direction does not depend on the scale) and its weight per category (times scales[c]) — one place in memory to
    // touch per bucket, the whole model in 2 * 2^bits * (k + 1) * 2 bytes
    private final short[] records;
    private final float[] scales;
    private final float[] intercepts;
    private final float[] stack; // per category: c0, c1 (logit p), c2 (rule), c3 (rule x logit p)
    private final float addFloor; // the model adds a category the rules did not find only at this probability or above
    private final String trainedOn;
    private final ThreadLocal<Scratch> scratch;

    private TextModel(int bits, List<String> categories, short[] records, float[] scales, float[] intercepts, float[] stack,
            float addFloor, String trainedOn) {
        this.bits = bits;
        this.size = 1 << bits;
        this.categories = List.copyOf(categories);
        this.records = records;
        this.scales = scales;
        this.intercepts = intercepts;
        this.stack = stack;
        this.addFloor = addFloor;
        this.trainedOn = trainedOn;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(2 * size));
    }

    private static final class Shipped {
        static final TextModel MODEL = loadShipped();

        private static TextModel loadShipped() {
            try (InputStream in = TextModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new IllegalStateException("the shipped text model " + RESOURCE + " is unreadable: " + e.getMessage(), e);
            }
        }
    }

    /** @return the model shipped with the bundle, or null when the bundle was built without one */
    public static TextModel shipped() {
        return Shipped.MODEL;
    }

    /**
     * Reads a model (gzip-compressed, format {@value #MAGIC_TEXT}).
     *
     * @throws IOException when the stream is not such a model or is cut short
     */
    public static TextModel read(InputStream gz) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gz), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a text model of format " + MAGIC_TEXT);
        }
        int bits = in.readInt();
        int k = in.readInt();
        if (bits < 8 || bits > MAX_BITS || k < 1 || k > MAX_CATEGORIES) {
            throw new IOException("text model with " + bits + " bits and " + k + " categories is out of bounds");
        }
        List<String> cats = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            cats.add(in.readUTF());
        }
        String trainedOn = in.readUTF();
        int n = 2 << bits;
        int r = k + 1;
        short[] records = new short[n * r];
        float[] idf = new float[n];
        float maxIdf = 0;
        for (int b = 0; b < n; b++) {
            idf[b] = in.readFloat();
            if (!(idf[b] >= 0 && idf[b] < 1e6f)) {
                throw new IOException("text model has an idf of " + idf[b]);
            }
            maxIdf = Math.max(maxIdf, idf[b]);
        }
        for (int b = 0; b < n; b++) {
            records[b * r] = (short) Math.round(maxIdf == 0 ? 0 : idf[b] / maxIdf * Short.MAX_VALUE);
        }
        float[] intercepts = new float[k];
        float[] scales = new float[k];
        for (int c = 0; c < k; c++) {
            intercepts[c] = in.readFloat();
            scales[c] = in.readFloat();
            for (int b = 0; b < n; b++) {
                records[b * r + 1 + c] = in.readShort();
            }
        }
        float[] stack = new float[4 * k];
        for (int i = 0; i < stack.length; i++) {
            stack[i] = in.readFloat();
        }
        float addFloor = in.readFloat();
        if (!(addFloor >= 0 && addFloor <= 1)) {
            throw new IOException("text model's add floor " + addFloor + " is not a probability");
        }
        if (in.read() != -1) {
            throw new IOException("text model has trailing bytes");
        }
        return new TextModel(bits, cats, records, scales, intercepts, stack, addFloor, trainedOn);
    }

    /** @return the categories the model scores, in its order */
    public List<String> categories() {
        return categories;
    }

    /** @return what the model was trained on, for findings and docs */
    public String trainedOn() {
        return trainedOn;
    }

    /** @return the buckets per kind of n-gram, as log2 */
    public int bits() {
        return bits;
    }

    /** The probabilities per category (the model's order) for a package's text. */
    public double[] score(String text) {
        Scratch s = scratch.get();
        s.clear();
        count(text, bits, s);
        int k = categories.size();
        // one pass over the touched buckets in ascending order (the records are then read front to back, which the
        // memory prefetches, instead of in the text's order): each kind's norm and its dot products, combined after (a
        // vector scaled to unit length is its dot products divided by its norm)
        int r = k + 1;
        double[] zw = new double[k];
        double[] zc = new double[k];
        double normWords = dots(s, 0, s.seen.length >>> 1, r, zw);
        double normChars = dots(s, s.seen.length >>> 1, s.seen.length, r, zc);
        double invWords = normWords == 0 ? 0 : 1 / Math.sqrt(normWords);
        double invChars = normChars == 0 ? 0 : 1 / Math.sqrt(normChars);
        double[] z = new double[k];
        for (int c = 0; c < k; c++) {
            z[c] = intercepts[c] + (zw[c] * invWords + zc[c] * invChars) * scales[c];
        }
        for (int c = 0; c < k; c++) {
            z[c] = 1 / (1 + Math.exp(-z[c]));
        }
        return z;
    }

    /**
     * Adds the weighted records of the buckets whose bits are set in {@code seen[fromWord, toWord)} to {@code z} and
     * returns the squared norm of their values.
     */
    private double dots(Scratch s, int fromWord, int toWord, int r, double[] z) {
        int k = z.length;
        short[] rec = records;
        char[] count = s.count;
        long[] seen = s.seen;
        double norm = 0;
        for (int w = fromWord; w < toWord; w++) {
            long x = seen[w];
            while (x != 0) {
                int b = (w << 6) + Long.numberOfTrailingZeros(x);
                x &= x - 1;
                int o = b * r;
                short q = rec[o];
                if (q == 0) {
                    continue;
                }
                double v = tf(count[b]) * q;
                norm += v * v;
                for (int c = 0; c < k; c++) {
                    z[c] += v * rec[o + 1 + c];
                }
            }
        }
        return norm;
    }

    /**
     * @return the stacked decision for one category given the model's probability and the rules' decision (a category the
     *         rules did not find is added only at the model's add floor or above)
     */
    public boolean decide(int category, double p, boolean rule) {
        if (!rule && p < addFloor) {
            return false;
        }
        double q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
        double l = Math.log(q / (1 - q));
        double r = rule ? 1 : 0;
        int o = 4 * category;
        return stack[o] + stack[o + 1] * l + stack[o + 2] * r + stack[o + 3] * r * l >= 0;
    }

    /**
     * The word n-grams of the text that weigh most towards a category, strongest first.
     *
     * @param max at most this many
     */
    public List<String> strongestWords(String text, int category, int max) {
        Scratch s = scratch.get();
        s.clear();
        count(text, bits, s);
        int k = categories.size();
        double norm = 0;
        for (int w = 0; w < s.seen.length >>> 1; w++) {
            for (long x = s.seen[w]; x != 0; x &= x - 1) {
                int b = (w << 6) + Long.numberOfTrailingZeros(x);
                double v = tf(s.count[b]) * records[b * (k + 1)];
                norm += v * v;
            }
        }
        if (norm == 0) {
            return List.of();
        }
        double inv = 1 / Math.sqrt(norm);
        String lower = text.toLowerCase(Locale.ROOT);
        char[] chars = lower.toCharArray();
        java.util.Map<Integer, String> names = new java.util.HashMap<>();
        // a bigram spans the space (or line break) between its words: shown with one space; n-grams with a token
        // without letters ("{", "=") are not shown
        words(chars, (b, from, to) -> names.putIfAbsent(b, lower.substring(from, to).replaceAll("\\s+", " ")), bits);
        List<Object[]> ranked = new ArrayList<>();
        for (var e : names.entrySet()) {
            int b = e.getKey();
            double w = tf(s.count[b]) * records[b * (k + 1)] * inv * records[b * (k + 1) + 1 + category] * scales[category];
            if (w > 0 && java.util.Arrays.stream(e.getValue().split(" ")).allMatch(TextModel::shownWord)) {
                ranked.add(new Object[] {w, e.getValue()});
            }
        }
        ranked.sort((a, b) -> Double.compare((double) b[0], (double) a[0]));
        List<String> out = new ArrayList<>();
        for (Object[] o : ranked) {
            String w = (String) o[1];
            if (out.stream().noneMatch(x -> x.contains(w) || w.contains(x))) {
                out.add(w);
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    /**
     * @return whether a token may be shown to a reader: it has a letter, is not a lone Latin letter (the "s" of "what's",
     *         the "l" of "l'adresse" are tokens of their own, but say nothing on their own), and holds only letters, digits
     *         and the joiners of a word or a setting ({@code - . _ =}): a bigram of a word and the punctuation beside it
     *         ("profile:", "what'") is not shown
     */
    static boolean shownWord(String token) {
        return token.codePoints().anyMatch(Character::isLetter) && !(token.length() == 1 && token.charAt(0) < 0x250)
                && token.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '-' || c == '.' || c == '_' || c == '=');
    }

    // ---- features ----

    private static final double[] TF = new double[256];

    static {
        for (int c = 1; c < TF.length; c++) {
            TF[c] = 1 + Math.log(c);
        }
    }

    /** @return the sublinear term frequency, 1 + ln count */
    static double tf(int count) {
        return count < TF.length ? TF[count] : 1 + Math.log(count);
    }

    /**
     * Per-thread counts of the buckets touched by one text, and which buckets those are (one bit each). Round 40: a bucket
     * is counted with two plain stores (its count, saturating, and its bit) and no branch on whether it was seen before,
     * and the character n-grams are counted in the loop that hashes them (not through a call per n-gram): counting was
     * three quarters of the model's time, most of it per-n-gram overhead around the hashing.
     */
    static final class Scratch implements Gram {
        final char[] count; // 16 bits, saturating: half the memory of ints (a text of 20,000 characters stays far below)
        final long[] seen; // bit b set when count[b] > 0: the touched buckets in ascending order, without sorting
        private boolean dirty;

        Scratch(int buckets) {
            count = new char[buckets];
            seen = new long[(buckets + 63) >>> 6];
        }

        void clear() {
            if (!dirty) {
                return;
            }
            for (int w = 0; w < seen.length; w++) {
                for (long x = seen[w]; x != 0; x &= x - 1) {
                    count[(w << 6) + Long.numberOfTrailingZeros(x)] = 0;
                }
                seen[w] = 0;
            }
            dirty = false;
        }

        /** @return the touched buckets, ascending */
        int[] buckets() {
            int n = 0;
            for (long x : seen) {
                n += Long.bitCount(x);
            }
            int[] out = new int[n];
            int i = 0;
            for (int w = 0; w < seen.length; w++) {
                for (long x = seen[w]; x != 0; x &= x - 1) {
                    out[i++] = (w << 6) + Long.numberOfTrailingZeros(x);
                }
            }
            return out;
        }

        void add(int b) {
            char c = count[b];
            if (c != Character.MAX_VALUE) {
                count[b] = (char) (c + 1);
            }
            seen[b >>> 6] |= 1L << b;
            dirty = true;
        }

        @Override
        public void at(int bucket, int from, int to) {
            add(bucket);
        }
    }

    /** Receives one n-gram: its bucket and where it is in the lower-cased text (a bigram spans both words). */
    interface Gram {
        void at(int bucket, int from, int to);
    }

    /** Counts the text's n-grams into the scratch (word buckets first, then character buckets offset by 2^bits). */
    static void count(String text, int bits, Scratch s) {
        char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
        words(lower, s, bits);
        chars(lower, s, 1 << bits, bits);
    }

    private static boolean wordChar(char c) {
        if (c < 0x80) { // ASCII without a table lookup
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    /** @return {@link Character#isWhitespace(char)}, without a table lookup for printable ASCII */
    private static boolean space(char c) {
        return c > ' ' && c < 0x7F ? false : Character.isWhitespace(c);
    }

    private static int bucket(int h, int bits) {
        return mix(h) & ((1 << bits) - 1);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static int fnv(int h, char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s[i]) * PRIME;
        }
        return h;
    }

    /** Word unigrams and bigrams of lower-cased text. */
    static void words(char[] t, Gram out, int bits) {
        int n = t.length;
        int prevHash = 0;
        int prevFrom = -1;
        int i = 0;
        while (i < n) {
            char c = t[i];
            int from;
            int to;
            if (space(c)) {
                i++;
                continue;
            }
            if (wordChar(c) || c == '=' || c == '.') {
                int j = i;
                while (j < n && (wordChar(t[j]) || t[j] == '=' || t[j] == '.')) {
                    j++;
                }
                int a = i;
                while (a < j && !wordChar(t[a])) {
                    a++;
                }
                int b = j;
                while (b > a && !wordChar(t[b - 1])) {
                    b--;
                }
                if (a > i) { // leading '=' or '.': one token each
                    from = i;
                    to = i + 1;
                    i = from + 1;
                } else {
                    from = a;
                    to = b;
                    i = b;
                }
            } else {
                from = i;
                to = i + 1;
                i++;
            }
            int h = fnv(WORD_BASIS, t, from, to);
            out.at(bucket(h, bits), from, to);
            if (prevFrom >= 0) {
                int bh = fnv(fnvSpace(prevHash), t, from, to);
                out.at(bucket(bh, bits), prevFrom, to);
            }
            prevHash = h;
            prevFrom = from;
        }
    }

    private static int fnvSpace(int h) {
        return (h ^ ' ') * PRIME;
    }

    /** Character 2–5 grams within words padded with a space on each side, counted at {@code offset} + bucket. */
    static void chars(char[] t, Scratch out, int offset, int bits) {
        int n = t.length;
        int mask = (1 << bits) - 1;
        char[] count = out.count;
        long[] seen = out.seen;
        int i = 0;
        while (i < n) {
            if (space(t[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !space(t[j])) {
                j++;
            }
            out.dirty = true;
            // the padded word is ' ' + t[i, j) + ' ', positions 0 .. len-1
            int len = j - i + 2;
            for (int s = 0; s < len; s++) {
                int h = CHAR_BASIS;
                int end = Math.min(s + 5, len);
                for (int e = s; e < end; e++) {
                    char c = e == 0 || e == len - 1 ? ' ' : t[i + e - 1];
                    h = (h ^ c) * PRIME;
                    if (e > s) {
                        int b = offset + (mix(h) & mask);
                        char k = count[b];
                        if (k != Character.MAX_VALUE) {
                            count[b] = (char) (k + 1);
                        }
                        seen[b >>> 6] |= 1L << b;
                    }
                }
            }
            i = j;
        }
    }
}
