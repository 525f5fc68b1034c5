package io.hearthguard.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/**
 * Reads the words in every name a device shows and turns the ones that name a kind of
 * device or a brand into {@link Evidence}. Rules say what one known signal means; the
 * lexicon lets a device that no rule was written for still be named by what it says it is
 * ("IC-3115W Network Camera", {@code urn:Belkin:device:controllee:1}, a cloud at
 * {@code dlink.com}). Its evidence is weaker than a rule's and depends on where the word
 * was seen: a device's own description counts more than the host name of a cloud it calls.
 *
 * <p>The built-in word lists are {@code /discovery/lexicon.txt}. Immutable and
 * thread-safe; lookups allocate only the evidence they return and the tokens of the name.
 */
public final class Lexicon {
    /** Resource path of the built-in lexicon. */
    public static final String BUILT_IN = "/discovery/lexicon.txt";
    /** Longest name read, in characters: names are already cut by {@link Text}. */
    private static final int MAX_TOKENS = 48;
    /** Weight of a brand from a registry organisation that names the brand itself. */
    static final double OUI_BRAND_WEIGHT = 0.6;
    /** Weight of a chip or module maker's registry entry: the weakest vendor signal. */
    static final double OUI_CHIP_WEIGHT = 0.25;

    /** Where a word was seen and how much that place says: weights of type and brand evidence. */
    private record Place(String what, double type, double brand, Set<DeviceType> notTypes) {
        Place(String what, double type, double brand) {
            this(what, type, brand, Set.of());
        }
    }

    /** A word and the type it names, with its weight scale. */
    private record TypeWord(DeviceType type, double scale) {
    }

    private final Map<String, TypeWord> exactType = new HashMap<>();
    private final Map<String, TypeWord> suffixType = new HashMap<>();
    private final Map<String, TypeWord> prefixType = new HashMap<>();
    private final Map<String, String> brands = new HashMap<>();
    private final Map<String, String> clouds = new HashMap<>();
    private final Set<String> platforms = new LinkedHashSet<>();
    private final List<String> chips = new ArrayList<>();
    /** Brand (lower case) -> the kind of device the brand puts on a home IP network, when nearly all of them are one kind. */
    private final Map<String, TypeWord> lines = new HashMap<>();
    /**
     * A brand's model-name convention: a device that names itself with one of these model numbers is of that brand and
     * kind ("DSP-W215": a D-Link plug), from the brands' own catalogues.
     */
    private record ModelLine(String brand, DeviceType type, String literal, Pattern pattern) {
    }

    private final List<ModelLine> models = new ArrayList<>();
    /** Weight of the kind a model number names: a device's own model name, more than a word in it. */
    static final double MODEL_TYPE_WEIGHT = 0.65;
    /** Longest model-name pattern accepted, in characters. */
    private static final int MAX_MODEL_PATTERN = 120;
    /** Weight of a product line when the line gives none: "probably", never more than a word in the device's own name. */
    static final double LINE_WEIGHT = 0.35;

    private static final Set<String> TWO_LEVEL_SUFFIXES = Set.of("co.uk", "org.uk", "com.cn", "net.cn", "com.au", "co.jp",
            "com.br", "co.kr", "com.tw", "co.nz", "co.in", "com.hk", "com.sg", "co.za", "com.mx");
    /** What may follow a brand in a cloud's registrable name ("tplinkcloud", "dlinkddns"). */
    private static final List<String> CLOUD_SUFFIXES = List.of("cloud", "api", "iot", "ddns", "cdn", "apps", "app", "smart",
            "home", "net", "connect", "hub", "online", "services", "service", "devices", "device", "tech", "labs", "link");

    private Lexicon() {
    }

    /** @return the built-in lexicon; a broken resource is a build error, so this throws */
    public static Lexicon builtIn() {
        return resource(BUILT_IN);
    }

