package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a skill says is speaking. A masquerading skill names itself, or its message, as coming from the platform: the
 * maker (Amazon, Alexa, Google) in a speaker frame — "hello from …", "this is …", "message from …", "on behalf of …",
 * "… here", "hier spricht …", "ici …", "message d'…", "aquí …", "le habla …", "qui …", "messaggio da …", "aqui é …",
 * "mensagem da …", "こちらは…", "…からのお知らせ" — with at most five words of a noun phrase between frame and maker
 * ("this is the <b>security center of Amazon</b>", "aqui é a Central de Segurança da Amazon"). The noun phrase may not
 * hold a word that makes the maker a mere platform or topic ("a skill for Alexa", "works with", "about", "Amazon Music",
 * "the Alexa app"). The frame is a small closed class per language (how speakers introduce themselves), not a list of
 * scam wordings; the desk, department or notice named between is free.
 */
final class Identity {
    private Identity() {
    }

    private static final String MAKER = "amazon|alexa|google|アマゾン|アレクサ|グーグル";
    /** Speaker frames before the maker's noun phrase. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:this is|hello from|hi from|greetings from|a message from|message from|notice from|"
                    + "alert from|notification from|a notice from|an alert from|calling from|on behalf of|we are|we're|i am|i'm|from|"
                    + "hier ist|hier spricht|hier meldet sich|nachricht von|eine nachricht von|mitteilung von|hinweis von|im auftrag von|"
                    + "wir sind|ich bin|grüße von|gruß von|"
                    + "ici|message d'|message de|un message d'|un message de|de la part d'|de la part de|nous sommes|je suis|"
                    + "avis d'|avis de|notification d'|notification de|bonjour de la part d'|"
                    + "aquí|aqui|le habla|te habla|les habla|habla|soy|somos|mensaje de|un mensaje de|aviso de|de parte de|en nombre de|"
                    + "hola desde|saludos de|de parte|en nombre|mensaje|"
                    + "qui|parla|sono|siamo|messaggio da|messaggio di|un messaggio da|un messaggio di|avviso da|avviso di|da parte di|"
                    + "per conto di|per conto|da parte|ciao da|messaggio|"
                    + "aqui é|aqui fala|fala|sou|mensagem da|mensagem de|mensagem do|uma mensagem da|uma mensagem de|aviso da|aviso do|"
                    + "em nome da|em nome de|em nome|olá da|da parte da|somos da|mensagem|on behalf|im auftrag|de la part)(?![\\p{L}])");
    /** Frames after the maker's noun phrase: "Amazon Pay here", "Amazon security calling". */
    private static final Pattern AFTER = Pattern.compile("^(?:here|calling|speaking|hier|ici|aquí|aqui|qui)(?![\\p{L}])");
    /** Words that make the maker a platform, product or topic rather than the speaker. */
    private static final Set<String> NOT_SPEAKER = Set.copyOf(java.util.Arrays.asList("skill", "skills", "app", "apps", "application", "guide", "game", "games", "quiz",
            "fan", "fans", "unofficial", "not", "no", "nicht", "kein", "keine", "pas", "non", "nao", "não", "for", "für", "pour", "para",
            "per", "with", "mit", "avec", "con", "com", "about", "über", "sur", "sobre", "like", "wie", "comme", "como", "come",
            "compatible", "by", "powered", "using", "on", "auf", "via", "available", "works", "to", "zu", "à", "a", "ask", "tell", "say",
            "frag", "frage", "sag", "demande", "dis", "pide", "chiedi", "pergunte", "diga", "music", "musik", "musique", "música",
            "musica", "web", "play", "photos", "books", "kindle", "maps", "drive", "cloud", "prime video", "video", "list", "liste",
            "lista", "timer", "routine", "routines", "echo", "show", "device", "devices", "gerät", "appareil", "dispositivo", "developer",
            "developers", "certified", "certification", "store", "marketplace", "blueprints", "blueprint", "podcast", "news", "from", "gift",
            "gifts", "brought", "sponsored", "presented"));
    private static final Set<String> PRODUCT_AFTER = Set.copyOf(java.util.Arrays.asList("music", "musik", "musique", "web", "play", "photos", "books", "kindle",
            "maps", "drive", "cloud", "app", "skill", "skills", "video", "fire", "echo", "show", "dot", "lists", "list", "liste", "lista",
            "shopping", "routine", "routines", "blueprints", "home", "nest", "assistant's", "developer", "developers", "store", "fresh",
            "smile", "translate", "calendar", "kalender", "calendrier", "calendario", "fan", "fans", "lovers", "enthusiasts", "users",
            "customers", "shoppers", "owners", "time", "style"));
    /** Frames that only say "here": the maker must follow within three words ("aquí Alexa", not "aquí puedes preguntar a Alexa"). */
    private static final Set<String> HERE = Set.of("ici", "aquí", "aqui", "qui");
    private static final Pattern MAKER_WORD = Pattern.compile("(?<![\\p{L}])(?:" + MAKER + ")(?![\\p{L}])");
    private static final Pattern JA = Pattern.compile(
            "こちらは[^。！？]{0,12}(?:amazon|alexa|google|アマゾン|アレクサ|グーグル)|(?:amazon|alexa|google|アマゾン|アレクサ|グーグル)[^。！？、]{0,12}"
                    + "(?:からのお知らせ|からのご連絡|からのメッセージ|からのご案内|でございます)");

