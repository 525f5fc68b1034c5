package io.hearthguard.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import io.hearthguard.api.device.DeviceType;

/**
 * DHCP fingerprint databases read at run time: Fingerbank's {@code dhcp_fingerprints.conf}
 * ({@code [class]}/{@code [os]} sections with option-55 lists and vendor ids) and Satori's
 * {@code dhcp.xml} (exact option-55 and vendor-code tests). Lookups return every signature
 * that matches; the caller weighs ambiguity. Immutable after loading.
 */
public final class DhcpFingerprints {
    /** What one signature says about a device. Empty strings when the database does not say. */
    public record Signature(String name, DeviceType type, String vendor, String os, String database) {
    }

    private static final int MAX_SIGNATURES = 100_000;
    private static final long MAX_FILE = 32L << 20;

    private final Map<String, List<Signature>> byPrl;
    private final Map<String, List<Signature>> byVendorClass;
    private final int size;

    private DhcpFingerprints(Map<String, List<Signature>> byPrl, Map<String, List<Signature>> byVendorClass, int size) {
        this.byPrl = byPrl;
        this.byVendorClass = byVendorClass;
        this.size = size;
    }

    /** @return a database without signatures */
    public static DhcpFingerprints empty() {
        return new DhcpFingerprints(Map.of(), Map.of(), 0);
    }

    /** @return how many (prl or vendor class) entries were loaded */
    public int size() {
        return size;
    }

    /** @return distinct signatures whose option-55 list is exactly {@code prl} ("1,3,6") */
    public List<Signature> byParameterList(String prl) {
        return byPrl.getOrDefault(prl, List.of());
    }

    /** @return distinct signatures whose vendor class is exactly {@code vendorClass} (case-insensitive) */
    public List<Signature> byVendorClass(String vendorClass) {
        return byVendorClass.getOrDefault(vendorClass.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Loads every database found in the directories (and their direct subdirectories):
     * files named {@code *dhcp_fingerprints.conf*} (Fingerbank) and {@code dhcp.xml} (Satori).
     * Unreadable or malformed files are skipped and reported through {@code problems}.
     */
    public static DhcpFingerprints load(List<Path> dirs, List<String> problems) {
        Builder b = new Builder();
        for (Path dir : dirs) {
            for (Path f : candidates(dir)) {
                String n = f.getFileName().toString();
                try {
                    if (Files.size(f) > MAX_FILE) {
                        problems.add(f + ": larger than " + MAX_FILE + " bytes, skipped");
                    } else if (n.contains("dhcp_fingerprints.conf")) {
                        try (InputStream in = Files.newInputStream(f)) {
                            readFingerbank(in, b, n);
                        }
                    } else if (n.equals("dhcp.xml")) {
                        try (InputStream in = Files.newInputStream(f)) {
                            readSatori(in, b, n);
                        }
                    }
                } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
                    problems.add(f + ": " + e);
                }
            }
        }
        return b.build();
    }

    /** @return the regular files in {@code dir} and its direct subfolders, sorted; empty when unreadable */
    static List<Path> candidates(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isDirectory(p)) {
                    try (DirectoryStream<Path> sub = Files.newDirectoryStream(p)) {
                        sub.forEach(x -> {
                            if (Files.isRegularFile(x)) {
                                out.add(x);
                            }
                        });
                    }
                } else if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    private static final class Builder {
        final Map<String, Set<Signature>> prl = new HashMap<>();
        final Map<String, Set<Signature>> vendor = new HashMap<>();
        int count;

        void prl(String list, Signature s) {
            String key = list.replace(" ", "");
            if (count < MAX_SIGNATURES && key.matches("[0-9]+(,[0-9]+)*") && prl.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s)) {
                count++;
            }
        }

        void vendor(String v, Signature s) {
            String key = v.strip().toLowerCase(Locale.ROOT);
            if (count < MAX_SIGNATURES && !key.isEmpty() && vendor.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s)) {
                count++;
            }
        }

