package io.hearthguard.discovery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hearthguard.api.device.SoftwareVersion;

/**
 * Reads the software and firmware versions a device announces about itself out of the facts
 * discovery already keeps: mDNS TXT version keys, the DHCP vendor class, the SSDP
 * {@code SERVER} header. Pure functions over cleaned text; bounded output.
 */
final class AnnouncedSoftware {

    /** Most versions read from one fact (a SERVER header names three or four products). */
    static final int MAX_PER_FACT = 4;

    /**
     * mDNS TXT keys that carry the device's own firmware or software version. Protocol versions
     * ({@code txtvers}, HomeKit {@code pv}, Cast {@code ve}) are deliberately absent.
     */
    static final Set<String> MDNS_VERSION_KEYS = Set.of("fwversion", "fw_version", "fwver", "fw", "firmware",
            "firmwareversion", "firmware_version", "swversion", "sw_version", "swvers", "ver", "vers", "version",
            "srcvers");

    private static final Pattern VERSION = Pattern.compile("v?(\\d[0-9A-Za-z.+~_-]{0,47})");
    /** {@code name[ /_-]version}, the name starting with a letter; the version with a digit. */
    private static final Pattern NAMED = Pattern.compile(
            "([A-Za-z][A-Za-z0-9.+]*(?:[-_][A-Za-z][A-Za-z0-9.+]*)*)[ /_-]v?(\\d[0-9A-Za-z.+~_-]{0,47})");
    /** SSDP SERVER words: {@code product/version}. */
    private static final Pattern WORD = Pattern.compile("([A-Za-z][A-Za-z0-9._+-]{0,47})/v?(\\d[0-9A-Za-z.+~_-]{0,47})");
    /** Words of a SERVER header that name a protocol, not software. */
    private static final Set<String> PROTOCOLS = Set.of("upnp", "dlnadoc", "http", "ssdp", "dlna");

    private AnnouncedSoftware() {
    }

    /** @return the versions fact {@code kind} with cleaned value {@code v} announces; empty when none */
    static List<SoftwareVersion> from(String kind, String v) {
        if (kind.startsWith(Fact.MDNS_TXT)) {
            String key = kind.substring(Fact.MDNS_TXT.length());
            if (!MDNS_VERSION_KEYS.contains(key)) {
                return List.of();
            }
            Matcher m = VERSION.matcher(v.strip());
            if (!m.matches() || !m.group(1).matches(".*\\d.*")) {
                return List.of();
            }
            return List.of(new SoftwareVersion("", trimEnd(m.group(1)), kind,
                    cut("mDNS TXT " + key + "=" + v, SoftwareVersion.MAX_DETAIL)));
        }
        if (kind.equals(Fact.DHCP_VENDOR)) {
            // "udhcp 1.36.1", "dhcpcd-9.4.1:Linux-6.1.0:x86_64:GenuineIntel", "android-dhcp-13", "MSFT 5.0"
            String first = v.split(":", 2)[0].strip();
            Matcher m = NAMED.matcher(first);
            if (!m.lookingAt() || m.group(1).length() > SoftwareVersion.MAX_LENGTH) {
                return List.of();
            }
            return List.of(new SoftwareVersion(m.group(1), trimEnd(m.group(2)), "dhcp-vendor-class",
                    cut("DHCP vendor class " + v, SoftwareVersion.MAX_DETAIL)));
        }
        if (kind.equals(Fact.SSDP_SERVER)) {
            List<SoftwareVersion> out = new ArrayList<>();
            Matcher m = WORD.matcher(v);
            while (m.find() && out.size() < MAX_PER_FACT) {
                if (PROTOCOLS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                out.add(new SoftwareVersion(m.group(1), trimEnd(m.group(2)), "ssdp-server",
                        cut("SSDP SERVER " + v, SoftwareVersion.MAX_DETAIL)));
            }
            return out;
        }
        return List.of();
    }

    /** Drops trailing separators ({@code 1.2.3-} from {@code 1.2.3-,}). */
    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 1 && ".-_+~".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
