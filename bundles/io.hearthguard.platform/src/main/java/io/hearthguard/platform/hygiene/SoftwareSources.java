package io.hearthguard.platform.hygiene;

/**
 * Says in words where a device's software version was read, for findings and the device page:
 * the {@code source} of {@link io.hearthguard.api.device.SoftwareVersion} (what discovery heard)
 * and the hygiene checks' own {@code banner}. Shared by the hygiene bundle and the dashboard so
 * both say it the same way.
 *
 * @since 1.1
 */
public final class SoftwareSources {
    private SoftwareSources() {
    }

    /**
     * @param source e.g. {@code mdns-txt.fwversion}, {@code dhcp-vendor-class}, {@code ssdp-server}, {@code upnp.<element>}
     * @return e.g. "its mDNS announcement (TXT fwversion)"; an unknown source is named as it is
     */
    public static String inWords(String source) {
        if (source.startsWith("mdns-txt.")) {
            return "its mDNS announcement (TXT " + source.substring("mdns-txt.".length()) + ")";
        }
        if (source.startsWith("upnp.")) {
            return "its UPnP description (" + source.substring("upnp.".length()) + ")";
        }
        return switch (source) {
            case "dhcp-vendor-class" -> "its DHCP request (vendor class)";
            case "ssdp-server" -> "its UPnP announcement (SSDP SERVER)";
            default -> "its announcement (" + source + ")";
        };
    }
}
