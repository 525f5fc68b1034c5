package io.hearthguard.discovery.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/**
 * The identification engine: turns facts into {@link Evidence} (through the OUI registry,
 * the DHCP fingerprint databases and the rules) and evidence into an {@link Identity}.
 *
 * <p>Evidence for the same value of an attribute from different sources combines like
 * independent probabilities ({@code 1 - Π(1 - w)}); the value with the highest score wins.
 * The type confidence is that score scaled by the winner's share of all type scores, so
 * contradicting evidence lowers it. Immutable and thread-safe.
 */
public final class Identifier {
    /** Weight of a registry vendor when no rule rewrites it. */
    static final double OUI_VENDOR_WEIGHT = 0.6;
    /** Below this combined score an attribute stays unknown: scattered hints are not an answer. */
    static final double MIN_SCORE = 0.15;
    /** Most evidence items kept in an identity. */
    public static final int MAX_EVIDENCE = 64;

    private final OuiRegistry oui;
    private final DhcpFingerprints fingerprints;
    private final RuleSet rules;
    private final UserAgentFingerprints userAgents;
    private final Lexicon lexicon;

    public Identifier(OuiRegistry oui, DhcpFingerprints fingerprints, RuleSet rules) {
        this(oui, fingerprints, rules, UserAgentFingerprints.empty());
    }

    public Identifier(OuiRegistry oui, DhcpFingerprints fingerprints, RuleSet rules, UserAgentFingerprints userAgents) {
        this(oui, fingerprints, rules, userAgents, Lexicon.builtIn());
    }

    public Identifier(OuiRegistry oui, DhcpFingerprints fingerprints, RuleSet rules, UserAgentFingerprints userAgents,
            Lexicon lexicon) {
        this.oui = oui;
        this.fingerprints = fingerprints;
        this.rules = rules;
        this.userAgents = userAgents;
        this.lexicon = lexicon;
    }

    /** @return whether facts of this kind can give evidence without a rule for them */
    public boolean readsWithoutRules(String kind) {
        return lexicon.reads(kind);
    }

    /** @return the rules in use */
    public RuleSet rules() {
        return rules;
    }

    /** @return the registry in use */
    public OuiRegistry oui() {
        return oui;
    }

    /** @return a copy using other rules */
    public Identifier withRules(RuleSet other) {
        return new Identifier(oui, fingerprints, other, userAgents, lexicon);
    }

    /** @return evidence from the MAC's registry entry, with rules over the organisation name */
    public List<Evidence> forMac(long mac, Instant seen) {
        Optional<OuiRegistry.Block> b = oui.lookup(mac);
        if (b.isEmpty()) {
            return List.of();
        }
        OuiRegistry.Block block = b.get();
        Fact f = new Fact(Fact.OUI, block.organization());
        String what = block.registry() + " " + block.prefix() + " is registered to " + block.organization();
        List<Evidence> out = new ArrayList<>(fromRules(f, what, seen));
        boolean vendorByRule = out.stream().anyMatch(e -> e.attribute().equals("vendor"));
        if (!vendorByRule) {
            out.add(0, lexicon.forOrganization(block.organization(), what, seen));
        }
        return out;
    }

    /** @return the evidence one fact gives; empty when nothing is known about it */
    public List<Evidence> forFact(Fact fact, Instant seen) {
        String v = fact.value();
        if (v.isEmpty()) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>(fromRules(fact, fact.kind() + " '" + v + "'", seen));
        switch (fact.kind()) {
            case Fact.HOSTNAME -> out.add(0, new Evidence("dhcp", "name", v, "DHCP host name " + v, 1.0, seen));
            case Fact.MDNS_NAME -> out.add(0, new Evidence("mdns", "name", v, "mDNS name " + v, 0.9, seen));
            case Fact.UPNP_NAME -> out.add(0, new Evidence("upnp", "name", v, "UPnP friendly name " + v, 0.8, seen));
            case Fact.DHCP_PRL -> out.addAll(fromSignatures(fingerprints.byParameterList(v), "DHCP option 55 " + v, seen, 1.0));
            case Fact.DHCP_PRL_GENERIC -> out.addAll(fromSignatures(fingerprints.byParameterList(v), "DHCP option 55 " + v
                    + " (sent by a generic client, udhcp: its list, not the device's kind)", seen, GENERIC_CLIENT));
            case Fact.DHCP_VENDOR -> out.addAll(fromSignatures(fingerprints.byVendorClass(v), "DHCP vendor class " + v
                    + (genericDhcpClient(v) ? " (a generic client, udhcp: its version, not the device's kind)" : ""), seen,
                    genericDhcpClient(v) ? GENERIC_CLIENT : 1.0));
            case Fact.GATEWAY -> out.add(new Evidence("net", "type", DeviceType.ROUTER.id(), v, 0.9, seen));
            case Fact.HTTP_UA -> out.addAll(fromUserAgent(v, seen));
            default -> { }
        }
        // the lexicon speaks only for what no rule or database said about this fact
        for (Evidence e : lexicon.forFact(fact, seen)) {
            String attr = e.attribute();
            if (out.stream().noneMatch(o -> o.attribute().equals(attr))) {
                out.add(e);
            }
        }
        return out;
    }