    /** @return the words that claim the platform's identity (normalised, lower case), or null */
    static String claim(String norm) {
        if (norm == null || norm.isEmpty() || !(norm.contains("amazon") || norm.contains("alexa") || norm.contains("google")
                || norm.contains("アマゾン") || norm.contains("アレクサ") || norm.contains("グーグル"))) {
            return null;
        }
        Matcher j = JA.matcher(norm);
        if (j.find() && !Language.negated(norm, j.start(), j.end())) {
            return j.group();
        }
        for (String clause : norm.split("[.!?;。！？\\n]+")) {
            Matcher mk = MAKER_WORD.matcher(clause);
            while (mk.find()) {
                if (mk.end() < clause.length() && "'’".indexOf(clause.charAt(mk.end())) >= 0) {
                    continue; // "Alexa's helper", "Amazon's history": the maker owns something, it does not speak
                }
                String after = clause.substring(mk.end()).strip();
                String next = after.split("[\\s,:]+", 2)[0].replaceAll("(?:'s|’s|')$", "");
                if (PRODUCT_AFTER.contains(next) && !AFTER.matcher(after).find()) {
                    continue; // "Amazon Music", "the Alexa app": the platform's products, not its voice
                }
                String found = frameBefore(clause, mk.start(), mk.end());
                if (found == null) {
                    // "Amazon Pay here", "Amazon account security calling": up to three words, then the frame
                    String[] w = after.split("\\s+");
                    for (int i = 0; i < Math.min(4, w.length); i++) {
                        if (AFTER.matcher(w[i].replaceAll("[,:]$", "")).find()) {
                            found = clause.substring(mk.start(), Math.min(clause.length(), mk.end() + 1 + String.join(" ", List.of(w).subList(0, i + 1)).length()));
                            break;
                        }
                        if (NOT_SPEAKER.contains(w[i]) || w[i].endsWith(",")) {
                            break;
                        }
                    }
                }
                if (found != null && !Language.negated(norm, norm.indexOf(found), norm.indexOf(found) + found.length())) {
                    return found.strip();
                }
            }
        }
        return null;
    }