    /**
     * @param path a resource of this bundle
     * @return the lexicon in it
     * @throws IllegalStateException when it is missing or has an error, naming the file, the line and what is wrong
     */
    static Lexicon resource(String path) {
        String name = "bundle resource " + path.substring(1);
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return parse(in, name);
        } catch (IOException e) {
            throw new IllegalStateException("lexicon is broken: " + e.getMessage(), e);
        }
    }

    /** @return a lexicon without words: gives no evidence */
    public static Lexicon empty() {
        return new Lexicon();
    }

    static Lexicon parse(InputStream in) throws IOException {
        return parse(in, "lexicon.txt");
    }

    /**
     * @param name what to call the file in errors ({@code discovery/lexicon.txt})
     * @throws IOException naming the file, the line number, what is wrong and the line itself
     */
    static Lexicon parse(InputStream in, String name) throws IOException {
        Lexicon lx = new Lexicon();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            try {
                lx.parseEntry(l, n);
            } catch (IOException | RuntimeException e) {
                throw new IOException(name + ":" + n + ": " + e.getMessage() + ": '" + Text.clean(l, 120) + "'", e);
            }
        }
        return lx;
    }

    private void parseEntry(String l, int n) throws IOException {
        String[] head = l.split("\\s+", 2);
        if (head.length < 2) {
            throw new IOException("nothing after '" + head[0] + "'");
        }
        switch (head[0]) {
            case "type" -> parseType(head[1], n);
            case "brand" -> {
                int colon = head[1].indexOf(':');
                if (colon < 1) {
                    throw new IOException("brand needs 'Name: alias ...'");
                }
                String brand = head[1].substring(0, colon).strip();
                for (String a : words(head[1].substring(colon + 1))) {
                    brands.put(a, brand);
                }
            }
            case "cloud" -> {
                String[] p = head[1].split("\\s+", 2);
                if (p.length < 2) {
                    throw new IOException("cloud needs 'domain Brand'");
                }
                clouds.put(p[0].toLowerCase(Locale.ROOT), p[1].strip());
            }
            case "line" -> parseLine(head[1], n);
            case "model" -> parseModel(head[1], n);
            case "platform" -> platforms.addAll(words(head[1]));
            case "chip" -> chips.addAll(words(head[1]));
            default -> throw new IOException("unknown entry '" + head[0] + "'");
        }
    }

    private void parseType(String rest, int n) throws IOException {
        int colon = rest.indexOf(':');
        if (colon < 1) {
            throw new IOException("type needs 'kind [scale]: word ...'");
        }
        String[] p = rest.substring(0, colon).strip().split("\\s+");
        DeviceType t = DeviceType.fromId(p[0]);
        if (t == DeviceType.UNKNOWN) {
            throw new IOException("unknown device type '" + p[0] + "'");
        }
        double scale = 1.0;
        if (p.length > 1) {
            try {
                scale = Double.parseDouble(p[1]);
            } catch (NumberFormatException e) {
                throw new IOException("bad scale '" + p[1] + "'");
            }
        }
        TypeWord tw = new TypeWord(t, scale);
        for (String w : words(rest.substring(colon + 1))) {
            if (w.startsWith("*") && w.length() > 3) {
                suffixType.put(w.substring(1), tw);
            } else if (w.endsWith("*") && w.length() > 3) {
                String stem = w.substring(0, w.length() - 1);
                prefixType.put(stem, tw);
                exactType.put(stem, tw);
            } else {
                exactType.put(w, tw);
            }
        }
    }

    private void parseModel(String rest, int n) throws IOException {
        int colon = rest.indexOf(':');
        if (colon < 1) {
            throw new IOException("model needs 'Brand kind: pattern ...'");
        }
        String[] p = rest.substring(0, colon).strip().split("\\s+");
        if (p.length < 2) {
            throw new IOException("model needs 'Brand kind: pattern ...'");
        }
        DeviceType t = DeviceType.fromId(p[p.length - 1]);
        if (t == DeviceType.UNKNOWN) {
            throw new IOException("unknown device type '" + p[p.length - 1] + "'");
        }
        String brand = String.join(" ", Arrays.copyOf(p, p.length - 1));
        for (String pat : rest.substring(colon + 1).strip().split("\\s+")) {
            if (pat.isEmpty()) {
                continue;
            }
            if (pat.length() > MAX_MODEL_PATTERN) {
                throw new IOException("model pattern longer than " + MAX_MODEL_PATTERN + " characters");
            }
            // the letters and digits a model number starts with: a name without them is not matched at all (cheap on long names)
            int lit = 0;
            while (lit < pat.length() && Character.isLetterOrDigit(pat.charAt(lit))) {
                lit++;
            }
            if (lit < 2) {
                throw new IOException("a model pattern starts with at least two letters or digits: '" + pat + "'");
            }
            try {
                // a whole model number: not inside a longer word or number
                models.add(new ModelLine(brand, t, pat.substring(0, lit).toLowerCase(Locale.ROOT), Pattern.compile("(?<![a-z0-9])(" + pat + ")(?![a-z0-9])",
                        Pattern.CASE_INSENSITIVE)));
            } catch (PatternSyntaxException e) {
                throw new IOException("bad model pattern '" + pat + "': " + e.getDescription());
            }
        }
    }

    private void parseLine(String rest, int n) throws IOException {
        int colon = rest.indexOf(':');
        if (colon < 1) {
            throw new IOException("line needs 'Brand: kind [weight]'");
        }
        String[] p = rest.substring(colon + 1).strip().split("\\s+");
        DeviceType t = DeviceType.fromId(p[0]);
        if (t == DeviceType.UNKNOWN) {
            throw new IOException("unknown device type '" + p[0] + "'");
        }
        double w = LINE_WEIGHT;
        if (p.length > 1) {
            try {
                w = Double.parseDouble(p[1]);
            } catch (NumberFormatException e) {
                throw new IOException("bad weight '" + p[1] + "'");
            }
            if (!(w > 0 && w <= LINE_WEIGHT)) {
                throw new IOException("a line's weight is in (0, " + LINE_WEIGHT + "]: " + p[1]);
            }
        }
        lines.put(rest.substring(0, colon).strip().toLowerCase(Locale.ROOT), new TypeWord(t, w));
    }

    /**
     * The kind of device a brand nearly always puts on a home network (a Philips Hue device with an IP address is its
     * bridge: the lamps speak Zigbee), as weak type evidence for a device whose brand is known and whose traffic names no
     * kind: "probably a hub" rather than unknown.
     *
     * @param vendor the decided vendor
     * @return the evidence, or null when the brand makes several kinds or is not listed
     */
    public Evidence productLine(String vendor) {
        TypeWord tw = vendor == null ? null : lines.get(vendor.toLowerCase(Locale.ROOT));
        if (tw == null) {
            return null;
        }
        return new Evidence("product-line", "type", tw.type().id(),
                vendor + " devices on a home network are nearly all of this kind (lexicon product line; no kind named in the traffic)",
                tw.scale(), null);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** How much a word counts where it was seen; {@code null} where the lexicon does not look. */
    private static Place place(String kind) {
        if (kind.startsWith(Fact.UPNP)) {
            return kind.equals("upnp.manufacturer") ? new Place("UPnP manufacturer", 0.0, 0.75)
                    : new Place("UPnP " + kind.substring(Fact.UPNP.length()), 0.6, 0.6);
        }
        if (kind.startsWith(Fact.MDNS_TXT)) {
            return new Place("mDNS TXT " + kind.substring(Fact.MDNS_TXT.length()), 0.55, 0.5);
        }
        return switch (kind) {
            case Fact.HOSTNAME -> new Place("DHCP host name", 0.55, 0.6);
            case Fact.MDNS_NAME -> new Place("mDNS name", 0.55, 0.6);
            case Fact.MDNS_SERVICE -> new Place("mDNS service", 0.3, 0.5);
            case Fact.SSDP_TYPE -> new Place("SSDP type", 0.5, 0.6);
            case Fact.SSDP_SERVER -> new Place("SSDP server", 0.4, 0.5);
            case Fact.DHCP_VENDOR -> new Place("DHCP vendor class", 0.4, 0.5);
            case Fact.HTTP_UA -> new Place("HTTP user agent", 0.35, 0.45);
            // a path names the server's resource; infrastructure words there ("/router/firmware")
            // are the server's vocabulary, not the caller's kind
            case Fact.HTTP_PATH -> new Place("HTTP path", 0.3, 0.0,
                    Set.of(DeviceType.ROUTER, DeviceType.HUB, DeviceType.NAS, DeviceType.TV, DeviceType.SMART_SPEAKER));
            // the device's own web interface, asked by an app on the home network: its resources are the device's
            case Fact.HTTP_SERVED -> new Place("path of its own web interface", 0.5, 0.0);
            case Fact.DNS -> new Place("cloud name", 0.25, 0.6);
            case Fact.SNI -> new Place("TLS server name", 0.25, 0.6);
            default -> null;
        };
    }

    /** @return whether the lexicon reads facts of this kind */
    public boolean reads(String kind) {
        return place(kind) != null;
    }

    /** @return the evidence the words of one fact give; empty when none names a type or brand */
    public List<Evidence> forFact(Fact fact, Instant seen) {
        Place where = place(fact.kind());
        if (where == null || fact.value().isEmpty()) {
            return List.of();
        }
        boolean cloud = fact.kind().equals(Fact.DNS) || fact.kind().equals(Fact.SNI);
        String value = fact.value().toLowerCase(Locale.ROOT);
        List<Evidence> out = new ArrayList<>(2);
        String source = fact.source();
        if (cloud) {
            if (platform(value)) {
                return List.of();
            }
            String reg = registrable(value);
            String brand = cloudBrand(value, reg);
            if (brand != null) {
                out.add(new Evidence(source, "vendor", brand, Text.clean(where.what + " " + value + " is a cloud of " + brand
                        + " (lexicon)", 400), where.brand, seen));
            }
            // type words in the host part only: the registrable name is the company's
            String host = value.length() > reg.length() ? value.substring(0, value.length() - reg.length()) : "";
            typeEvidence(tokens(host), where, value, source, seen, out);
            return out;
        }
        String shown = unescape(fact.value());
        List<String> toks = tokens(shown);
        if (where.brand > 0) {
            for (String t : toks) {
                String b = brands.get(t);
                if (b != null) {
                    out.add(new Evidence(source, "vendor", b, Text.clean("'" + t + "' in " + where.what + " '" + shown
                            + "' names " + b + " (lexicon)", 400), where.brand, seen));
                    break;
                }
            }
        }
        if (where.type > 0 && where.brand > 0 && modelEvidence(shown, where, source, seen, out)) {
            return out;
        }
        typeEvidence(toks, where, shown, source, seen, out);
        return out;
    }

    /**
     * A model number of a brand's catalogue in a name the device gives itself: the brand, the kind its catalogue puts
     * under that prefix, and the model. Replaces the word-by-word reading of that name.
     *
     * @return whether a model number was found
     */
    private boolean modelEvidence(String shown, Place where, String source, Instant seen, List<Evidence> out) {
        String lower = shown.toLowerCase(Locale.ROOT);
        for (ModelLine m : models) {
            if (!lower.contains(m.literal)) {
                continue;
            }
            Matcher mm = m.pattern.matcher(shown);
            if (mm.find()) {
                String model = mm.group(1).toUpperCase(Locale.ROOT);
                String why = Text.clean("'" + mm.group(1) + "' in " + where.what + " '" + shown + "' is a " + m.brand + " "
                        + m.type.id() + " model number (lexicon model line)", 400);
                out.removeIf(e -> e.attribute().equals("vendor"));
                out.add(new Evidence(source, "vendor", m.brand, why, where.brand, seen));
                out.add(new Evidence(source, "type", m.type.id(), why, MODEL_TYPE_WEIGHT, seen));
                out.add(new Evidence(source, "model", model, why, 0.6, seen));
                return true;
            }
        }
        return false;
    }

    private void typeEvidence(List<String> toks, Place where, String shown, String source, Instant seen, List<Evidence> out) {
        if (where.type <= 0) {
            return;
        }
        for (String t : toks) {
            TypeWord tw = typeWord(t);
            if (tw != null && !where.notTypes.contains(tw.type)) {
                double w = Math.round(where.type * tw.scale * 1000) / 1000.0;
                out.add(new Evidence(source, "type", tw.type.id(), Text.clean("'" + t + "' in " + where.what + " '" + shown
                        + "' names a " + tw.type.id() + " (lexicon)", 400), w, seen));
                return; // the first word that names a type speaks for the name
            }
        }
    }

    private TypeWord typeWord(String token) {
        TypeWord tw = exactType.get(token);
        if (tw != null) {
            return tw;
        }
        for (Map.Entry<String, TypeWord> e : suffixType.entrySet()) {
            if (token.length() > e.getKey().length() && token.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, TypeWord> e : prefixType.entrySet()) {
            if (token.length() > e.getKey().length() && token.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * @return the vendor evidence of a registry organisation: the brand it names, or the
     *         organisation itself, weak when it is a chip or module maker
     */
    public Evidence forOrganization(String organization, String what, Instant seen) {
        String spaced = " " + organization.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        for (String c : chips) {
            if (spaced.contains(" " + c.replace('-', ' ') + " ")) {
                // the maker's short name ("Bilian", not "SHENZHEN BILIAN ELECTRONIC CO.,LTD" nor "SHENZHEN"); the detail keeps it whole
                return new Evidence("oui", "vendor", OrganizationNames.shortName(organization),
                        what + "; a chip or module maker, not the brand on the box", OUI_CHIP_WEIGHT, seen);
            }
        }
        for (String t : tokens(organization)) {
            String b = brands.get(t);
            if (b != null) {
                return new Evidence("oui", "vendor", b, what, OUI_BRAND_WEIGHT, seen);
            }
        }
        return new Evidence("oui", "vendor", organization, what, OUI_BRAND_WEIGHT, seen);
    }

    private boolean platform(String name) {
        for (String p : platforms) {
            if (name.equals(p) || name.endsWith("." + p)) {
                return true;
            }
        }
        return false;
    }

    private String cloudBrand(String name, String reg) {
        for (Map.Entry<String, String> c : clouds.entrySet()) {
            if (name.equals(c.getKey()) || name.endsWith("." + c.getKey())) {
                return c.getValue();
            }
        }
        int dot = reg.indexOf('.');
        String label = dot < 0 ? reg : reg.substring(0, dot);
        String b = brands.get(label);
        if (b != null) {
            return b;
        }
        for (String suffix : CLOUD_SUFFIXES) {
            if (label.length() > suffix.length() + 2 && label.endsWith(suffix)) {
                String stem = label.substring(0, label.length() - suffix.length());
                if (stem.endsWith("-")) {
                    stem = stem.substring(0, stem.length() - 1);
                }
                b = brands.get(stem);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** @return a DNS name with its {@code \\DDD} and {@code \\X} escapes decoded ("D-Link\\032DCH" is "D-Link DCH") */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && isDigits(s, i + 1, 3)) {
                int v = Integer.parseInt(s.substring(i + 1, i + 4));
                b.append(v < 128 && v >= 32 ? (char) v : ' ');
                i += 3;
            } else if (c == '\\' && i + 1 < s.length()) {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDigits(String s, int from, int n) {
        if (from + n > s.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the registrable part of a host name ("dlink.com" of "api.dch.dlink.com") */
    static String registrable(String name) {
        String[] l = name.split("\\.");
        if (l.length <= 2) {
            return name;
        }
        String last2 = l[l.length - 2] + "." + l[l.length - 1];
        int keep = TWO_LEVEL_SUFFIXES.contains(last2) ? 3 : 2;
        if (l.length <= keep) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (int i = l.length - keep; i < l.length; i++) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(l[i]);
        }
        return b.toString();
    }

    /**
     * @return the lower-case tokens of a name: split at anything that is not a letter or
     *         digit and between letters and digits; camel-case parts are added too
     *         ("WeMoSwitch" gives wemoswitch, we, mo, switch), at most {@value #MAX_TOKENS}
     */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n && out.size() < MAX_TOKENS) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digits = i < n && Character.isDigit(s.charAt(i));
            while (i < n && Character.isLetterOrDigit(s.charAt(i)) && Character.isDigit(s.charAt(i)) == digits) {
                i++;
            }
            if (i > start) {
                String tok = s.substring(start, i);
                out.add(tok.toLowerCase(Locale.ROOT));
                if (!digits) {
                    camel(tok, out);
                }
            }
        }
        // a hyphenated brand ("d-link", "tp-link") is one token too
        String lower = s.toLowerCase(Locale.ROOT);
        for (int h = lower.indexOf('-'); h > 0 && h < lower.length() - 1 && out.size() < MAX_TOKENS; h = lower.indexOf('-', h + 1)) {
            int a = h - 1;
            while (a > 0 && Character.isLetter(lower.charAt(a - 1))) {
                a--;
            }
            int b = h + 2;
            while (b < lower.length() && Character.isLetter(lower.charAt(b))) {
                b++;
            }
            if (Character.isLetter(lower.charAt(h - 1)) && Character.isLetter(lower.charAt(h + 1))) {
                out.add(lower.substring(a, b));
            }
        }
        return out;
    }

    private static void camel(String tok, List<String> out) {
        int start = 0;
        boolean split = false;
        for (int k = 1; k < tok.length(); k++) {
            if (Character.isLowerCase(tok.charAt(k - 1)) && Character.isUpperCase(tok.charAt(k))) {
                out.add(tok.substring(start, k).toLowerCase(Locale.ROOT));
                start = k;
                split = true;
            }
        }
        if (split && out.size() < MAX_TOKENS) {
            out.add(tok.substring(start).toLowerCase(Locale.ROOT));
        }
    }
}