        DhcpFingerprints build() {
            Map<String, List<Signature>> p = new HashMap<>();
            prl.forEach((k, v) -> p.put(k, List.copyOf(v)));
            Map<String, List<Signature>> v2 = new HashMap<>();
            vendor.forEach((k, v) -> v2.put(k, List.copyOf(v)));
            return new DhcpFingerprints(p, v2, count);
        }
    }

    // ---- Fingerbank dhcp_fingerprints.conf

    static void readFingerbank(InputStream in, Builder b, String db) throws IOException {
        BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        Map<Integer, String> osNames = new HashMap<>();
        Map<Integer, List<String>> osPrls = new HashMap<>();
        Map<Integer, List<String>> osVendors = new HashMap<>();
        List<int[]> classRanges = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        String section = "";
        int id = -1;
        String heredoc = null;
        String line;
        while ((line = r.readLine()) != null) {
            if (line.length() > 4096) {
                continue;
            }
            String t = line.strip();
            if (heredoc != null) {
                if (t.equals("EOT")) {
                    heredoc = null;
                } else if (!t.isEmpty() && heredoc.equals("fingerprints")) {
                    osPrls.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
                } else if (!t.isEmpty() && heredoc.equals("vendor_id")) {
                    osVendors.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
                }
                continue;
            }
            if (t.startsWith("#") || t.isEmpty()) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                String[] p = t.substring(1, t.length() - 1).split("\\s+");
                section = p[0];
                try {
                    id = p.length > 1 ? Integer.parseInt(p[1]) : -1;
                } catch (NumberFormatException e) {
                    id = -1;
                }
                continue;
            }
            int eq = t.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = t.substring(0, eq);
            String value = t.substring(eq + 1);
            if (value.equals("<<EOT")) {
                heredoc = key;
            } else if (key.equals("description") && section.equals("os")) {
                osNames.put(id, Text.clean(value, 128));
            } else if (key.equals("description") && section.equals("class")) {
                classNames.add(value);
                classRanges.add(null);
            } else if (key.equals("members") && section.equals("class") && !classNames.isEmpty()) {
                classRanges.set(classRanges.size() - 1, ranges(value));
            }
        }
        for (Map.Entry<Integer, String> e : osNames.entrySet()) {
            int os = e.getKey();
            String cls = "";
            for (int i = classNames.size() - 1; i >= 0; i--) {
                int[] rr = classRanges.get(i);
                if (rr != null && inRanges(rr, os)) {
                    cls = classNames.get(i);
                    break;
                }
            }
            Signature s = new Signature(e.getValue(), typeOfClass(cls, e.getValue()), "", osOf(cls, e.getValue()), db);
            for (String prl : osPrls.getOrDefault(os, List.of())) {
                b.prl(prl, s);
            }
            for (String v : osVendors.getOrDefault(os, List.of())) {
                b.vendor(v, s);
            }
        }
    }

    private static int[] ranges(String members) {
        List<Integer> out = new ArrayList<>();
        for (String part : members.split(",")) {
            String[] ab = part.strip().split("-");
            try {
                int a = Integer.parseInt(ab[0].strip());
                int z = ab.length > 1 ? Integer.parseInt(ab[1].strip()) : a;
                out.add(a);
                out.add(z);
            } catch (NumberFormatException e) {
                // skip malformed range
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean inRanges(int[] rr, int v) {
        for (int i = 0; i + 1 < rr.length; i += 2) {
            if (v >= rr[i] && v <= rr[i + 1]) {
                return true;
            }
        }
        return false;
    }

    static DeviceType typeOfClass(String cls, String name) {
        String c = (cls + " " + name).toLowerCase(Locale.ROOT);
        if (c.contains("printer") || c.contains("scanner")) {
            return DeviceType.PRINTER;
        }
        if (c.contains("storage") || c.contains("nas")) {
            return DeviceType.NAS;
        }
        if (c.contains("gaming") || c.contains("console")) {
            return DeviceType.CONSOLE;
        }
        if (c.contains("tablet") || c.contains("ipad") || c.contains("kindle")) {
            return DeviceType.TABLET;
        }
        if (c.contains("smartphone") || c.contains("phones/pdas") || c.contains("iphone") || c.contains("android")) {
            return DeviceType.PHONE;
        }
        if (c.contains("router") || c.contains("access point") || c.contains("switch") || c.contains("firewall")) {
            return DeviceType.ROUTER;
        }
        if (c.contains("camera") || c.contains("physical security") || c.contains("monitoring") || c.contains("dvr")) {
            return DeviceType.CAMERA;
        }
        if (c.contains("audio/video") || c.contains("smart tv") || c.contains("smarttv") || c.contains("iptv")
                || c.contains("media player") || c.contains("multimedia") || c.contains("projector")) {
            return DeviceType.TV;
        }
        if (c.contains("sensor")) {
            return DeviceType.SENSOR;
        }
        if (c.contains("windows") || c.contains("macintosh") || c.contains("mac os") || c.contains("linux")
                || c.contains("bsd") || c.contains("solaris") || c.contains("thin client") || c.contains("workstation")
                || c.contains("chromeos") || c.contains("desktop")) {
            return DeviceType.COMPUTER;
        }
        return DeviceType.UNKNOWN;
    }

    private static String osOf(String cls, String name) {
        String c = cls.toLowerCase(Locale.ROOT);
        if (c.equals("windows") || c.equals("macintosh") || c.equals("linux") || c.equals("bsd") || c.equals("solaris")) {
            return name;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("android") || n.contains("ios") || n.contains("windows") || n.contains("linux")) {
            return name;
        }
        return "";
    }

    // ---- Satori dhcp.xml

    static void readSatori(InputStream in, Builder b, String db) throws IOException, SAXException, ParserConfigurationException {
        SAXParser p = Xml.saxFactory(false).newSAXParser();
        p.parse(in, new DefaultHandler() {
            Signature current;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                if (q.equals("fingerprint")) {
                    String name = Text.clean(a.getValue("name"), 128);
                    String devType = nz(a.getValue("device_type")).strip();
                    String osClass = nz(a.getValue("os_class")).strip();
                    String osName = Text.clean(nz(a.getValue("os_name")), 96);
                    DeviceType t = typeOfClass(devType, "");
                    if (t == DeviceType.UNKNOWN && devType.isEmpty()) {
                        t = osClass.equalsIgnoreCase("android") || osClass.equalsIgnoreCase("ios") ? DeviceType.PHONE
                                : typeOfClass(osClass, "");
                    }
                    String os = !osName.isEmpty() ? osName : Text.clean(osClass, 64);
                    current = new Signature(name, t, Text.clean(nz(a.getValue("device_vendor")), 96), os, db);
                } else if (q.equals("test") && current != null && "exact".equals(a.getValue("matchtype"))) {
                    String prl = a.getValue("dhcpoption55");
                    if (prl != null) {
                        b.prl(prl, current);
                    }
                    String vc = a.getValue("dhcpvendorcode");
                    if (vc != null) {
                        b.vendor(vc, current);
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String q) {
                if (q.equals("fingerprint")) {
                    current = null;
                }
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
