package io.hearthguard.discovery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A short name for a registry organisation, the way a person would say it: "Realtek Semiconductor Corp." is Realtek,
 * "SHENZHEN BILIAN ELECTRONIC CO.,LTD" is Bilian, "Hon Hai Precision Ind. Co.,Ltd." is Hon Hai, "Texas Instruments"
 * stays Texas Instruments. Used for the vendor value of chip and module makers' registry entries, where the words of
 * the organisation are all the hub knows (the full organisation stays in the evidence detail).
 *
 * <p>Drops parenthesised parts, everything from the first legal form on (Co., Ltd, Inc, GmbH, …), then generic words
 * at the end (Technology, Electronics, Semiconductor, …) and Chinese city and province names at either end, as long as a
 * word is left; all-capital words of five letters or more are written in title case (acronyms such as USI or XDK stay).
 * Stateless and thread-safe.
 */
public final class OrganizationNames {
    /** Longest short name returned, in characters. */
    static final int MAX = 48;

    /** Legal forms: the name ends before the first of them. */
    private static final Set<String> LEGAL = Set.of("co", "ltd", "lt", "limited", "inc", "incorporated", "corp", "corporate",
            "corporation", "company", "gmbh", "ag", "llc", "lp", "plc", "pte", "pty", "bv", "nv", "sa", "sas", "sarl", "srl",
            "spa", "kg", "oy", "ab", "kk", "sdn", "bhd", "a/s");
    /** Generic words dropped at the end of a name while another word remains. */
    private static final Set<String> GENERIC = Set.of("technology", "technologies", "technoligy", "tech", "technical",
            "electronic", "electronics", "micro-electronic", "micro-electronics", "microelectronics", "semiconductor",
            "semiconductors", "industrial", "industries", "industry", "ind", "international", "intl", "digital",
            "communication", "communications", "information", "intelligent", "intelligence", "network", "networks",
            "networking", "smart", "manufacturing", "mfg", "precision", "development", "system", "systems", "holding",
            "holdings", "group", "science", "scientific", "sci", "equipment", "products", "product", "trading", "solutions",
            "solution", "telecommunications", "telecommunication", "telecom", "devices", "device", "enterprise", "enterprises", "works", "factory", "and", "&", "of", "the");
    /** Chinese cities and provinces that begin or end a registered name ("Shenzhen …", "… (Shenzhen)"). */
    private static final Set<String> PLACES = Set.of("shenzhen", "guangdong", "hangzhou", "chongqing", "huizhou", "beijing",
            "shanghai", "dongguan", "zhuhai", "xiamen", "suzhou", "ningbo", "fujian", "jiangsu", "zhejiang", "qingdao", "wuhan",
            "chengdu", "nanjing", "tianjin", "guangzhou", "foshan", "zhongshan", "shantou", "jiangmen", "hefei", "changsha",
            "xi'an", "jinan", "shandong", "sichuan", "anhui", "hunan", "hubei", "henan", "hebei", "kunshan", "wuxi", "changzhou");

    private static final Pattern PARENS = Pattern.compile("[(（][^)）]*[)）]?");
    private static final Pattern DOTTED_LEGAL = Pattern.compile("(?i)(?<![a-z])(s\\.a|b\\.v|n\\.v|l\\.l\\.c|s\\.r\\.l|s\\.p\\.a)\\.?(?![a-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,.]+");

    private OrganizationNames() {
    }

    /**
     * @param organization a registry organisation, as the IEEE file gives it
     * @return its short name; the cleaned organisation itself when nothing would be left
     */
    public static String shortName(String organization) {
        String clean = Text.clean(organization, Text.MAX);
        if (clean.isEmpty()) {
            return clean;
        }
        // "(Shenzhen)", "（深圳）": a location or a former name, never the name itself
        String s = PARENS.matcher(clean).replaceAll(" ").replace('，', ',');
        // dotted legal forms ("S.A.", "B.V.") before the name is split at dots ("TECH.Co.,Ltd")
        s = DOTTED_LEGAL.matcher(s).replaceAll(" Ltd ");
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(s)) {
            String t = trimPunctuation(w);
            if (t.isEmpty()) {
                continue;
            }
            if (LEGAL.contains(key(t))) {
                break; // "Co.,Ltd", "Ltd." and whatever follows
            }
            words.add(t);
        }
        // "Hui Zhou" is Huizhou
        for (int i = 0; i + 1 < words.size(); i++) {
            if (key(words.get(i)).equals("hui") && key(words.get(i + 1)).equals("zhou")) {
                words.set(i, "Huizhou");
                words.remove(i + 1);
            }
        }
        List<String> whole = List.copyOf(words);
        boolean changed = true;
        while (changed && words.size() > 1) {
            changed = false;
            String last = key(words.get(words.size() - 1));
            if (GENERIC.contains(last) || PLACES.contains(last)) {
                words.remove(words.size() - 1);
                changed = true;
            } else if (PLACES.contains(key(words.get(0)))) {
                words.remove(0);
                changed = true;
            }
        }
        if (words.size() == 1 && PLACES.contains(key(words.get(0)))) {
            words = new ArrayList<>(whole); // "Shenzhen Technology Co., Ltd": only generic words besides the city
        }
        if (words.isEmpty()) {
            return Text.clean(clean, MAX);
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() + w.length() + 1 > MAX) {
                break;
            }
            b.append(b.length() > 0 ? " " : "").append(caseOf(w, b.length() == 0));
        }
        return b.length() == 0 ? Text.clean(clean, MAX) : b.toString();
    }

    private static String key(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        while (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    private static String trimPunctuation(String w) {
        int a = 0;
        int z = w.length();
        while (a < z && ".;:\"'".indexOf(w.charAt(a)) >= 0) {
            a++;
        }
        while (z > a && ".;:\"'".indexOf(w.charAt(z - 1)) >= 0) {
            z--;
        }
        return w.substring(a, z);
    }

    /**
     * "GONGJIN" → "Gongjin", "LITE-ON" → "Lite-On", a first word "elink" → "Elink"; "USI", "AzureWave", "ShenZhen" and
     * later lower-case words ("of") unchanged.
     */
    private static String caseOf(String w, boolean first) {
        int letters = 0;
        boolean upper = true;
        boolean lower = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper &= Character.isUpperCase(c);
                lower &= Character.isLowerCase(c);
            }
        }
        if (letters == 0 || !(upper && letters >= 5 || lower && first)) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return b.toString();
    }
}
