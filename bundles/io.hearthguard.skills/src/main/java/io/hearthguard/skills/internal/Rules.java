package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.internal.Model.Intent;
import io.hearthguard.skills.internal.Model.Response;
import io.hearthguard.skills.internal.Model.Sample;
import io.hearthguard.skills.internal.Model.Skill;
import io.hearthguard.skills.internal.Model.Slot;
import io.hearthguard.skills.internal.Model.SlotType;

/** The static rules: responses, interaction models, manifest. Stateless and thread-safe. */
public final class Rules {
    private static final Set<String> FREE_FORM = Set.of("amazon.searchquery", "amazon.literal", "@sys.any", "sys.any",
            "org.schema.type.text", "actions.type.freetext", "schemaorg_text");
    /** Carrier words that say nothing about a purpose ("say the word {x}"). */
    private static final Set<String> FILLER = Set.copyOf(List.of("say", "the", "word", "words", "a", "an", "i", "me", "it", "is", "that", "this",
            "just", "ok", "okay", "yes", "so", "um", "uh", "and", "or", "please", "tell", "something", "anything", "now", "then",
            "sag", "das", "wort", "dis", "le", "mot", "di", "la", "palabra", "parola", "what", "was", "to", "of", "you", "und", "et", "y", "e",
            "also", "dann", "puis", "luego", "poi", "der", "die", "el", "il", "lo", "les", "los",
            // pronouns and hesitation sounds that start any sentence ("we {q}", "well {q}", "えっと {q}")
            "we", "he", "she", "they", "my", "but", "well", "like", "hmm", "oh", "ah", "er", "erm",
            "äh", "ähm", "naja", "na", "euh", "ben", "bah", "alors", "pues", "bueno", "eh", "este", "ehm", "allora", "cioè", "dunque",
            "えっと", "ええと", "あのね", "あの", "それで", "でも", "ねえ", "なんか", "まあ", "あと",
            // conjunctions and attention words that open any sentence ("hey {q}", "because {q}", "que {q}", "oye {q}", "senti {q}")
            // (not "listen"/"look"/"guess"/"when": "listen to {podcast}", "i guess {answer}", "when is {holiday}" have a purpose)
            "hey", "actually", "anyway", "because", "cause",
            "hör", "mal", "weil", "dass", "ob", "ja", "doch", "halt", "eben", "eigentlich", "hallo",
            "que", "qu'", "est", "ce", "bon", "donc", "écoute", "hé", "enfin", "quoi", "parce", "mais", "ou",
            "es", "oye", "mira", "entonces", "o", "porque", "pero", "sabes", "vale",
            "che", "senti", "ecco", "beh", "quindi", "ma", "perché", "dai", "guarda", "sai",
            // discourse markers that fill any sentence ("yeah {q}", "i mean {q}", "you know {q}", "o sea {q}", "tipo {q}", "うん {q}")
            "yeah", "yep", "yup", "mean", "know", "right", "sure", "alright", "basically", "honestly", "literally", "wait", "see",
            "genau", "tja", "ne", "gell", "weißt", "du", "ouais", "genre", "bref", "voilà", "tu", "sais", "fait", "sea", "ya", "tipo",
            "plan", "claro", "sí", "si", "insomma", "vabbè", "sì", "então", "né", "olha", "sabe", "うん", "ええ", "そう", "あのさ", "てか",
            "ていうか", "じゃあ",
            // more fillers of casual speech in each language ("yeah nah {q}", "du coup {q}", "o sea {q}", "na ja {q}", "boh {q}")
            "nah", "mate", "dude", "hmm", "mhm", "um", "uhm", "whatever", "anyways", "kinda", "sorta", "totally", "seriously",
            "quasi", "sozusagen", "irgendwie", "echt", "ey", "alter", "mensch", "naja", "hm", "ach", "äh",
            "coup", "hein", "tiens", "franchement", "carrément", "bon", "ben", "eh", "bien", "dis", "donc",
            "hombre", "tío", "venga", "digamos", "bueno", "pues", "vamos",
            "boh", "mah", "diciamo", "praticamente", "comunque", "niente", "vabbe", "cioe",
            "cara", "mano", "pois", "enfim", "assim", "bom", "ué", "tá",
            "ほら", "そうそう", "えー", "あー", "うーん", "んー"));
    /** A sample value beside its slot, {@code {hello|phrase}} (AMAZON.LITERAL syntax), read as {@code {phrase}}. */
    private static final Pattern LITERAL_REF = Pattern.compile("\\{[^{}|]{0,200}\\|([^{}|]{1,100})\\}");
    /** Intent names that just receive personal data: give_name, MyPhoneIntent, TellAddress, set-birthday. */
    private static final Pattern DATA_INTENT = Pattern.compile("(?i)(?:give|tell|my|set|get|provide|say|collect|capture|user)?[_ -]?"
            + "(?:full[_ -]?|home[_ -]?|user[_ -]?)?(?:name|address|phone|phone[_ -]?number|e-?mail|birthday|birth[_ -]?date|age|zip|zip[_ -]?code"
            // round 23b (after the figures, set 19 `085`): an intent named for the contact it receives ("ContactIntent", "MobileIntent")
            + "|contact|contact[_ -]?info|mobile|mobile[_ -]?number|cell)"
            + "(?:[_ -]?intent)?");
    /** A word that both greets and takes leave (it, de, pt, ...) as the only thing before the rest of the turn: the turn opens with it. */
    private static final Pattern GREETING_OR_FAREWELL = Pattern.compile("^\\W*(?:ciao|servus|salut)(?:\\s+[\\p{L}]+)?\\s*[!,.]", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * SSML that ends with an audio clip (only closing tags after it). Pauses padded after the
     * clip ("Goodbye. <audio/><break time=10s/>") are the SRLabs trick and do not count.
     */
    private static final Pattern AUDIO_AT_END = Pattern.compile(
            "(?is)<audio\\b[^>]{0,2000}(?:/>|>[^<]{0,2000}</audio>)(?:\\s|</[a-z:]{1,20}>)*\\s*$");
    private static final Pattern SLOT_REF = Pattern.compile("\\{[^{}]{1,100}\\}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern SECRET_SLOT = Pattern.compile("(?i)(password|passwort|passcode|\\bpin\\b|^pin|pin$|pincode|cvv|cvc|ssn|"
            + "social.?security|card.?number|cardnum|iban|otp|security.?code|verification.?code)");

    /** Services that hand something to a person at a place (deliveries, flowers, rides): they explain address, contact and name. */
    /** Round 39: someone who comes to the home — a technician, a repair visit — needs where and whom (en, de, fr, es, it, pt, ja). */
    private static final String HOME_VISIT = "technician|repair visit|home visit|engineer visit|techniker|technicien|técnico|tecnico|réparation à domicile"
            + "|reparación a domicilio|riparazione a domicilio|assistência técnica|assistenza tecnica|訪問修理|修理訪問|出張修理";
    private static final String DELIVERY_AND_RIDES = "deliver|delivery|courier|shipping|florist|flowers?|bouquet|cab\\b|taxi|\\bride|driver|pick ?up|chauffeur"
            + "|lieferung|liefer|kurier|blumen|fahrer|abhol|livraison|livrer|livreur|livrés?|livrées?|chez vous|coursier|fleur|vtc|entrega|envío|domicilio|flores|floristería"
            + "|conductor|repartidor|recoger|consegna|corriere|fiori|fiorista|autista|tassì|spedizione|配達|配送|お届け|花束|お花|フラワー|タクシー|配車|送迎"
            // round 11: a pharmacy hands a prescription to a person (pickup or delivery); not "Rezept", "receta", "ricetta",
            // "receita", which are also recipes
            + "|pharmacy|pharmacist|prescription|apotheke|pharmacie|ordonnance|farmacia|farmacéutic|farmácia|薬局|処方箋";

    /**
     * Round 14: a short purpose word (fewer than six letters) counts only where a word starts, so that it is a word of what
     * the skill does and not a piece of another word: "display" pays nothing, a "vocabulary" trainer calls no cab,
     * "velocity" is no city, "business" no bus, "recall" no call, a "workshop" no shop; "deliveries" still says deliver (a
     * prefix). Longer words are rarely inside other words by chance and are found anywhere, so the heads of German
     * compounds still count ("Blumenlieferung", "Einkaufsliste" by "einkauf"); words of scripts without spaces (Japanese)
     * likewise. Built once per purpose.
     */
    private static Pattern need(String alternatives) {
        StringBuilder wordStart = new StringBuilder();
        StringBuilder anywhere = new StringBuilder();
        StringBuilder each = new StringBuilder();
        for (String alt : Anchors.alternatives(alternatives)) {
            long letters = alt.replaceAll("\\\\[a-z]|\\(\\?:|[^\\p{L} ]", "").length();
            boolean latin = alt.chars().anyMatch(c -> c >= 'a' && c <= 'z');
            boolean atWordStart = latin && letters < 6 && !alt.startsWith("\\b");
            StringBuilder to = atWordStart ? wordStart : anywhere;
            to.append(to.length() == 0 ? "" : "|").append(alt);
            each.append(each.length() == 0 ? "" : "|").append(atWordStart ? "(?<![\\p{IsLatin}])(?:" + alt + ")" : alt);
        }
        // one look behind for all the short words: where a word goes on, none of them is tried (cheaper than before)
        Pattern whole = Pattern.compile("(?i)(?<![\\p{IsLatin}])(?:" + wordStart + ")" + (anywhere.length() == 0 ? "" : "|" + anywhere));
        // round 42: and the same alternatives one by one, each behind its own look-behind, to be run only where its words
        // occur (purposeIn)
        NEED_SPLIT.put(whole, new Alternation(Pattern.compile(each.toString(), Pattern.CASE_INSENSITIVE)));
        return whole;
    }

    /** Round 42: per purpose pattern ({@link #need}), its alternatives run by anchor. */
    private static final Map<Pattern, Alternation> NEED_SPLIT = new java.util.IdentityHashMap<>();

    /**
     * @return whether a purpose pattern ({@link #need}) finds a match in {@code text}, as {@code purpose.matcher(text).find()}:
     *         only the alternatives whose words occur in the text run (round 42: a purpose pattern of 300 words tried at
     *         every position of a listing's descriptions in all its languages was 4 % of the scan's CPU)
     */
    static boolean purposeIn(Pattern purpose, String text) {
        Alternation a = NEED_SPLIT.get(purpose);
        return a != null ? a.find(text) : purpose.matcher(text).find();
    }

    /** @return the purpose patterns (for tests) */
    static Map<Pattern, Alternation> purposeSplits() {
        return java.util.Collections.unmodifiableMap(NEED_SPLIT);
    }

    /** Personal-data permissions and the words that justify each. */
    private static final Map<String, Pattern> PURPOSE = new LinkedHashMap<>();
    /** The skill's own words say it keeps a list (round 18): grocery lists, wishlists, to-do lists in seven languages. */
    private static final Pattern LIST_KEEPER;
    /** A list of things to buy, named as such: what it names is the list, not the shop (round 18). */
    private static final Pattern SHOPPING_LIST = Pattern.compile("(?i)\\b(?:shopping|grocery|groceries|einkaufs|courses|compras?|spesa)[ -]?(?:lists?|liste|listes|lista)\\b"
            + "|\\bliste de courses\\b|\\blista de (?:la )?compras?\\b|\\blista della spesa\\b|\\blista de compras\\b|買い物リスト", Pattern.UNICODE_CHARACTER_CLASS);
    static {
        Pattern location = need("address|adresse|location|local|near|nearby|weather|wetter|météo|clima|delivery|deliver|store|shop"
                + "|restaurant|food|cab|taxi|ride|city|stadt|traffic|zip|postal|post code|postcode|postleitzahl|country|region|corona|covid|news|nachrichten"
                // (round 29: "bus" as a word — it began "business", so every BUSINESS_AND_FINANCE listing explained a location)
                + "|transit|bus\\b|buses|train|map|navigation|travel|commute|where am i|geo|gps|distance|pharmacy|doctor"
                // a finder of branches or cash machines ("Filialfinder", "ATM locator") is for the nearest one
                + "|finder|locator|filiale|geldautomat|atm\\b|cash machine|sucursal|succursale|agence la plus"
                + "|standort|lieferung|liefer|verkehr|apotheke|umgebung|in der nähe|ort\\b|localisation|livraison|météo|pharmacie|proximité|près de"
                + "|ubicación|entrega|tiempo|farmacia|cerca|tráfico|posizione|consegna|vicino|traffico|天気|住所|配達|近く|周辺|地域"
                // the weather by what it does: rain, umbrella, forecast, temperature; "where you are"
                + "|rain|umbrella|forecast|temperature|snow|storm|sunrise|sunset|pollen|air quality|uv index|where you are|your area"
                + "|regen|schirm|vorhersage|temperatur|schnee|gewitter|pluie|parapluie|prévision|température|neige|orage|lluvia|paraguas"
                + "|pronóstico|temperatura|nieve|tormenta|pioggia|ombrello|previsioni|meteo|neve|temporale|雨|傘|予報|気温|雪"
                // rides and deliveries in every language: the driver or courier needs the place
                + "|" + DELIVERY_AND_RIDES
                // what is nearest to the user (round 8; Portuguese too): stations, stops, markets "perto de você"
                + "|closest|nearest|station|perto|mais próxim|estação|parada|mercado|supermarket|supermarkt|supermarché|supermercado|bahnhof"
                + "|haltestelle|gare|le plus proche|estación|más cercan|stazione|fermata|più vicin|最寄り|駅"
                // round 15: the listener's own area in every language ("interruzioni di corrente nel tuo comune", "in deiner
                // Gegend", "dans votre commune"): a service for where the listener lives names its place as "your area" does
                + "|tuo comune|tua zona|tua città|tuo quartiere|vostro comune|vostra zona|deiner gegend|ihrer gegend|deinem ort|ihrem ort"
                + "|deiner region|ihrer region|deiner gemeinde|ihrer gemeinde|votre commune|votre quartier|votre ville|votre région|ta commune"
                + "|ton quartier|ta ville|ta région|tu zona|tu barrio|tu localidad|tu ciudad|su zona|su localidad|sua região|sua cidade"
                + "|seu bairro|sua zona|your town|your neighbou?rhood|お住まい"
                // round 28 (main): a time zone is where the listener is (a meeting planner's country and postal code)
                + "|time ?zones?|zeitzone|fuseau horaire|zona horaria|fuso orario|fuso horário|タイムゾーン|時差"
                // round 32: the household's waste collection is by street (bin day, Müllabfuhr, collecte des déchets, ゴミ収集),
                // and an emergency service on duty is the nearest one (Notdienst, pharmacie de garde, guardia médica)
                + "|bin day|bins?\\b|waste|rubbish|recycling|trash|garbage|refuse collection|curbside|kerbside|council|müll|abfall"
                // round 37: Dutch waste collection and the listener's area ("afvalkalender", "ophaaldag", "in de buurt")
                + "|afval|ophaal|vuilnis|kliko|gft|containers?\\b|in de buurt|dichtbij|bezorg|levering|gemeente|woonplaats"
                // round 39: a visit to the home (a technician, a repair), the country one is in, and Hindi "near you"
                + "|" + HOME_VISIT + "|país|dans quel pays|paese|आपके पास|पास का|पास के|नज़दीक|नजदीक|लोकेशन"
                + "|wertstoff|tonne|poubelle|déchets|collecte|ordures|basura|residuos|reciclaje|recogida|rifiuti|raccolta|spazzatura"
                + "|lixo|coleta|reciclagem|ゴミ|ごみ|notdienst|emergency|on duty|de garde|urgences|de guardia|urgencias|di turno"
                + "|plantão|emergência|救急|当番");
        PURPOSE.put("alexa::devices:all:address:full:read", location);
        PURPOSE.put("alexa:devices:all:address:country_and_postal_code:read", location);
        PURPOSE.put("alexa::devices:all:address:country_and_postal_code:read", location);
        PURPOSE.put("alexa::devices:all:geolocation:read", location);
        // round 10b: the Device Address API's original scope names, still in older manifests
        PURPOSE.put("read::alexa:device:all:address", location);
        PURPOSE.put("read::alexa:device:all:address:country_and_postal_code", location);
        Pattern contact = need("account|order|booking|book |reservation|appointment|contact|e-?mail|send|message|notify|notification"
                + "|(?:get|receive|sends?) (?:you )?a text\\b|by text\\b|via text\\b|mensagem|mensaje|messaggio|nachricht|\\bsms\\b"
                + "|newsletter|subscribe|delivery|shop|purchase|pay|invoice|support|ticket|call|sms|text me|profile|sign ?up|register|customer"
                + "|konto|bestellung|buchung|termin|kunde|compte|commande|réservation|rendez-vous|client|cuenta|pedido|reserva|cita|cliente"
                + "|conto|ordine|prenotazione|appuntamento|予約|注文|アカウント|会員|réserv|reserv|prenot|táxi|" + DELIVERY_AND_RIDES
                // round 32: a finder of the user's own phone rings that phone
                + "|find my phone|where'?s my phone|phone finder|phone locator|ring my phone|handy finden|mein handy|trouver mon téléphone"
                + "|encontrar mi (?:teléfono|móvil|celular)|trova il mio telefono|encontrar meu celular|携帯を探|スマホを探");
        PURPOSE.put("alexa::profile:email:read", contact);
        PURPOSE.put("alexa::profile:mobile_number:read", contact);
        // (round 37: "personal" but not "personalise": "To personalize your mornings" names no datum)
        Pattern name = need("name|personal(?!i[sz])|greet|birthday|geburtstag|anniversaire|cumpleaños|compleanno|account|profile"
                + "|booking|appointment|order|coach|assistant|begrüß|persönlich|nombre|saludo|accueil|personnel|saluto|personale|名前|挨拶|"
                // round 32: a booking or an appointment is in a person's name in every language
                + "buchung|termin\\b|terminvereinbar|réservation|rendez-vous|reserva|cita\\b|prenotazione|appuntamento|agendamento|consulta|予約|"
                + HOME_VISIT + "|" + DELIVERY_AND_RIDES);
        PURPOSE.put("alexa::profile:name:read", name);
        PURPOSE.put("alexa::profile:given_name:read", name);
        PURPOSE.put("alexa::person_id:read", need("person|profile|voice profile|household|family|personal|user|member|pin|authenticat"));
        Pattern lists = need("list|liste|lista|shopping|einkauf|todo|to-do|to do|task|aufgabe|grocery|groceries|any\\.? ?do"
                + "|courses|tâche|compra|tarea|spesa|attività|リスト|買い物|タスク");
        LIST_KEEPER = need("lists?\\b|listes?\\b|listas?\\b|wish ?list|gift list|to-?do list|checklist|einkaufsliste|wunschliste"
                + "|einkaufszettel|liste de courses|liste de souhaits|lista de la compra|lista de compras|lista de deseos|lista della spesa"
                + "|lista dei desideri|lista de desejos|買い物リスト|ほしい物リスト|欲しいものリスト|やることリスト");
        // Google's permission helper (actions.intent.PERMISSION): the same data under other names
        PURPOSE.put("NAME", name);
        PURPOSE.put("DEVICE_PRECISE_LOCATION", location);
        PURPOSE.put("DEVICE_COARSE_LOCATION", location);
        PURPOSE.put("alexa::household:lists:read", lists);
        PURPOSE.put("alexa::household:lists:write", lists);
    }

    private Rules() {
    }

    /** @return every static finding of one skill, most severe first */
    public static List<SkillFinding> analyze(Skill s) {
        List<SkillFinding> out = new ArrayList<>();
        Context c = new Context(s);
        for (Response r : s.responses) {
            response(c, r, out);
        }
        for (Model.Locale l : s.locales.values()) {
            model(c, l, out);
        }
        manifest(c, out);
        if ((s.manifest != null || s.googleManifestFile != null) && !c.hasPrivacyPolicy && !c.collected.isEmpty()
                && out.stream().noneMatch(f -> f.rule().equals(Rule.PII_NO_POLICY.id))) {
            out.add(Rule.PII_NO_POLICY.at(c.audience(Severity.MEDIUM), "Collects personal data in conversation (" + String.join(", ", c.collected)
                    + ") but declares no privacy policy URL.", s.manifest != null ? s.manifestFile : s.googleManifestFile,
                    s.manifest != null ? "/manifest/privacyAndCompliance" : googlePolicyPlace(s), String.join(", ", c.collected)));
        }
        answerChannels(c, out);
        platformVoiceHoldsMicrophone(c, out);
        presentedAsPlatform(c, out);
        Set<String> seen = new java.util.HashSet<>();
        out.removeIf(f -> !seen.add(f.rule() + "\u0000" + f.severity() + "\u0000" + f.summary() + "\u0000" + f.text()));
        sort(out);
        return out;
    }

    /**
     * The identity a skill presents in its listing — a name led by or holding the maker ("Amazon Delivery Updates",
     * "Central de Segurança Amazon") or a description that claims to be the maker's own ("Official setup for Alexa voice
     * purchasing", "Message from Amazon") — is masquerade when the skill then asks by voice for a secret or personal data:
     * the user answers because they think the platform asks. Without such a request the name stays a low finding.
     */
    private static void presentedAsPlatform(Context c, List<SkillFinding> out) {
        SkillFinding ask = null;
        for (SkillFinding f : out) {
            if ((f.rule().equals(Rule.CREDENTIAL_PROMPT.id) || f.rule().equals(Rule.PII_PROMPT.id) || f.rule().equals(Rule.CREDENTIAL_SAMPLE.id)
                    || f.rule().equals(Rule.PII_SAMPLE.id))) {
                // at any severity: a purpose that would explain the question ("a parcel needs your address") does not
                // excuse it when the skill presents itself as the platform
                ask = f;
                break;
            }
        }
        if (out.stream().anyMatch(f -> f.rule().equals(Rule.MASQUERADE_WORDING.id) && f.severity().atLeast(Severity.MEDIUM))) {
            return;
        }
        Skill s = c.skill;
        var it = s.manifestAt("/manifest/publishingInformation/locales").fields();
        while (it.hasNext()) {
            var e = it.next();
            String name = e.getValue().path("name").asText("");
            String pn = Lexicon.find(Lexicon.PLATFORM_NAME, name.toLowerCase(Locale.ROOT));
            String claim = null;
            String field = "name";
            if (ask != null && pn != null && Identity.claim("this is " + Text.norm(name)) != null) {
                // the name itself is the speaker: "this is <name>" names the maker; with a request only ("Amazon Rainforest
                // Facts", "Alexa per i Nonni" name a topic or an audience)
                claim = name;
            }
            if (claim == null) {
                // round 25a: the name claims the maker's own office ("Alexa Game Night – Official", "Assistenza Alexa
                // Ufficiale", "Centre de mises à jour de votre enceinte")
                String t = Text.norm(name);
                claim = officialMaker(t);
                claim = claim != null ? claim : officialName(t);
                claim = claim != null ? claim : Lexicon.deviceDesk(t);
            }
            for (String f : new String[] {"summary", "description"}) {
                if (claim == null) {
                    String t = Text.norm(e.getValue().path(f).asText(""));
                    // a speaker frame in a listing ("Amazon Pay here:", "this is a sample Alexa skill" in real samples) is a claim
                    // only with a request; without one, only the claims of office and authorship below
                    String x = ask != null ? Identity.claim(t) : null;
                    x = x != null ? x : officialMaker(t);
                    // round 25a: the listing names the maker as the skill's author ("made by the Amazon Alexa team") or speaks
                    // as a desk of the listener's own device ("Service officiel de votre enceinte")
                    x = x != null ? x : authoredByMaker(t);
                    x = x != null ? x : Lexicon.deviceDesk(t);
                    if (x != null) {
                        claim = x;
                        field = f;
                    }
                }
            }
            if (claim != null) {
                // round 25a: the listing is what the user reads before enabling the skill; who presents a third-party skill as
                // the platform's own office or work has already imitated the platform (medium); asking then for a secret or
                // personal data is how the imitation is used (high)
                out.add(Rule.MASQUERADE_WORDING.at(ask != null ? Severity.HIGH : Severity.MEDIUM, "Presents itself as the platform (\"" + claim
                        + "\" in its " + field + ")" + (ask == null ? ": users trust it as the platform's own skill."
                        : " and asks by voice for " + (ask.category().equals(Rule.CREDENTIAL_PROMPT.category) ? "a secret" : "personal data")
                        + ": users answer because they think the platform asks."), s.manifestFile,
                        "/manifest/publishingInformation/locales/" + e.getKey() + "/" + field, claim));
                return;
            }
        }
    }

    /**
     * A skill that speaks as the platform about its own services ({@link Context#voice}) and keeps the microphone open
     * silently or after a fake goodbye imitates the platform to listen ("Amazon Echo device diagnostics … keep talking"
     * and a reprompt of pauses): masquerade, high.
     */
    private static void platformVoiceHoldsMicrophone(Context c, List<SkillFinding> out) {
        if (out.stream().anyMatch(f -> f.category().equals(Rule.MASQUERADE_WORDING.category) && f.severity().atLeast(Severity.MEDIUM))) {
            return;
        }
        for (SkillFinding f : out) {
            // round 9: also a slot that takes whatever is said, while the skill speaks as the platform ("Echo device
            // diagnostics … keep talking normally" and a bare {speech}): capture in the platform's name
            if ((f.category().equals(Rule.SILENT_EMPTY_REPROMPT.category) || f.category().equals(Rule.FAKE_GOODBYE_WORDING.category)
                    || f.category().equals(Rule.CATCH_ALL_SLOT.category))
                    && f.severity().atLeast(Severity.MEDIUM) && c.voice() != null) {
                out.add(Rule.MASQUERADE_WORDING.at(Severity.HIGH, "Speaks as the platform about its own services (\"" + c.voice()
                        + "\") and keeps the microphone open (" + f.rule() + ").", f.file(), f.pointer(), f.text()));
                return;
            }
        }
    }

    /** The words that make the maker the platform a skill runs on or is made for ("the official NPR skill for Alexa"). */
    private static final String MADE_FOR = "(?:for|on|with|to|für|auf|mit|pour|sur|avec|para|en|con|per|su|com|no|na|dla)";
    /** … and the words that make the maker someone else's ("Acme for Alexa by the official Acme team"). */
    private static final String MADE_FOR_OR_BY = "(?:" + MADE_FOR + "|from|of|by|von|de|du|des|di|da|del|do)";
    private static final java.util.regex.Pattern OFFICIAL_MAKER = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:official|offizielle?[nrs]?|officiel(?:le)?|oficial|ufficiale)(?: (?!" + MADE_FOR + "(?![\\p{L}']))[\\p{L}'-]+){0,4} (?:amazon|alexa|google)(?![\\p{L}])");
    /** Round 25a: a name that ends by calling the maker's own thing official ("Alexa Game Night – Official"). */
    private static final java.util.regex.Pattern OFFICIAL_NAME = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:amazon|alexa|google)(?: (?!" + MADE_FOR_OR_BY + "(?![\\p{L}']))[\\p{L}'-]+){0,3} (?:official|offiziell|officiel(?:le)?|oficial|ufficiale)$");
    /** Round 25a: the maker as the author of the skill ("made by the Amazon Alexa team", "von Amazon entwickelt"). */
    private static final java.util.regex.Pattern MAKER_AUTHOR = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:(?:made|created|developed|built|published|brought to you) by(?: the)?|(?:entwickelt|erstellt|herausgegeben) von"
                    + "|(?:créée?|conçue?|développée?|publiée?) par|(?:creada|creado|desarrollada|desarrollado|hecha|hecho) por(?: el)?"
                    + "|(?:creata|creato|sviluppata|sviluppato|realizzata|realizzato) da(?:l)?|(?:criada|criado|desenvolvida|desenvolvido|feita|feito) pel[ao])"
                    + " (?:l'|la |le |el |il |lo |o |a )?(?:(?:equipo|équipe|team|time|squadra) (?:de |d'|di |da |do )?)?(?:amazon|alexa|google)(?: alexa| assistant)?"
                    + "(?: team| équipe| equipo)?(?![\\p{L}])"
                    + "|(?<![\\p{L}])von (?:dem |der )?(?:amazon|alexa|google)(?: alexa)?(?:-team| team)? (?:entwickelt|erstellt)(?![\\p{L}])");

    /** The words {@link #OFFICIAL_MAKER} and {@link #OFFICIAL_NAME} need, and the makers: checked before either runs. */
    private static final String[] OFFICIAL_WORDS = {"offici", "oficial", "ufficial", "offiziell"};
    private static final String[] MAKERS = {"amazon", "alexa", "google"};
    /** The verbs of authorship {@link #MAKER_AUTHOR} needs (stems), checked before it runs over a listing's text. */
    private static final String[] AUTHOR_VERBS = {"made", "created", "developed", "built", "published", "brought", "entwickelt", "erstellt",
        "herausgegeben", "créé", "crée", "conçu", "développé", "publié", "cread", "desarroll", "hech", "creat", "svilupp", "realizzat",
        "criad", "desenvolvid", "feit"};

    /** @return the name "… Official" after the maker, or null */
    private static String officialName(String t) {
        if (!Lexicon.anyOf(t, OFFICIAL_WORDS) || !Lexicon.anyOf(t, MAKERS)) {
            return null;
        }
        java.util.regex.Matcher m = OFFICIAL_NAME.matcher(t.replaceAll("[^\\p{L}\\p{N}' -]+", " ").replaceAll("\\s+", " ").strip());
        return m.find() ? m.group() : null;
    }

    /** @return the maker named as the skill's author in a listing text, or null */
    private static String authoredByMaker(String t) {
        if (!Lexicon.anyOf(t, AUTHOR_VERBS) || !Lexicon.anyOf(t, MAKERS)) {
            return null;
        }
        java.util.regex.Matcher m = MAKER_AUTHOR.matcher(t);
        return m.find() && !Language.negated(t, m.start(), m.end()) ? m.group() : null;
    }

    /** @return "official … Alexa" in a listing text, or null */
    private static String officialMaker(String t) {
        if (!Lexicon.anyOf(t, OFFICIAL_WORDS) || !Lexicon.anyOf(t, MAKERS)) {
            return null;
        }
        java.util.regex.Matcher m = OFFICIAL_MAKER.matcher(t);
        return m.find() && !Language.negated(t, m.start(), m.end()) ? m.group() : null;
    }

    /**
     * A skill that asks by voice for a secret or personal data needs an intent to receive the answer, and a free-form
     * slot that takes the whole reply is how phishing skills do it ("what is your password?" then {@code {pw}}). The
     * harm is the question, reported as credential phishing or personal data; the slot is its channel, so it is kept
     * at low with the reason (in a skill about recording, or one that keeps listening silently or after a fake goodbye, it
     * stays as it is: there capture is the purpose).
     */
    private static void answerChannels(Context c, List<SkillFinding> out) {
        if (c.recordingPurpose()) {
            return;
        }
        // a skill that keeps the microphone open silently or after a fake goodbye captures what the user does not know is
        // heard (SRLabs): there the free-form slot is the eavesdropping channel, not the answer to an audible question
        for (SkillFinding f : out) {
            if ((f.category().equals(Rule.SILENT_EMPTY_REPROMPT.category) || f.category().equals(Rule.FAKE_GOODBYE_WORDING.category))
                    && f.severity().atLeast(Severity.MEDIUM)) {
                return;
            }
        }
        String asked = null;
        for (SkillFinding f : out) {
            if (f.rule().equals(Rule.CREDENTIAL_PROMPT.id) || f.rule().equals(Rule.PII_PROMPT.id) || f.rule().equals(Rule.PII_HEALTH.id)) {
                asked = f.category().equals(Rule.CREDENTIAL_PROMPT.category) ? "a secret" : "personal data";
                break;
            }
        }
        if (asked == null && !c.collected.isEmpty()) {
            asked = "personal data";
        }
        if (asked == null) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            SkillFinding f = out.get(i);
            if (f.rule().equals(Rule.CATCH_ALL_SLOT.id) && f.severity() == Severity.HIGH && f.summary().startsWith("Free-form slot ")) {
                out.set(i, new SkillFinding(f.rule(), f.category(), Severity.LOW, f.summary().replaceAll("\\.$", "")
                        + "; the skill asks by voice for " + asked + " (reported as its own finding), and this slot receives the answer.",
                        f.rationale(), f.source(), f.file(), f.pointer(), f.text(), f.fix()));
            }
        }
    }

    /** Sorts most severe first, then by rule and file. */
    public static void sort(List<SkillFinding> out) {
        out.sort(Comparator.comparing(SkillFinding::severity).reversed().thenComparing(SkillFinding::rule)
                .thenComparing(SkillFinding::file).thenComparing(SkillFinding::pointer));
    }

    /** What the rules need to know about the whole skill. */
    static final class Context {
        final Skill skill;
        final boolean sensitiveAudience;
        final boolean hasPrivacyPolicy;
        final String purposeText;
        /**
         * The text that explains a permission (round 18): the purpose text, but without the listing's category when the
         * skill's own words say it keeps a list. A category names a market ("SHOPPING", "FOOD_AND_DRINK"); for a pizza
         * order or a bin calendar the market is the purpose, but a grocery list or a wishlist filed under it needs no
         * street address, phone number or e-mail — what the skill does is in its own words.
         */
        String permissionPurpose() {
            if (permissionPurposeText == null) { // only for a skill that asks for a personal-data permission: most ask for none
                String own = purposeText.substring(categoryLength + 1);
                // and "shopping list" names the list, not a shop that delivers
                permissionPurposeText = purposeIn(LIST_KEEPER, own) ? SHOPPING_LIST.matcher(own).replaceAll("list") : purposeText;
            }
            return permissionPurposeText;
        }

        private String permissionPurposeText;
        private final int categoryLength;
        /** What the skill says about itself: names, description, keywords, examples (no intent names). */
        final String describedText;
        /** Child-directed (manifest flag or KIDS category). */
        final boolean child;
        /** The listing's category is health, fitness or medical. */
        final boolean healthCategory;
        /** Round 37: the listing's category is shopping. */
        final boolean shoppingCategory;
        /** The skill's own names (invocation and display, lower case) that hold a credential word ("password coach"). */
        final List<String> credentialNames = new ArrayList<>();
        /** Round 35: the skill's own names (invocation and display, normalised, at most 8) as its speech may say them. */
        final List<String> ownNames = new ArrayList<>();
        /** The account-recovery questions the skill asks ({@link Requests#recovery} kinds; filled by the response rules). */
        final Set<Integer> recovery = new java.util.TreeSet<>();
        /** Round 26a: the file and session of the last open turn that announced a message sent to the listener, else null. */
        String messageTurn;
        /** Round 28a: the secret the last open turn ended on without asking for it, that turn, and its file and session. */
        Requests.Ask leftOpen;
        Response leftOpenTurn;
        String leftOpenKey;
        private Map<String, Boolean> takesValue;

        /** @return true when the intent of this name has a slot that takes a number or free speech (what a secret is said as) */
        boolean takesValue(String intent) {
            if (takesValue == null) {
                takesValue = new java.util.HashMap<>();
                for (Model.Locale l : skill.locales.values()) {
                    for (Intent i : l.intents) {
                        boolean v = false;
                        for (Model.Slot sl : i.slots()) {
                            v |= sl.type() != null && VALUE_SLOT.matcher(sl.type()).matches();
                        }
                        takesValue.merge(i.name(), v, Boolean::logicalOr);
                    }
                }
            }
            return takesValue.getOrDefault(intent, false);
        }

        /** Personal or health data the skill asks for in conversation (filled by the response rules). */
        final Set<String> collected = new java.util.LinkedHashSet<>();
        /** The skill's own intents that are its way out: their samples are leave words ({@link LeaveTaking#intent}). */
        final Set<String> leaveIntents = new java.util.HashSet<>();

        Context(Skill s) {
            this.skill = s;
            String cat = s.manifestAt("/manifest/publishingInformation/category").asText(s.googleCategory).toUpperCase(Locale.ROOT);
            this.sensitiveAudience = s.manifestAt("/manifest/privacyAndCompliance/isChildDirected").asBoolean(false)
                    || cat.contains("KIDS") || cat.contains("HEALTH") || cat.contains("MEDICAL");
            this.child = s.manifestAt("/manifest/privacyAndCompliance/isChildDirected").asBoolean(false) || cat.contains("KIDS");
            this.healthCategory = cat.contains("HEALTH") || cat.contains("MEDICAL");
            this.shoppingCategory = cat.contains("SHOPPING");
            boolean policy = false;
            for (JsonNode l : s.manifestAt("/manifest/privacyAndCompliance/locales")) {
                policy |= !l.path("privacyPolicyUrl").asText("").isBlank();
            }
            this.hasPrivacyPolicy = policy || s.googlePolicy;
            StringBuilder b = new StringBuilder(cat.replace('_', ' ')).append(' ');
            for (JsonNode l : s.manifestAt("/manifest/publishingInformation/locales")) {
                b.append(l.path("name").asText("")).append(' ').append(l.path("summary").asText("")).append(' ')
                        .append(l.path("description").asText("")).append(' ');
                l.path("examplePhrases").forEach(x -> b.append(x.asText("")).append(' '));
                l.path("keywords").forEach(x -> b.append(x.asText("")).append(' '));
            }
            b.append(s.googleListing).append(' ');
            s.invocationNames().forEach(n -> b.append(n).append(' '));
            this.describedText = b.toString().toLowerCase(Locale.ROOT);
            List<String> names = new ArrayList<>(s.invocationNames());
            s.manifestAt("/manifest/publishingInformation/locales").forEach(l -> names.add(l.path("name").asText("")));
            for (String n : names) {
                String norm = Text.norm(n).strip();
                if (norm.length() >= 3 && Lexicon.credential(norm) != null && !credentialNames.contains(norm)) {
                    credentialNames.add(norm);
                }
                if (norm.length() >= 4 && !ownNames.contains(norm) && ownNames.size() < 8) {
                    ownNames.add(norm);
                }
            }
            for (Model.Locale l : s.locales.values()) {
                for (Intent i : l.intents) {
                    if (LeaveTaking.intent(i)) {
                        leaveIntents.add(i.name());
                    }
                    // an intent that only receives the data ("give_name", "MyPhoneIntent") cannot explain asking for it
                    // and every Dialogflow agent has "Default Welcome Intent": it says nothing about this one
                    if (!DATA_INTENT.matcher(i.name()).matches() && !i.name().startsWith("Default ")) {
                        b.append(CAMEL.matcher(i.name()).replaceAll("$1 $2")).append(' ');
                    }
                }
            }
            // the reason a permission request gives the user ("To find the bus stop nearest to you") states the purpose too
            s.runtimePermissions.values().forEach(v -> b.append(v[2]).append(' '));
            this.purposeText = b.toString();
            this.categoryLength = cat.length();
        }

        private String voice;
        private boolean voiceDone;
        private String spoken;
        private boolean spokenDone;

        /**
         * Round 37: the speech of every recorded response, normalised, one per line (at most 64 KB), or null when the skill
         * has no recorded speech: what the skill was heard to say, to tell what it does with the data it may read.
         */
        String spoken() {
            if (!spokenDone) {
                spokenDone = true;
                StringBuilder b = new StringBuilder();
                for (Response r : skill.responses) {
                    if (b.length() > 65_536) {
                        break;
                    }
                    if (r.speech() != null && !r.speech().isBlank()) {
                        b.append(Text.norm(r.speech())).append('\n');
                    }
                }
                spoken = b.length() == 0 ? null : b.toString();
            }
            return spoken;
        }

        /** Round 37: {@link #permissionPurpose} without the listing's category (what the skill's own words say). */
        String ownPurpose() {
            return purposeText.substring(Math.min(purposeText.length(), categoryLength + 1));
        }

        /**
         * @return where the skill speaks as the platform about the platform's own services ({@link Identity#voice}) —
         *         in its listing (name, summary, description) or any response — or null; never for a skill that teaches
         *         about scams (it quotes the platform's voice to warn). Computed once.
         */
        String voice() {
            if (!voiceDone) {
                voiceDone = true;
                if (SCAM_TEACHING.matcher(describedText).find()) {
                    return null;
                }
                for (JsonNode l : skill.manifestAt("/manifest/publishingInformation/locales")) {
                    for (String f : new String[] {"name", "summary", "description"}) {
                        voice = voice != null ? voice : Identity.voice(Text.norm(l.path(f).asText("")));
                    }
                }
                for (Response r : skill.responses) {
                    if (voice != null) {
                        break;
                    }
                    voice = Identity.voice(Text.norm(r.speech()));
                    voice = voice != null ? voice : Identity.voice(Text.norm(r.reprompt()));
                }
            }
            return voice;
        }

        private Boolean recording;
        private Boolean game;
        private List<String> openQuestions;

        /** @return the open questions the skill asks (speech or reprompt ending in a question, with an interrogative word) */
        List<String> openQuestions() {
            if (openQuestions == null) {
                openQuestions = new ArrayList<>();
                for (Response r : skill.responses) {
                    for (String t : new String[] {r.speech(), r.reprompt()}) {
                        if (t == null || (t.indexOf('?') < 0 && t.indexOf('？') < 0 && t.indexOf('か') < 0)) {
                            continue;
                        }
                        // every question sentence of the answer, not only a final one ("in quale scuola vai? così la fata …")
                        for (String q : QUESTION_SENTENCE.split(Text.norm(t))) {
                            if (question(q) && INTERROGATIVE.matcher(q).find() && openQuestions.size() < 1_000) {
                                openQuestions.add(q.strip());
                            }
                        }
                    }
                }
            }
            return openQuestions;
        }

        /** @return true for a game, quiz, riddle or adventure skill (category or purpose words; computed once) */
        boolean game() {
            if (game == null) {
                String cat = skill.manifestAt("/manifest/publishingInformation/category").asText("").toUpperCase(Locale.ROOT);
                // round 23: lower-cased once, the words behind their literals, instead of a case-insensitive match at every position
                game = cat.contains("GAME") || GAME_SPLIT.scan(CAMEL.matcher(purposeText).replaceAll("$1 $2").toLowerCase(Locale.ROOT)).find();
            }
            return game;
        }

        /** @return true when the skill is about recording or listening (computed once per skill) */
        boolean recordingPurpose() {
            if (recording == null) {
                recording = Lexicon.find(Lexicon.RECORDING_PURPOSE, purposeText) != null;
            }
            return recording;
        }

        Severity audience(Severity s) {
            return sensitiveAudience ? s.raised() : s;
        }
    }

    // ---------------------------------------------------------------- responses

    /**
     * @return the first phrase of the platform's voice ({@link Lexicon#PLATFORM}) that the clause neither negates nor
     *         reports as news (round 11: "Amazon releases a security update for older Echo speakers, reports The Register"
     *         tells of an update; it does not speak as the platform), or null
     */
    /** Round 37: a condition right before the words, in its clause ("if your school app account is locked, reset it …"). */
    private static final Pattern CONDITION_BEFORE = Pattern.compile("\\b(?:if|when|whenever|in case|should|wenn|falls|si|caso|indien"
            + "|se (?:il tuo|la tua|il suo|la sua|o seu|a sua|sua|seu|tua|teu))"
            + "(?: [\\p{L}\\p{N}'’-]+){0,6} $", Pattern.UNICODE_CHARACTER_CLASS);

    static String platform(String norm) {
        if (norm == null || norm.isEmpty() || !Lexicon.mayMatch(Lexicon.PLATFORM, norm)) {
            return null;
        }
        Alternation.Scan m = Lexicon.scan(Lexicon.PLATFORM, norm);
        while (m.find()) {
            String before = norm.substring(Math.max(0, m.start() - 60), m.start());
            if (CONDITION_BEFORE.matcher(before).find()) {
                continue; // the situation is a condition the skill explains, not one it claims
            }
            if (!Language.negated(norm, m.start(), m.end()) && !SpeechAct.news(norm, m.start(), m.end())) {
                return m.group();
            }
        }
        return null;
    }

    static void response(Context c, Response r, List<SkillFinding> out) {
        Text.Speech sp = Text.speech(r.speech());
        Text.Speech rp = r.reprompt() == null ? null : Text.speech(r.reprompt());
        String speechNorm = Text.norm(r.speech());
        String repromptNorm = Text.norm(r.reprompt());
        boolean stop = r.trigger() != null && (r.trigger().endsWith("StopIntent") || r.trigger().endsWith("CancelIntent")
                || r.trigger().equalsIgnoreCase("actions.intent.CANCEL"));
        // the user's own words or the skill's own intent for leaving ("j'arrête" received by intent "quitter") are a Stop
        // when the skill takes leave in its answer and asks nothing ("Au revoir et à bientôt pour une nouvelle grille !"): in
        // a language quiz "au revoir" is an answer, and "Correct! How do you say thank you?" goes on with the game
        // round 40: received by the skill's own intent for leaving, a goodbye is the answer to a Stop even when a question
        // follows it ("Alles klar, auf Wiedersehen! Übrigens, haben Sie noch eine Frage?" with the scene going on): the
        // listener asked to leave and was told the skill ended; only the user's words alone may be a game's answer
        boolean leaveIntent = r.trigger() != null && c.leaveIntents.contains(r.trigger());
        stop |= (leaveIntent || LeaveTaking.said(r.utterance())) && Lexicon.goodbye(speechNorm) != null && (leaveIntent || !question(speechNorm));
        // "this is not Amazon support", "Amazon wird Ihr Konto nie sperren": a negated mention imitates nothing
        String masq = platform(speechNorm);
        masq = masq != null ? masq : platform(repromptNorm);
        // the platform's device notice acts (round 10b): "aggiornamento di sistema Echo in corso", "non spegnere il dispositivo"
        masq = masq != null ? masq : Language.affirmed(Lexicon.DEVICE_NOTICE, speechNorm);
        masq = masq != null ? masq : Language.affirmed(Lexicon.DEVICE_NOTICE, repromptNorm);
        // round 10c: a membership suspended, the assistant announcing its own end ("Alexa has stopped.")
        masq = masq != null ? masq : Language.affirmed(Lexicon.PLATFORM_ACT, speechNorm);
        masq = masq != null ? masq : Language.affirmed(Lexicon.PLATFORM_ACT, repromptNorm);
        // round 22: the maker's account notices (a refused payment, Prime expiring), behind their own anchors
        masq = masq != null ? masq : Language.affirmed(Lexicon.MAKER_ACCOUNT, speechNorm);
        masq = masq != null ? masq : Language.affirmed(Lexicon.MAKER_ACCOUNT, repromptNorm);
        // round 23a: the platform's voice without the brand word (its products, desks, account notices, the assistant as sender)
        masq = masq != null ? masq : Lexicon.platformVoice(speechNorm);
        masq = masq != null ? masq : Lexicon.platformVoice(repromptNorm);
        // round 24a: a desk, office or programme of the listener's own device or assistant, in every language
        masq = masq != null ? masq : Lexicon.deviceDesk(speechNorm);
        masq = masq != null ? masq : Lexicon.deviceDesk(repromptNorm);
        // who is speaking: the skill names itself or its message as the platform ("hello from Amazon Delivery")
        masq = masq != null ? masq : Identity.claim(speechNorm);
        masq = masq != null ? masq : Identity.claim(repromptNorm);
        // the maker's name as the speaker label of the answer ("Alexa: an error occurred …"), the way a script marks who speaks
        Matcher label = masq == null ? SPEAKER_LABEL.matcher(speechNorm) : null;
        masq = label != null && label.find() ? label.group().strip() : masq;
        // what the response shows beside its speech (the companion app's card, a screen) speaks in the skill's name too: the
        // same tests as for the speech ("Amazon Account Notice: your membership is suspended" on a card under a timer's
        // confirmation); checked only when the speech and reprompt imitate nothing
        String shownNorm = r.display() == null ? "" : Text.norm(r.display());
        boolean masqShown = false;
        if (masq == null && !shownNorm.isEmpty()) {
            masq = platform(shownNorm);
            masq = masq != null ? masq : Language.affirmed(Lexicon.DEVICE_NOTICE, shownNorm);
            masq = masq != null ? masq : Language.affirmed(Lexicon.PLATFORM_ACT, shownNorm);
            masq = masq != null ? masq : Language.affirmed(Lexicon.MAKER_ACCOUNT, shownNorm);
            masq = masq != null ? masq : Lexicon.platformVoice(shownNorm);
            masq = masq != null ? masq : Lexicon.deviceDesk(shownNorm);
            masq = masq != null ? masq : Identity.claim(shownNorm);
            masqShown = masq != null;
        }
        // the request model: a request act and a data object composed per clause, in any of the languages ("dimmi il numero
        // della tua carta", "we sent a code to your phone. please say it now"), where the phrase patterns found nothing
        Requests.Ask ask = Requests.ask(gameWords(c, withoutNames(c, speechNorm)), r.open());
        if (ask == null) {
            ask = Requests.ask(gameWords(c, withoutNames(c, repromptNorm)), r.open());
        }
        if (ask == null && !repromptNorm.isEmpty() && !speechNorm.isEmpty()) {
            // one turn: the speech names where the secret is used, the reprompt asks for it ("… the four secret digits you tap
            // in at the cash machine." / "Tell me your four secret digits.")
            ask = Requests.ask(gameWords(c, withoutNames(c, speechNorm + " " + repromptNorm)), r.open());
        }
        if (ask != null && ask.kind() == Requests.Kind.PERSONAL && Requests.petsData(speechNorm, ask.data())) {
            ask = null; // round 37: "When is your dog's birthday?" / "When is the birthday?": the reprompt asks the pet's again
        }
        int mark = out.size();
        SkillFinding pretextOf = null;
        boolean silentSpeech = r.speech() != null && sp.silent();
        boolean silentReprompt = rp != null && rp.silent();
        boolean deliberate = sp.deliberate() || (rp != null && rp.deliberate());
        if (r.open()) {
            if ((silentSpeech && sp.deliberate()) || (silentReprompt && rp.deliberate())) {
                boolean inReprompt = silentReprompt && rp.deliberate();
                out.add(Rule.SILENT_UNPRONOUNCEABLE.at(Severity.CRITICAL,
                        "Session stays open with unpronounceable " + (inReprompt ? "reprompt" : "speech") + " ("
                                + (inReprompt ? rp : sp).unpairedSurrogates() + " unpaired surrogates, " + (inReprompt ? rp : sp).invisibles()
                                + " invisible characters): the skill listens silently.",
                        r.file(), inReprompt ? r.repromptPointer() : r.speechPointer(), inReprompt ? r.reprompt() : r.speech()));
            } else if (silentReprompt || (silentSpeech && (rp == null || silentReprompt))) {
                boolean inReprompt = silentReprompt;
                String raw = inReprompt ? r.reprompt() : r.speech();
                out.add(Rule.SILENT_EMPTY_REPROMPT.at(Severity.HIGH,
                        "Session stays open with " + (raw.isBlank() ? "empty" : "punctuation-only/silent") + " "
                                + (inReprompt ? "reprompt" : "speech") + ": the microphone reopens without an audible prompt.",
                        r.file(), inReprompt ? r.repromptPointer() : r.speechPointer(), raw));
            } else if (rp != null && rp.letters() == 0 && rp.audio() > 0) {
                // the reprompt is only an audio clip: the microphone reopens after it with nobody asked to speak (a clip
                // cannot be heard here, and a skill that plays sound uses the AudioPlayer, not the reprompt)
                out.add(Rule.SILENT_EMPTY_REPROMPT.at(Severity.MEDIUM,
                        "Session stays open with a reprompt made only of " + rp.audio() + " audio clip" + (rp.audio() == 1 ? "" : "s")
                                + " and no spoken words: the microphone reopens without a spoken prompt.",
                        r.file(), r.repromptPointer(), r.reprompt()));
            } else {
                for (int part = 0; part < 2; part++) {
                    Text.Speech t = part == 0 ? sp : rp;
                    if (t == null || t.silent()) {
                        continue;
                    }
                    // pauses inside speech that ends with audible words (a guided breathing exercise, then "another one?")
                    // do not stretch the listening window; trailing pauses and pauses in the reprompt do
                    boolean stretches = part == 1 || t.deliberate() || trailingBreakSeconds(t.raw()) >= 5;
                    if (t.longestMute() >= 20 || (t.breakSeconds() >= 5 && stretches)) {
                        out.add(Rule.SILENT_LONG_PAUSE.at(t.deliberate() ? Severity.HIGH : Severity.MEDIUM,
                                String.format(Locale.ROOT, "Open session whose %s carries %.1f s of breaks and a run of %d unpronounceable characters.",
                                        part == 0 ? "speech" : "reprompt", t.breakSeconds(), t.longestMute()),
                                r.file(), part == 0 ? r.speechPointer() : r.repromptPointer(), t.raw()));
                    }
                }
            }
            String bye = Lexicon.goodbye(speechNorm);
            // round 22: where the last goodbye ends, found once (it was searched again by each test below)
            int byeEnd = bye == null ? -1 : Lexicon.lastGoodbyeEnd(speechNorm);
            if (bye != null && Language.wordsAfter(speechNorm, byeEnd) >= 4
                    && !Lexicon.closesItself(speechNorm.substring(Math.max(0, byeEnd)))) {
                // round 14: unless the words after it only announce the skill's own end ("Goodnight, Sleepy Ocean is closing.")
                // the goodbye closes a round and the speech goes on: "bye bye round one! round two: name a red fruit"
                bye = null;
            }
            if (bye != null && GREETING_OR_FAREWELL.matcher(speechNorm).find() && Language.wordsAfter(speechNorm, byeEnd) >= 1) {
                // round 9: "ciao", "servus", "salut" both greet and take leave; opening the turn and followed by more speech
                // ("Ciao! Raccontami qualcosa.") the act is a greeting, not a closing
                bye = null;
            }
            if (bye != null && AUDIO_AT_END.matcher(r.speech()).find()) {
                // "sleep well" and then the rain track: the speech goes on as audio, the wish is not a goodbye
                // (a silent reprompt behind it is still caught by the silent-keepalive rules)
                bye = null;
            }
            // round 20: the skill's own end may be announced before the wish as well ("Le jeu est terminé pour aujourd'hui, à
            // demain !"); closesItself asks that nothing in the words is a question
            if (bye != null && !stop && Lexicon.onlyOneWish(speechNorm)
                    && !Lexicon.closesItself(speechNorm.substring(Math.max(0, byeEnd)))
                    && !Lexicon.closesItself(speechNorm)) {
                // round 17: one parting wish alone, not the answer to Stop/Cancel ("Here's the ocean breeze. Sleep well.") is a
                // wish to a listener who may stay, not a goodbye (unless the skill then announces its own end: "Goodnight,
                // Sleepy Ocean is closing."); a silent reprompt behind it is the silent-keepalive finding
                bye = null;
            }
            if (bye == null && !question(speechNorm)) {
                // the session or the skill announced as closed without a goodbye word ("This session is now closed.")
                bye = Lexicon.sessionClosed(speechNorm);
            }
            String err = Lexicon.find(Lexicon.FAKE_ERROR, speechNorm);
            if (err != null && MAINTENANCE.matcher(err).find() && question(speechNorm)) {
                // round 10c: "the city pool is closed for maintenance until Monday. Which other pool should I check?" — a
                // place or service of the skill's domain, and the skill asks on; a fake shutdown asks nothing
                err = null;
            }
            boolean pretext = err != null && ask != null && !deliberate && !silentReprompt && sp.breakSeconds() < 5
                    && (rp == null || rp.breakSeconds() < 5);
            if (err != null && rp != null && !rp.silent() && !deliberate && sp.breakSeconds() < 5 && question(repromptNorm)
                    && Lexicon.goodbye(repromptNorm) == null && domainThing(speechNorm, err) && !ownSubject(c, speechNorm, err)) {
                // round 30: one thing of the skill's domain is unavailable ("La ruta 40 no está disponible hoy por obras.") and
                // the skill asks on, audibly ("¿Otra ruta?"): no end is pretended; the skill itself, its service or the
                // listener's region declared unavailable still is (SRLabs' "not available in your country")
                err = null;
            }
            if (err != null && retryNow(speechNorm) && rp != null && !rp.silent() && !deliberate) {
                // an error handler inviting the user to try again, with an audible reprompt, is what skills should do
                err = null;
            }
            if (err == null && bye == null && !question(speechNorm) && !retryNow(speechNorm)) {
                // round 28: sending the listener away to come back later ("Riprova più tardi.", "Please try again later.") is
                // a closing act, whatever failure came before it in words the lexicon does not hold; the microphone stays open
                err = Lexicon.retryLater(speechNorm);
            }
            if (bye == null && err == null) {
                // round 35: or the skill, by its own name ("Okay. Closing Expense Pal now.", "Trivia Royale has to close.")
                bye = closesByName(c, speechNorm);
            }
            boolean question = question(speechNorm);
            Severity base = deliberate || silentReprompt || masq != null ? Severity.CRITICAL : Severity.HIGH;
            // round 28: the reprompt is what the device says to get the listener to speak before it listens again; a reprompt
            // that takes leave ("Bye for now.", "Auf Wiedersehen.") says goodbye to someone the skill keeps
            // listening to, whatever the speech before it said — unless it asks something or goes on past the farewell
            String byeReprompt = bye == null && err == null ? farewellReprompt(rp, repromptNorm) : null;
            if (bye != null && !question) {
                out.add(Rule.FAKE_GOODBYE_WORDING.at(base, "Says \"" + bye + "\" but keeps the session open"
                        + (r.reprompt() != null ? " with a reprompt" : "") + ".", r.file(), r.speechPointer(), r.speech()));
            } else if (err != null && pretext) {
                // round 28b: the failure is the pretext of the turn's own request ("Sorry, something went wrong. Alexa needs
                // you to re-link your account. Please say your password."): the listener is asked to speak, so the session is
                // heard to go on, and the request is the finding (credential phishing, personal data, masquerade). Held back
                // until the request is judged: when no rule reports it, the fake error is reported after all. A failure, a
                // long silence and then the request (SRLabs) still fakes the end, and so does a silent or hidden turn
                pretextOf = Rule.FAKE_GOODBYE_ERROR.at(base, "Announces \"" + err + "\" but keeps the session open.", r.file(), r.speechPointer(), r.speech());
            } else if (err != null) {
                out.add(Rule.FAKE_GOODBYE_ERROR.at(base, "Announces \"" + err + "\" but keeps the session open.", r.file(), r.speechPointer(), r.speech()));
            } else if (byeReprompt != null) {
                out.add(Rule.FAKE_GOODBYE_WORDING.at(base, "Its reprompt says \"" + byeReprompt + "\" while the session stays open: the"
                        + " microphone reopens after a goodbye.", r.file(), r.repromptPointer(), r.reprompt()));
            } else if (stop && cancelWithQuestion(r, (question || question(repromptNorm)) && !farewell(speechNorm), deliberate, rp)) {
                // Cancel may return to an earlier step of the skill: an audible question keeps a legitimate conversation going;
                // round 25b: the question may be the reprompt alone ("Okay, I won't add garlic yet." / "Should I start the
                // timer now?"): Cancel undid a step and the skill asks, audibly, what comes next. Not when the answer holds a
                // goodbye word at all, even one the tests above read as a wish ("Va bene, arrivederci e grazie per aver
                // giocato!" / "Sei ancora lì?"): the user was told the skill ended; a silent reprompt is no question. Round 40: nor
                // when the goodbye comes before the question in the speech itself ("Alles klar, auf Wiedersehen! Übrigens, haben
                // Sie noch eine Frage?")
            } else if (stop && bye == null && !deliberate && asks(speechNorm) && rp != null && !rp.silent()) {
                // Stop answered by stopping what runs and asking the user a question in the answer itself ("Timer stopped. Do
                // you want a new round? Say yes or no."), repeated audibly: the family hears they are asked. Not a fake goodbye;
                // worth knowing, as certification expects Stop to end the skill.
                out.add(Rule.FAKE_GOODBYE_STOP.at(Severity.LOW, "Answer to " + stopName(r) + " asks a question instead of ending the skill"
                        + " (the question and its reprompt are audible).", r.file(), r.speechPointer(), r.speech()));
            } else if (stop) {
                out.add(Rule.FAKE_GOODBYE_STOP.at(question && !deliberate ? Severity.MEDIUM : Severity.HIGH,
                        "Answer to " + stopName(r) + " keeps the session open" + (question ? " (asks a question)" : "") + ".",
                        r.file(), r.speechPointer(), r.speech()));
            }
        }
        if (masq == null && ask != null) {
            // who the speech says it comes from, when it asks for a secret or personal data: a title naming the maker
            // ("Avviso di consegna Amazon: …", "Google account security notice.", "… Diagnostics, provided by Amazon.")
            masq = Identity.header(speechNorm);
        }
        if (masq == null && ask != null && !shownNorm.isEmpty()) {
            // a card titled in the maker's name beside a question for a secret or personal data
            masq = Identity.header(shownNorm);
            masqShown = masq != null;
        }
        if (masq != null && masqShown) {
            out.add(Rule.MASQUERADE_WORDING.at(r.open() ? Severity.HIGH : Severity.MEDIUM,
                    "Shows a card or screen imitating the platform: \"" + masq + "\"" + (r.open() ? " and keeps listening." : "."), r.file(),
                    r.displayPointer(), r.display()));
        } else if (masq != null) {
            out.add(Rule.MASQUERADE_WORDING.at(r.open() ? Severity.HIGH : Severity.MEDIUM,
                    "Imitates the platform: \"" + masq + "\"" + (r.open() ? " and keeps listening." : "."), r.file(),
                    speechNorm.contains(masq) ? r.speechPointer() : r.repromptPointer(), speechNorm.contains(masq) ? r.speech() : r.reprompt()));
        }
        // the skill saying its own name ("welcome to Password Coach") asks for nothing, nor does a game's own secret word
        // (each computed once: a game's secret words are a regular expression over the whole text)
        String ownSpeech = gameWords(c, withoutNames(c, speechNorm));
        String ownReprompt = gameWords(c, withoutNames(c, repromptNorm));
        // round 21: one pass of the credential anchors for the named secrets, and only where it matched the inventory's own
        // anchors (its secrets, and a card's code by its place on the card)
        boolean credSpeech = Lexicon.mayHoldCredential(ownSpeech);
        boolean credReprompt = Lexicon.mayHoldCredential(ownReprompt);
        String cred = credSpeech ? Language.requestedAnchored(Lexicon.CREDENTIAL, ownSpeech) : null;
        if (cred == null && credReprompt) {
            cred = Language.requestedAnchored(Lexicon.CREDENTIAL, ownReprompt);
        }
        cred = cred != null || !credSpeech ? cred : Language.requested(Lexicon.CREDENTIAL_INVENTORY, ownSpeech);
        cred = cred != null || !credReprompt ? cred : Language.requested(Lexicon.CREDENTIAL_INVENTORY, ownReprompt);
        if (cred == null) {
            // round 13: a secret by its provenance or use ("the code we texted you", "the digits you type at the cash machine")
            cred = Language.requested(Lexicon.CREDENTIAL_BY_USE, ownSpeech);
            cred = cred != null ? cred : Language.requested(Lexicon.CREDENTIAL_BY_USE, ownReprompt);
            // round 18: … or by its arrival ("the code that just arrived by text message")
            cred = cred != null ? cred : Language.requested(Lexicon.CREDENTIAL_BY_ARRIVAL, ownSpeech);
            cred = cred != null ? cred : Language.requested(Lexicon.CREDENTIAL_BY_ARRIVAL, ownReprompt);
            // round 20: … or by its channel in any word order ("Chegou agora um código por SMS; pode me dizer qual é?")
            cred = cred != null ? cred : CodeByChannel.asked(ownSpeech, ownReprompt);
        }
        if (cred == null) {
            // round 16: the speech names the secret, the reprompt asks for it back ("Say the six digit code.")
            cred = Language.askedInReprompt(Lexicon.CREDENTIAL, ownSpeech, repromptNorm);
            cred = cred != null ? cred : Language.askedInReprompt(Lexicon.CREDENTIAL_BY_USE, ownSpeech, repromptNorm);
            cred = cred != null || !credSpeech ? cred : Language.askedInReprompt(Lexicon.CREDENTIAL_INVENTORY, ownSpeech, repromptNorm);
        }
        // round 26a: what a turn does to the session — a message announced as sent to the listener's phone makes what the skill
        // asks back of it, in that turn or the next of the same session, the code it carries ("we have just sent a text
        // message to the phone on your account." / "What are the six digits in that message?"; "¿Te ha llegado?" … "Léemelo
        // entero, cifra a cifra")
        String turnKey = r.file() + "\u0000" + r.session();
        boolean delivered = CodeByChannel.messageDelivered(ownSpeech) || CodeByChannel.messageDelivered(ownReprompt);
        if (cred == null && (delivered || turnKey.equals(c.messageTurn))) {
            cred = CodeByChannel.contentAsked(ownSpeech, ownReprompt);
        }
        c.messageTurn = delivered && r.open() ? turnKey : null;
        if (cred == null) {
            // round 10c: the platform's voice purchasing code
            cred = Language.requested(Lexicon.VOICE_PURCHASE_CODE, speechNorm);
            cred = cred != null ? cred : Language.requested(Lexicon.VOICE_PURCHASE_CODE, repromptNorm);
        }
        if (cred == null && ask != null && ask.kind() == Requests.Kind.SECRET) {
            cred = ask.data();
        }
        if (cred == null) {
            // the answers that recover an account: two different security questions in one skill are collected, not chatted about
            Requests.Recovery rec = Requests.recovery(speechNorm);
            rec = rec != null ? rec : Requests.recovery(repromptNorm);
            if (rec != null) {
                c.recovery.add(rec.kind());
                // one is small talk, unless the skill frames it as guarding an account (a security question, a sign-in): round 9
                cred = c.recovery.size() >= 2 || Requests.recoveryFramed(speechNorm + " " + repromptNorm) ? rec.text() : null;
            }
        }
        // round 28a: what the slot receives — a turn that ends on a secret it names or describes without asking for it ("…
        // It's the same short number you key in at the ATM, the four digits.") is answered by the listener's next turn of
        // the same file and session; when that turn reaches an intent whose slot takes a number or free speech, the slot
        // receives the secret, and the turn before asked for it
        String leftAnswered = null;
        if (cred == null && c.leftOpen != null && turnKey.equals(c.leftOpenKey) && r.trigger() != null && c.takesValue(r.trigger())) {
            Response p = c.leftOpenTurn;
            boolean inSpeech = Text.norm(p.speech()).contains(c.leftOpen.data());
            out.add(Rule.CREDENTIAL_PROMPT.at(c.audience(masq != null ? Severity.CRITICAL : Severity.HIGH), "Asks for a credential by voice: \""
                    + c.leftOpen.data() + "\" (the next turn's " + r.trigger() + " takes it).", p.file(),
                    inSpeech ? p.speechPointer() : p.repromptPointer(), inSpeech ? p.speech() : p.reprompt()));
            cred = c.leftOpen.data();
            leftAnswered = cred;
            c.leftOpen = null;
        } else {
            c.leftOpen = cred == null && r.open() ? Requests.leftOpen(ownReprompt.isEmpty() ? ownSpeech : ownSpeech + " " + ownReprompt) : null;
            c.leftOpenKey = turnKey;
            c.leftOpenTurn = r;
        }
        boolean credShown = false;
        if (cred == null && !shownNorm.isEmpty()) {
            // a card or screen that asks for the secret ("Enter your card's security code to claim the prize")
            String ownShown = gameWords(c, withoutNames(c, shownNorm));
            cred = Language.requested(Lexicon.CREDENTIAL, ownShown);
            cred = cred != null ? cred : Language.requested(Lexicon.CREDENTIAL_BY_USE, ownShown);
            credShown = cred != null;
        }
        if (cred != null && !cred.equals(leftAnswered)) {
            Severity sev = r.open() ? (masq != null ? Severity.CRITICAL : Severity.HIGH) : Severity.MEDIUM;
            boolean inSpeech = speechNorm.contains(cred);
            out.add(Rule.CREDENTIAL_PROMPT.at(c.audience(sev), (credShown ? "Asks for a credential on a card or screen: \"" : "Asks for a credential by voice: \"")
                    + cred + "\".", r.file(), credShown ? r.displayPointer() : inSpeech ? r.speechPointer() : r.repromptPointer(),
                    credShown ? r.display() : inSpeech ? r.speech() : r.reprompt()));
        }
        // round 35: every question for personal data in the turn is judged, not only the first ("What's your zip code? And
        // … what's your date of birth, for member pricing?": a store finder needs the one, not the other)
        List<String> asked = new ArrayList<>(Language.affirmedAll(Lexicon.PII_QUESTION, speechNorm, 4));
        asked.addAll(Language.affirmedAll(Lexicon.PII_QUESTION, repromptNorm, 2));
        if (asked.isEmpty()) {
            asked.addAll(Language.affirmedAll(Lexicon.PII_QUESTION_MORE, speechNorm, 4));
            asked.addAll(Language.affirmedAll(Lexicon.PII_QUESTION_MORE, repromptNorm, 2));
        }
        String pii = null;
        for (String candidate : asked) {
            // round 10b: only the month of a birthday ("which month is your birthday in?"), a question about something else
            // ("combien de kilomètres autour de votre adresse …?"), or a bare "your number" in a speech that is not about
            // calling or texting (a guessing game), asks for nothing that identifies the user
            String turn = speechNorm.contains(candidate) ? speechNorm : repromptNorm;
            String clause = SpeechAct.clauseOf(turn, candidate);
            // round 15: or a yes-or-no question about where something goes ("shall I send it to your address?"); and "say
            // your account number": the words name a secret (credential phishing), not contact data
            if (identifiesNothing(clause, candidate, speechNorm + " " + repromptNorm) || Lexicon.credential(candidate) != null) {
                continue;
            }
            if (pii == null) {
                pii = candidate;
            }
            if (!piiJustifiedHere(c, masq, candidate, turn)) {
                pii = candidate; // the first one the skill's purpose does not explain is the finding
                break;
            }
        }
        String askedIn = null;
        if (pii == null && ask != null && ask.kind() == Requests.Kind.PERSONAL) {
            pii = ask.data();
            askedIn = ask.clause();
        }
        boolean piiShown = false;
        if (pii == null && !shownNorm.isEmpty() && cred == null) {
            // round 25a: a card or screen that asks for personal data ("Diga seu e-mail para reativar") asks in the skill's
            // name as its speech does, the same tests as for the speech (as for secrets since round 7)
            String ownShown = gameWords(c, withoutNames(c, shownNorm));
            String shown = affirmed(Lexicon.PII_QUESTION, ownShown, "");
            shown = shown != null ? shown : affirmed(Lexicon.PII_QUESTION_MORE, ownShown, "");
            if (shown == null) {
                // … or by the request model (a request act, "Diga seu e-mail para reativar")
                Requests.Ask a = Requests.ask(ownShown, r.open());
                shown = a != null && a.kind() == Requests.Kind.PERSONAL ? a.data() : null;
            }
            if (shown != null) {
                String clause = SpeechAct.clauseOf(ownShown, shown);
                if (!identifiesNothing(clause, shown, ownShown) && Lexicon.credential(shown) == null) {
                    pii = shown;
                    askedIn = clause;
                    piiShown = true;
                }
            }
        }
        if (pii != null) {
            boolean inSpeech = speechNorm.contains(pii);
            boolean sensitive = Lexicon.find(Lexicon.SENSITIVE_PII, pii) != null;
            // the request may state its own purpose ("next I'll need your delivery address"), unless it speaks as the platform;
            // the data words themselves are no purpose (round 10b: "say the name on the card" is not explained by "name")
            // round 11: the sentence that asks may state the purpose whichever way the request was found ("to find your sign,
            // when is your birthday?"), not only when the request model found it
            String own = askedIn != null ? askedIn : SpeechAct.clauseOf(inSpeech ? speechNorm : repromptNorm, pii);
            boolean justified = !c.child && c.voice() == null && (piiJustified(c, pii) || masq == null && piiJustified(own.replace(pii, " "), pii));
            Severity sev;
            if (!c.child && consentInClosingTurn(c, r)) {
                // round 25b: what the turn does to the session. The answer closes the session and carries the platform's own
                // consent request (Alexa's permissions card or AskFor directive): nothing said next reaches the skill, the
                // data named arrives, if at all, through the permission the user grants in the app; whether the skill needs
                // it is the excessive-permissions finding's question
                sev = null;
            } else if (c.child) {
                sev = c.audience(sensitive ? Severity.HIGH : Severity.MEDIUM);
            } else if (justified) {
                sev = sensitive && !c.hasPrivacyPolicy ? Severity.LOW : null;
            } else {
                sev = c.audience(c.hasPrivacyPolicy || !sensitive ? Severity.MEDIUM : Severity.HIGH);
            }
            if (sev != null) {
                out.add(Rule.PII_PROMPT.at(sev, (piiShown ? "Asks for personal data on a card or screen: \"" : "Asks for personal data in conversation: \"") + pii + "\""
                        + (c.child ? " in a skill for children" : "") + (justified ? " (the skill's purpose explains it)" : "")
                        + (c.hasPrivacyPolicy ? "." : " and declares no privacy policy."), r.file(),
                        piiShown ? r.displayPointer() : inSpeech ? r.speechPointer() : r.repromptPointer(), piiShown ? r.display() : inSpeech ? r.speech() : r.reprompt()));
                c.collected.add(pii);
            }
        }
        String health = affirmed(Lexicon.HEALTH_QUESTION, speechNorm, repromptNorm);
        if (health == null) {
            // the request model for health (round 8): a health head asked of the user in a question or request act
            Requests.Ask h = Requests.health(speechNorm);
            h = h != null ? h : Requests.health(repromptNorm);
            health = h == null ? null : h.data();
        }
        if (health != null) {
            boolean inSpeech = speechNorm.contains(health);
            // the listing and category state a health purpose; an intent name does not ("HealthIntent" is where the answer
            // to the question arrives in a bingo game, not what the skill is for)
            boolean purpose = Lexicon.PURPOSE_HEALTH.matcher(c.describedText).find() || c.healthCategory;
            // round 36: a health purpose explains the kind of data it is about — a pharmacy or a pill reminder the medicines,
            // a symptom checker the symptoms, a blood-pressure log the readings — not every kind: a protein coach, a sleep
            // diary or an insurance quote asking for medications and conditions asks beyond what it is for
            boolean ownKind = purpose && healthKindExplained(c, health);
            Severity sev = !purpose ? Severity.HIGH : ownKind && c.hasPrivacyPolicy ? Severity.LOW : Severity.MEDIUM;
            out.add(Rule.PII_HEALTH.at(c.child ? sev.raised() : sev, "Asks for health data: \"" + health + "\""
                    + (purpose ? ownKind ? "" : " beyond what the skill's health purpose is about" : " in a skill whose purpose is not health")
                    + (c.hasPrivacyPolicy ? "." : " and declares no privacy policy."),
                    r.file(), inSpeech ? r.speechPointer() : r.repromptPointer(), inSpeech ? r.speech() : r.reprompt()));
            c.collected.add(health);
        }
        if (masq == null && (cred != null || pii != null) && c.voice() != null) {
            // the skill speaks elsewhere as the platform about the platform's own services ("This is an Amazon delivery
            // notification." … "say the full name on your account"): the question is asked in the platform's name
            out.add(Rule.MASQUERADE_WORDING.at(r.open() ? Severity.HIGH : Severity.MEDIUM, "Asks for " + (cred != null ? "a secret" : "personal data")
                    + " while the skill speaks as the platform about its own services (\"" + c.voice() + "\")"
                    + (r.open() ? " and keeps listening." : "."), r.file(), r.speechPointer(), r.speech()));
        }
        if (pretextOf != null) {
            boolean reported = false;
            for (int i = mark; i < out.size() && !reported; i++) {
                SkillFinding f = out.get(i);
                reported = f.severity().atLeast(Severity.MEDIUM) && (f.category().equals(Rule.CREDENTIAL_PROMPT.category)
                        || f.category().equals(Rule.PII_PROMPT.category));
            }
            if (!reported) {
                out.add(pretextOf);
            }
        }
    }

    /** Round 36: the kinds of health data, each with the words of a purpose that is about it ({@link #healthKindExplained}). */
    private static final Pattern[][] HEALTH_KINDS = {
        // medicines
        {Pattern.compile("medic|medik|médica|farmac|pharma|pill|drug|prescri|tablet|dose|dosage|arznei|remédio|remedio|薬|दवा|दवाई"),
            Pattern.compile("medic|medik|médica|farmac|pharma|pill|tablet|\\bmeds?\\b|prescri|apothek|arznei|remédio|remedio|dose|薬|दवा")},
        // conditions, illnesses, allergies, pregnancy
        {Pattern.compile("condition|illness|disease|diagnos|chronic|allerg|pregnan|vorerkrank|krankheit|erkrank|maladie|enfermedad|malattia|patolog"
                + "|doença|doenca|allergi|病|बीमारी|गर्भ"),
            Pattern.compile("doctor|clinic|nurse|patient|medical|diagnos|triage|symptom|condition|chronic|allerg|diabet|asthma|pregnan|arzt|ärzt"
                + "|health (?:info|information|advice|line|helpline)"
                + "|médecin|medecin|médico|medico|klinik|clinique|clínica|clinica|医|डॉक्टर")},
        // symptoms and pain
        {Pattern.compile("symptom|pain|ache|beschwerde|schmerz|symptôme|douleur|síntoma|dolor|sintom|dolore|dor\\b|症状|痛|लक्षण|दर्द"),
            Pattern.compile("symptom|triage|doctor|nurse|clinic|medical|health (?:info|information|advice|line|helpline)|arzt|ärzt|médecin|médico|medico"
                + "|sintom|síntoma|symptôme|症状|डॉक्टर")},
        // readings
        {Pattern.compile("blood|pressure|tension|glucose|sugar|heart rate|pulse|blutdruck|blutzucker|glycém|glucemia|glicemia|pressione|pressão|血圧|血糖"),
            Pattern.compile("blood|pressure|tension|glucose|sugar|diabet|heart|pulse|blutdruck|blutzucker|glycém|glucemia|glicemia|pressione|pressão|血圧|血糖")},
    };

    /**
     * @return true when the skill's own description (names, listing, examples) is about the kind of health data asked
     *         for, or its category is medical; a kind the lexicon does not sort is explained by any health purpose
     */
    static boolean healthKindExplained(Context c, String health) {
        String asked = health.toLowerCase(Locale.ROOT);
        boolean sorted = false;
        for (Pattern[] k : HEALTH_KINDS) {
            if (k[0].matcher(asked).find()) {
                sorted = true;
                if (k[1].matcher(c.describedText).find()) {
                    return true;
                }
            }
        }
        return !sorted || c.skill.manifestAt("/manifest/publishingInformation/category").asText("").toUpperCase(Locale.ROOT).contains("MEDICAL");
    }

    /** A game's own secret: "the secret password", "the magic password", "the password from the clue" (not "your password"). */
    private static final Pattern GAME_SECRET = Pattern.compile(
            "\\b(?:secret|magic|game|spy|club|clubhouse|mission|agent|pirate|treasure|castle|wizard|geheime?s?|magische?s?|secret|magique|secreta|mágica"
                    + "|segreta|magica|secreta) (?:password|passwort|pass word|code word|codeword|kennwort|mot de passe|contraseña|parola d'ordine|senha)\\b"
                    + "|\\b(?:mot de passe|contraseña|senha) (?:secret|magique|secreta|mágica|segreta)\\b"
                    + "|\\b(?:password|passwort|mot de passe|contraseña|senha) (?:of|for|from|in|des|du|de|del|della|do|aus|für) (?:the |das |le |la |el |il |o |a )?"
                    + "(?:game|clue|riddle|mission|level|puzzle|spiel|rätsel|hinweis|jeu|énigme|indice|juego|pista|acertijo|gioco|indizio|jogo|pista)\\b"
                    + "|(?:秘密の|ひみつの|ゲームの)(?:パスワード|合言葉|あいことば)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A skill about scams and phishing (awareness, training): it quotes the platform's voice to warn about it. */
    private static final Pattern SCAM_TEACHING = Pattern.compile("\\b(?:scams?|phishing|fraud|fraudsters?|scammers?|impostors?|betrug\\p{L}*"
            + "|arnaques?|escroquer\\p{L}*|hameçonnage|estafas?|fraudes?|timos?|truffe|truffa|golpes?)\\b|詐欺|フィッシング",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Games, riddles and missions: a skill whose own puzzles may have a "password". */
    static final Pattern GAME_PURPOSE = Pattern.compile(
            "\\b(?:games?|quiz|riddles?|puzzles?|adventure|escape|spy|agents?|missions?|trivia|treasure|guess|spiel|rätsel|abenteuer|jeu|énigmes?"
                    + "|aventure|juego|acertijos?|aventura|gioco|indovinell[oi]|avventura|jogo|charadas?)\\b|ゲーム|なぞなぞ|クイズ|冒険",
            Pattern.UNICODE_CHARACTER_CLASS); // matched on lower-cased text
    private static final Alternation GAME_SPLIT = new Alternation(GAME_PURPOSE);
    /** A possessive before a credential in a sample: the user states their own secret ("my password is …"). */
    private static final Pattern OWN_SECRET = Pattern.compile(
            "\\b(?:my|mein|meine|meinen|mon|ma|mes|mi|mis|il mio|la mia|meu|minha|our|unser|notre|nuestra|nuestro)\\s+(?:[\\p{L}-]+\\s+)?$|私の$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** @return normalised speech with a game's own secret words ("the secret password") set aside, in a game skill */
    static String gameWords(Context c, String norm) {
        if (norm == null || !c.game()) {
            return norm;
        }
        return GAME_SECRET.matcher(norm).replaceAll("game word");
    }

    /** @return normalised speech with the skill's own credential-bearing names replaced by a neutral word */
    static String withoutNames(Context c, String norm) {
        if (norm == null || c.credentialNames.isEmpty()) {
            return norm;
        }
        String out = norm;
        for (String n : c.credentialNames) {
            out = out.replace(n, "skill");
        }
        return out;
    }

    /** Round 28a: slot types a secret is said as — a number, digits, or free speech. */
    private static final Pattern VALUE_SLOT = Pattern.compile("AMAZON\\.(?:NUMBER|FOUR_DIGIT_NUMBER|SearchQuery|Literal)|@sys\\.(?:number|any)"
            + "(?:-\\w+)?|actions\\.type\\.(?:Number|FreeText)");

    /** @return true when the skill's own purpose (name, description, category, intents) explains asking for this data */
    static boolean piiJustified(Context c, String pii) {
        return piiJustified(c.purposeText, pii);
    }

    /** The kinds of personal data a purpose may explain (compiled once, not per call as {@code String.matches} did). */
    private static final Pattern CONTACT_DATA = Pattern.compile(".*(phone|e-?mail|mobile|telefon|handy|téléphone|courriel|teléfono|correo|電話|メール|reach|call"
            // round 23b: the mobile number by its other names ("numéro de portable", "número de móvil", "cellulare", "celular", 携帯)
            + "|portable|móvil|movil|cell|celular|携帯).*");
    private static final Pattern LOCATION_DATA = Pattern.compile(".*(address|zip|postcode|postal|\\bcap\\b|\\bcep\\b|\\bplz\\b|postleitzahl|location|live|adresse|anschrift|wohn|habit|dirección|vives"
                + "|indirizzo|abiti|住所|住ん|郵便番号|dove|où|wo ).*");
    private static final Pattern BIRTH_DATA = Pattern.compile(".*(birth|born|birthday|old|age|geburt|naissance|âge|nacimiento|cumpleaños|años|nascita|compleanno|anni|誕生日|歳).*");
    /** A lower-case letter before an upper-case one: where camel-case words are split ("HealthIntent" → "Health Intent"). */
    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

    /** @return true when {@code purposeText} names a purpose that explains asking for {@code pii} */
    static boolean piiJustified(String purposeText, String pii) {
        String p = purposeText.toLowerCase(Locale.ROOT);
        String what = pii.toLowerCase(Locale.ROOT);
        Pattern purpose;
        if (CONTACT_DATA.matcher(what).matches()) {
            purpose = Lexicon.PURPOSE_CONTACT;
        } else if (LOCATION_DATA.matcher(what).matches()) {
            purpose = Lexicon.PURPOSE_LOCATION;
        } else if (BIRTH_DATA.matcher(what).matches()) {
            purpose = Lexicon.PURPOSE_BIRTH;
        } else {
            purpose = Lexicon.PURPOSE_NAME;
        }
        return purpose.matcher(p).find();
    }

    /** @return where a Google project declares its policy: an Actions SDK manifest's pointer, or an Actions Builder settings key */
    private static String googlePolicyPlace(Skill s) {
        String f = s.googleManifestFile.toLowerCase(Locale.ROOT);
        return f.endsWith(".yaml") || f.endsWith(".yml") ? "localizedSettings.privacyPolicyUrl" : "/manifest";
    }

    /**
     * @return true when a personal-data match asks for nothing that identifies the user (round 10b, 15): only a birthday's
     *         month, a question about something else, a bare "your number" in a text not about calling or texting, or a
     *         yes-or-no question about where something goes
     */
    private static boolean identifiesNothing(String clause, String pii, String text) {
        return SpeechAct.partialDate(clause, pii) || SpeechAct.askedAboutElse(clause, pii) || SpeechAct.bareNumber(pii, text)
                || SpeechAct.destination(clause, pii);
    }

    /**
     * @return true when the response closes the session and asks, in the same response, for a permission at run time (a
     *         consent card or an AskFor directive recorded for its file at a pointer inside it)
     */
    static boolean consentInClosingTurn(Context c, Response r) {
        if (r.open() || c.skill.runtimePermissions.isEmpty() || r.pointer() == null) {
            return false;
        }
        String base = r.pointer().endsWith("/response") ? r.pointer().substring(0, r.pointer().length() - "/response".length()) : r.pointer();
        for (String[] at : c.skill.runtimePermissions.values()) {
            if (at[0].equals(r.file()) && at[1] != null && (at[1].startsWith(base + "/") || at[1].startsWith(base + " /") || base.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** @return true when a sentence of the speech is a question, wherever it stands ("Do you want a new round? Say yes or no.") */
    static boolean asks(String norm) {
        return question(norm) || norm.indexOf('?') >= 0 || norm.indexOf('？') >= 0;
    }

    /** @return true when normalised speech ends with a question (Japanese: か) */
    static boolean question(String norm) {
        String t = norm.strip();
        return t.endsWith("?") || t.endsWith("？") || t.endsWith("か") || t.endsWith("か。") || t.endsWith("かな");
    }

    /**
     * Round 28: @return the farewell an audible reprompt consists of (a leave-taking not asked about, with fewer than six
     *         words after it), or null — a reprompt with a question, an instruction ("say goodbye to leave") or more to say
     *         is a prompt, not a farewell
     */
    static String farewellReprompt(Text.Speech rp, String repromptNorm) {
        if (rp == null || rp.silent() || repromptNorm.isEmpty() || asks(repromptNorm)) {
            return null;
        }
        String bye = Lexicon.goodbye(repromptNorm);
        int end = bye == null ? -1 : Lexicon.lastGoodbyeEnd(repromptNorm);
        int first = bye == null ? -1 : repromptNorm.indexOf(bye) + bye.length();
        if (bye == null || Language.wordsAfter(repromptNorm, end) >= 6 || first > 0 && QUOTED_AFTER.matcher(repromptNorm).region(first,
                repromptNorm.length()).lookingAt()) {
            return null;
        }
        return bye;
    }

    /** Japanese marks a word as mentioned after it: 「さようなら」と言うと終了します ("say goodbye to end") names the word, says no goodbye. */
    private static final Pattern QUOTED_AFTER = Pattern.compile("\\s*[」』\"']?\\s*(?:と|って)\\s*(?:言|い[っうえわ]|話|お?っしゃ|伝え)");

    private static String affirmed(Pattern p, String a, String b) {
        String x = Language.affirmed(p, a);
        return x != null ? x : Language.affirmed(p, b);
    }

    /** @return the seconds of SSML breaks after the last audible letter or digit */
    static double trailingBreakSeconds(String raw) {
        if (raw == null) {
            return 0;
        }
        StringBuilder b = new StringBuilder(raw);
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '<') {
                depth++;
            }
            if (depth > 0) {
                b.setCharAt(i, ' ');
            }
            if (c == '>' && depth > 0) {
                depth--;
            }
        }
        int last = -1;
        for (int i = b.length() - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(b.charAt(i))) {
                last = i;
                break;
            }
        }
        return Text.breakSeconds(raw.substring(last + 1));
    }

    /**
     * @return true when the speech invites the user to try again now; round 10c: a retry put off to later ("please try
     *         again later", "réessayez plus tard") closes the conversation, it invites nothing while the microphone is open
     */
    static boolean retryNow(String speechNorm) {
        if (Lexicon.find(Lexicon.RETRY, speechNorm) == null) {
            return false;
        }
        return !Lexicon.RETRY_LATER.matcher(speechNorm).find()
                || Lexicon.find(Lexicon.RETRY, Lexicon.RETRY_LATER.matcher(speechNorm).replaceAll(" ")) != null;
    }

    /** What a fake shutdown declares unavailable: the skill, its service, the device, the platform, the listener's region. */
    private static final Pattern SKILL_ITSELF = Pattern.compile("\\b(?:skill|skills|app|application|applications|service|services|feature|function"
            + "|alexa|echo|device|assistant|account|region|country|area|anwendung|dienst|dienste|funktion|gerät|land|region|konto|application|appli"
            + "|fonction|fonctionnalité|appareil|pays|région|compte|aplicación|aplicacion|servicio|servicios|función|funcion|dispositivo|país|pais"
            + "|región|cuenta|applicazione|servizio|funzione|paese|account|aplicativo|serviço|recurso|conta)\\b|スキル|サービス|機能|地域|国", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * @return true when the unavailable thing is one of the skill's domain named in the error's own clause ("la ruta 40 no
     *         está disponible", "the 10:15 ferry is not available"): no word of the skill itself, its service or the region
     */
    static boolean domainThing(String speechNorm, String err) {
        int at = speechNorm.indexOf(err);
        if (at < 0) {
            return false;
        }
        int from = Math.max(0, at - 60);
        for (int i = at - 1; i >= from; i--) {
            if (".!?;。！？".indexOf(speechNorm.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        String subject = speechNorm.substring(from, at).strip();
        return !subject.isEmpty() && !SKILL_ITSELF.matcher(subject + " " + err).find()
                && !subject.matches("(?:this|that|it|sorry|unfortunately|lo siento|désolé|leider|purtroppo|infelizmente)[,\\s]*");
    }

    /** @return true when the skill's purpose, or the asking clause, explains asking for {@code pii} (as the finding judges it) */
    private static boolean piiJustifiedHere(Context c, String masq, String pii, String turn) {
        String own = SpeechAct.clauseOf(turn, pii);
        return !c.child && c.voice() == null && (piiJustified(c, pii) || masq == null && piiJustified(own.replace(pii, " "), pii));
    }

    /**
     * Round 35: the unavailable or failing thing is the skill itself, named ("Sorry, Sweet Memories Radio is no longer
     * available."): one of its own names in the error's clause, before the error.
     */
    static boolean ownSubject(Context c, String speechNorm, String err) {
        int at = speechNorm.indexOf(err);
        if (at <= 0) {
            return false;
        }
        String before = speechNorm.substring(Math.max(0, at - 80), at);
        int stop = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')), Math.max(before.lastIndexOf('?'), before.lastIndexOf(';')));
        String clause = before.substring(stop + 1);
        for (String n : c.ownNames) {
            if (clause.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that announce closing the named skill, before its name ("Closing Expense Pal now", "Ich beende Wetterfrosch"). */
    private static final Pattern CLOSING_BEFORE_NAME = Pattern.compile("(?:^|[\\s,.!])(?:(?:now |i'm |i am |we're |we are )?(?:closing|exiting|quitting|shutting down|ending|leaving|signing off from)"
            + "|(?:ich )?(?:beende|schließe|verlasse)|(?:je )?(?:ferme|quitte)|(?:estoy )?(?:cerrando|saliendo de)|cierro|(?:sto )?(?:chiudendo|uscendo da)|chiudo"
            + "|(?:estou )?(?:fechando|encerrando|saindo d[oa]))(?: (?:the|de|la|le|el|il|lo|o|a|die|den|das))? $");
    /** Verbs that announce the named skill closing, after its name ("Trivia Royale has to close", "Wetterfrosch wird beendet"). */
    private static final Pattern CLOSING_AFTER_NAME = Pattern.compile("^(?:'s| is| will| has to| must| needs to| is going to)(?: now)? (?:close|closing|closed|shut down|shutting down"
            + "|end|ending|exit|exiting|quit|quitting|sign off|signing off|stop|stopping)(?=[\\s,.!]|$)"
            + "|^ (?:wird|muss)(?: jetzt| nun)? (?:beendet|geschlossen)|^ (?:se ferme|va se fermer|doit se fermer|se cierra|va a cerrarse|tiene que cerrarse"
            + "|si chiude|deve chiudersi|sta per chiudersi|está fechando|vai fechar|precisa fechar|será encerrad[oa])");

    /**
     * Round 35: the skill announcing that it closes, by its own name ("Okay. Closing Expense Pal now.", "Trivia Royale has to
     * close."), not in a question. @return the words, or null
     */
    static String closesByName(Context c, String speechNorm) {
        if (question(speechNorm)) {
            return null;
        }
        for (String n : c.ownNames) {
            for (int at = speechNorm.indexOf(n); at >= 0; at = speechNorm.indexOf(n, at + 1)) {
                String before = speechNorm.substring(Math.max(0, at - 40), at);
                String after = speechNorm.substring(at + n.length(), Math.min(speechNorm.length(), at + n.length() + 40));
                Matcher b = CLOSING_BEFORE_NAME.matcher(before);
                if (b.find()) {
                    return (b.group().strip() + " " + n).strip();
                }
                Matcher a = CLOSING_AFTER_NAME.matcher(after);
                if (a.find()) {
                    return n + a.group();
                }
            }
        }
        return null;
    }

    /** The maintenance alternatives of {@link Lexicon#FAKE_ERROR} (round 10c). */
    private static final Pattern MAINTENANCE = Pattern.compile("mainten|wartung|gewartet|mantenim|manutenzione|manutenção|メンテナンス");

    /** A preposition of purpose or company before the maker in a name ("tips for alexa", "astuces pour alexa", "cocinar con alexa"). */
    private static final Pattern FOR_PLATFORM = Pattern.compile("(?<![\\p{L}])(?:for|für|pour|para|per|with|mit|avec|con|com)\\s+$");

    /** @return true when the platform word {@code pn} of the name stands only after a preposition of purpose, or before 用 */
    static boolean forThePlatform(String name, String pn) {
        int at = name.indexOf(pn);
        if (at < 0 || name.indexOf(pn, at + 1) >= 0 || !pn.matches("alexa|amazon|google|amazon echo|echo")) {
            return false; // the word more than once, or a composed match ("system update", "echo helper"): as before
        }
        return FOR_PLATFORM.matcher(name.substring(0, at)).find() && at + pn.length() == name.length()
                || name.startsWith("用", at + pn.length());
    }

    /** @return how a request to stop is named in a finding: its intent, or the user's words when no intent is known */
    static String stopName(Response r) {
        return r.trigger() != null ? r.trigger() : "\"" + r.utterance() + "\"";
    }

    /** @return true for an answer to Cancel (not Stop) that asks an audible question and reprompts audibly, or does not reprompt */
    /**
     * @return true when the credential found is "pin" (or "pin number") and the intent's samples use "pin" as a verb: another
     *         sample starts with "pin" followed by a word that names no secret ("pin listing {num}", "pin this house")
     */
    static boolean pinAsVerb(Intent in, String credential) {
        if (!credential.equals("pin") && !credential.equals("pin number")) {
            return false;
        }
        for (Sample x : in.samples()) {
            String[] w = Text.norm(withoutSlots(x.text())).split(" ");
            if (w.length >= 2 && w[0].equals("pin") && !PIN_NOUN_NEXT.contains(w[1])) {
                return true;
            }
        }
        return false;
    }

    /** Words after "pin" that keep it a noun ("pin number", "pin code", "pin is"). */
    private static final Set<String> PIN_NOUN_NEXT = Set.of("number", "code", "is", "was", "nummer", "numero", "número", "pin");

    /** The acknowledgements of a Stop or Cancel among the closing acts ("Treino cancelado.", "Okay, stopped."): no farewell. */
    private static final Pattern ACKNOWLEDGED = Pattern.compile("(?:(?:ok(?:ay)?|alright|all right|sure|fine|gut|alles klar|d'accord|entendu|vale"
            + "|de acuerdo|va bene|tudo bem|certo),? )?(?:cancell?ed|stopped|cancelad[oa]|annullat[oa]|annulée?|abgebrochen"
            + "|gestoppt|beendet|encerrad[oa]|キャンセルしました|中止しました|停止しました)");

    /** @return true when the speech takes leave of the listener (a goodbye, a wish, the end announced), not only acknowledges a Cancel */
    static boolean farewell(String norm) {
        String bye = Lexicon.goodbye(norm);
        return bye != null && !ACKNOWLEDGED.matcher(bye).matches();
    }

    static boolean cancelWithQuestion(Response r, boolean question, boolean deliberate, Text.Speech rp) {
        String t = r.trigger() == null ? "" : r.trigger(); // a Stop known only from the user's words has no intent
        // round 20: Google's Cancel (Actions Builder "actions.intent.CANCEL", Dialogflow "actions_intent_CANCEL") is the same act
        boolean cancel = t.endsWith("CancelIntent") || t.equalsIgnoreCase("actions.intent.CANCEL") || t.equalsIgnoreCase("actions_intent_CANCEL");
        return cancel && question && !deliberate && (rp == null || !rp.silent());
    }

    private static String first(Pattern p, String a, String b) {
        String x = Lexicon.find(p, a);
        return x != null ? x : Lexicon.find(p, b);
    }

    // ---------------------------------------------------------------- interaction model

    static void model(Context c, Model.Locale l, List<SkillFinding> out) {
        boolean recordingPurpose = c.recordingPurpose();
        if (l.invocationName != null) {
            String inv = l.invocationName.toLowerCase(Locale.ROOT);
            String pn = Lexicon.find(Lexicon.PLATFORM_NAME, inv);
            if (pn != null && forThePlatform(inv, pn)) {
                // round 10c: "astuces pour alexa", "tips for alexa", "recetas para alexa": the skill names the platform it is
                // made for, it does not call itself the platform
                pn = null;
            }
            if (pn != null) {
                out.add(Rule.MASQUERADE_NAME.at(Severity.MEDIUM, "Invocation name \"" + l.invocationName + "\" contains \"" + pn + "\".",
                        l.file, l.invocationPointer, l.invocationName));
            }
        }
        Map<String, Integer> pooled = null;
        for (Intent in : l.intents) {
            if (in.name().startsWith("AMAZON.")) {
                continue;
            }
            boolean phraseCatchAll = false;
            for (Slot slot : in.slots()) {
                if (FREE_FORM.contains(slot.type().toLowerCase(Locale.ROOT)) || c.skill.openTypes.containsKey(slot.type())) {
                    freeForm(c, l, in, slot, recordingPurpose, out);
                } else if (l.types.containsKey(slot.type())) {
                    SlotType t = l.types.get(slot.type());
                    int nonsense = 0;
                    int sane = 0;
                    // an evenly spread sample of a large type that is mostly real words settles it
                    boolean suspect = t.values().size() <= 400 || mostlyNonsense(t.values());
                    for (String v : suspect ? t.values() : List.<String>of()) {
                        if (nonsense(v)) {
                            nonsense++;
                        } else if (++sane * 2 > t.values().size()) {
                            break; // most values are real words: the type cannot be a nonsense catch-all
                        }
                    }
                    if (t.values().size() >= 5 && nonsense * 2 >= t.values().size()) {
                        boolean whole = in.samples().stream().anyMatch(x -> x.text().trim().equals("{" + slot.name() + "}"));
                        out.add(Rule.NONSENSE_VALUES.at(whole ? Severity.HIGH : Severity.MEDIUM,
                                "Slot type " + t.name() + " has " + nonsense + " nonsense values of " + t.values().size()
                                        + (whole ? " and makes up whole utterances of " + in.name() : "") + ".",
                                t.file(), t.pointer(), String.join(", ", t.values().subList(0, Math.min(5, t.values().size())))));
                    }
                }
                if (!phraseCatchAll && l.types.containsKey(slot.type())) {
                    phraseCatchAll = phraseCatchAll(c, in, slot, l.types.get(slot.type()), recordingPurpose, out);
                }
                if (SECRET_SLOT.matcher(slot.name()).find() && !SpeechAct.countedSlot(slot.name(), slot.type(), samplesOf(in))) {
                    Severity sev = Lexicon.find(Lexicon.STRONG_SECRET, CAMEL.matcher(slot.name()).replaceAll("$1 $2").replace('_', ' ')) != null
                            ? Severity.HIGH : Severity.MEDIUM;
                    out.add(Rule.CREDENTIAL_SAMPLE.at(c.audience(sev), "Slot \"" + slot.name() + "\" of " + in.name()
                            + " collects a secret by voice.", in.file(), slot.pointer(), slot.name()));
                }
            }
            if (!phraseCatchAll) {
                wordBag(c, l, in, recordingPurpose, out);
            }
            int nonsense = 0;
            int contentless = 0;
            int lettersOnly = 0;
            for (Sample x : in.samples()) {
                boolean bad = nonsenseSample(x.text());
                nonsense += bad ? 1 : 0;
                int kind = bad ? 0 : contentless(x.text());
                contentless += kind > 0 ? 1 : 0;
                lettersOnly += kind == 1 ? 1 : 0;
            }
            // sounds, lone letters and vowelless syllables ("zz", "hm", "ka ka", "x y z") match whatever is said; answer
            // letters alone ("a", "b", "c" of a quiz) do not make an intent a catch-all
            boolean soundCatchAll = in.samples().size() >= 4 && (nonsense + contentless) * 2 >= in.samples().size()
                    && contentless - lettersOnly + nonsense >= 2;
            if (!soundCatchAll && nonsense * 2 < in.samples().size()) {
                // round 35: or samples of open syllables that are no words ("ka lo", "mi ra to", "pa pi po", "tchu tchu")
                int syllableSamples = syllableSamples(in.samples());
                if (syllableSamples == 0 && pooled == null) {
                    pooled = pooledSyllableIntents(l);
                }
                if (syllableSamples == 0 && pooled.containsKey(in.name())) {
                    syllableSamples = pooled.get(in.name()); // round 40: one of several intents of syllables (see pooledSyllableIntents)
                }
                if (syllableSamples > 0) {
                    nonsense = syllableSamples;
                    soundCatchAll = true;
                    contentless = 0;
                }
            }
            if (in.samples().size() >= 2 && (nonsense * 2 >= in.samples().size() || soundCatchAll)) {
                Sample ex = in.samples().stream().filter(x -> nonsenseSample(x.text()) || contentless(x.text()) > 1).findFirst()
                        .orElse(in.samples().get(0));
                nonsense += soundCatchAll ? contentless : 0;
                out.add(Rule.NONSENSE_SAMPLES.at(Severity.MEDIUM, in.name() + " has " + nonsense + " nonsense sample utterances of "
                        + in.samples().size() + ".", ex.file(), ex.pointer(), ex.text()));
            }
            String credential = null;
            String pii = null;
            Sample credSample = null;
            Sample piiSample = null;
            for (Sample x : in.samples()) {
                String lower = x.text().toLowerCase(Locale.ROOT); // (round 42: once for both checks)
                if (credential == null) {
                    // most samples hold no credential word at all: test the cheap anchors before normalising
                    credential = Lexicon.mayHoldCredential(lower) ? Lexicon.credential(Text.norm(withoutSlots(x.text()))) : null;
                    if (credential != null && !statesValue(x.text(), credential)) {
                        credential = null; // "how long should my password be", "a password tip": about credentials, no value said
                    }
                    if (credential != null && c.game() && !ownSecret(Text.norm(withoutSlots(x.text())), credential)) {
                        credential = null; // "the password is {guess}" in a spy game: the game's answer, not the user's secret
                    }
                    if (credential != null && pinAsVerb(in, credential)) {
                        credential = null; // round 40: "pin number {num}" beside "pin listing {num}": to pin the third listing
                    }
                    credSample = x;
                }
                if (pii == null) {
                    pii = Lexicon.mayHoldPiiStatement(lower) ? Lexicon.piiStatement(Text.norm(x.text())) : null;
                    piiSample = x;
                }
                if (credential != null && pii != null) {
                    break;
                }
            }
            if (credential != null) {
                Severity sev = Lexicon.find(Lexicon.STRONG_SECRET, credential) != null ? Severity.HIGH : Severity.MEDIUM;
                out.add(Rule.CREDENTIAL_SAMPLE.at(c.audience(sev), in.name() + " accepts utterances stating a credential (\""
                        + credential + "\").", credSample.file(), credSample.pointer(), credSample.text()));
            }
            if (pii != null) {
                c.collected.add(pii);
                out.add(Rule.PII_SAMPLE.at(c.audience(c.hasPrivacyPolicy ? Severity.LOW : Severity.MEDIUM), in.name()
                        + " collects personal data (\"" + pii + "\")" + (c.hasPrivacyPolicy ? "." : " with no privacy policy."),
                        piiSample.file(), piiSample.pointer(), piiSample.text()));
            }
        }
    }

    /** @return the texts of an intent's samples (round 10b: {@link SpeechAct#countedSlot} reads how a slot is used) */
    private static List<String> samplesOf(Intent in) {
        List<String> t = new ArrayList<>(in.samples().size());
        for (Sample x : in.samples()) {
            t.add(x.text());
        }
        return t;
    }

    /**
     * @return true for a carrier word that says nothing about a purpose: a filler or discourse marker, or a sound
     *         ("mm", "shh", "hmm", "la la"): a sample made of them reaches the slot with whatever is said after a noise
     */
    static boolean genericWord(String w) {
        if (FILLER.contains(w) || SOUNDS.contains(w)) {
            return true;
        }
        if (w.length() > 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch < 'a' || ch > 'z' || "aeiouy".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true when a carrier phrase says nothing about a purpose: every word is a filler or sound
     *         ({@link #genericWord}), or part of a sound figure — a short word said twice or with only its vowels
     *         changed ("bla bla", "pim pam", "ding dong") or a word ending in a syllable said again ("tralalá")
     */
    static boolean soundCarrier(List<String> carrier) {
        for (int i = 0; i < carrier.size(); i++) {
            String w = carrier.get(i);
            if (genericWord(w)) {
                continue;
            }
            String a = plain(w);
            boolean figure = echoSyllable(a);
            for (int j = Math.max(0, i - 1); !figure && j <= Math.min(carrier.size() - 1, i + 1); j++) {
                figure = j != i && reduplicated(a, plain(carrier.get(j)));
            }
            if (!figure) {
                return false;
            }
        }
        return !carrier.isEmpty();
    }

    /** @return the word without accents (tralalá → tralala, ñam → nam) */
    static String plain(String w) {
        boolean ascii = true;
        for (int i = 0; i < w.length() && ascii; i++) {
            ascii = w.charAt(i) < 0x80;
        }
        // (round 42: ASCII has no accents to drop — most words — and the marks' pattern is compiled once)
        return ascii ? w : MARKS.matcher(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** @return true for two short words (≤ 4 letters) that are equal or differ only in their vowels ("pim"/"pam") */
    static boolean reduplicated(String a, String b) {
        if (a.length() > 4 || b.length() > 4 || a.length() < 2 || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && !("aeiouyV".indexOf(x) >= 0 && "aeiouyV".indexOf(y) >= 0)) {
                return false; // (round 42: compared in place, not through two replaced copies)
            }
        }
        return true;
    }

    /** @return true for a word of ≥ 5 letters that ends in one 2-letter syllable said twice ("tralala", "blabla") */
    static boolean echoSyllable(String a) {
        int n = a.length();
        return n >= 5 && a.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && a.substring(n - 2).equals(a.substring(n - 4, n - 2))
                && "aeiouy".indexOf(a.charAt(n - 1)) >= 0;
    }

    /** Built-in types whose values are numbers, dates, times or letters: a chain of them spells an answer, not a sentence. */
    private static final Pattern CLOSED_TYPE = Pattern.compile("(?i)^(?:amazon\\.(?:number|four_digit_number|date|time|duration|ordinal"
            + "|phonenumber|[a-z_]*letter[a-z_]*)|@sys\\.(?:number|date|time|[a-z-]*number[a-z-]*)|actions\\.type\\.(?:number|date|time))$");

    /**
     * What an intent made of slots alone can hold. Samples that are nothing but slots, one of them chaining three or
     * more slots ("{a} {b} {c}", "{eins} {zwei} {drei}"), take any sentence of that many words: each slot of a custom or
     * built-in word type matches words beyond its values, and the chain has no carrier that names a purpose. Not for
     * chains of numbers, dates, times or letters (a code, a date, a spelled word), nor for custom types whose values
     * are single characters.
     */
    private static void wordBag(Context c, Model.Locale l, Intent in, boolean recordingPurpose, List<SkillFinding> out) {
        if (in.samples().isEmpty() || in.slots().isEmpty()) {
            return;
        }
        Sample longest = null;
        int chained = 0;
        List<String> chains = new ArrayList<>(in.samples().size());
        for (Sample x : in.samples()) {
            String carrier = withoutSlots(x.text());
            if (!carrier.isBlank() && (carrier.length() > 60 || !Carriers.filler(words(carrier)))) {
                return; // a carrier phrase with a purpose: the free-form and phrase rules judge it
            }
            // fillers around the chain ("um {a} {b} {c}", round 10a) add no purpose: the chain is what is compared
            StringBuilder chain = new StringBuilder();
            Matcher sm = SLOT_REF.matcher(x.text());
            int n = 0;
            while (sm.find()) {
                chain.append(n++ == 0 ? "" : " ").append(sm.group());
            }
            chains.add(chain.toString());
            if (n > chained) {
                chained = n;
                longest = x;
            }
        }
        if (chained < 3) {
            return;
        }
        // the shape of a sentence grabber: each sample one more slot of the same chain ("{a}", "{a} {b}", "{a} {b} {c}"),
        // or one type filling three places of a sample ("{w1} {w2} {w3}"); a grammar that combines roles in several
        // orders ("{feedback} {action} {target}", "{head} {action} {tail}": the Alexa Controls framework) is neither
        String full = chains.get(in.samples().indexOf(longest));
        boolean nested = chains.stream().allMatch(full::startsWith);
        Map<String, String> typeOf = new java.util.HashMap<>();
        in.slots().forEach(x -> typeOf.put(x.name(), x.type()));
        Map<String, Integer> perType = new java.util.HashMap<>();
        Matcher sm = SLOT_REF.matcher(full);
        while (sm.find()) {
            String name = sm.group().substring(1, sm.group().length() - 1);
            perType.merge(typeOf.getOrDefault(name, name), 1, Integer::sum);
        }
        boolean repeated = perType.values().stream().anyMatch(n -> n >= 3);
        if (!nested && !repeated) {
            return;
        }
        for (Slot slot : in.slots()) {
            if (CLOSED_TYPE.matcher(slot.type()).matches()) {
                return;
            }
            SlotType t = l.types.get(slot.type());
            if (t != null && letters(t.values())) {
                return; // letters or digits: a spelled answer
            }
        }
        Severity sev = recordingPurpose ? Severity.CRITICAL : Severity.HIGH;
        out.add(Rule.CATCH_ALL_SLOT.at(sev, in.name() + " is made of slots alone, " + (nested ? "each sample one more slot of one chain" : "one type in three places")
                + " (up to " + chained + "), with no carrier phrase: any sentence of that many words matches"
                + (recordingPurpose ? ", in a skill about recording or listening" : "") + ".", longest.file(), longest.pointer(), longest.text()));
    }

    private static void freeForm(Context c, Model.Locale l, Intent in, Slot slot, boolean recordingPurpose, List<SkillFinding> out) {
        String ref = "{" + slot.name() + "}";
        Sample bare = null;
        Sample elicited = null;
        Sample generic = null;
        int using = 0;
        int genericCount = 0;
        for (Sample x : in.samples()) {
            String text = x.text().indexOf('|') >= 0 ? LITERAL_REF.matcher(x.text()).replaceAll("{$1}") : x.text();
            if (!text.contains(ref)) {
                continue;
            }
            using++;
            List<String> carrier = new ArrayList<>();
            Matcher m = WORD.matcher(SLOT_REF.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT));
            while (m.find()) {
                carrier.add(m.group());
            }
            if (carrier.isEmpty() && x.pointer().contains("/slots/")) {
                elicited = elicited == null ? x : elicited;
                using--;
            } else if (carrier.isEmpty()) {
                bare = bare == null ? x : bare;
            } else if (Carriers.filler(carrier)) {
                genericCount++;
                generic = generic == null ? x : generic;
            }
        }
        Severity sev;
        String why;
        Sample ev;
        String asked = bare != null && !recordingPurpose ? ownQuestion(c, l, in, slot, out) : null;
        // round 20: an answer framed by generic words only ("is it {a}", "é {c}", "{yomi}です") answers the skill's own
        // question as much as a bare one does; the same tests (no silent or fake-goodbye finding, the question names the
        // slot or the intent, or the only slotted intent is named as an answer) decide
        String framed = asked == null && bare == null && using > 0 && genericCount == using && !recordingPurpose
                ? ownQuestion(c, l, in, slot, out) : null;
        // round 28b: what the slot receives, by its own or its intent's name — a datum of the inventory ({email} of
        // EmailIntent, {s} of SenhaIntent, {d} of DadoIntent, {C} of Code): the channel of a request for that datum, which the
        // credential and personal-data rules judge; not a channel for whatever the household says next
        String datum = asked == null && framed == null && !recordingPurpose && (bare != null || (using > 0 && genericCount * 2 > using))
                && !keepsListening(out) ? dataKind(in, slot) : null;
        if (framed != null) {
            sev = Severity.LOW;
            why = "is reached through generic carrier phrases only, as the answer to the skill's own question \"" + Text.visible(framed) + "\"";
            ev = generic;
        } else if (asked != null) {
            // the answer to the skill's own audible question (a quiz answer, a guess, the school a story skill asks about):
            // speech the skill asked for is not capture; the question itself is judged by the other rules
            sev = Severity.LOW;
            why = "makes up a whole utterance, as the answer to the skill's own question \"" + Text.visible(asked) + "\"";
            ev = bare;
        } else if (datum != null) {
            sev = Severity.LOW;
            why = "is named for the datum it receives (\"" + datum + "\"): the channel of a request for that datum, judged as"
                    + " credential phishing or personal data, not a channel for any speech";
            ev = bare != null ? bare : generic;
        } else if (bare != null) {
            sev = Severity.HIGH;
            why = "makes up a whole utterance with no carrier phrase";
            ev = bare;
        } else if (using > 0 && genericCount * 2 > using && !recordingPurpose
                && Lexicon.SEARCH_PURPOSE.matcher(c.describedText).find()) {
            sev = Severity.LOW;
            why = "is reached through generic carrier phrases, in a skill whose purpose is to look up what the user asks"
                    + " (search, dictionary, encyclopedia, translation)";
            ev = generic;
        } else if (using > 0 && genericCount * 2 > using) {
            // most carriers are fillers ("um {q}", "we {q}"): one purposeful carrier among them does not give a purpose
            sev = Severity.HIGH;
            why = genericCount == using ? "is reached through generic carrier phrases only"
                    : "is reached mostly through generic carrier phrases (" + genericCount + " of " + using + " samples)";
            ev = generic;
        } else if (recordingPurpose && (using > 0 || elicited != null)) {
            sev = Severity.HIGH;
            why = "belongs to a skill whose name or description is about recording or listening";
            ev = in.samples().stream().filter(x -> x.text().contains(ref)).findFirst().orElse(null);
        } else if (using == 0 && elicited != null) {
            sev = Severity.LOW;
            why = "is filled only as the answer to the skill's own elicitation prompt (dialog model)";
            ev = elicited;
        } else {
            sev = Severity.LOW;
            why = "captures free-form speech after a purpose-specific carrier phrase (expected for search/title input)";
            ev = in.samples().stream().filter(x -> x.text().contains(ref)).findFirst().orElse(null);
        }
        if (recordingPurpose && sev == Severity.HIGH && (bare != null || genericCount * 2 > using) && using > 0) {
            sev = Severity.CRITICAL;
            why += ", in a skill about recording or listening";
        }
        out.add(Rule.CATCH_ALL_SLOT.at(sev, "Free-form slot " + slot.name() + " (" + slot.type() + ") of " + in.name() + " " + why + ".",
                ev == null ? in.file() : ev.file(), ev == null ? slot.pointer() : ev.pointer(), ev == null ? slot.type() : ev.text()));
    }

    /** The platform or its maker named as the speaker at the start of an answer: "Alexa: …", "Amazon: …", "Google Assistant: …". */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\s*(?:alexa|amazon(?: alexa)?|google(?: assistant)?|echo)\\s*:");
    /** Splits after a question mark or a sentence end, keeping the mark with its sentence. */
    private static final Pattern QUESTION_SENTENCE = Pattern.compile("(?<=[?？.!。！])\\s*");
    /** Interrogative words (a closed class) of en, de, fr, es, it, pt and ja: a question with one asks for content, not yes or no. */
    private static final Pattern INTERROGATIVE = Pattern.compile("(?<![\\p{L}])(?:what|which|who|whom|whose|where|when|how|why"
            + "|was|welche[rsmn]?|wer|wen|wem|wo|wann|wie|warum|wieso|weshalb|quel(?:le)?s?|qui|que|qu'|quoi|où|quand|comment|pourquoi|combien"
            + "|qué|cuál(?:es)?|quién(?:es)?|dónde|cuándo|cómo|cuánt[oa]s?|che|quale|quali|chi|dove|quando|come|quant[oaie]|perché|cosa"
            + "|qual|quais|quem|onde|quant[oa]s?)(?![\\p{L}])|何|なに|なん|どこ|だれ|誰|いつ|どう|どの|どれ|いくつ|どんな", Pattern.UNICODE_CHARACTER_CLASS);
    /** An intent or slot named as the answer to a question (en, de, fr, es, it, pt, ja): the quiz's answer channel. */
    private static final Pattern ANSWER_NAME = Pattern.compile("(?i)answer|guess|response|reply|solution|antwort|l(?:ö|oe)sung|tipp|r[ée]ponse"
            + "|respuesta|soluci[óo]n|risposta|soluzione|resposta|solu[çc][ãa]o|kotae|kaitou|答え|回答");
    private static final Pattern NAME_PART = Pattern.compile("(?<=[a-z])(?=[A-Z])|[_\\-. ]+");

    /**
     * @return the skill's own open question whose answer a free-form slot takes (the question's text), or null. The evidence
     *         is what the skill says before the slot's intent (recorded answers, dialog prompts, code): an open question
     *         (it ends in a question mark and holds an interrogative word) that names the slot or its intent ("in quale
     *         scuola vai?" before {@code {scuola}}, "which medicines do you take?" before {@code {med}}), or any open
     *         question when this intent is the only one of its model that takes a slot (the skill's answers can arrive
     *         nowhere else). In a skill that keeps the microphone open silently or after a fake goodbye only the second
     *         (round 25b): there a slot named like a question's word may take what the user does not know is heard.
     */
    private static String ownQuestion(Context c, Model.Locale l, Intent in, Slot slot, List<SkillFinding> out) {
        boolean keepsListening = false;
        for (SkillFinding f : out) {
            if ((f.category().equals(Rule.SILENT_EMPTY_REPROMPT.category) || f.category().equals(Rule.FAKE_GOODBYE_WORDING.category))
                    && f.severity().atLeast(Severity.MEDIUM)) {
                keepsListening = true;
                break;
            }
        }
        List<String> questions = c.openQuestions();
        if (questions.isEmpty()) {
            return null;
        }
        if (keepsListening) {
            // round 25b: a game's next round. In a skill that keeps listening silently or after a fake goodbye, a slot that
            // merely shares a word with a question ("what's your mood?" before {mood}) may be the eavesdropping channel, so
            // only the model's one answer channel passes: the intent or slot is named as the answer, no other intent of
            // the model takes a slot, and the skill asks open questions of content. The silent or fake-goodbye session is
            // reported as its own finding; the answer slot of a quiz is not a capture intent because the quiz misbehaves
            // at Stop. A bare answer intent in a skill that asks nothing ("{answer}" after a fake error) stays high.
            return onlyAnswerChannel(c, l, in, slot) ? questions.get(0) : null;
        }
        List<String> names = new ArrayList<>();
        for (String n : NAME_PART.split(slot.name() + " " + in.name().replaceAll("(?i)intent$", ""))) {
            String w = n.toLowerCase(Locale.ROOT);
            if (w.codePointCount(0, w.length()) >= 3 && !w.equals("intent") && !w.equals("slot")) {
                names.add(w);
            }
        }
        for (String q : questions) {
            Matcher m = WORD.matcher(q);
            while (m.find()) {
                for (String n : names) {
                    if (m.group().startsWith(n)) {
                        return q;
                    }
                }
            }
        }
        return onlyAnswerChannel(c, l, in, slot) ? questions.get(0) : null;
    }

    /**
     * @return true when the intent or its slot is named as the answer and no other intent of the model takes free speech.
     *         Round 27: another intent's slot of a closed type (a quiz's category, "sports or history", a number) is a
     *         choice among the skill's own values, not a second channel for whatever is said; only another free-form slot
     *         (a built-in phrase type or an open custom type) competes with the answer slot.
     */
    private static boolean onlyAnswerChannel(Context c, Model.Locale l, Intent in, Slot slot) {
        if (!ANSWER_NAME.matcher(in.name() + " " + slot.name()).find()) {
            return false; // "listen {said}" after "how was your day?" invites talk, it does not take an answer
        }
        return onlyFreeChannel(c, l, in);
    }

    /**
     * Round 28b: the kinds of data a slot may be named for, in en, de, fr, es, it, pt and ja (romanised and written): contact
     * data, address, birth, health, and the secrets of the credential inventory. A closed class of what a developer calls the
     * slot that receives a datum; the capture intents of the development sets are named for speech ("text", "satz", "frase",
     * "anything", "chat", "kiku"), never for a datum. "secret" is not here: a whisper box's secret is speech.
     */
    private static final Set<String> DATA_KINDS = Set.copyOf(List.of("email", "mail", "correo", "courriel", "iban", "bic", "code", "codes",
            "codice", "codigo", "código", "senha", "password", "passwort", "kennwort", "contrasena", "contraseña", "passcode", "pin",
            "dado", "dados", "dato", "dati", "daten", "donnee", "donnees", "donnée", "données", "phone", "telefon", "telefono", "teléfono",
            "telefone", "handy", "mobile", "celular", "cellulare", "address", "adresse", "anschrift", "direccion", "dirección", "indirizzo",
            "endereco", "endereço", "morada", "birth", "birthday", "birthdate", "dob", "geburtstag", "geburtsdatum", "naissance",
            "nacimiento", "nascita", "nascimento", "health", "gesundheit", "sante", "santé", "salud", "salute", "saude", "saúde",
            "card", "karte", "carte", "tarjeta", "cartao", "cartão", "cpf", "ssn", "nif", "dni", "account", "konto", "compte", "cuenta",
            "conta", "jusho", "juusho", "denwa", "meeru", "pasuwaado", "pasuwado", "anshou", "住所", "電話", "電話番号", "メール", "暗証番号",
            "パスワード", "コード", "誕生日", "生年月日"));

    /** @return the datum the slot or its intent is named for (round 28b), or null */
    static String dataKind(Intent in, Slot slot) {
        for (String n : NAME_PART.split(slot.name() + " " + in.name().replaceAll("(?i)intent$", ""))) {
            String w = n.toLowerCase(Locale.ROOT);
            if (DATA_KINDS.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** @return true when a silent-session or fake-goodbye finding at medium or above was made: the skill keeps listening unasked */
    private static boolean keepsListening(List<SkillFinding> out) {
        for (SkillFinding f : out) {
            if ((f.category().equals(Rule.SILENT_EMPTY_REPROMPT.category) || f.category().equals(Rule.FAKE_GOODBYE_WORDING.category))
                    && f.severity().atLeast(Severity.MEDIUM)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when no other intent of the model (built-ins aside) has a free-form slot: a built-in phrase type or an open custom type */
    private static boolean onlyFreeChannel(Context c, Model.Locale l, Intent in) {
        for (Intent other : l.intents) {
            if (other == in || other.name().startsWith("AMAZON.")) {
                continue;
            }
            for (Slot s : other.slots()) {
                if (FREE_FORM.contains(s.type().toLowerCase(Locale.ROOT)) || c.skill.openTypes.containsKey(s.type())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Words that make a phrase a clause of everyday speech rather than the name of a thing: pronouns, auxiliaries,
     * question words and negations (en, de, fr, es, it, pt). "banana bread" and "the great wall" have none; "what did
     * she say", "call me back later", "i left it on the counter" do.
     */
    private static final Set<String> CLAUSE_WORDS = Set.copyOf(List.of("i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your",
            "his", "our", "their", "it", "is", "are", "was", "were", "am", "do", "did", "does", "don't", "didn't", "can't", "won't", "should",
            "would", "could", "will", "have", "has", "had", "what", "where", "when", "who", "why", "how", "that", "not", "let's", "i'm", "it's",
            "ich", "du", "er", "sie", "wir", "ihr", "mich", "dich", "mir", "dir", "ist", "bin", "bist", "sind", "war", "hast", "habe", "hat",
            "was", "wo", "wann", "wer", "warum", "wie", "nicht", "mein", "dein", "je", "tu", "il", "elle", "nous", "vous", "ils", "moi", "toi",
            "est", "suis", "sont", "ai", "as", "quoi", "où", "quand", "qui", "pourquoi", "comment", "pas", "yo", "él", "ella", "nosotros",
            "es", "soy", "eres", "son", "estoy", "está", "qué", "dónde", "cuándo", "quién", "no", "mi", "tu", "io", "lui", "lei", "noi", "voi",
            "sono", "sei", "è", "ho", "hai", "ha", "cosa", "dove", "quando", "chi", "perché", "non", "eu", "ele", "ela", "nós", "você", "sou",
            "está", "não", "onde", "quem"));
    /** Japanese endings and particles of a spoken clause (銀行に行く, 電気消して, お金ないよ, パスワード忘れた). */
    private static final Pattern JA_CLAUSE = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}][にをがはでへと]|(?:て|た|よ|ね|く|る|だ|か|の|わ|ない|ます|です)$");

    /**
     * Round 15: a clause that ends in a predicate's inflection rather than a particle, after a content word written in
     * kanji or katakana: wanting (「会社やめたい」), not doing (「宿題やらない」), must (「病院行かなきゃ」「片付けなくちゃ」),
     * done by mistake (「寝坊しちゃう」), and the volitional — a godan stem's one kana before う (「帰ろう」「行こう」「遊ぼう」)
     * or an e/i-row kana before よう (「やめよう」「お金どうしよう」). A thing's name in hiragana alone (「たいよう」) has no such
     * content word, and a kanji followed by a longer hiragana word (「黒ぶどう」) is not a volitional.
     */
    private static final Pattern JA_PREDICATE = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}](?:\\p{IsHiragana}*(?:たい|ない|なきゃ|なくちゃ|ちゃう"
            + "|[えけげせてねべめれきみりいじちし]よう)|[こそとのもろごぼ]う)$");

    /** @return true when a slot value reads as a clause of everyday speech, not as the name of a thing */
    static boolean phraseLike(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return v.length() >= 3 && (JA_CLAUSE.matcher(v).find() || JA_PREDICATE.matcher(v).find());
        }
        Matcher m = WORD.matcher(v);
        int words = 0;
        boolean clause = false;
        while (m.find()) {
            words++;
            clause |= CLAUSE_WORDS.contains(m.group());
        }
        return words >= 5 || (words >= 2 && clause);
    }

    /**
     * A custom slot type that stands for any speech: an intent reached by a sample made of slots alone ("{words}",
     * "{w1} {w2} {w3}") whose type holds everyday clauses ("what time is the meeting", "電気消して") rather than names of
     * things, or — with two or more slots chained — single function words ("the", "i", "you"). Alexa matches custom
     * types beyond their values, so such an intent takes whatever is said.
     *
     * @return true when a finding was added
     */
    /** @return true when at least half of a type's (non-empty) values are single letters or digits: an alphabet to spell with */
    private static boolean letters(List<String> values) {
        return !values.isEmpty() && values.stream().filter(v -> v.strip().codePointCount(0, v.strip().length()) <= 1).count() * 2 >= values.size();
    }

    /** @return true when some sample, trimmed, starts and ends with a slot reference and names one of {@code own} */
    private static boolean mayBeBare(Intent in, Set<String> own) {
        for (Sample x : in.samples()) {
            String t = x.text().strip();
            if (t.startsWith("{") && t.endsWith("}")) {
                for (String o : own) {
                    if (t.contains(o)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @return the slot name of a reference "{name}" (or "{sample|name}", the LITERAL form) */
    private static String slotName(String ref) {
        String inner = ref.substring(1, ref.length() - 1);
        int bar = inner.lastIndexOf('|');
        return (bar >= 0 ? inner.substring(bar + 1) : inner).strip();
    }

    private static boolean phraseCatchAll(Context c, Intent in, Slot slot, SlotType t, boolean recordingPurpose, List<SkillFinding> out) {
        if (t.values().size() < 4) {
            return false;
        }
        // an intent whose only job is to take an utterance: every sample is slots alone, and every slot is of this one
        // type (an answer intent that also takes {size}, {major}, {state}, or "{whatPhrase} {firstName}", has a purpose)
        if (in.samples().isEmpty()) {
            return false;
        }
        // round 10c: the samples that reach this type's slots are judged; samples of the intent that fill only its other
        // slots ("apunta {nota}" beside "{texto}", "pues {texto}") are another way in, not a purpose of these. A sample that
        // joins this type with another slot ("{whatPhrase} {firstName}") still gives the intent a purpose.
        Set<String> own = new java.util.HashSet<>();
        in.slots().stream().filter(x -> x.type().equals(t.name())).forEach(x -> own.add(x.name()));
        if (!mayBeBare(in, own)) {
            return false; // no sample is made of slots alone with one of this type's: nothing to judge (cheap test first)
        }
        List<Sample> reaching = new ArrayList<>();
        for (Sample x : in.samples()) {
            List<String> refs = SLOT_REF.matcher(x.text()).results().map(r -> slotName(r.group())).toList();
            boolean mine = refs.stream().anyMatch(own::contains);
            if (mine && refs.stream().anyMatch(r -> !own.contains(r))) {
                return false;
            }
            if (mine) {
                reaching.add(x);
            }
        }
        if (reaching.size() < in.samples().size() && reaching.size() < 2) {
            // beside other slots, one bare sample of the type is an answer the dialog collects ("{teen_angst}" among
            // "{size} one", "{major} programs": "i don't care"); bare and filler-carried samples together are a way in
            return false;
        }
        Sample bare = null;
        int chained = 0;
        List<String> carriers = new ArrayList<>();
        for (Sample x : reaching) {
            String carrier = withoutSlots(x.text());
            if (!carrier.isBlank()) {
                carriers.add(carrier);
                continue;
            }
            int n = SLOT_REF.matcher(x.text()).results().mapToInt(r -> 1).sum();
            chained = Math.max(chained, n);
            bare = bare == null ? x : bare;
        }
        if (bare == null) {
            return false;
        }
        // a carrier of fillers alone ("äh {satz}", "えっと{t}", "um {phrase}") adds no purpose (round 10a); the intent must
        // be mostly bare or filler-carried samples: half of them with a purpose word give it one. Round 18: when the type's
        // values are themselves everyday sentences (at least four of its first 60, and half of them), half is not enough —
        // "play {clip}" beside "{clip}" trained on "did you lock the car" takes the room's talk; a note taker whose
        // carriers outnumber the bare way in ("anota que {nota}", "lembre que {nota}", "{nota}") keeps its purpose (the
        // values are looked at only where exactly half the samples carry a purpose: cheap)
        int purposeful = 0;
        for (String carrier : carriers) {
            if (carrier.length() > 60 || !Carriers.filler(words(carrier))) {
                purposeful++;
                if (purposeful * 2 > reaching.size()) {
                    return false; // (round 42: the rest cannot change that)
                }
            }
        }
        if (purposeful * 2 > reaching.size() || purposeful * 2 == reaching.size() && !sentenceBag(t.values())) {
            return false;
        }
        int phrases = 0;
        int functionWords = 0;
        int seen = 0;
        for (String v : t.values()) {
            if (++seen > 400) {
                break;
            }
            phrases += phraseLike(v) ? 1 : 0;
            functionWords += CLAUSE_WORDS.contains(v.strip().toLowerCase(Locale.ROOT)) || FILLER.contains(v.strip().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        boolean clauses = phrases * 2 >= seen;
        // "a" and "i" are letters in an alphabet ({l1} {l2} {l3} of a spelling game), not the function words of a sentence
        boolean alphabet = letters(t.values());
        boolean wordBag = chained >= 2 && functionWords >= 2 && !alphabet;
        // round 40: a type that names itself "any" ("Beliebig", "AnyText") or whose values are chatter ("blah", "whatever", "i dunno",
        // "so anyway"), reached only bare or behind fillers: what it is trained on is talk, not things
        boolean chatter = !clauses && !wordBag && !alphabet && (ANY_TYPE.matcher(t.name()).find() || chatter(t.values()));
        if (!clauses && !wordBag && !chatter) {
            return false;
        }
        Severity sev = recordingPurpose ? Severity.CRITICAL : Severity.HIGH;
        out.add(Rule.CATCH_ALL_SLOT.at(sev, "Custom slot " + slot.name() + " (" + t.name() + ") of " + in.name() + " makes up whole utterances and "
                + (clauses ? "its values are everyday sentences (" + phrases + " of " + seen + "), not names of things"
                        : chatter ? "its type stands for any talk (its name, or values of fillers and interjections, not names of things)"
                        : "chains " + chained + " slots whose values include function words: any sentence matches")
                + (recordingPurpose ? ", in a skill about recording or listening" : "") + ".",
                bare.file(), bare.pointer(), bare.text()));
        return true;
    }

    /** Round 40: a custom type's name that says it takes anything ("AnyText", "FreeText", "Beliebig", "Cualquiera", "Qualsiasi"). */
    private static final Pattern ANY_TYPE = Pattern.compile("^(?:any(?:thing|text|phrase|words?|input|utterance)?|free_?(?:text|form|speech)|freitext|beliebig\\w*"
            + "|(?:what)?ever|catch_?all|wildcard|cualquier(?:a|_?cosa)?|qualsiasi|n_?importe_?quoi|qualquer(?:_?coisa)?|texto_?libre|testo_?libero"
            + "|texte_?libre|texto_?livre)$", Pattern.CASE_INSENSITIVE);
    /**
     * Round 40: the words of talk rather than of things — discourse markers, interjections, yes and no — in the languages the
     * analyser reads (function words alone are not talk: a reading game's sight words are things to read).
     */
    private static final Set<String> TALK = Set.copyOf(List.of("blah", "whatever", "honestly", "really", "anyway", "anyways", "basically",
            "literally", "actually", "seriously", "totally", "yeah", "yep", "nope", "nah", "dunno", "mate", "dude", "right", "sure", "cool",
            "well", "so", "like", "um", "uh", "hmm", "oh", "okay", "ok", "yes", "no", "please", "naja", "halt", "eben", "genau", "doch",
            "eigentlich", "egal", "irgendwas", "ähm", "äh", "also", "bitte", "ja", "nein", "echt", "quatsch", "bref", "bon", "ben", "genre",
            "quoi", "franchement", "ouais", "euh", "bah", "enfin", "voilà", "oui", "non", "pues", "bueno", "vale", "este", "mira", "oye", "sí",
            "venga", "vamos", "boh", "allora", "cioè", "tipo", "insomma", "dai", "beh", "ecco", "vabbè", "sì", "né", "então", "bom", "pois",
            "olha", "enfim", "sim", "não"));
    private static final Set<String> YES_NO = Set.of("yes", "no", "yeah", "yep", "nope", "nah", "sure", "okay", "ok", "ja", "nein", "oui", "non",
            "ouais", "sí", "si", "sì", "sim", "não", "nao", "jawohl", "doch");

    /**
     * @return true when at least four of a type's first 60 values, and half of them, are talk (words of {@link #TALK} only, or
     *         everyday clauses) and not only yes and no (an answer type); function words alone are a reading game's sight words
     */
    static boolean chatter(List<String> values) {
        int n = Math.min(60, values.size());
        if (n < 4) {
            return false;
        }
        int talk = 0;
        int yesNo = 0;
        for (int i = 0; i < n; i++) {
            String v = values.get(i).strip().toLowerCase(Locale.ROOT);
            List<String> w = words(v);
            if (w.isEmpty()) {
                continue;
            }
            if (w.stream().allMatch(YES_NO::contains)) {
                yesNo++;
            } else if (phraseLike(v) || w.stream().allMatch(TALK::contains)) {
                talk++;
            }
        }
        return talk * 2 >= n && talk >= 3 || (talk + yesNo) * 2 >= n && talk >= 3 && yesNo * 2 < n;
    }

    /** @return true when at least four of a type's first 60 values, and half of them, are everyday sentences (round 18) */
    static boolean sentenceBag(List<String> values) {
        int n = Math.min(60, values.size());
        int phrases = 0;
        for (int i = 0; i < n; i++) {
            phrases += phraseLike(values.get(i)) ? 1 : 0;
            if ((i + 1 - phrases) * 2 > n) {
                return false; // more than half are names of things already
            }
        }
        return phrases >= 4 && phrases * 2 >= n;
    }

    /** @return the lower-case words of a carrier */
    static List<String> words(String carrier) {
        List<String> w = new ArrayList<>();
        Matcher m = WORD.matcher(carrier.toLowerCase(Locale.ROOT));
        while (m.find()) {
            w.add(m.group());
        }
        return w;
    }

    /** @return true for a Latin-script word that no language would pronounce (qwrtzp, xkcdxkcd). */
    static boolean nonsenseWord(String w) {
        return nonsenseWord(w, 0, w.length());
    }

    /**
     * {@link #nonsenseWord(String)} of {@code s[from, to)}. Round 42: read in one array, the digraphs collapsed in one pass
     * (no digraph ends with a char another begins with, and "sch" is tried before "ch": the same as replacing each in turn)
     * instead of a substring, a builder and seven replaced copies per word.
     */
    static boolean nonsenseWord(String s, int from, int to) {
        int len = to - from;
        if (len < 5) {
            return false;
        }
        char[] t = new char[len];
        for (int i = 0; i < len; i++) {
            char ch = Character.toLowerCase(s.charAt(from + i));
            if (ch < 'a' || ch > 'z') {
                return false;
            }
            t[i] = ch;
        }
        if (repeatedSyllable(t, len)) {
            return true; // "lalala", "blablabla", "dadadada": one syllable said over and over
        }
        // digraphs count as one sound ("strengths", "Schnitzel"): upper-case letters stand for them (consonants)
        int n = 0;
        for (int i = 0; i < len; i++) {
            char ch = t[i];
            char next = i + 1 < len ? t[i + 1] : 0;
            if (ch == 's' && next == 'c' && i + 2 < len && t[i + 2] == 'h') {
                t[n++] = 'S';
                i += 2;
            } else if (next == 'h' && (ch == 'c' || ch == 't' || ch == 'p' || ch == 's')) {
                t[n++] = ch == 'c' ? 'C' : ch == 't' ? 'T' : ch == 'p' ? 'F' : 'S';
                i++;
            } else if (ch == 'c' && next == 'k' || ch == 'n' && next == 'g') {
                t[n++] = ch == 'c' ? 'K' : 'N';
                i++;
            } else {
                t[n++] = ch;
            }
        }
        int run = 0;
        int longest = 0;
        int vowels = 0;
        int same = 1;
        for (int i = 0; i < n; i++) {
            char ch = t[i];
            boolean v = "aeiouy".indexOf(ch) >= 0;
            vowels += v ? 1 : 0;
            run = v ? 0 : run + 1;
            longest = Math.max(longest, run);
            same = i > 0 && t[i - 1] == ch ? same + 1 : 1;
            if (same >= 4) {
                return true;
            }
        }
        return vowels == 0 || longest >= 5 || (n >= 8 && vowels * 6 < n);
    }

    /** Open syllables that are words (function words, pronouns, answers) in the languages the analyser reads. */
    private static final Set<String> SHORT_WORDS = Set.copyOf(List.of(
            // en
            "a", "i", "o", "go", "no", "so", "do", "to", "me", "we", "he", "be", "she", "the", "yo", "ya", "oh", "ah", "hi", "bye", "my", "by",
            "why", "who", "you", "too", "two", "see", "say", "day", "way", "may", "key", "tea", "buy", "guy", "pie", "tie", "lie", "die", "hey",
            "new", "now", "how", "low", "row", "sky", "fly", "try", "cry", "dry", "boo", "zoo", "moo", "spa", "pro", "ski", "uh", "eh", "ha",
            // de
            "ja", "da", "du", "zu", "wo", "wie", "die", "sie", "nie", "je", "see", "tee", "kuh", "schuh", "nu", "ne", "na",
            // fr
            "tu", "le", "la", "de", "ce", "se", "te", "qui", "oui", "si", "ni", "ma", "ta", "sa", "lu", "vu", "eu", "peu", "feu", "jeu",
            "toi", "moi", "roi", "loi", "là", "où", "ça", "ou", "été", "va", "vie", "mi", "re", "ré", "fa", "sol", "ti",
            // es
            "tú", "lo", "mi", "sí", "ya", "va", "ve", "fe", "muy", "hoy", "rey", "ley", "yo",
            // it
            "io", "di", "ti", "sì", "che", "chi", "qua", "già", "più", "sta", "fra", "tra", "tre", "blu", "su", "zia", "fu",
            // pt
            "eu", "e", "do", "lá", "já", "né", "pé", "só", "nó", "vó", "vô", "pra", "pro", "há", "fé", "nu", "boa", "meu", "seu", "teu",
            // nl
            "nee", "zo", "toe", "doe", "hoe", "koe", "zee", "thee", "twee", "drie", "wie"));

    /**
     * Round 35: @return how many samples of the intent are open syllables only ("ka lo", "mi ra to", "pa pi po"), when at
     *         least half of at least three samples are and at least four different syllables among them are no words of the
     *         languages read ({@link #SHORT_WORDS}: "do re mi" or "ja, da, du" do not count); else 0. Such syllables sound like
     *         the start of anything said, so the intent matches whatever is spoken.
     */
    static int syllableSamples(List<Sample> samples) {
        Set<String> strange = new java.util.HashSet<>();
        int count = syllableParts(samples, strange);
        return strange.size() >= 4 ? count : 0;
    }

    /**
     * Round 40: the intents of a model that are each made of open syllables (as {@link #syllableSamples}) when two or more
     * such intents together hold at least four syllables that are no words ("za", "zu ka", "ka lo" / "pu", "ro mi", "ku te"):
     * a skill with several intents of syllables is matching whatever is said, though each alone holds fewer than four
     * @return intent name → its samples of syllables
     */
    static Map<String, Integer> pooledSyllableIntents(Model.Locale l) {
        Map<String, Integer> out = new java.util.HashMap<>();
        Set<String> strange = new java.util.HashSet<>();
        for (Intent in : l.intents) {
            Set<String> own = new java.util.HashSet<>();
            int n = syllableParts(in.samples(), own);
            if (n > 0 && !own.isEmpty()) {
                out.put(in.name(), n);
                strange.addAll(own);
            }
        }
        return out.size() >= 2 && strange.size() >= 4 ? out : Map.of();
    }

    /**
     * @return the samples made of open syllables when at least half of at least three are, adding their non-words to
     *         {@code strange}; else 0. Stops as soon as half can no longer be reached (most intents: at their first samples),
     *         and splits by hand instead of a regular expression per sample (round 42, for scan speed: the pooled check of
     *         round 40 runs this over every intent of a model)
     */
    private static int syllableParts(List<Sample> samples, Set<String> strange) {
        int size = samples.size();
        if (size < 3) {
            return 0;
        }
        int count = 0;
        int rejected = 0;
        List<String> found = new ArrayList<>();
        for (Sample x : samples) {
            if ((size - rejected) * 2 < size) {
                return 0;
            }
            int before = found.size();
            if (!syllableWords(x.text(), found)) {
                found.subList(before, found.size()).clear(); // a rejected sample's syllables do not count
                rejected++;
                continue;
            }
            count++;
        }
        if (count * 2 < size) {
            return 0;
        }
        for (String w : found) {
            if (!SHORT_WORDS.contains(w)) {
                strange.add(w);
            }
        }
        return count;
    }

    /** The separators of {@link #syllableParts}' words: white space ({@code \s}), {@code , . ! ? -}. */
    private static boolean syllableSeparator(char c) {
        return c == ' ' || c == ',' || c == '.' || c == '!' || c == '?' || c == '-' || c >= '\t' && c <= '\r';
    }

    /**
     * @return whether a sample (of at most 40 chars, no slot) is words of at most four letters, each an open syllable
     *         ({@link #openSyllable}), separated by white space or {@code , . ! ? -} (none before the first)
     */
    static boolean syllableWords(String text) {
        return syllableWords(text, null);
    }

    /** {@link #syllableWords(String)}, adding the sample's words (lower case) to {@code words} when not null. */
    private static boolean syllableWords(String text, List<String> words) {
        if (text.length() > 40 || text.indexOf('{') >= 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).strip();
        int n = t.length();
        if (n == 0 || syllableSeparator(t.charAt(0))) {
            return false;
        }
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !syllableSeparator(t.charAt(j))) {
                j++;
            }
            if (j - i > 4 || !openSyllable(t, i, j)) {
                return false;
            }
            if (words != null) {
                words.add(t.substring(i, j));
            }
            i = j;
            while (i < n && syllableSeparator(t.charAt(i))) {
                i++;
            }
        }
        return true;
    }

    private static final String SYLLABLE_CONSONANTS = "bcdfghjklmnpqrstvwxyzç";
    private static final String SYLLABLE_VOWELS = "aeiouyáéíóúàèìòùâêîôûãõäöü";

    /**
     * @return whether {@code t[from, to)} is an open syllable: at most three consonant letters, then one or two vowels,
     *         nothing after ("ka", "tchu", "bou", "nhé"); "y" is either
     */
    static boolean openSyllable(String t, int from, int to) {
        for (int k = 0; k <= 3 && from + k < to; k++) {
            if (k > 0 && SYLLABLE_CONSONANTS.indexOf(t.charAt(from + k - 1)) < 0) {
                return false;
            }
            int vowels = to - from - k;
            if (vowels <= 2) {
                boolean all = true;
                for (int v = from + k; v < to && all; v++) {
                    all = SYLLABLE_VOWELS.indexOf(t.charAt(v)) >= 0;
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true for a word made of one 2–3 letter unit repeated at least three times ("lalala", "zubzubzub") */
    static boolean repeatedSyllable(String t) {
        return repeatedSyllable(t.toCharArray(), t.length());
    }

    /** {@link #repeatedSyllable(String)} of {@code t[0, n)}. */
    private static boolean repeatedSyllable(char[] t, int n) {
        for (int unit = 2; unit <= 3; unit++) {
            if (n >= unit * 3 && n % unit == 0) {
                boolean all = true;
                for (int at = unit; at < n && all; at++) {
                    all = t[at] == t[at % unit];
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean nonsense(String phrase) {
        int words = 0;
        int bad = 0;
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && !wordChar(phrase.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(phrase.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                // words shorter than 5 letters are never nonsense: skip the substring
                bad += i - start >= 5 && nonsenseWord(phrase, start, i) ? 1 : 0;
            }
        }
        return words > 0 && bad * 2 >= words;
    }

    /** @return true when at least 40% of 200 values spread evenly over the list are nonsense */
    static boolean mostlyNonsense(List<String> values) {
        int step = Math.max(1, values.size() / 200);
        int seen = 0;
        int bad = 0;
        for (int i = 0; i < values.size(); i += step) {
            seen++;
            bad += nonsense(values.get(i)) ? 1 : 0;
        }
        return bad * 5 >= seen * 2;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /** @return the text with every {@code {slot}} reference replaced by a space (no regex: runs for every sample) */
    static String withoutSlots(String sample) {
        if (sample.indexOf('{') < 0) {
            return sample;
        }
        StringBuilder b = new StringBuilder(sample.length());
        int i = 0;
        while (i < sample.length()) {
            char c = sample.charAt(i);
            int close = c == '{' ? sample.indexOf('}', i + 1) : -1;
            if (close > i && close - i <= 101 && sample.lastIndexOf('{', close - 1) == i) {
                b.append(' ');
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    static boolean nonsenseSample(String sample) {
        return nonsense(withoutSlots(sample));
    }

    /** Hesitation and thinking sounds ("uh huh", "mm hmm" and "nope" say yes or no and are not among them). */
    private static final Set<String> SOUNDS = Set.of("uh", "um", "umm", "hm", "hmm", "hmmm", "mm", "mmm", "er", "erm", "ah", "eh", "oh", "ooh",
            "la", "na", "da", "ka", "ta", "ba", "bla", "blah", "tra", "äh", "ähm", "öh", "hä", "euh", "bah", "pff", "ehm", "mh", "eeh",
            "ふむ", "うーん", "えー", "あー");
    private static final Set<String> ANSWER_SOUNDS = Set.of("uh huh", "mm hmm", "mhm", "uh uh", "uh-huh", "mm-hmm", "uh-uh");

    /**
     * @return 0 when a sample without slots has content; 1 when it is only single letters ("a", "x y z"); 2 when it is
     *         only sounds, vowelless syllables or one short syllable said again ("zz", "hm", "ka ka", "la la la")
     */
    static int contentless(String sample) {
        if (sample.indexOf('{') >= 0 || sample.length() > 40) {
            return 0; // a slot or a long sample carries content
        }
        String t = sample.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || ANSWER_SOUNDS.contains(t)) {
            return 0;
        }
        Matcher m = WORD.matcher(t);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            return 0;
        }
        boolean letters = true;
        boolean sounds = true;
        boolean repeated = words.size() >= 2 && words.get(0).length() <= 3;
        for (String w : words) {
            // (round 42: loops over the chars instead of streams, for scan speed)
            boolean latin = true;
            boolean vowelless = true;
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                latin &= ch >= 'a' && ch <= 'z';
                vowelless &= "aeiouy".indexOf(ch) < 0;
            }
            letters &= latin && w.length() == 1;
            vowelless &= latin && w.length() <= 4;
            sounds &= vowelless || SOUNDS.contains(w) || (latin && w.length() == 1);
            repeated &= w.equals(words.get(0));
        }
        if (letters) {
            return 1;
        }
        return sounds || repeated ? 2 : 0;
    }

    /** @return true when the credential in a sample follows a possessive of the speaker ("my password is …") */
    static boolean ownSecret(String norm, String credential) {
        int at = norm.indexOf(credential);
        return at < 0 || OWN_SECRET.matcher(norm.substring(Math.max(0, at - 30), at)).find();
    }

    /** After a credential word: the statement of its value ("pin is …", "password number: …", "暗証番号は"). */
    private static final Pattern STATED = Pattern.compile("^\\s*(?:[\\p{L}]+\\s+)?(?:is|are|ist|lautet|est|es|è|sono|é)\\b|^\\s*:|^\\s*は",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * @return true when a sample that mentions a credential also carries its value (a slot, digits, "my pin is …"), as
     *         opposed to a question about credentials ("how long should my password be")
     */
    static boolean statesValue(String sample, String credential) {
        if (sample.indexOf('{') >= 0 || sample.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        String norm = Text.norm(sample);
        int at = norm.indexOf(credential);
        return at >= 0 && STATED.matcher(norm.substring(at + credential.length())).find();
    }

    // ---------------------------------------------------------------- manifest

    /** Round 28b: a reason that opens with a purpose ("To …", "Pour …", "Um … zu", "Para …", "Per …"), up to its first comma or stop. */
    private static final Pattern PURPOSE_CLAUSE = Pattern.compile("^\\s*(?:to|in order to|so (?:that )?i can|pour|afin de|um|damit|para|per|por)\\s[^,.;:!?。、，]*",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Where a sentence of a spoken reason ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;。！？]+\\s*");
    /** A verb of needing or asking: the datum is then what the skill wants, not what its function acts on. */
    private static final Pattern NEED = Pattern.compile("\\b(?:need|needs|require|brauche|benötige|besoin|faut|necesito|preciso|serve|servono|ho bisogno"
            // round 28 (main): the consent act itself ends the purpose too ("Per iniziare concedi l'accesso all'indirizzo": to
            // begin, grant access to the address) — asking for the permission is not what it is for
            + "|allow|grant|enable|permit|erlaube|erlauben|gewähre|gewähren|autorise|autorisez|accorde|accordez|permite|permita|concede|conceda"
            + "|concedi|consenti|autorizza|autorize|autoriza)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** The name itself, in en/de/fr/es/it/pt/ja. */
    private static final Pattern NAME_DATUM = Pattern.compile("\\b(?:name|first name|vornamen?|nom|prénom|nombre|nome)\\b|名前", Pattern.UNICODE_CHARACTER_CLASS);
    /** The place itself: where the listener is or was, their address or position, in en/de/fr/es/it/pt. */
    private static final Pattern PLACE_DATUM = Pattern.compile("\\bwhere you\\b|\\bwo (?:du|sie)\\b|\\boù (?:tu|vous)\\b|\\bdónde\\b|\\bdonde\\b|\\bdove\\b|\\bonde\\b"
            + "|\\b(?:address|location|position|adresse|standort|dirección|ubicación|indirizzo|posizione|endereço|localização)\\b"
            // round 28 (main): the listener's home as the place the function goes to ("send the truck to your home", "a casa tua")
            + "|\\b(?:your (?:home|house|door)|to you\\b|zu (?:ihnen|dir)\\b|nach hause|zu hause|chez (?:vous|toi)\\b|à (?:votre|ton) domicile"
            + "|(?:a|en) (?:tu|su) (?:casa|domicilio)|a casa (?:tua|sua)|a domicilio|(?:na|à) (?:sua|tua) casa|até você)", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Round 28b: the reason a permission request gives the user (Google's {@code optContext}) names the datum as what the
     * function acts on — "Pour vous saluer par votre prénom", "Pour mettre ton prénom dans le conte", "To remember where you
     * parked" —: the purpose is the datum's own use, stated where the user consents. A vague purpose ("To personalise your
     * jokes", "Para o ranking", "To enter the draw") names no datum, and a datum named as what the skill needs ("Pour organiser ta fête, il me faut ton prénom") lies outside the
     * purpose clause. (The English word "name" anywhere in the reason already explains the name permission through the
     * purpose words, as before.)
     */
    static boolean reasonActsOnDatum(String permission, String reason) {
        if (reason == null || reason.isBlank()) {
            return false;
        }
        Pattern datum = permission.equals("NAME") || permission.contains("profile:name") || permission.contains("given_name") ? NAME_DATUM
                : permission.contains("LOCATION") || permission.contains("geolocation") || permission.contains("address") ? PLACE_DATUM : null;
        if (datum == null) {
            return false;
        }
        // round 28 (main): Alexa's reason is the speech beside its consent card, several sentences; the purpose opens one
        for (String sentence : SENTENCE_END.split(reason.toLowerCase(Locale.ROOT), 8)) {
            Matcher m = PURPOSE_CLAUSE.matcher(sentence);
            if (!m.find()) {
                continue;
            }
            // the purpose ends where the need begins ("To send the truck to your home I need your address", "Per mandare il
            // tecnico a casa tua mi serve l'indirizzo"): the datum must be in the purpose itself, not only after the need
            String purpose = m.group();
            Matcher need = NEED.matcher(purpose);
            if (need.find()) {
                purpose = purpose.substring(0, need.start());
            }
            if (datum.matcher(purpose).find()) {
                return true;
            }
        }
        return false;
    }

    /** Round 37: a result told from the listener's place — their postcode, address, position or area, or what is nearest. */
    private static final Pattern LOCATION_USE = Pattern.compile("\\b(?:your|the device's|this device's|the device|the)(?: [\\p{L}'-]+){0,2}? (?:postcode|post code|postal code"
            + "|zip code|zip|address|location|area|neighbou?rhood|street|town)\\b|\\b(?:postcode|postal code|zip code) (?:area|district|\\p{N})"
            + "|\\b(?:nearest|closest|near you|nearby|around you|where you are)\\b"
            + "|\\b(?:deine[rnm]?|ihre[rnm]?)(?: [\\p{L}-]+)? (?:adresse|postleitzahl|gegend|umgebung|standort)\\b|\\bpostleitzahl\\b|\\bin (?:deiner|ihrer) nähe\\b"
            + "|\\bnächstgelegene[nrs]?\\b"
            + "|\\b(?:votre|ton|ta) (?:adresse|code postal|position|quartier|commune|rue)\\b|\\bcode postal\\b|\\bd'après votre adresse\\b|\\ble plus proche\\b"
            + "|\\bla plus proche\\b|\\bprès de chez (?:vous|toi)\\b"
            + "|\\b(?:tu|su) (?:dirección|ubicación|código postal|barrio|zona|calle)\\b|\\bcódigo postal\\b|\\bmás cercan[oa]s?\\b|\\bcerca de (?:ti|usted)\\b"
            + "|\\b(?:la|tua|sua) posizione\\b|\\b(?:il )?(?:tuo|suo) (?:indirizzo|cap|comune|quartiere)\\b|\\bcodice postale\\b|\\bpiù vicin[oaie]\\b|\\bvicino a te\\b"
            + "|\\b(?:seu|sua) (?:endereço|localização|cep|bairro|rua)\\b|\\bcep\\b|\\bmais próxim[oa]s?\\b|\\bperto de você\\b"
            + "|\\bpostcode\\b|\\b(?:je|uw) (?:adres|locatie|buurt|wijk|straat)\\b|\\bdichtstbijzijnde\\b|\\bbij (?:jou|u) in de buurt\\b"
            + "|पिन कोड|पिनकोड|आपके पास|नज़दीकी|नजदीकी|आपके इलाके|郵便番号|住所|お住まいの|現在地|最寄り", Pattern.UNICODE_CHARACTER_CLASS);
    /** Round 37: mail sent to the listener ("I've emailed you links", "check your inbox", "par e-mail", "per E-Mail"). */
    private static final Pattern EMAIL_USE = Pattern.compile("\\be-?mail(?:ed|s)? (?:you|it|them|those|these)\\b|\\byour e-?mail\\b"
            + "|\\be-?mailed (?:[\\p{L}\\p{N}'-]+ ){1,4}to you\\b|\\bsent (?:[\\p{L}\\p{N}'-]+ ){0,4}to your (?:e-?mail|inbox)\\b"
            + "|\\b(?:check|in|to) your (?:e-?mail|inbox|mailbox)\\b|\\b(?:by|via|per|par|por|in einer|en un|in una) (?:e-?mail|courriel|correo|mail)\\b"
            + "|\\bper posta elettronica\\b|\\bpor correo electrónico\\b|\\bpar courriel\\b|\\b(?:je|uw) (?:e-?mail|inbox|mailbox)\\b|\\bin (?:deinem|ihrem) postfach\\b"
            + "|\\bnella (?:tua|sua) (?:casella|email|mail)\\b|\\bdans votre (?:boîte|messagerie)\\b|\\ben tu (?:bandeja|correo)\\b|\\bno seu (?:e-?mail|correio)\\b"
            // round 40: sent to the listener's mail in the other languages ("Te he enviado el diploma a tu correo electrónico")
            + "|\\ba (?:tu|su) (?:correo|e-?mail|email)\\b|\\bà (?:votre|ton) (?:adresse e-?mail|e-?mail|courriel)\\b|\\ball[a'] ?(?:tua|sua) (?:e-?mail|email|casella)\\b"
            + "|\\bpara o seu (?:e-?mail|email)\\b|\\ban (?:deine|ihre) (?:e-?mail|mail)(?:-adresse)?\\b|\\bnaar (?:je|uw) (?:e-?mail|mail)\\b"
            + "|ईमेल कर|ईमेल भेज|メールで|メールを送|メールにお送り", Pattern.UNICODE_CHARACTER_CLASS);
    /** Round 37: a text or a call to the listener's phone ("I'll text the mobile number on your account", "per SMS"). */
    private static final Pattern MOBILE_USE = Pattern.compile("\\btext(?:ed|s)? (?:you|it|them|the (?:mobile|phone|number)|your (?:mobile|phone|cell))\\b|\\bsms\\b"
            + "|\\byour (?:mobile|phone|cell)(?: number)?\\b"
            + "|\\b(?:send|sent|get|receive) (?:you )?a text\\b|\\btext messages?\\b|\\b(?:i'll|we'll|i will|we will) (?:text|call|ring) you\\b"
            + "|\\b(?:your|the) (?:mobile|phone|cell)(?: number)? (?:on|linked to) (?:your|the) (?:amazon )?account\\b|\\bauf (?:dein|ihr) handy\\b"
            + "|\\bsur (?:votre|ton) (?:portable|mobile|téléphone)\\b|\\b(?:a|en) tu (?:móvil|celular|teléfono)\\b|\\bsul (?:tuo|suo) (?:cellulare|telefono)\\b"
            + "|\\bno seu (?:celular|telefone)\\b|\\bop (?:je|uw) (?:telefoon|mobiel)\\b|एसएमएस|ショートメッセージ|携帯電話に", Pattern.UNICODE_CHARACTER_CLASS);

    private static Pattern permissionUse(String name) {
        if (name.contains("address") || name.contains("LOCATION") || name.contains("geolocation")) {
            return LOCATION_USE;
        }
        return name.contains("email") ? EMAIL_USE : name.contains("mobile_number") ? MOBILE_USE : null;
    }

    /** Round 37: a question for contact data that states what it is sent for ("… so I can send the list?", "… pour vous envoyer …"). */
    private static final Pattern SEND_PURPOSE = Pattern.compile("\\b(?:so (?:that )?(?:i|we) can|to|in order to) (?:send|e-?mail|text|mail|message) (?:you|it|the|your)\\b"
            + "|\\bpour (?:vous|te) (?:envoyer|écrire)\\b|\\bum (?:dir|ihnen) (?:\\p{L}+ )?zu (?:schicken|senden)\\b|\\bpara (?:enviarte|enviarle|te enviar|lhe enviar)\\b"
            + "|\\bper (?:inviarti|inviarle|mandarti)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** Round 37: words that ask for the datum to be said (a request, not a use of it). */
    private static final Pattern ASKS_DATUM = Pattern.compile("\\b(?:say|tell me|give me|spell|read out|repeat|what's|what is|which"
            + "|dites|dis-moi|donnez|quel(?:le)? est|dime|diga|dígame|cuál es|dimmi|mi dica|qual è|sag mir|nenne|nennen sie|wie lautet|fale|me diga|qual é)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Words that ask for a consent or the datum itself: a clause with one tells nothing done with the datum. */
    private static final Pattern CONSENT_ASK = Pattern.compile("\\b(?:permission|permissions|allow|grant|enable|consent|access|autorisation|autorisez|autorise|erlaube"
            + "|berechtigung|freigabe|zugriff|permiso|permita|permite|acceso|accès|autorizza|autorizzazione|consenti|accesso|attiva|abilita|permissão|autorize"
            + "|acesso|ative|toestemming|sta toe|toegang"
            // the skill's own claim that it uses the datum is no result told from it
            + "|uses? your|using your"
            // a consent card sent to the app, and what it lets the listener share ("I have popped a card into your Alexa app so
            // you can share your mobile number")
            + "|a card|share your|teilen sie|partagez|comparte|condividi|compartilhe)\\b"
            // (round 39: not the app itself: "Com o CEP que você autorizou no app Alexa, o técnico mais próximo …" tells a use)
            + "|अनुमति|許可(?:して|を|してください)|使わせて|利用させて", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Round 37: true when some sentence of the skill's speech (normalised, joined by {@link Context#spoken}) that is no
     * question and asks for no consent holds {@code use}: a result the skill tells from the datum.
     */
    static boolean told(Pattern use, String spoken) {
        Matcher m = use.matcher(spoken);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && ".!?。！？\n".indexOf(spoken.charAt(from - 1)) < 0 && m.start() - from < 300) {
                from--;
            }
            int to = m.end();
            while (to < spoken.length() && ".!?。！？\n".indexOf(spoken.charAt(to)) < 0 && to - m.end() < 300) {
                to++;
            }
            boolean question = to < spoken.length() && (spoken.charAt(to) == '?' || spoken.charAt(to) == '？')
                    && !SEND_PURPOSE.matcher(spoken.substring(from, to)).find(); // "what's your e-mail, so I can send the list?" tells the use
            String sentence = spoken.substring(from, to);
            // a sentence that says the skill needs the datum ("… I need your address") or asks consent tells nothing done with it
            if (!question && !CONSENT_ASK.matcher(sentence).find() && !NEED.matcher(sentence).find()
                    && (SEND_PURPOSE.matcher(sentence).find() || !ASKS_DATUM.matcher(sentence).find())) {
                return true;
            }
        }
        return false;
    }

    /** @return true for a permission that gives the skill personal data (address, location, contact, name, lists) */
    static boolean personalPermission(String name) {
        return PURPOSE.containsKey(name);
    }

    static void manifest(Context c, List<SkillFinding> out) {
        Skill s = c.skill;
        JsonNode perms = s.manifestAt("/manifest/permissions");
        List<String> personal = new ArrayList<>();
        List<String> unneeded = new ArrayList<>();
        Set<String> requested = new java.util.LinkedHashSet<>();
        for (JsonNode p : perms) {
            requested.add(p.path("name").asText(""));
        }
        int declared = requested.size();
        // permissions asked for while talking (a consent card, Google's permission helper) need the same purpose
        requested.addAll(s.runtimePermissions.keySet());
        Map<Pattern, Boolean> toldBy = new java.util.HashMap<>(4); // several location permissions ask the same of the speech
        for (String name : requested) {
            Pattern purpose = PURPOSE.get(name);
            if (purpose == null) {
                continue;
            }
            personal.add(name);
            String[] asked = s.runtimePermissions.get(name);
            boolean explained = purposeIn(purpose, c.permissionPurpose()) || asked != null && (reasonActsOnDatum(name, asked[2])
                    || asked.length > 3 && reasonActsOnDatum(name, asked[3]));
            Pattern use = permissionUse(name);
            if (use != null && c.spoken() != null) {
                // round 37: what the skill's recorded speech does with the datum decides where it speaks at all — a result told
                // from it ("In your postcode area last month …", "I've emailed you links to four clips", "Ho usato la posizione
                // del dispositivo: la pattuglia più vicina …") explains the permission whatever the listing says; a shopping
                // listing whose category alone explains it (every SHOPPING skill is a "shop") does not, when the speech never
                // uses it: a shop needs where you live only to deliver, and a skill that delivers says so (a restaurant's or a
                // weather skill's category still explains it: food is delivered, weather is local)
                if (toldBy.computeIfAbsent(use, u -> told(u, c.spoken()))) {
                    explained = true;
                } else if (explained && c.shoppingCategory && !purposeIn(purpose, c.ownPurpose()) && !(asked != null && (reasonActsOnDatum(name, asked[2])
                        || asked.length > 3 && reasonActsOnDatum(name, asked[3])))) {
                    explained = false;
                }
            }
            if (!explained) {
                unneeded.add(name);
            }
        }
        if (!unneeded.isEmpty()) {
            // lists and the first name alone (what a skill greets you with) are the least personal data a permission gives
            long strong = unneeded.stream().filter(n -> !n.contains("household:lists") && !n.equals("alexa::profile:given_name:read")).count();
            Severity sev = strong >= 3 || unneeded.size() >= 5 ? Severity.HIGH : strong >= 1 ? Severity.MEDIUM : Severity.LOW;
            String[] where = s.runtimePermissions.get(unneeded.get(0));
            boolean atRunTime = where != null && declared == 0;
            out.add(Rule.EXCESSIVE_PERMISSIONS.at(sev, unneeded.size() + " of " + requested.size()
                    + " requested permissions" + (atRunTime ? " (asked for in conversation)" : "")
                    + " are not explained by the skill's name, description or category: " + String.join(", ", unneeded) + ".",
                    atRunTime ? where[0] : s.manifestFile, atRunTime ? where[1] : "/manifest/permissions", String.join(", ", unneeded)));
        }
        // round 34: an Actions Builder project has a place for its policy (settings.yaml: localizedSettings.privacyPolicyUrl),
        // as an Alexa manifest has: leaving it empty while asking for personal data is what it is for an Alexa skill, needed
        // or not (an Actions SDK project's action.json is not where every export keeps the policy: there only unneeded data
        // counts, as before)
        boolean builderSettings = s.googleManifestFile != null && googlePolicyPlace(s).equals("localizedSettings.privacyPolicyUrl");
        if (s.manifest == null && s.googleManifestFile != null && (!unneeded.isEmpty() || builderSettings && !personal.isEmpty())
                && !c.hasPrivacyPolicy) {
            // round 25a: a Google project that asks for a personal-data permission its purpose does not explain (the permission
            // helper in conversation, or declared) and whose manifest declares no privacy policy. A permission the purpose
            // explains (a pharmacy finder's location) is what the Action needs; data it also collects in conversation without a
            // policy is reported below (analyze), as for an Alexa skill
            out.add(Rule.PII_NO_POLICY.at(c.audience(Severity.MEDIUM), "Requests " + String.join(", ", personal)
                    + " but its Actions project declares no privacy policy URL.", s.googleManifestFile, googlePolicyPlace(s), String.join(", ", personal)));
        }
        if (s.manifest == null) {
            return;
        }
        if (!personal.isEmpty() && !c.hasPrivacyPolicy) {
            out.add(Rule.PII_NO_POLICY.at(c.audience(Severity.MEDIUM), "Requests " + String.join(", ", personal)
                    + " but declares no privacy policy URL.", s.manifestFile, "/manifest/privacyAndCompliance", String.join(", ", personal)));
        }
        JsonNode locs = s.manifestAt("/manifest/publishingInformation/locales");
        var it = locs.fields();
        while (it.hasNext()) {
            var e = it.next();
            String name = e.getValue().path("name").asText("");
            String pn = Lexicon.find(Lexicon.PLATFORM_NAME, name.toLowerCase(Locale.ROOT));
            String spokenAs = pn == null ? null : spokenAsMaker(c, name.toLowerCase(Locale.ROOT), pn);
            if (spokenAs != null) {
                // round 40: the name begins with the maker's, and the skill speaks of itself the same way ("Amazon Home Shield"
                // and "Welcome to Amazon Home Security, included with your Echo."): the listener hears the maker's own service
                out.add(Rule.MASQUERADE_NAME.at(Severity.MEDIUM, "Display name \"" + name + "\" begins with \"" + pn + "\", and the skill speaks of"
                        + " itself as \"" + spokenAs + "\": it presents itself as the maker's own service.", s.manifestFile,
                        "/manifest/publishingInformation/locales/" + e.getKey() + "/name", name));
            } else if (pn != null) {
                out.add(Rule.MASQUERADE_NAME.at(Severity.LOW, "Display name \"" + name + "\" contains \"" + pn + "\".", s.manifestFile,
                        "/manifest/publishingInformation/locales/" + e.getKey() + "/name", name));
            }
        }
    }

    /** The words after "Amazon" that make it the place, not the maker ("Amazon River Facts", "Amazon Rainforest"). */
    private static final Pattern MAKER_NOT_MAKER = Pattern.compile("rainforest|river|jungle|basin|forest|delta|parrots?|region|tribes?|amazonia"
            + "|regenwald|fluss|forêt|fleuve|selva|río|rio|foresta|fiume|floresta");

    /**
     * @return the maker's name and the display name's next word as the recorded speech introduces the skill by them ("amazon
     *         home" of "Amazon Home Shield" in "Welcome to Amazon Home Security"), when the display name begins with the
     *         maker's name; or null
     */
    static String spokenAsMaker(Context c, String lowerName, String maker) {
        String[] w = lowerName.strip().split("[^\\p{L}\\p{N}]+");
        if (w.length < 2 || !w[0].equals(maker) || c.spoken() == null) {
            return null;
        }
        String phrase = maker + " " + w[1];
        if (MAKER_NOT_MAKER.matcher(w[1]).matches()) {
            return null; // the rainforest, the river: "Amazon" as a place
        }
        // the skill introduces itself by that name ("Welcome to Amazon Home Security", "This is Google Home Support"): naming
        // the maker's real product ("facts about Amazon Music") is no introduction
        Matcher m = Pattern.compile("(?<![\\p{L}])(?:welcome to|this is|you're (?:talking|speaking) (?:to|with)|you are (?:talking|speaking) (?:to|with)"
                + "|willkommen (?:bei|zu)|bienvenue (?:sur|dans|à|chez)|bienvenid[oa]s? a|benvenut[oa] (?:su|in|a)|bem-vind[oa] (?:ao?|à))"
                + " (?:the )?" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(c.spoken());
        return m.find() && !Language.negated(c.spoken(), m.start(), m.end()) ? phrase : null;
    }
}