    /** @return the frame and noun phrase before the maker ending at {@code end}, or null */
    private static String frameBefore(String clause, int start, int end) {
        String before = clause.substring(0, start).replace("'", "' ");
        List<String> words = new ArrayList<>(List.of(before.strip().split("\\s+")));
        // up to five words of the noun phrase between frame and maker ("the security center of"), none of them a NOT_SPEAKER
        String lastWord = words.isEmpty() ? "" : words.get(words.size() - 1);
        boolean dative = lastWord.equals("a") || lastWord.equals("à") || lastWord.equals("al");
        for (int k = 0; k <= 5 && k <= words.size(); k++) {
            if (dative && k >= 2) {
                return null; // "preguntar a Alexa", "demande à Alexa": the maker is spoken to ("aqui é a Amazon" is an article)
            }
            String np = String.join(" ", words.subList(words.size() - k, words.size()));
            for (String w : words.subList(words.size() - k, words.size())) {
                if (NOT_SPEAKER.contains(w.replace("'", "")) && !w.equals("a") && !w.equals("à")) {
                    return null;
                }
            }
            String head = String.join(" ", words.subList(0, words.size() - k)).replace("' ", "'");
            Matcher m = BEFORE.matcher(head);
            int last = -1;
            int lastEnd = -1;
            while (m.find()) {
                last = m.start();
                lastEnd = m.end();
            }
            if (last >= 0 && lastEnd == head.length() && (last == 0 || !Character.isLetter(head.charAt(last - 1)))) {
                // "from" alone only opens the clause ("From Amazon: your order …"), not "a gift from Amazon"
                String frame = head.substring(last);
                if (frame.equals("from") && !head.substring(0, last).isBlank() || HERE.contains(frame) && k > 3) {
                    continue;
                }
                return (frame + " " + np.replace("' ", "'") + " " + clause.substring(start, end)).replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    /** Words that make a title about the platform rather than from it ("Welcome to Pizza Time for Alexa", "ask Alexa"). */
    private static final Set<String> NOT_TITLE = Set.copyOf(java.util.Arrays.asList("skill", "skills", "app", "apps", "ask", "tell", "say", "open",
            "with", "mit", "avec", "con", "com", "for", "für", "pour", "para", "per", "about", "über", "sur", "sobre", "like", "fan", "fans", "quiz",
            "game", "games", "using", "compatible", "works", "your", "my", "our", "dein", "deine", "ihr", "ihre", "mein", "votre", "ton", "mon",
            "tu", "su", "mi", "tuo", "tua", "seu", "sua", "not", "no", "nicht", "kein", "pas", "non", "não", "welcome", "willkommen", "bienvenue",
            "bienvenido", "bienvenida", "benvenuto", "benvenuta", "bem-vindo", "to", "on", "auf", "via", "frag", "demande", "pide", "chiedi",
            "pergunte", "if", "wenn", "si", "se", "unofficial", "inoffiziell", "hey", "ok", "okay", "and", "und", "et", "y", "e", "or",
            // a subject or an auxiliary makes the segment a sentence, not a title ("ti ho mandato una scheda nell'app alexa")
            "i", "you", "we", "he", "she", "they", "ich", "du", "wir", "sie", "je", "nous", "vous", "il", "elle", "yo", "nosotros", "io", "ti",
            "mi", "noi", "eu", "nós", "você", "is", "are", "was", "have", "has", "ist", "sind", "hat", "habe", "est", "sont", "ai", "es", "son",
            "he", "ha", "ho", "hai", "è", "é", "tem", "in", "im", "dans", "en", "nel", "nell", "nella", "no", "na", "app", "appli", "aplicación"));

    /**
     * A title that names the maker as the source of what follows: the first or second segment of the speech (up to the
     * first punctuation), at most seven words, holding the maker and no word that makes it a platform, topic or the
     * one spoken to — "avviso di consegna amazon:", "google account security notice.", "echo network diagnostics,
     * provided by amazon." Asked only for speech that requests a secret or personal data.
     *
     * @return the title (normalised), or null
     */
    static String header(String norm) {
        if (norm == null || !(norm.contains("amazon") || norm.contains("alexa") || norm.contains("google") || norm.contains("アマゾン")
                || norm.contains("アレクサ") || norm.contains("グーグル"))) {
            return null;
        }
        String[] segments = norm.split("[.:,;!?。！？、]+", 4);
        for (int i = 0; i < Math.min(2, segments.length); i++) {
            String seg = segments[i].strip();
            String[] w = seg.split("[\\s'’]+");
            if (seg.isEmpty() || w.length > 7) {
                continue;
            }
            Matcher mk = MAKER_WORD.matcher(seg);
            if (!mk.find()) {
                continue;
            }
            String after = seg.substring(mk.end()).strip();
            String next = after.isEmpty() ? "" : after.split("\\s+")[0];
            if (mk.end() < seg.length() && "'’".indexOf(seg.charAt(mk.end())) >= 0 || PRODUCT_AFTER.contains(next) && !next.isEmpty()) {
                continue;
            }
            boolean title = true;
            for (String x : w) {
                title &= !NOT_TITLE.contains(x.replaceAll("[^\\p{L}-]", ""));
            }
            if (title && !Language.negated(norm, norm.indexOf(seg), norm.indexOf(seg) + seg.length())) {
                return seg;
            }
        }
        return null;
    }
}
