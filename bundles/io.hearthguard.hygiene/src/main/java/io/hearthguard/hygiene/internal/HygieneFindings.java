package io.hearthguard.hygiene.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/** Turns a check's report into findings: what is exposed, why it matters, how to close it. */
final class HygieneFindings {
    static final String SOURCE = "io.hearthguard.hygiene";

    private HygieneFindings() {
    }

    static List<Finding> of(HygieneChecker.Report r, DeviceRef device, Instant now) {
        return of(r, device, now, Advisories.NONE);
    }

    static List<Finding> of(HygieneChecker.Report r, DeviceRef device, Instant now, Advisories advisories) {
        List<Finding> out = new ArrayList<>();
        for (Exposure e : r.exposures()) {
            Advisories.Software sw = Advisories.Software.parse(e.software());
            if (sw != null) {
                for (Advisories.Entry a : advisories.affecting(sw)) {
                    out.add(advisory(e, sw, a, device, now));
                }
            }
        }
        for (Exposure e : r.exposures()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("ip", e.ip());
            ev.put("port", (long) e.port().port());
            ev.put("service", e.port().label());
            ev.put("risk", e.port().risk());
            ev.put("fix", e.port().fix());
            if (!e.banner().isEmpty()) {
                ev.put("banner", e.banner());
            }
            if (!e.software().isEmpty()) {
                ev.put("software", e.software());
            }
            ev.putAll(e.facts());
            if (e.note() != null) {
                ev.put("note", e.note());
            }
            ev.put("traffic", r.traffic());
            String rule = "hygiene.exposed." + e.port().service()
                    + (e.fact("anonymous") ? ".anonymous" : e.fact("streamWithoutPassword") ? ".no-password"
                            : e.fact("loginOverPlainHttp") ? ".cleartext-login" : "");
            out.add(Finding.builder(rule, Categories.HYGIENE, e.severity()).device(device).span(now, now)
                    .summary(e.summary() + ". " + e.port().fix()).evidence(ev).dedupKey(e.ip() + ":" + e.port().port())
                    .source(SOURCE).build());
        }
        for (CredentialCheck.Result c : r.credentials()) {
            if (!c.found()) {
                continue;
            }
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("ip", c.ip());
            ev.put("port", (long) c.port());
            ev.put("service", c.service());
            ev.put("attempts", (long) c.attempts());
            ev.put("stored", "only the fact that a well-known default login was accepted; neither the user name nor the password is kept");
            ev.put("fix", credentialFix(c.service()));
            String what = "ftp".equals(c.service()) ? "FTP (anonymous or a default login)"
                    : "http-form".equals(c.service()) ? "The login form" : c.service().toUpperCase(java.util.Locale.ROOT);
            out.add(Finding.builder("hygiene.default-credentials." + c.service(), Categories.HYGIENE, Severity.CRITICAL).device(device)
                    .span(now, now)
                    .summary(what + " on " + c.ip() + ":" + c.port() + " accepts a well-known default login: anyone on the network can log in. "
                            + credentialFix(c.service()))
                    .evidence(ev).dedupKey(c.ip() + ":" + c.port()).source(SOURCE).build());
        }
        return out;
    }

