package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port mappings the home router's UPnP Internet Gateway Device has made: an SSDP
 * M-SEARCH sent only out of this machine's interface inside the home subnets (TTL 2), the
 * router's description fetched from the LOCATION it answered, then
 * {@code GetGenericPortMappingEntry} over SOAP from index 0 until the router says there is no
 * more. Everything is bounded: answers to the search (count and size), the description and
 * each SOAP answer (bytes and read time), the number of mappings, and the whole query (time).
 * Only addresses inside the home subnets are contacted: a LOCATION or control URL elsewhere,
 * or a name instead of an address, is refused with a note. Redirects are not followed.
 */
final class UpnpIgd {
    static final String SSDP_GROUP = "239.255.255.250";
    static final int SSDP_PORT = 1900;
    private static final int MAX_SSDP_ANSWERS = 32;
    private static final int MAX_DATAGRAM = 2048;
    private static final Pattern SERVICE = Pattern.compile("<service>(.*?)</service>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTION_SERVICE = Pattern.compile("urn:schemas-upnp-org:service:WAN(IP|PPP)Connection:\\d");
    private static final Pattern WLAN_SERVICE = Pattern.compile("urn:schemas-upnp-org:service:WLANConfiguration:\\d");

    /** One mapping as the router listed it. */
    record Mapping(String protocol, int externalPort, String internalClient, int internalPort, String description, String remoteHost,
            long leaseSeconds, boolean enabled) {
        /** @return e.g. {@code TCP 18080 -> 10.0.0.5:8080 "camera stream", from any address, lease 604800 s} */
        String describe() {
            return protocol + " " + externalPort + " -> " + internalClient + ":" + internalPort
                    + (description.isEmpty() ? "" : " \"" + description + "\"")
                    + (remoteHost.isEmpty() ? ", from any address on the internet" : ", only from " + remoteHost)
                    + (leaseSeconds == 0 ? ", permanent" : ", lease " + leaseSeconds + " s") + (enabled ? "" : ", disabled")
                    + (openedBy() == null ? "" : ", opened over " + openedBy());
        }

        /** @return {@code NAT-PMP} or {@code PCP} when the router's description says the mapping came that way, else null (UPnP) */
        String openedBy() {
            return NatPmp.openedBy(description);
        }
    }

    /**
     * What the query found.
     *
     * @param router   the router's address, or null when no IGD answered
     * @param mappings the mappings, in the router's order
     * @param notes    what was refused, cut or went wrong, in plain words
     */
    record Result(String router, String location, List<Mapping> mappings, List<String> notes, long bytesSent, long bytesReceived,
            String server, Router more) {
        Result(String router, String location, List<Mapping> mappings, List<String> notes, long bytesSent, long bytesReceived) {
            this(router, location, mappings, notes, bytesSent, bytesReceived, "", Router.NONE);
        }
    }

    /**
     * What else the router said about itself.
     *
     * @param externalAddress its internet address ({@code GetExternalIPAddress}); {@code 0.0.0.0} when it answered with none; null when it did not answer
     * @param descriptionPort the port of its description (where its UPnP web server listens)
     * @param descriptionPath the path of its description
     * @param wifiMode        the Wi-Fi security mode its {@code WLANConfiguration} service reports, or null
     * @param wifiDetail      what that service answered, in words, or null
     */
    record Router(String externalAddress, int descriptionPort, String descriptionPath, String wifiMode, String wifiDetail) {
        static final Router NONE = new Router(null, -1, null, null, null);
    }

    /** Bounds of one query. */
    record Bounds(Limits limits, int searchMillis, int maxMappings, int descriptionBytes, long totalMillis) {
        Bounds {
            Limits.requireWithin("upnpSearchMillis", searchMillis, 100, 10_000);
            Limits.requireWithin("upnpMaxMappings", maxMappings, 1, 1024);
            Limits.requireWithin("description bytes", descriptionBytes, 1024, 1_048_576);
            Limits.requireWithin("upnpTotalMillis", totalMillis, 500, 600_000);
        }
    }

    private final HomeSubnets subnets;
    private final Bounds bounds;
    private final List<String> notes = new ArrayList<>();
    /** The SERVER header each answering address sent (operating system, UPnP, product/version), cut to 256 characters. */
    private final java.util.Map<String, String> servers = new java.util.HashMap<>();
    private long sent;
    private long received;
    private long deadline;
    private Router router = Router.NONE;

    UpnpIgd(HomeSubnets subnets, Bounds bounds) {
        this.subnets = subnets;
        this.bounds = bounds;
    }

    /** Searches the home subnets for the IGD, then lists its mappings. */
    Result query() throws InterruptedException {
        start();
        InetAddress local = localAddress(subnets);
        if (local == null) {
            notes.add("no address of this machine is inside the home subnets " + subnets + ", so the router was not asked");
            return result(null, null, List.of());
        }
        List<String[]> answers;
        try {
            answers = search(local);
        } catch (IOException e) {
            notes.add("the UPnP search could not be sent from " + local.getHostAddress() + ": " + e.getMessage());
            return result(null, null, List.of());
        }
        if (answers.isEmpty()) {
            notes.add("no UPnP Internet Gateway Device answered within " + bounds.searchMillis() + " ms (UPnP is off in the router, which is good)");
            return result(null, null, List.of());
        }
        for (String[] a : answers) {
            Result r = fromLocation(a[1], a[0]);
            if (r.router() != null) {
                return r;
            }
        }
        return result(null, null, List.of());
    }

    /** Lists the mappings of the IGD described at {@code location}, which {@code responder} named. */
    Result fromLocation(String location, String responder) throws InterruptedException {
        if (deadline == 0) {
            start();
        }
        URI uri = homeUri(location, responder);
        if (uri == null) {
            return result(null, location, List.of());
        }
        Http desc = get(uri, bounds.descriptionBytes());
        if (desc == null) {
            return result(null, location, List.of());
        }
        if (desc.status() / 100 == 3) {
            notes.add("the router's description at " + location + " answered with a redirect (" + desc.status() + "), not followed");
            return result(null, location, List.of());
        }
        if (desc.status() != 200) {
            notes.add("the router's description at " + location + " answered HTTP " + desc.status());
            return result(null, location, List.of());
        }
        String serviceType = null;
        String control = null;
        Matcher m = SERVICE.matcher(desc.body());
        while (m.find()) {
            String block = m.group(1);
            Matcher t = CONNECTION_SERVICE.matcher(tag(block, "serviceType"));
            if (t.find()) {
                serviceType = t.group();
                control = tag(block, "controlURL").strip();
                break;
            }
        }
        if (serviceType == null || control.isEmpty()) {
            notes.add("the device at " + location + " describes no WANIPConnection or WANPPPConnection service"
                    + (desc.cut() ? " (description cut at " + bounds.descriptionBytes() + " bytes)" : ""));
            return result(null, location, List.of());
        }
        URI controlUri;
        try {
            controlUri = uri.resolve(new URI(control));
        } catch (URISyntaxException | IllegalArgumentException e) {
            notes.add("the router's control URL is not a URL: " + Banner.clean(control.getBytes(StandardCharsets.ISO_8859_1), Math.min(control.length(), 200)));
            return result(null, location, List.of());
        }
        if (!"http".equals(controlUri.getScheme()) || !uri.getHost().equals(controlUri.getHost())) {
            notes.add("the router's control URL " + controlUri + " points elsewhere than the router " + uri.getHost() + "; refused");
            return result(null, location, List.of());
        }
        List<Mapping> mappings = new ArrayList<>();
        for (int i = 0; ; i++) {
            if (i >= bounds.maxMappings()) {
                notes.add("listing stopped at " + bounds.maxMappings() + " mappings (upnpMaxMappings); the router may have more");
                break;
            }
            if (System.nanoTime() > deadline) {
                notes.add("listing stopped after " + bounds.totalMillis() + " ms (upnpTotalMillis) at " + i + " mappings");
                break;
            }
            Http r = soap(controlUri, serviceType, i);
            if (r == null) {
                break;
            }
            if (r.status() == 500 && r.body().contains("713")) {
                break; // SpecifiedArrayIndexInvalid: the end of the list
            }
            if (r.status() != 200) {
                notes.add("GetGenericPortMappingEntry " + i + " answered HTTP " + r.status()
                        + (r.body().contains("<errorCode>") ? " error " + tag(r.body(), "errorCode").strip() : ""));
                break;
            }
            Mapping mp = mapping(r.body());
            if (mp == null) {
                notes.add("GetGenericPortMappingEntry " + i + " answered something that is not a mapping" + (r.cut() ? " (cut)" : ""));
                break;
            }
            mappings.add(mp);
        }
        String external = externalAddress(controlUri, serviceType);
        String[] wifi = wifi(uri, desc.body());
        router = new Router(external, uri.getPort() < 0 ? 80 : uri.getPort(), uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(),
                wifi == null ? null : wifi[0], wifi == null ? null : wifi[1]);
        return result(uri.getHost(), location, mappings);
    }

    /** @return the router's internet address from {@code GetExternalIPAddress} when it is a dotted quad, else null (with a note) */
    private String externalAddress(URI controlUri, String serviceType) throws InterruptedException {
        Http r = soap(controlUri, serviceType, "GetExternalIPAddress", "", 4096);
        if (r == null || r.status() != 200) {
            notes.add("GetExternalIPAddress was not answered" + (r == null ? "" : " (HTTP " + r.status() + ")"));
            return null;
        }
        String ip = tag(r.body(), "NewExternalIPAddress").strip();
        if (ip.isEmpty() || ip.equals("0.0.0.0")) {
            return "0.0.0.0"; // the router has no internet address of its own (miniupnpd says so behind a carrier-grade NAT or another router)
        }
        if (HomeSubnets.parse(ip) == null) {
            notes.add("the router's external address is not an IPv4 address: " + clean(ip, 64));
            return null;
        }
        return ip;
    }

    /**
     * The Wi-Fi security mode, when the description has a {@code WLANConfiguration} service on
     * the router itself: {@code GetBeaconType}, and {@code GetBasBeaconSecurityProperties} for a
     * {@code Basic} beacon.
     *
     * @return {mode, what was answered}, or null when the router offers no such service or its answer names no mode
     */
    private String[] wifi(URI uri, String description) throws InterruptedException {
        Matcher m = SERVICE.matcher(description);
        while (m.find()) {
            Matcher t = WLAN_SERVICE.matcher(tag(m.group(1), "serviceType"));
            if (!t.find()) {
                continue;
            }
            String type = t.group();
            URI control;
            try {
                control = uri.resolve(new URI(tag(m.group(1), "controlURL").strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                notes.add("the router's WLANConfiguration control URL is not a URL");
                return null;
            }
            if (!"http".equals(control.getScheme()) || !uri.getHost().equals(control.getHost())) {
                notes.add("the router's WLANConfiguration control URL " + control + " points elsewhere than the router; refused");
                return null;
            }
            Http beacon = soap(control, type, "GetBeaconType", "", 4096);
            if (beacon == null || beacon.status() != 200) {
                notes.add("GetBeaconType was not answered" + (beacon == null ? "" : " (HTTP " + beacon.status() + ")"));
                return null;
            }
            String b = clean(tag(beacon.body(), "NewBeaconType").strip(), 32);
            String basic = null;
            if (b.equalsIgnoreCase("Basic")) {
                Http props = soap(control, type, "GetBasBeaconSecurityProperties", "", 4096);
                basic = props == null || props.status() != 200 ? null : clean(tag(props.body(), "NewBasicEncryptionModes").strip(), 32);
            }
            String mode = WifiModes.fromBeacon(b, basic);
            if (mode == null) {
                notes.add("the router's Wi-Fi beacon type '" + b + "' names no security mode this check knows");
                return null;
            }
            return new String[] { mode, "the router's UPnP WLANConfiguration: beacon type " + b + (basic == null ? "" : ", basic encryption " + basic) };
        }
        return null;
    }

    private void start() {
        deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(bounds.totalMillis());
    }

    private Result result(String router, String location, List<Mapping> mappings) {
        String server = router == null ? "" : servers.getOrDefault(router, "");
        return new Result(router, location, List.copyOf(mappings), List.copyOf(notes), sent, received, server,
                router == null ? Router.NONE : this.router);
    }

    /** @return the location URI when it is plain http to a dotted-quad inside the home subnets, naming its responder */
    URI homeUri(String location, String responder) {
        String shown = Banner.clean(location.getBytes(StandardCharsets.ISO_8859_1), Math.min(location.length(), 300));
        URI u;
        try {
            u = new URI(location.strip());
        } catch (URISyntaxException e) {
            notes.add("the LOCATION " + shown + " is not a URL; ignored");
            return null;
        }
        if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
            notes.add("the LOCATION " + shown + " is not an http:// URL; ignored");
            return null;
        }
        if (!subnets.contains(u.getHost())) {
            notes.add("the LOCATION " + shown + " is not an address inside the home subnets " + subnets + "; refused");
            return null;
        }
        if (responder != null && !responder.equals(u.getHost())) {
            notes.add("the LOCATION " + shown + " names another address than the device that answered (" + responder + "); refused");
            return null;
        }
        return u;
    }

    /** @return [responder ip, location] of each IGD that answered, first answer first, without repeats */
    private List<String[]> search(InetAddress local) throws IOException, InterruptedException {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (MulticastSocket s = new MulticastSocket(new InetSocketAddress(local, 0))) {
            NetworkInterface nif = NetworkInterface.getByInetAddress(local);
            if (nif != null) {
                s.setNetworkInterface(nif);
            }
            s.setTimeToLive(2);
            for (String st : List.of("urn:schemas-upnp-org:device:InternetGatewayDevice:1", "urn:schemas-upnp-org:device:InternetGatewayDevice:2")) {
                byte[] req = ("M-SEARCH * HTTP/1.1\r\nHOST: " + SSDP_GROUP + ":" + SSDP_PORT + "\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: " + st + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                s.send(new DatagramPacket(req, req.length, InetAddress.getByName(SSDP_GROUP), SSDP_PORT));
                sent += req.length;
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(bounds.searchMillis());
            byte[] buf = new byte[MAX_DATAGRAM];
            int answers = 0;
            while (answers < MAX_SSDP_ANSWERS) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                s.setSoTimeout((int) Math.max(1, Math.min(left, 200)));
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                answers++;
                received += p.getLength();
                String from = p.getAddress().getHostAddress();
                if (!subnets.contains(from)) {
                    notes.add("a UPnP answer from " + from + ", outside the home subnets, was ignored");
                    continue;
                }
                String text = new String(buf, 0, p.getLength(), StandardCharsets.ISO_8859_1);
                String server = header(text, "server");
                if (server != null) {
                    servers.putIfAbsent(from, printable(server, 256));
                }
                String location = header(text, "location");
                if (location != null && seen.add(from + " " + location)) {
                    out.add(new String[] { from, location });
                }
            }
            if (answers >= MAX_SSDP_ANSWERS) {
                notes.add("stopped reading UPnP answers after " + MAX_SSDP_ANSWERS);
            }
        }
        return out;
    }

    /** @return at most {@code max} characters of {@code s}, control characters replaced by '?' */
    static String printable(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return b.toString();
    }

    /** @return the value of header {@code name} in an SSDP answer, or null */
    static String header(String answer, String name) {
        for (String line : answer.split("\r?\n")) {
            int c = line.indexOf(':');
            if (c > 0 && line.substring(0, c).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(c + 1).strip();
            }
        }
        return null;
    }

    /** @return an IPv4 address of this machine inside the home subnets, or null */
    static InetAddress localAddress(HomeSubnets subnets) {
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress a : nif.getInterfaceAddresses()) {
                    if (a.getAddress() instanceof Inet4Address && subnets.contains(a.getAddress().getHostAddress())) {
                        return a.getAddress();
                    }
                }
            }
        } catch (SocketException e) {
            return null;
        }
        return null;
    }

