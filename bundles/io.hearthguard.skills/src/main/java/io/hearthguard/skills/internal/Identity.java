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
    private static final Pattern CLAUSE = Pattern.compile("[.!?;。！？\\n]+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,:]+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("(?:'s|’s|')$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
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
            "gifts", "brought", "sponsored", "presented",
            // round 33: a preposition of place makes the maker where the skill is, not who speaks ("aqui na Alexa você pode…",
            // "qui sull'app", "hier im Alexa-Menü", "ici dans Alexa")
            "na", "nas", "nos", "em", "in", "im", "dans", "nel", "nella", "nell", "sul", "sulla"));
    private static final Set<String> PRODUCT_AFTER = Set.copyOf(java.util.Arrays.asList("music", "musik", "musique", "web", "play", "photos", "books", "kindle",
            "maps", "drive", "cloud", "app", "skill", "skills", "video", "fire", "echo", "show", "dot", "lists", "list", "liste", "lista",
            "shopping", "routine", "routines", "blueprints", "home", "nest", "assistant's", "developer", "developers", "store", "fresh",
            "smile", "translate", "calendar", "kalender", "calendrier", "calendario", "fan", "fans", "lovers", "enthusiasts", "users",
            "customers", "shoppers", "owners", "time", "style"));
    /** Frames that only say "here": the maker must follow within three words ("aquí Alexa", not "aquí puedes preguntar a Alexa"). */
    private static final Set<String> HERE = Set.of("ici", "aquí", "aqui", "qui");
    /** The frames after the maker that are adverbs of place: the frame only when they end the clause or a comma/colon follows. */
    private static final Set<String> LOCATIVE = Set.of("here", "hier", "ici", "aquí", "aqui", "qui");
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
        for (String clause : CLAUSE.split(norm)) {
            Matcher mk = MAKER_WORD.matcher(clause);
            while (mk.find()) {
                if (mk.end() < clause.length() && "'’".indexOf(clause.charAt(mk.end())) >= 0) {
                    continue; // "Alexa's helper", "Amazon's history": the maker owns something, it does not speak
                }
                // round 11: the words around the maker within Language.WINDOW characters (a clause longer than that is not one):
                // the work per match stays bounded in a long speech that repeats the maker's name
                String after = clause.substring(mk.end(), Math.min(clause.length(), mk.end() + Language.WINDOW)).strip();
                String next = POSSESSIVE_END.matcher(WORD_BREAK.split(after, 2)[0]).replaceAll("");
                if (PRODUCT_AFTER.contains(next) && !AFTER.matcher(after).find()) {
                    continue; // "Amazon Music", "the Alexa app": the platform's products, not its voice
                }
                String found = frameBefore(clause, mk.start(), mk.end());
                if (found == null) {
                    // "Amazon Pay here", "Amazon account security calling": up to three words, then the frame
                    String[] w = SPACES.split(after);
                    for (int i = 0; i < Math.min(4, w.length); i++) {
                        String wi = w[i].endsWith(",") || w[i].endsWith(":") ? w[i].substring(0, w[i].length() - 1) : w[i];
                        if (AFTER.matcher(wi).find() && LOCATIVE.contains(wi) && i < w.length - 1 && wi.length() == w[i].length()) {
                            break; // "here" goes on ("Frag Alexa hier nach dem Wetter"): a place, not the speaker's frame "Alexa hier."
                        }
                        if (AFTER.matcher(wi).find()) {
                            found = clause.substring(mk.start(), Math.min(clause.length(), mk.end() + 1 + String.join(" ", List.of(w).subList(0, i + 1)).length()));
                            break;
                        }
                        if (NOT_SPEAKER.contains(w[i]) || w[i].endsWith(",")) {
                            break;
                        }
                    }
                }
                if (found != null && !negated(norm, found, clause, mk.start(), mk.end())) {
                    return found.strip();
                }
            }
        }
        return null;
    }

    /**
     * Round 11: the words found are rebuilt from the clause ("message d' amazon" for "message d'amazon") and may not stand in
     * the text as they are: then the negation test looks at the place of {@code [start, end)} of the clause in the text
     * (before, a found phrase missing from the text gave an index of -1 and the scan failed with StringIndexOutOfBounds).
     */
    private static boolean negated(String norm, String found, String clause, int start, int end) {
        int at = norm.indexOf(found);
        if (at >= 0) {
            return Language.negated(norm, at, at + found.length());
        }
        int base = Math.max(0, norm.indexOf(clause));
        return Language.negated(norm, Math.min(norm.length(), base + start), Math.min(norm.length(), base + end));
    }

    /** Words of the text before the noun phrase that are searched for a frame ("bonjour de la part d'" has five). */
    private static final int FRAME_WORDS = 12;

    /** @return the frame and noun phrase before the maker ending at {@code end}, or null */
    private static String frameBefore(String clause, int start, int end) {
        int lo = Math.max(0, start - Language.WINDOW);
        if (lo > 0) { // a whole word at the window's start
            int space = clause.indexOf(' ', lo);
            lo = space < 0 || space >= start ? start : space + 1;
        }
        String before = clause.substring(lo, start).replace("'", "' ");
        List<String> words = new ArrayList<>(List.of(SPACES.split(before.strip())));
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
            // the frame ends where the noun phrase starts: the last words before it suffice (a frame has at most six)
            int skip = Math.max(0, words.size() - k - FRAME_WORDS);
            String head = String.join(" ", words.subList(skip, words.size() - k)).replace("' ", "'");
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
                if (frame.equals("from") && (skip > 0 || lo > 0 || !head.substring(0, last).isBlank()) || HERE.contains(frame) && k > 3) {
                    continue;
                }
                return (frame + " " + np.replace("' ", "'") + " " + clause.substring(start, end)).replaceAll("\\s+", " ").replace("' ", "'");
            }
        }
        return null;
    }

    /** A preposition of purpose or address after the maker's noun phrase: where a title ends. */
    private static final Pattern TITLE_END = Pattern.compile("(?<![\\p{L}])(?:for|für|pour|para|per)(?![\\p{L}])");

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
            Matcher cut = TITLE_END.matcher(after);
            if (cut.find() && cut.start() > 0) {
                // round 9: the title ends where a purpose or addressee follows it ("amazon logistics depot notice | for this
                // household"); "for Alexa" before the maker still makes it a platform name (NOT_TITLE)
                seg = seg.substring(0, mk.end()) + " " + after.substring(0, cut.start()).strip();
                after = seg.substring(mk.end()).strip();
                w = seg.split("[\\s'’]+");
            }
            String next = after.isEmpty() ? "" : after.split("\\s+")[0];
            if (mk.end() < seg.length() && "'’".indexOf(seg.charAt(mk.end())) >= 0 || PRODUCT_AFTER.contains(next) && !next.isEmpty()) {
                continue;
            }
            boolean title = true;
            for (String x : w) {
                title &= !NOT_TITLE.contains(x.replaceAll("[^\\p{L}-]", ""));
            }
            if (title && !negated(norm, seg, segments[i].strip(), 0, segments[i].strip().length())) {
                return seg;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the platform's voice (whole skill)

    /** The maker and its names for itself in a service context ("Prime membership", "Echo diagnostics"). */
    private static final Set<String> VOICE_MAKER = Set.of("amazon", "alexa", "google", "echo", "prime", "nest");
    /** The maker's device named between a weak maker and a service ("Echo device diagnostics", "Echo Dot update"). */
    private static final Set<String> DEVICE = Set.of("device", "devices", "dot", "show", "speaker", "gerät", "geräte", "appareil", "dispositivo",
            "dispositivos", "lautsprecher", "enceinte", "altavoz", "altoparlante");
    /** Makers that are also everyday words: they count only right before a service noun ("prime membership", not "prime time"). */
    private static final Set<String> WEAK_MAKER = Set.of("echo", "prime", "nest");
    /**
     * The platform's own services, as the platform names them to its customers, in en/de/fr/es/it/pt: delivery,
     * membership, account, payment, device diagnostics, system update, security and verification, customer service.
     * Whole words, or (German compounds, plurals) words that begin with or hold one of {@link #SERVICE_STEMS}.
     */
    private static final Set<String> SERVICE_WORDS = Set.copyOf(java.util.Arrays.asList("order", "orders", "package", "packages", "parcel",
            "parcels", "shipment", "shipments", "shipping", "paket", "pakete", "sendung", "bestellung", "colis", "commande", "commandes",
            "livraison", "livraisons", "paquete", "paquetes", "pedido", "pedidos", "envío", "envio", "entrega", "entregas", "pacco", "pacchi",
            "ordine", "ordini", "pacote", "pacotes", "encomenda", "encomendas", "abo", "abonnement", "pago", "pagos", "cobro", "system",
            "systems", "sistema", "système", "systeme", "firmware", "software", "upgrade", "maintenance", "wartung", "mantenimiento",
            "manutenzione", "manutenção", "konto", "compte", "comptes", "cuenta", "cuentas", "conta", "contas", "profil", "perfil", "profilo",
            "login", "sign-in", "anmeldung", "support", "soporte", "supporto", "suporte", "assistenza", "assistance", "atendimento", "helpdesk",
            "hotline", "helpline", "desk", "team", "équipe", "equipe", "equipo", "squadra", "customerservice", "customercare",
            "customersupport", "serviceclient", "servicioalcliente", "atencionalcliente", "servizioclienti", "assistenzaclienti",
            "miseàjour", "kundenservice", "kundendienst", "kundenbetreuung"));
    private static final String[] SERVICE_STEMS = {"deliver", "liefer", "zustell", "consegn", "member", "membre", "mitglied", "membres",
        "subscri", "suscrip", "abbonament", "assinatura", "renewal", "renouvel", "renovaci", "rinnov", "verlänger", "payment", "paiement",
        "pagament", "zahlung", "billing", "factur", "fattur", "rechnung", "refund", "rembours", "reembols", "rimbors", "update",
        "aktualisier", "actualizaci", "aggiornament", "atualiza", "diagnos", "calibra", "kalibrier", "account", "sicherheit", "secur",
        "sécur", "segur", "sicur", "verif", "vérif", "identit", "fraud", "protec", "protez", "schutz"};
    /** Words between the maker and the service that make the phrase one of the maker's products or a place ("Amazon Web Services"). */
    private static final Set<String> VOICE_KILL = Set.copyOf(java.util.Arrays.asList("web", "cloud", "music", "musik", "musique", "música",
            "musica", "video", "photos", "books", "kindle", "maps", "drive", "play", "smile", "fresh", "translate", "calendar", "developer",
            "developers", "skill", "skills", "app", "apps", "blueprints", "list", "lists", "liste", "lista", "shopping", "routine", "routines",
            "fire", "tv", "fulfillment", "fulfilment", "distribution", "logistics", "warehouse", "and", "und", "et", "y", "e", "or", "with"));
    /** Words just before the maker that make it the platform the skill runs on, a topic, or the one spoken to. */
    private static final Set<String> VOICE_HONEST_BEFORE = Set.copyOf(java.util.Arrays.asList("ask", "tell", "say", "open", "use", "using",
            "with", "via", "through", "on", "for", "in", "into", "about", "like", "compatible", "works", "by", "powered", "hosted", "talk",
            "speak", "built", "made", "frag", "frage", "fragen", "sag", "sage", "öffne", "mit", "für", "über", "auf", "im", "demande",
            "demandez", "dis", "ouvre", "avec", "pour", "sur", "dans", "pide", "pregunta", "pregúntale", "dile", "abre", "con", "para", "en",
            "chiedi", "chieda", "apri", "per", "su", "nel", "nell", "nella", "pergunte", "peça", "abra", "com", "no", "na", "em", "sobre",
            "à", "au", "al", "zu", "zum", "zur", "bei"));
    /** Determiners and possessives skipped when looking at the word before the maker ("ask <b>your</b> Alexa"). */
    private static final Set<String> DETERMINER = Set.copyOf(java.util.Arrays.asList("the", "your", "my", "our", "der", "die", "das", "den",
            "dem", "ihr", "ihre", "ihren", "ihrem", "dein", "deine", "deinen", "le", "la", "les", "l'", "votre", "vos", "ton", "ta", "el", "los",
            "las", "tu", "su", "sus", "il", "lo", "gli", "tuo", "tua", "suo", "sua", "o", "os", "as", "seu", "sua", "a", "an", "un", "une",
            "una", "uno", "um", "uma", "ein", "eine", "einen"));
    /** A genitive between a service and the maker after it ("aggiornamento di sistema di Alexa", "aviso de seguridad de Amazon"). */
    private static final Set<String> GENITIVE = Set.of("of", "von", "vom", "de", "d'", "du", "des", "del", "della", "dello", "dell'", "di", "da",
            "do", "dos", "das");
    /** Connecting an account to a skill (account linking) refers the user to the platform; it does not speak for it. */
    private static final Pattern LINKING = Pattern.compile("(?<![\\p{L}])(?:link|links|linked|linking|connect|connected|connecting|verknüpf\\p{L}*"
            + "|verbind\\p{L}*|lier|liez|associer|associez|vincul\\p{L}*|conect\\p{L}*|collega\\p{L}*|colleg\\p{L}*)(?![\\p{L}])|連携|リンク");
    /** Multi-word service names joined into one token before matching. */
    private static final String[][] JOIN = {{"customer service", "customerservice"}, {"customer care", "customercare"},
        {"customer support", "customersupport"}, {"help desk", "helpdesk"}, {"service clients", "serviceclient"},
        {"service client", "serviceclient"}, {"servicio al cliente", "servicioalcliente"}, {"atención al cliente", "atencionalcliente"},
        {"servizio clienti", "servizioclienti"}, {"assistenza clienti", "assistenzaclienti"}, {"mise à jour", "miseàjour"},
        {"mises à jour", "miseàjour"}, {"sign in", "sign-in"}};
    private static final Pattern VOICE_CLAUSE = Pattern.compile("[.!?;:。！？\\n]+");
    private static final Pattern VOICE_WORDS = Pattern.compile("[\\s,\"“”«»()]+");
    /** The platform's own system wording: only the platform speaks of "the requested skill". */
    private static final Pattern SYSTEM_VOICE = Pattern.compile("(?<![\\p{L}])(?:the requested skill|requested skill's|der angeforderte skill"
            + "|des angeforderten skills|la skill demandée|la skill solicitada|la skill richiesta|a skill solicitada)(?![\\p{L}])"
            + "|リクエストされたスキル");
    private static final Pattern JA_VOICE = Pattern.compile("(?:amazon|alexa|google|アマゾン|アレクサ|グーグル|プライム)(?:の|から(?:の)?)?[^。！？、\\s]{0,6}?"
            + "(?:サポート|カスタマー|窓口|事務局|セキュリティ|本人確認|認証|アカウント|会員|お届け|配達|配送|荷物|注文|支払|請求|アップデート|更新"
            + "|メンテナンス|診断|システム)");

    /**
     * Whether a text speaks in the platform's own voice about the platform's own services: the maker (Amazon, Alexa,
     * Google; Echo, Prime and Nest right before a service) joined to one of the services the platform runs for its
     * customers — deliveries, membership, the account, payments, device diagnostics, system updates, security and
     * verification, customer service — in either order ("Amazon delivery notification", "your Prime membership",
     * "Google Systemaktualisierung", "aggiornamento di sistema di Alexa", "Central de Segurança do Google",
     * "Amazonからのお届けのお知らせ"), or the platform's system wording ("the requested skill"). Not when the maker is
     * what the skill runs on, a topic or the one spoken to ("ask Alexa", "a skill for Alexa", "about Amazon"), one of
     * its products or places ("Amazon Web Services", "the Amazon fulfillment center"), when the clause links an account,
     * or is negated, quoted or labelled a scam. Whether that is a masquerade depends on what the skill then does (see
     * {@code Rules}): on its own, naming the platform's services is what honest skills do too.
     *
     * @param norm normalised text (lower case)
     * @return the words that speak as the platform, or null
     */
    static String voice(String norm) {
        if (norm == null || norm.length() < 6) {
            return null;
        }
        if (norm.contains("skill") || norm.contains("スキル")) {
            Matcher sys = SYSTEM_VOICE.matcher(norm);
            if (sys.find() && !Language.negated(norm, sys.start(), sys.end())) {
                return sys.group();
            }
        }
        if (!(norm.contains("amazon") || norm.contains("alexa") || norm.contains("google") || norm.contains("echo") || norm.contains("prime")
                || norm.contains("nest") || norm.contains("アマゾン") || norm.contains("アレクサ") || norm.contains("グーグル")
                || norm.contains("プライム"))) {
            return null;
        }
        Matcher ja = JA_VOICE.matcher(norm);
        while (ja.find()) {
            if (!Language.negated(norm, ja.start(), ja.end())) {
                return ja.group();
            }
        }
        for (String clause : VOICE_CLAUSE.split(norm)) {
            if (LINKING.matcher(clause).find() || ADDRESSED.matcher(clause).find()) {
                continue; // "link your Amazon account", "ask Alexa about your orders": the user is sent to the platform
            }
            String c = " " + clause.replace("d'", "d' ").replace("l'", "l' ") + " ";
            for (String[] j : JOIN) {
                c = c.replace(" " + j[0] + " ", " " + j[1] + " ");
            }
            String[] w = VOICE_WORDS.split(c.strip());
            for (int i = 0; i < w.length; i++) {
                String maker = w[i].endsWith("'s") ? w[i].substring(0, w[i].length() - 2) : w[i].endsWith("'") ? w[i].substring(0, w[i].length() - 1) : w[i];
                if (!VOICE_MAKER.contains(maker) || honestBefore(w, i)) {
                    continue;
                }
                // maker, up to two words, a service: "amazon delivery", "echo device diagnostics", "google systemaktualisierung"
                for (int k = i + 1; k < Math.min(w.length, i + 4); k++) {
                    if (VOICE_KILL.contains(w[k])) {
                        break;
                    }
                    // a weak maker right before the service, or with a device word between ("echo device diagnostics", round 9)
                    if (service(w[k]) && (!WEAK_MAKER.contains(maker) || k == i + 1 || k == i + 2 && DEVICE.contains(w[i + 1]))) {
                        String found = String.join(" ", java.util.Arrays.asList(w).subList(i, k + 1));
                        if (!negatedWords(norm, w[i], w[k])) {
                            return found;
                        }
                    }
                }
                // a service, then the maker after genitives and articles only: "aviso de seguridad de amazon", "aggiornamento di
                // sistema di alexa", "manutenzione dell'account amazon", "servizio clienti amazon"
                if (!WEAK_MAKER.contains(maker)) {
                    int k = i - 1;
                    while (k >= 0 && (DETERMINER.contains(w[k]) || GENITIVE.contains(w[k]))) {
                        k--;
                    }
                    if (k >= 0 && service(w[k]) && !VOICE_KILL.contains(w[k])) {
                        String found = String.join(" ", java.util.Arrays.asList(w).subList(k, i + 1));
                        if (!honestBefore(w, k) && !negatedWords(norm, w[k], w[i])) {
                            return found;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Words that make what follows a topic — unless it is the user's own service ("about <b>your</b> Prime membership"). */
    private static final Set<String> ABOUT = Set.of("about", "über", "sur", "sobre", "riguardo", "concernant", "bezüglich");
    private static final Set<String> YOUR = Set.of("your", "ihr", "ihre", "ihren", "ihrem", "dein", "deine", "deinen", "votre", "vos", "ton", "ta",
            "tes", "tu", "tus", "su", "sus", "tuo", "tua", "suo", "sua", "seu");

    /** @return true when the word before position {@code i} (determiners skipped) makes the maker a platform, topic or addressee */
    private static boolean honestBefore(String[] w, int i) {
        int b = i - 1;
        boolean yours = false;
        while (b >= 0 && DETERMINER.contains(w[b])) {
            yours |= YOUR.contains(w[b]);
            b--;
        }
        return b >= 0 && VOICE_HONEST_BEFORE.contains(w[b]) && !(yours && ABOUT.contains(w[b]));
    }

    /** The maker as the one the user is told to ask or open ("ask Alexa about …", "frag Alexa", "in the Alexa app"): the clause sends the user to the platform. */
    private static final Pattern ADDRESSED = Pattern.compile("(?<![\\p{L}])(?:ask|tell|frag|frage|fragen|demande|demandez|pide|pregunta|pregúntale"
            + "|chiedi|chieda|pergunte|peça)(?: (?:your|the|ihre|deine|die|la|le|tu|su|il|a|à|al))? (?:alexa|google|amazon)(?![\\p{L}])"
            + "|(?:alexa|google|amazon)[- ](?:app|appli|aplicación|applicazione|aplicativo)");

    private static boolean service(String word) {
        if (SERVICE_WORDS.contains(word)) {
            return true;
        }
        for (String s : SERVICE_STEMS) {
            if (word.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedWords(String norm, String first, String last) {
        int a = norm.indexOf(first);
        int b = norm.indexOf(last, Math.max(a, 0));
        return a >= 0 && b >= 0 && Language.negated(norm, a, b + last.length());
    }
}