    private List<Evidence> fromUserAgent(String ua, Instant seen) {
        UserAgentFingerprints.Signature sig = userAgents.match(ua);
        if (sig == null) {
            return List.of();
        }
        String detail = Text.clean("User-Agent contains '" + sig.pattern() + "': " + sig.name() + " in webuseragent.xml", 400);
        List<Evidence> out = new ArrayList<>(4);
        if (!sig.name().equalsIgnoreCase(sig.os())) { // an OS signature names no model
            out.add(new Evidence("http-ua", "model", sig.name(), detail, 0.6, seen));
        }
        if (!sig.vendor().isEmpty()) {
            out.add(new Evidence("http-ua", "vendor", sig.vendor(), detail, 0.5, seen));
        }
        if (sig.type() != DeviceType.UNKNOWN) {
            out.add(new Evidence("http-ua", "type", sig.type().id(), detail, 0.5, seen));
        }
        if (!sig.os().isEmpty()) {
            out.add(new Evidence("http-ua", "os", sig.os(), detail, 0.4, seen));
        }
        return out;
    }

    private List<Evidence> fromRules(Fact fact, String what, Instant seen) {
        List<RuleSet.Match> matches = rules.match(fact);
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (RuleSet.Match m : matches) {
            String detail = Text.clean(what + " matched rule " + m.rule().origin(), 400);
            m.values().forEach((attr, value) -> {
                String val = attr.equals("type") ? DeviceType.fromId(value).id() : value;
                out.add(new Evidence(fact.source(), attr, val, detail, m.rule().weight(), seen));
            });
        }
        return out;
    }

    /**
     * Scale of the type and vendor a fingerprint database gives for what a generic DHCP client sent. BusyBox's
     * {@code udhcpc} is the DHCP client of embedded Linux of every kind: in Satori's {@code dhcp.xml} its vendor classes
     * ({@code udhcp 0.9.8}, {@code udhcp 1.12.1}, …) belong to cameras, access points, routers, e-book readers, NAS,
     * printers, a phone, a PDA and a TV, and its default option-55 lists to Axis and Wyze cameras, Kindles, a NAS, a
     * people counter and OpenWrt boards (Fingerbank: a LaCie NAS; with option 44 added: three routers). The signatures
     * name whoever sent such a list to the database, not what the list says about a device; the OS they give stands.
     */
    static final double GENERIC_CLIENT = 0.3;

    /** @return whether a DHCP vendor class names a generic client (BusyBox {@code udhcp}) rather than a device */
    static boolean genericDhcpClient(String vendorClass) {
        return vendorClass != null && vendorClass.regionMatches(true, 0, "udhcp", 0, 5);
    }

    private static List<Evidence> fromSignatures(List<DhcpFingerprints.Signature> found, String what, Instant seen, double scale) {
        if (found.isEmpty()) {
            return List.of();
        }
        // the same signature in two databases (or two copies of one) counts once
        Map<String, DhcpFingerprints.Signature> distinct = new LinkedHashMap<>();
        for (DhcpFingerprints.Signature s : found) {
            distinct.putIfAbsent((s.name() + '|' + s.type() + '|' + s.vendor() + '|' + s.os()).toLowerCase(Locale.ROOT), s);
        }
        List<DhcpFingerprints.Signature> sigs = List.copyOf(distinct.values());
        List<Evidence> out = new ArrayList<>();
        share(sigs, s -> s.type() == DeviceType.UNKNOWN ? "" : s.type().id(), "type", 0.45 * scale, what, seen, out);
        share(sigs, DhcpFingerprints.Signature::os, "os", 0.5, what, seen, out);
        share(sigs, DhcpFingerprints.Signature::vendor, "vendor", 0.3 * scale, what, seen, out);
        return out;
    }

