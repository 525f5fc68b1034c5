package io.hearthguard.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.SoftwareVersion;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.hygiene.SoftwareSources;

/**
 * A device's software and firmware versions as the device page shows them: what the device
 * announced (the inventory's {@link Device#software()}), what the hygiene checks read in the
 * banners of its services (the {@code software} of its {@code hygiene.exposed.*} findings), and
 * the advisory that matches each version (its open or acknowledged {@code hygiene.firmware.advisory}
 * findings). An advisory whose version is in neither list (e.g. the router's UPnP {@code SERVER})
 * is shown as its own row. Bounded: at most {@value #MAX_ROWS} rows.
 */
final class SoftwareView {
    static final int MAX_ROWS = 48;
    static final String ADVISORY_RULE = "hygiene.firmware.advisory";
    /** {@code vsFTPd 3.0.3}, {@code lighttpd/1.4.69}, {@code OpenSSH_9.2p1}: the hygiene checks' banner form. */
    private static final Pattern NAMED = Pattern.compile("^(.+?)[ /_-]v?(\\d[\\w.+~:-]*)$");

    private SoftwareView() {
    }

    /** @param hygiene the device's hygiene findings that are open or acknowledged */
    static List<Map<String, Object>> of(Device d, List<StoredFinding> hygiene) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SoftwareVersion v : d.software()) {
            add(rows, row(v.product(), v.version(), v.source(), SoftwareSources.inWords(v.source()), v.detail()));
        }
        for (StoredFinding s : hygiene) {
            Map<String, Object> ev = s.finding().evidence();
            if (s.finding().rule().startsWith("hygiene.exposed.") && ev.get("software") instanceof String sw) {
                Matcher m = NAMED.matcher(sw.strip());
                if (m.matches()) {
                    String service = String.valueOf(ev.getOrDefault("service", "service"));
                    add(rows, row(m.group(1), m.group(2), "banner", "the " + service + " banner on port " + ev.get("port") + ", read by the hygiene check",
                            String.valueOf(ev.getOrDefault("banner", sw))));
                }
            }
        }
        for (StoredFinding s : hygiene) {
            Map<String, Object> ev = s.finding().evidence();
            if (!ADVISORY_RULE.equals(s.finding().rule()) || !(ev.get("installed") instanceof String installed)) {
                continue;
            }
            String product = String.valueOf(ev.getOrDefault("product", ""));
            Map<String, Object> adv = new LinkedHashMap<>();
            adv.put("id", ev.get("advisory"));
            adv.put("summary", ev.get("advisorySummary"));
            adv.put("fixed", ev.get("fixed"));
            adv.put("findingId", s.id());
            adv.put("severity", s.finding().severity().id());
            boolean matched = false;
            for (Map<String, Object> r : rows) {
                if (installed.equals(r.get("version")) && (product.equalsIgnoreCase((String) r.get("product")) || ((String) r.get("product")).isEmpty())) {
                    advisories(r).add(adv);
                    matched = true;
                }
            }
            if (!matched) {
                Map<String, Object> r = row(product, installed, "advisory", String.valueOf(ev.getOrDefault("readFrom", "a hygiene check")), "");
                if (add(rows, r)) {
                    advisories(r).add(adv);
                }
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> advisories(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("advisories");
    }

    private static Map<String, Object> row(String product, String version, String source, String readFrom, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        String[] keys = { "product", "version", "source", "readFrom", "detail" };
        String[] values = { product, version, source, readFrom, detail };
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], values[i]);
        }
        m.put("advisories", new ArrayList<Map<String, Object>>());
        return m;
    }

    /** Adds the row unless the same product and version are already shown or the bound is reached. */
    private static boolean add(List<Map<String, Object>> rows, Map<String, Object> r) {
        String key = (r.get("product") + " " + r.get("version")).toLowerCase(Locale.ROOT);
        if (rows.size() >= MAX_ROWS || rows.stream().anyMatch(x -> (x.get("product") + " " + x.get("version")).toLowerCase(Locale.ROOT).equals(key))) {
            return false;
        }
        rows.add(r);
        return true;
    }

}