    /** What every advisory finding carries: where, which advisory, which software, installed and fixed version. */
    private static Map<String, Object> advisoryEvidence(String ip, Advisories.Software sw, Advisories.Entry a) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("ip", ip);
        ev.put("advisory", a.id());
        if (!a.aliases().isEmpty()) {
            ev.put("aliases", a.aliases());
        }
        ev.put("product", sw.product());
        ev.put("installed", sw.version());
        ev.put("fixed", a.fixed() == null ? "no fixed version listed" : a.fixed());
        ev.put("advisorySummary", a.summary());
        return ev;
    }

    private static Finding advisory(Exposure e, Advisories.Software sw, Advisories.Entry a, DeviceRef device, Instant now) {
        Map<String, Object> ev = advisoryEvidence(e.ip(), sw, a);
        ev.put("port", (long) e.port().port());
        ev.put("readFrom", "the " + e.port().label() + " banner: " + e.software());
        String fix = a.fixed() == null
                ? "No fixed version is listed: ask the maker for an update, or turn the service off."
                : "Update the device's firmware (or " + sw.product() + ") to " + a.fixed() + " or later, from the maker's app or web page.";
        ev.put("fix", fix);
        return Finding.builder("hygiene.firmware.advisory", Categories.HYGIENE, Severity.HIGH).device(device).span(now, now)
                .summary(sw.product() + " " + sw.version() + " on " + e.ip() + ":" + e.port().port() + " is affected by " + a.id()
                        + (a.fixed() == null ? "" : " (fixed in " + a.fixed() + ")") + ". " + fix)
                .evidence(ev).dedupKey(e.ip() + ":" + e.port().port() + ":" + a.id()).source(SOURCE).build();
    }

    static final String UPNP_FIX = "If you did not ask for this device to be reachable from the internet, delete the mapping in the router's "
            + "port-forwarding or UPnP page and turn off remote access in the device's app; if nothing at home needs it, turn UPnP off in "
            + "the router (games consoles and some cameras then need a manual port forward, or the maker's cloud relay).";

    /**
     * One finding per internal device the router's IGD forwards ports to, listing its mappings.
     *
     * @param device the device with that address, or a reference naming only the address
     */
    static List<Finding> upnp(UpnpIgd.Result r, java.util.function.Function<String, DeviceRef> device, Instant now) {
        Map<String, List<UpnpIgd.Mapping>> byClient = new java.util.TreeMap<>();
        for (UpnpIgd.Mapping m : r.mappings()) {
            byClient.computeIfAbsent(m.internalClient(), k -> new ArrayList<>()).add(m);
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<UpnpIgd.Mapping>> e : byClient.entrySet()) {
            List<UpnpIgd.Mapping> ms = e.getValue();
            boolean anyone = ms.stream().anyMatch(m -> m.enabled() && m.remoteHost().isEmpty());
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("ip", e.getKey());
            ev.put("router", r.router());
            ev.put("mappings", ms.stream().map(UpnpIgd.Mapping::describe).toList());
            ev.put("externalPorts", ms.stream().map(m -> m.protocol() + " " + m.externalPort()).toList());
            List<String> via = ms.stream().map(UpnpIgd.Mapping::openedBy).filter(java.util.Objects::nonNull).distinct().toList();
            if (!via.isEmpty()) {
                ev.put("openedBy", via);
            }
            ev.put("fix", UPNP_FIX);
            if (!r.notes().isEmpty()) {
                ev.put("note", String.join("; ", r.notes()));
            }
            ev.put("traffic", Map.of("bytesSent", r.bytesSent(), "bytesReceived", r.bytesReceived()));
            String ports = String.join(", ", ms.stream().map(m -> m.protocol() + " " + m.externalPort() + "->" + m.internalPort()).toList());
            out.add(Finding.builder("hygiene.upnp.port-mapping", Categories.HYGIENE, anyone ? Severity.MEDIUM : Severity.LOW)
                    .device(device.apply(e.getKey())).span(now, now)
                    .summary("The router (" + r.router() + ") forwards " + ms.size() + (ms.size() == 1 ? " port" : " ports")
                            + " from the internet to " + e.getKey() + " (" + ports + "), opened over "
                            + (via.isEmpty() ? "UPnP" : String.join(" and ", via) + (via.size() < ms.size() ? " and UPnP" : "")) + ". " + UPNP_FIX)
                    .evidence(ev).dedupKey("upnp:" + r.router() + ":" + e.getKey()).source(SOURCE).build());
        }
        return out;
    }

    static final String NATPMP_FIX = "Turn NAT-PMP / PCP off in the router (usually next to the UPnP setting, e.g. \"NAT Port Mapping Protocol\" "
            + "or \"PCP\"), unless a device you trust needs it; then check the port forwards the router lists.";

    /** One finding when the router answers NAT-PMP or PCP requests from the home network. */
    static List<Finding> natPmp(NatPmp.Result n, DeviceRef router, Instant now) {
        if (!n.open()) {
            return List.of();
        }
        List<String> protocols = new ArrayList<>();
        if (n.natPmp()) {
            protocols.add("NAT-PMP");
        }
        if (n.pcp()) {
            protocols.add("PCP");
        }
        String which = String.join(" and ", protocols);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("ip", n.router());
        ev.put("port", (long) NatPmp.PORT);
        ev.put("protocols", protocols);
        if (n.externalAddress() != null) {
            ev.put("externalAddress", n.externalAddress());
        }
        ev.put("risk", "Any program on any device at home can ask the router to open a port to the internet, without a password and without anyone seeing it.");
        ev.put("fix", NATPMP_FIX);
        ev.put("listing", "NAT-PMP and PCP cannot list their mappings; those the router shares with its UPnP list are in hygiene.upnp.port-mapping, marked \"opened over NAT-PMP\" or \"PCP\"");
        if (!n.notes().isEmpty()) {
            ev.put("note", String.join("; ", n.notes()));
        }
        ev.put("traffic", Map.of("bytesSent", n.bytesSent(), "bytesReceived", n.bytesReceived()));
        return List.of(Finding.builder("hygiene.router.natpmp", Categories.HYGIENE, Severity.LOW).device(router).span(now, now)
                .summary("The router (" + n.router() + ") takes " + which + " port-mapping requests from the home network: any device can open "
                        + "ports to the internet without asking. " + NATPMP_FIX)
                .evidence(ev).dedupKey("natpmp:" + n.router()).source(SOURCE).build());
    }

    /**
     * The software the router names in its UPnP answer ({@code SERVER: Linux/5.10 UPnP/1.1
     * MiniUPnPd/2.3.3}): each {@code product/version} word except UPnP's own is compared with
     * the advisories; one finding per advisory that affects it.
     */
    static List<Finding> routerSoftware(UpnpIgd.Result r, DeviceRef router, Advisories advisories, Instant now) {
        List<Finding> out = new ArrayList<>();
        if (r.router() == null || r.server().isEmpty()) {
            return out;
        }
        for (String word : r.server().split("\\s+")) {
            Advisories.Software sw = Advisories.Software.parse(word);
            if (sw == null || sw.product().equals("upnp")) {
                continue;
            }
            for (Advisories.Entry a : advisories.affecting(sw)) {
                Map<String, Object> ev = advisoryEvidence(r.router(), sw, a);
                ev.put("readFrom", "the router's UPnP answer: SERVER " + r.server());
                String fix = a.fixed() == null
                        ? "No fixed version is listed: ask the router's maker (or your internet provider) for an update, and turn UPnP off in the router meanwhile."
                        : "Update the router's firmware so that " + sw.product() + " is " + a.fixed() + " or later (the router's web page, "
                                + "usually under System or Administration, or your internet provider); until then turn UPnP off in the router.";
                ev.put("fix", fix);
                out.add(Finding.builder("hygiene.firmware.advisory", Categories.HYGIENE, Severity.HIGH).device(router).span(now, now)
                        .summary("The router (" + r.router() + ") runs " + sw.product() + " " + sw.version() + ", affected by " + a.id()
                                + (a.fixed() == null ? "" : " (fixed in " + a.fixed() + ")") + ". " + fix)
                        .evidence(ev).dedupKey(r.router() + ":upnp:" + a.id()).source(SOURCE).build());
            }
        }
        return out;
    }


    /**
     * The versions the device announced about itself (inventory's {@code Device.software()}:
     * mDNS TXT, DHCP vendor class, SSDP {@code SERVER}) compared with the advisories; one finding
     * per advisory that affects one. A version announced without a product name (an mDNS
     * {@code fwversion}) is the firmware of the device itself, so it is compared under the
     * device's model, its vendor and model, and its vendor. No traffic: discovery heard them.
     */
    static List<Finding> announced(io.hearthguard.api.device.Device d, DeviceRef device, Advisories advisories, Instant now) {
        List<Finding> out = new ArrayList<>();
        if (advisories.size() == 0) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (io.hearthguard.api.device.SoftwareVersion v : d.software()) {
            List<String> products = new ArrayList<>();
            if (!v.product().isEmpty()) {
                products.add(v.product());
            } else {
                d.model().ifPresent(products::add);
                d.model().ifPresent(m -> d.vendor().ifPresent(vendor -> products.add(vendor + " " + m)));
                d.vendor().ifPresent(products::add);
            }
            for (String product : products) {
                Advisories.Software sw = new Advisories.Software(product.strip().toLowerCase(java.util.Locale.ROOT), v.version());
                for (Advisories.Entry a : advisories.affecting(sw)) {
                    if (!seen.add(a.id() + "|" + v.source() + "|" + v.version())) {
                        continue;
                    }
                    String ip = d.ips().stream().filter(x -> x.indexOf(':') < 0).sorted().findFirst().orElse("");
                    Map<String, Object> ev = advisoryEvidence(ip, sw, a);
                    ev.put("readFrom", io.hearthguard.platform.hygiene.SoftwareSources.inWords(v.source()) + ": " + v.detail());
                    String fix = a.fixed() == null
                            ? "No fixed version is listed: ask the maker for an update, and keep the device off the guest and internet-facing paths meanwhile."
                            : "Update the device's firmware (or " + sw.product() + ") to " + a.fixed() + " or later, from the maker's app or web page.";
                    ev.put("fix", fix);
                    out.add(Finding.builder("hygiene.firmware.advisory", Categories.HYGIENE, Severity.HIGH).device(device).span(now, now)
                            .summary(d.displayName() + " announces " + sw.product() + " " + sw.version() + " in " + io.hearthguard.platform.hygiene.SoftwareSources.inWords(v.source())
                                    + ", affected by " + a.id() + (a.fixed() == null ? "" : " (fixed in " + a.fixed() + ")") + ". " + fix)
                            .evidence(ev).dedupKey(d.id() + ":" + v.source() + ":" + a.id()).source(SOURCE).build());
                }
            }
        }
        return out;
    }

    /** How to change the default login, per service. */
    static String credentialFix(String service) {
        return switch (service) {
            case "telnet" -> "Log in to the device's app or web page and change the administrator password to a long, unique one, "
                    + "then turn Telnet off; if the device has no setting for either, update its firmware or replace it.";
            case "ftp" -> "Open the device's file-sharing or FTP settings: turn off anonymous access, change the FTP password to a long, "
                    + "unique one, or turn FTP off.";
            case "http", "http-form" -> "Open the device's web page, sign in, and change the administrator password (usually under System, "
                    + "Administration or Security) to a long, unique one; use https:// if offered.";
            case "rtsp" -> "Open the camera's app or web page and change the administrator password (the stream uses the same login) to a long, "
                    + "unique one; turn RTSP off if nothing at home records the stream.";
            case "ssh" -> "Log in to the device's app or web page and change the administrator (root) password to a long, unique one; "
                    + "turn SSH off if you do not use it, or allow only key logins.";
            case "mqtt" -> "Change the broker's password for this user (mosquitto_passwd), give each client its own login, and use TLS on 8883.";
            default -> "Change the password in the device's settings to a long, unique one.";
        };
    }

    static final String WAN_FIX = "In the router's settings make sure UPnP serves only the home network (LAN), never the internet (WAN) side, or turn UPnP off; "
            + "then have UDP 1900 and the TCP port below checked from outside the home (an online UPnP exposure test, or a port check from a phone on mobile data).";

    /**
     * The router's UPnP asked on the router's own internet address from inside the home
     * ({@link WanSide}): an answer gives {@code hygiene.upnp.wan-side} (info, no points: it shows
     * the service is not bound to the home side only, not that the internet can reach it); no
     * answer gives nothing.
     */
    static List<Finding> wanSide(WanSide.Probe p, DeviceRef router, Instant now) {
        if (!p.answered()) {
            return List.of();
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("ip", router.ip());
        ev.put("externalAddress", p.address());
        ev.put("externalKind", p.kind());
        ev.put("ssdpAnswered", p.ssdpAnswered());
        ev.put("httpPort", (long) p.httpPort());
        ev.put("httpAnswered", p.httpAnswered());
        ev.put("shows", "The router's UPnP answers on its internet address when asked from inside the home: it is not bound to the home side only.");
        ev.put("cannotShow", "Whether the internet can reach it: this probe enters the router from the home side, and routers answer home-side "
                + "requests whatever address they ask (the real miniupnpd answers this probe alike whether or not it also listens on its internet side). "
                + "Only a check from outside the home can tell.");
        if (!p.kind().equals("public")) {
            ev.put("neighbours", "The external address " + p.address() + " is " + (p.kind().equals("shared") ? "a carrier-grade NAT address (RFC 6598)"
                    : p.kind().equals("private") ? "a private address (RFC 1918)" : "a reserved address")
                    + ": the router's internet side is a network shared with others (the provider's other customers, or the modem's own network), "
                    + "who could reach a UPnP service listening there.");
        }
        ev.put("fix", WAN_FIX);
        if (!p.notes().isEmpty()) {
            ev.put("note", String.join("; ", p.notes()));
        }
        ev.put("traffic", Map.of("bytesSent", p.bytesSent(), "bytesReceived", p.bytesReceived()));
        return List.of(Finding.builder("hygiene.upnp.wan-side", Categories.HYGIENE, Severity.INFO).device(router).span(now, now)
                .summary("The router's UPnP answers on its internet address " + p.address() + " when asked from inside the home; whether it also answers "
                        + "from the internet cannot be seen from here. " + WAN_FIX)
                .evidence(ev).dedupKey(router.ip() + ":upnp-wan-side").source(SOURCE).build());
    }

    /**
     * The router named no internet address of its own ({@code GetExternalIPAddress} empty or
     * {@code 0.0.0.0}): it sits behind the provider's carrier-grade NAT or another router, so its
     * internet side is a network shared with others and there is no address to probe.
     */
    static List<Finding> wanUnnamed(DeviceRef router, Instant now) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("ip", router.ip());
        ev.put("externalAddress", "none named (GetExternalIPAddress answered " + "0.0.0.0 or nothing)");
        ev.put("shows", "The router has no internet address of its own: it is behind the provider's carrier-grade NAT or behind another router (the modem).");
        ev.put("cannotShow", "Whether its UPnP answers on that internet side: there is no address the hub could ask, and from inside it would not tell anyway. "
                + "Neighbours on that shared network (the provider's other customers, or the modem's network) could reach a UPnP service listening there.");
        ev.put("fix", WAN_FIX);
        return List.of(Finding.builder("hygiene.upnp.wan-side", Categories.HYGIENE, Severity.INFO).device(router).span(now, now)
                .summary("The router names no internet address of its own (it is behind another NAT), so whether its UPnP answers on its internet side "
                        + "cannot be checked from here. " + WAN_FIX)
                .evidence(ev).dedupKey(router.ip() + ":upnp-wan-side").source(SOURCE).build());
    }
}