    private static void share(List<DhcpFingerprints.Signature> sigs, java.util.function.Function<DhcpFingerprints.Signature, String> f,
            String attr, double weight, String what, Instant seen, List<Evidence> out) {
        Map<String, List<String>> votes = new LinkedHashMap<>();
        for (DhcpFingerprints.Signature s : sigs) {
            String v = f.apply(s);
            if (!v.isEmpty()) {
                List<String> names = votes.computeIfAbsent(v, k -> new ArrayList<>());
                if (!names.contains(s.name())) {
                    names.add(s.name());
                }
            }
        }
        int total = sigs.size();
        votes.forEach((v, names) -> {
            double w = weight * names.size() / total;
            String detail = what + " matches " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "") + " in " + sigs.get(0).database()
                    + " (" + names.size() + " of " + total + " signatures)";
            w = Math.min(w, weight);
            out.add(new Evidence("dhcp-fingerprint", attr, v, Text.clean(detail, 400), Math.round(w * 1000) / 1000.0, seen));
        });
    }

    /** Combines evidence into an identity; {@code evidence} is not modified. */
    /**
     * {@link #decide(Collection)}, and when the brand is known but nothing named the kind of device, the brand's product
     * line as weak type evidence (see {@link Lexicon#productLine(String)}).
     *
     * @param evidence the device's evidence
     * @return the identity
     */
    public Identity decideWithLines(Collection<Evidence> evidence) {
        return decideWithLines(evidence, null);
    }

    /**
     * {@link #decideWithLines(Collection)}, and when nothing named the kind of device, what its own flows say
     * ({@link Behaviour}) as weak type evidence too; with the brand's product line, the two combine when they agree.
     *
     * @param evidence the device's evidence
     * @param behaviour the type its flows point to, or null
     * @return the identity
     */
    public Identity decideWithLines(Collection<Evidence> evidence, Evidence behaviour) {
        Identity id = decide(evidence);
        if (id.type() != DeviceType.UNKNOWN) {
            return id;
        }
        Evidence line = id.vendor() == null ? null : lexicon.productLine(id.vendor());
        if (line == null && behaviour == null) {
            return id;
        }
        List<Evidence> more = new ArrayList<>(evidence);
        if (line != null) {
            more.add(line);
        }
        if (behaviour != null) {
            more.add(behaviour);
        }
        return decide(more);
    }

    public static Identity decide(Collection<Evidence> evidence) {
        Winner vendor = winner(evidence, "vendor");
        Winner type = winner(evidence, "type");
        Winner model = winner(evidence, "model");
        Winner os = winner(evidence, "os");
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        if (sorted.size() > MAX_EVIDENCE) {
            sorted = sorted.subList(0, MAX_EVIDENCE);
        }
        DeviceType t = type == null ? DeviceType.UNKNOWN : DeviceType.fromId(type.value);
        double conf = type == null || t == DeviceType.UNKNOWN ? 0.0 : Math.round(type.confidence * 1000) / 1000.0;
        return new Identity(vendor == null ? null : vendor.value, t, model == null ? null : model.value,
                os == null ? null : os.value, conf, List.copyOf(sorted));
    }

    private record Winner(String value, double score, double confidence) {
    }

    private static Winner winner(Collection<Evidence> evidence, String attribute) {
        Map<String, double[]> miss = new HashMap<>(); // key -> product of (1 - w)
        Map<String, Evidence> best = new HashMap<>();
        for (Evidence e : evidence) {
            if (!e.attribute().equals(attribute) || e.weight() <= 0) {
                continue;
            }
            String key = e.value().toLowerCase(Locale.ROOT);
            if (attribute.equals("type") && DeviceType.fromId(key) == DeviceType.UNKNOWN) {
                continue;
            }
            miss.computeIfAbsent(key, k -> new double[] {1.0})[0] *= 1.0 - e.weight();
            Evidence b = best.get(key);
            if (b == null || e.weight() > b.weight()) {
                best.put(key, e);
            }
        }
        if (miss.isEmpty()) {
            return null;
        }
        // tie-break: the value with the strongest single piece of evidence, then the name
        String top = null;
        double topScore = -1;
        double sum = 0;
        for (Map.Entry<String, double[]> en : miss.entrySet()) {
            double s = 1.0 - en.getValue()[0];
            sum += s;
            if (s > topScore || (s == topScore && (best.get(en.getKey()).weight() > best.get(top).weight()
                    || best.get(en.getKey()).weight() == best.get(top).weight() && en.getKey().compareTo(top) < 0))) {
                top = en.getKey();
                topScore = s;
            }
        }
        if (topScore < MIN_SCORE) {
            return null;
        }
        return new Winner(best.get(top).value(), topScore, sum <= 0 ? 0 : topScore * (topScore / sum));
    }
}
