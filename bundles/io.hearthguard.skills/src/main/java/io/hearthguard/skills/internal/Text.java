package io.hearthguard.skills.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers: making invisible characters visible, reading SSML, judging pronounceability. */
public final class Text {
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");
    private static final Pattern BREAK = Pattern.compile("<break\\b([^<>]{0,500})/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("time\\s*=\\s*[\"']\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s)\\s*[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRENGTH = Pattern.compile("strength\\s*=\\s*[\"']([a-z-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIO = Pattern.compile("<audio\\b", Pattern.CASE_INSENSITIVE);

    private Text() {
    }

    /**
     * Escapes what a reader cannot see: unpaired surrogates as {@code \uD801}, format and
     * other invisible characters as {@code <U+200B>}, controls as {@code <U+0007>}; newline
     * and tab as {@code \n}, {@code \t}. Output is capped at {@code 2,000} chars.
     */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length() + 16, 2_100));
        for (int i = 0; i < s.length() && b.length() < 2_000; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = s.codePointAt(i);
                if (invisible(cp)) {
                    b.append(String.format(Locale.ROOT, "<U+%04X>", cp));
                } else {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (invisible(c)) {
                b.append(String.format(Locale.ROOT, "<U+%04X>", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= 2_000) {
            b.append("…");
        }
        return b.toString();
    }

    /** @return true for code points that render as nothing or as a box */
    public static boolean invisible(int cp) {
        int t = Character.getType(cp);
        return t == Character.FORMAT || t == Character.CONTROL || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                || t == Character.SURROGATE || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0 || cp == 0x2800
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x034F;
    }

    /** @return the text with SSML/HTML tags removed and XML entities decoded */
    public static String stripTags(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s; // most text (samples, plain speech) has no markup: skip the regex
        }
        String t = TAG.matcher(unescaped(s)).replaceAll(" ");
        return entities(t);
    }

    private static String entities(String t) {
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /**
     * @return SSML that arrived XML-escaped ({@code &lt;speak&gt;&lt;break time="5s"/&gt;&lt;/speak&gt;}: a response printed
     *         inside an XML test report and read as JSON from its text) as markup, or {@code s} as it is (round 11)
     */
    static String unescaped(String s) {
        return s.indexOf('<') < 0 && s.contains("&lt;") ? entities(s) : s;
    }

    /** @return total seconds of {@code <break>} pauses in SSML (strengths per the Alexa SSML reference) */
    public static double breakSeconds(String ssml) {
        double sum = 0;
        Matcher m = BREAK.matcher(ssml);
        int n = 0;
        while (m.find() && n++ < 10_000) {
            Matcher t = TIME.matcher(m.group(1));
            if (t.find()) {
                double v = Double.parseDouble(t.group(1));
                sum += Math.min(10, t.group(2).equalsIgnoreCase("ms") ? v / 1000 : v);
                continue;
            }
            Matcher st = STRENGTH.matcher(m.group(1));
            String strength = st.find() ? st.group(1).toLowerCase(Locale.ROOT) : "medium";
            sum += switch (strength) {
                case "none" -> 0;
                case "x-weak", "weak" -> 0.25;
                case "strong" -> 0.75;
                case "x-strong" -> 1.0;
                default -> 0.5;
            };
        }
        return sum;
    }

    /** @return number of {@code <audio>} elements (whose content we cannot hear) */
    public static int audioCount(String ssml) {
        Matcher m = AUDIO.matcher(ssml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A prosody element set to silence: {@code volume="silent"} or {@code volume="-30dB"} and lower (inner tags allowed, not nested prosody). */
    private static final Pattern MUTED = Pattern.compile("(?is)<prosody\\b[^>]{0,500}?\\bvolume\\s*=\\s*[\"'](?:silent|-(?:[3-9]\\d|\\d{3,})(?:\\.\\d+)?\\s*db)[\"'][^>]{0,500}>"
            + "(?:(?!</?prosody\\b).){0,20000}?</prosody\\s*>");

    /** What a speech string consists of. */
    public record Speech(String raw, String spoken, int letters, int unpairedSurrogates, int invisibles,
            double breakSeconds, int audio, int longestMute) {
        /** @return true when nothing in it can be pronounced (no letter or digit, no audio) */
        public boolean silent() {
            return letters == 0 && audio == 0;
        }

        /** @return true when it contains characters placed to be unseen or unspeakable */
        public boolean deliberate() {
            return unpairedSurrogates > 0 || invisibles > 0;
        }
    }

    /**
     * Analyses a speech string (plain text or SSML).
     *
     * @param raw the outputSpeech text or SSML; null is treated as empty
     */
    public static Speech speech(String raw) {
        String r = raw == null ? "" : unescaped(raw);
        boolean ssml = r.contains("<");
        int muted = 0;
        String audible = r;
        if (ssml && r.indexOf("volume") >= 0) {
            // words inside <prosody volume="silent"> (or -30 dB and below) are not heard: the SSML way of hiding speech
            Matcher m = MUTED.matcher(r);
            StringBuilder b = new StringBuilder();
            int last = 0;
            while (m.find()) {
                b.append(r, last, m.start()).append(' ');
                last = m.end();
                muted++;
            }
            audible = muted == 0 ? r : b.append(r, last, r.length()).toString();
        }
        String spoken = ssml ? stripTags(audible) : r;
        int letters = 0;
        int surrogates = 0;
        int invisibles = muted;
        int mute = 0;
        int longest = 0;
        for (int i = 0; i < spoken.length(); i++) {
            char c = spoken.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < spoken.length() && Character.isLowSurrogate(spoken.charAt(i + 1))) {
                cp = spoken.codePointAt(i);
                i++;
            } else if (Character.isSurrogate(c)) {
                surrogates++;
                mute++;
                longest = Math.max(longest, mute);
                continue;
            }
            if (Character.isLetterOrDigit(cp) && !invisible(cp)) {
                letters++;
                mute = 0;
            } else {
                if (invisible(cp) && !Character.isWhitespace(cp)) {
                    invisibles++;
                }
                if (!Character.isWhitespace(cp) || mute > 0) {
                    mute++;
                }
                longest = Math.max(longest, mute);
            }
        }
        return new Speech(r, spoken, letters, surrogates, invisibles, ssml ? breakSeconds(r) : 0, ssml ? audioCount(r) : 0, longest);
    }

    /** @return lower-cased text with tags removed and whitespace collapsed, for phrase matching */
    public static String norm(String s) {
        String t = stripTags(s == null ? "" : s).toLowerCase(Locale.ROOT);
        t = t.replace('’', '\'').replace('‘', '\'');
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || invisible(c) || Character.isSurrogate(c)) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        return restoreAccents(b.toString().trim());
    }

    /**
     * Round 30: words typed without their accents, as logs and hand-written test files often hold them ("Leeme los
     * dieciseis numeros", "tu numero de la seguridad social", "o codigo de seguranca"), restored where the bare spelling
     * is no word of another language the analyser reads (so not "numero", Italian, nor "telefono"): the phrase patterns
     * are written with the accents. A closed list of the words of secrets, personal data and asking.
     */
    private static final java.util.Map<String, String> UNACCENTED = java.util.Map.ofEntries(
            java.util.Map.entry("numeros", "números"), java.util.Map.entry("codigo", "código"), java.util.Map.entry("codigos", "códigos"),
            java.util.Map.entry("digitos", "dígitos"), java.util.Map.entry("contrasena", "contraseña"), java.util.Map.entry("contrasenas", "contraseñas"),
            java.util.Map.entry("dieciseis", "dieciséis"), java.util.Map.entry("leeme", "léeme"), java.util.Map.entry("dimelo", "dímelo"),
            java.util.Map.entry("digame", "dígame"), java.util.Map.entry("direccion", "dirección"), java.util.Map.entry("identificacion", "identificación"),
            java.util.Map.entry("verificacion", "verificación"), java.util.Map.entry("autenticacion", "autenticación"), java.util.Map.entry("movil", "móvil"),
            java.util.Map.entry("electronico", "electrónico"), java.util.Map.entry("ultimos", "últimos"), java.util.Map.entry("ultimas", "últimas"),
            java.util.Map.entry("expiracion", "expiración"), java.util.Map.entry("cartao", "cartão"), java.util.Map.entry("seguranca", "segurança"),
            java.util.Map.entry("verificacao", "verificação"), java.util.Map.entry("autenticacao", "autenticação"), java.util.Map.entry("endereco", "endereço"),
            java.util.Map.entry("securite", "sécurité"), java.util.Map.entry("recu", "reçu"));

    /** The bare spellings of {@link #UNACCENTED} by length (4 to 14 letters; none for other lengths). */
    private static final String[][] UNACCENTED_BY_LENGTH = byLength(UNACCENTED.keySet());

    private static String[][] byLength(java.util.Set<String> words) {
        String[][] out = new String[15][];
        for (int len = 0; len < out.length; len++) {
            final int l = len;
            out[len] = len < 4 ? new String[0] : words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
        }
        if (words.stream().anyMatch(w -> w.length() < 4 || w.length() >= out.length)) {
            throw new IllegalStateException("a bare spelling outside 4 to 14 letters");
        }
        return out;
    }

    /** @return the text with the words of {@link #UNACCENTED} restored (the text itself when none occurs: no copy) */
    static String restoreAccents(String t) {
        StringBuilder b = null;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && t.charAt(j) >= 'a' && t.charAt(j) <= 'z') {
                j++;
            }
            // (round 42: the word compared in place with the few bare spellings of its length, no substring per word, and
            // whether it is a whole word asked only of one that is among them)
            String to = null;
            if (j - i < UNACCENTED_BY_LENGTH.length) {
                for (String bare : UNACCENTED_BY_LENGTH[j - i]) {
                    if (t.regionMatches(i, bare, 0, j - i)) {
                        boolean whole = (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && (j == n || !Character.isLetterOrDigit(t.charAt(j)));
                        to = whole ? UNACCENTED.get(bare) : null;
                        break;
                    }
                }
            }
            if (to != null) {
                if (b == null) {
                    b = new StringBuilder(t.length() + 8).append(t, 0, i);
                }
                b.append(to);
            } else if (b != null) {
                b.append(t, i, j);
            }
            int k = j;
            while (k < n && (t.charAt(k) < 'a' || t.charAt(k) > 'z')) {
                k++;
            }
            if (b != null) {
                b.append(t, j, k);
            }
            i = k;
        }
        return b == null ? t : b.toString();
    }
}