    private record Http(int status, String body, boolean cut) {
    }

    private Http get(URI u, int maxBytes) throws InterruptedException {
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        return exchange(u, "GET " + path + " HTTP/1.1\r\nHost: " + hostPort(u) + "\r\nConnection: close\r\n\r\n", maxBytes);
    }

    private Http soap(URI u, String serviceType, int index) throws InterruptedException {
        return soap(u, serviceType, "GetGenericPortMappingEntry", "<NewPortMappingIndex>" + index + "</NewPortMappingIndex>", 16_384);
    }

    /** One SOAP action of {@code serviceType} with the given argument elements; the answer read to {@code maxBytes}. */
    private Http soap(URI u, String serviceType, String action, String args, int maxBytes) throws InterruptedException {
        String body = "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:" + action + " xmlns:u=\""
                + serviceType + "\">" + args + "</u:" + action + "></s:Body></s:Envelope>\r\n";
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String req = "POST " + path + " HTTP/1.1\r\nHost: " + hostPort(u) + "\r\nContent-Type: text/xml; charset=\"utf-8\"\r\nSOAPAction: \""
                + serviceType + "#" + action + "\"\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body;
        return exchange(u, req, maxBytes);
    }

    private static String hostPort(URI u) {
        return u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    /** One bounded HTTP exchange; null (with a note) when it failed. */
    private Http exchange(URI u, String request, int maxBytes) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (!subnets.contains(u.getHost())) { // checked by the callers; kept here so no path can skip it
            notes.add(u.getHost() + " is outside the home subnets; refused");
            return null;
        }
        int port = u.getPort() < 0 ? 80 : u.getPort();
        long readEnd = 0;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), port), bounds.limits().connectTimeoutMillis());
            OutputStream out = s.getOutputStream();
            byte[] req = request.getBytes(StandardCharsets.UTF_8);
            out.write(req);
            out.flush();
            sent += req.length;
            InputStream in = s.getInputStream();
            byte[] buf = new byte[maxBytes];
            int n = 0;
            boolean cut = false;
            readEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(bounds.limits().readMillis());
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(Math.min(readEnd, deadline) - System.nanoTime());
                if (left <= 0) {
                    notes.add(u + ": answer cut after " + bounds.limits().readMillis() + " ms (the router sent slowly or without end)");
                    cut = true;
                    break;
                }
                if (n == buf.length) {
                    cut = true;
                    notes.add(u + ": answer cut at " + maxBytes + " bytes");
                    break;
                }
                s.setSoTimeout((int) Math.max(1, left));
                int r;
                try {
                    r = in.read(buf, n, buf.length - n);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                if (r < 0) {
                    break;
                }
                n += r;
                received += r;
            }
            String text = new String(buf, 0, n, StandardCharsets.UTF_8);
            Matcher st = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
            if (!st.find()) {
                notes.add(u + ": the answer is not HTTP");
                return null;
            }
            int end = text.indexOf("\r\n\r\n");
            return new Http(Integer.parseInt(st.group(1)), end < 0 ? "" : text.substring(end + 4), cut);
        } catch (IOException e) {
            notes.add(u + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return null;
        }
    }

    /** @return the text of the first {@code <name>} element of {@code xml} (any namespace prefix), or "" */
    static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + "(?:\\s[^>]*)?>(.*?)</(?:\\w+:)?" + name + ">", Pattern.DOTALL).matcher(xml);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** @return the mapping a GetGenericPortMappingEntry answer describes, or null when it is not one */
    static Mapping mapping(String body) {
        String client = tag(body, "NewInternalClient").strip();
        String proto = tag(body, "NewProtocol").strip().toUpperCase(Locale.ROOT);
        Integer ext = port(tag(body, "NewExternalPort"));
        Integer in = port(tag(body, "NewInternalPort"));
        if (ext == null || in == null || !(proto.equals("TCP") || proto.equals("UDP")) || HomeSubnets.parse(client) == null) {
            return null;
        }
        String desc = clean(tag(body, "NewPortMappingDescription"), 120);
        String remote = clean(tag(body, "NewRemoteHost").strip(), 64);
        long lease;
        try {
            lease = Math.max(0, Long.parseLong(tag(body, "NewLeaseDuration").strip()));
        } catch (NumberFormatException e) {
            lease = 0;
        }
        String en = tag(body, "NewEnabled").strip();
        return new Mapping(proto, ext, client, in, desc, remote, lease, !en.equals("0"));
    }

    private static Integer port(String s) {
        try {
            int p = Integer.parseInt(s.strip());
            return p >= 0 && p <= 65535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clean(String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        String c = Banner.clean(b, b.length);
        return c.length() > max ? c.substring(0, max) : c;
    }
}
