package io.hearthguard.discovery.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import io.hearthguard.api.device.DeviceType;

/**
 * HTTP User-Agent signatures from Satori's {@code webuseragent.xml}: a substring (or the
 * whole string) of a User-Agent names a device, its maker, type and OS. The longest
 * matching signature wins. Immutable after loading.
 */
public final class UserAgentFingerprints {
    /** One signature. Empty strings where the database does not say. */
    public record Signature(String pattern, boolean exact, String name, String vendor, DeviceType type, String os) {
    }

    private static final int MAX_SIGNATURES = 50_000;
    private static final long MAX_FILE = 32L << 20;
    private final List<Signature> signatures;

    private UserAgentFingerprints(List<Signature> signatures) {
        this.signatures = List.copyOf(signatures);
    }

    /** @return a database without signatures */
    public static UserAgentFingerprints empty() {
        return new UserAgentFingerprints(List.of());
    }

    /** @return the number of signatures */
    public int size() {
        return signatures.size();
    }

    /** @return the most specific signature for {@code userAgent}, or null */
    public Signature match(String userAgent) {
        Signature best = null;
        for (Signature s : signatures) {
            boolean hit = s.exact() ? userAgent.equals(s.pattern()) : userAgent.contains(s.pattern());
            if (hit && (best == null || s.exact() && !best.exact() || s.exact() == best.exact()
                    && s.pattern().length() > best.pattern().length())) {
                best = s;
            }
        }
        return best;
    }

    /** Loads every {@code webuseragent.xml} in the folders and their direct subfolders. */
    public static UserAgentFingerprints load(List<Path> dirs, List<String> problems) {
        List<Signature> out = new ArrayList<>();
        for (Path dir : dirs) {
            for (Path f : DhcpFingerprints.candidates(dir)) {
                if (!f.getFileName().toString().equals("webuseragent.xml")) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(f)) {
                    if (Files.size(f) > MAX_FILE) {
                        problems.add(f + ": larger than " + MAX_FILE + " bytes, skipped");
                        continue;
                    }
                    read(in, out);
                } catch (Exception e) {
                    problems.add(f + ": " + e);
                }
            }
        }
        return new UserAgentFingerprints(out);
    }

    private static void read(InputStream in, List<Signature> out) throws Exception {
        Xml.saxFactory(false).newSAXParser().parse(in, new DefaultHandler() {
            String name;
            String vendor;
            DeviceType type;
            String os;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                if (q.equals("fingerprint")) {
                    name = Text.clean(a.getValue("name"), 96);
                    vendor = Text.clean(a.getValue("device_vendor"), 96);
                    type = typeOf(nz(a.getValue("device_type")), name);
                    String osName = Text.clean(a.getValue("os_name"), 64);
                    os = osName.isEmpty() ? Text.clean(a.getValue("os_class"), 64) : osName;
                    if (os.equalsIgnoreCase("scanner")) {
                        os = "";
                    }
                } else if (q.equals("test") && name != null && out.size() < MAX_SIGNATURES) {
                    String ua = a.getValue("webuseragent");
                    String mt = nz(a.getValue("matchtype"));
                    if (ua != null && ua.length() >= 4 && ua.length() <= 512 && (mt.equals("partial") || mt.equals("exact"))) {
                        out.add(new Signature(ua, mt.equals("exact"), name, vendor, type, os));
                    }
                }
            }
        });
    }

    static DeviceType typeOf(String deviceType, String name) {
        String d = deviceType.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("echo") && n.contains("amazon") || n.contains("google home") || n.contains("homepod")) {
            return DeviceType.SMART_SPEAKER;
        }
        return switch (d) {
            case "smartphone", "mobile phone" -> DeviceType.PHONE;
            case "smartwatch" -> DeviceType.WEARABLE;
            case "smarttv", "digital media receiver", "video streaming" -> DeviceType.TV;
            case "game console" -> DeviceType.CONSOLE;
            case "printer" -> DeviceType.PRINTER;
            case "ereader" -> DeviceType.TABLET;
            default -> DeviceType.UNKNOWN;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
