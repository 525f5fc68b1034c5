package io.hearthguard.discovery.internal;

/**
 * One observation about a device, before interpretation: {@code kind} says what was
 * observed (see the constants), {@code value} the sanitised observed text.
 */
public record Fact(String kind, String value) {
    /** Vendor organisation from the IEEE registry. */
    public static final String OUI = "oui";
    /** DHCP host name (option 12/81, DHCPv6 39). */
    public static final String HOSTNAME = "hostname";
    /** DHCP vendor class identifier (option 60 / DHCPv6 16). */
    public static final String DHCP_VENDOR = "dhcp-vendor";
    /** DHCP parameter request list, comma separated in request order. */
    public static final String DHCP_PRL = "dhcp-prl";
    /**
     * A DHCP parameter request list sent with a generic client's vendor class (BusyBox {@code udhcp}): the list is that
     * client's configuration, shared by devices of every kind (see {@link Identifier#genericDhcpClient(String)}).
     */
    public static final String DHCP_PRL_GENERIC = "dhcp-prl-generic-client";
    /** An mDNS service type the device announces, e.g. {@code _googlecast._tcp}. */
    public static final String MDNS_SERVICE = "mdns-service";
    /** An mDNS service instance or host name the device announces. */
    public static final String MDNS_NAME = "mdns-name";
    /** Prefix of mDNS TXT facts: {@code mdns-txt.<key>} with the value after {@code =}. */
    public static final String MDNS_TXT = "mdns-txt.";
    /** SSDP SERVER header. */
    public static final String SSDP_SERVER = "ssdp-server";
    /** SSDP NT or ST: the device or service type advertised. */
    public static final String SSDP_TYPE = "ssdp-type";
    /** SSDP USN: the unique service name, often with the product's own words in it. */
    public static final String SSDP_USN = "ssdp-usn";
    /** Prefix of UPnP description facts: {@code upnp.<element>}, e.g. {@code upnp.modelName}. */
    public static final String UPNP = "upnp.";
    /** The friendly name in a UPnP description: a name for the device. */
    public static final String UPNP_NAME = "upnp.friendlyname";
    /** A DNS name the device queried. */
    public static final String DNS = "dns";
    /** A TLS server name the device asked for. */
    public static final String SNI = "sni";
    /** An HTTP User-Agent the device sent. */
    public static final String HTTP_UA = "http-ua";
    /** The path (without query) of an HTTP request the device sent. */
    public static final String HTTP_PATH = "http-path";
    /**
     * The path (without query) of an HTTP request another home device sent to the device: the device's own web
     * interface, whose resources name what it is ({@code /smartplug.cgi}, {@code /snapshot.jpg}).
     */
    public static final String HTTP_SERVED = "http-served";
    /** A port the device accepts connections on from the home network: {@code tcp/55443}, {@code udp/1900}. */
    public static final String LISTEN = "listen";
    /** A port of another home device the device connects to: {@code tcp/55443}. */
    public static final String CONNECT_LOCAL = "connect-local";
    /** The device is the network's gateway (DHCP server, router advertisement or main next hop). */
    public static final String GATEWAY = "gateway";

    /** @return the evidence source name for this kind (as in {@link io.hearthguard.api.device.Evidence#source()}) */
    public String source() {
        if (kind.startsWith("mdns")) {
            return "mdns";
        }
        if (kind.startsWith("dhcp") || kind.equals(HOSTNAME)) {
            return "dhcp";
        }
        if (kind.startsWith("ssdp")) {
            return "ssdp";
        }
        if (kind.startsWith("upnp")) {
            return "upnp";
        }
        return switch (kind) {
            case SNI -> "tls-sni";
            case LISTEN, CONNECT_LOCAL -> "port";
            case GATEWAY -> "net";
            default -> kind;
        };
    }
}
