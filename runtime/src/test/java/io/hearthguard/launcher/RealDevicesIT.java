package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Device identification on real captures of labelled devices, through the whole hub as a
 * user runs it: {@code hearthguard analyze FILE --json} in its own process, the real capture
 * reader, discovery with the IEEE registries and the shared fingerprint databases.
 *
 * <p>The 16 IoT Sentinel devices are split by name order: the even positions were used to
 * develop the rules and the lexicon, the odd ones were held out, and both halves are
 * reported (docs/discovery.md). The floors below are the figures measured when they were
 * written; they may only rise. Skipped when {@code ../shared/data} is absent.
 */
class RealDevicesIT {
    static final Path SHARED = Path.of(System.getProperty("hearthguard.shared", Hub.ROOT.resolve("../shared").toString()))
            .toAbsolutePath().normalize().resolve("data");

    /** One labelled device and what the hub made of it. */
    record Row(String set, String half, String name, Set<String> types, String brand, String foundType, String foundVendor) {
        boolean typeOk() {
            return types.contains(foundType);
        }

        boolean vendorOk() {
            return norm(foundVendor).contains(norm(brand));
        }

        static String norm(String s) {
            return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
    }

    static final List<Row> ROWS = new ArrayList<>();
    /** Devices, over every capture, with evidence from the DHCP fingerprint databases. */
    static int fingerprinted;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void analyseEveryLabelledCapture() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("pcap")), "shared data set not present: " + SHARED);
        Assumptions.assumeTrue(Files.isDirectory(Hub.TARGET.resolve("export/hearthguard")), "hub not exported");
        sentinel();
        iotDevices();
        speakers();
        fresh();
        StringBuilder report = new StringBuilder("set\thalf\tdevice\texpected type\tfound type\tbrand\tfound vendor\n");
        for (Row r : ROWS) {
            report.append(String.join("\t", r.set, r.half, r.name, String.join("/", r.types), r.foundType + (r.typeOk() ? "" : " ✗"),
                    r.brand, r.foundVendor + (r.vendorOk() ? "" : " ✗"))).append('\n');
        }
        Map<String, int[]> sums = new TreeMap<>();
        for (Row r : ROWS) {
            for (String k : List.of(r.set + " " + r.half, "all")) {
                int[] s = sums.computeIfAbsent(k, x -> new int[3]);
                s[0]++;
                s[1] += r.typeOk() ? 1 : 0;
                s[2] += r.vendorOk() ? 1 : 0;
            }
        }
        sums.forEach((k, s) -> report.append(String.format(Locale.ROOT, "%-22s devices %2d  type %2d (%5.1f%%)  vendor %2d (%5.1f%%)%n",
                k, s[0], s[1], 100.0 * s[1] / s[0], s[2], 100.0 * s[2] / s[0])));
        Path out = Hub.TARGET.resolve("real-devices.txt");
        Files.writeString(out, report);
        System.out.print(report);
    }

    private static int[] sum(String set, String half) {
        int[] s = new int[3];
        for (Row r : ROWS) {
            if (set.equals("all") || r.set.equals(set) && (half == null || r.half.equals(half))) {
                s[0]++;
                s[1] += r.typeOk() ? 1 : 0;
                s[2] += r.vendorOk() ? 1 : 0;
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- the labelled sets

    private static void sentinel() throws Exception {
        Path dir = SHARED.resolve("pcap/iot-sentinel");
        String mergecap = Tools.find("mergecap");
        if (!Files.exists(dir.resolve("labels.json")) || mergecap == null) {
            return;
        }
        String json = Files.readString(dir.resolve("labels.json"));
        Matcher m = Pattern.compile("\"([A-Za-z0-9-]+)\"\\s*:\\s*\\{\\s*\"mac\"\\s*:\\s*\"([0-9a-f:]{17})\"\\s*,\\s*\"vendor\"\\s*:\\s*\"([^\"]+)\""
                + "[^}]*?\"types\"\\s*:\\s*\\[([^\\]]*)\\]", Pattern.DOTALL).matcher(json);
        List<String[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        labels.sort(Comparator.comparing(l -> l[0]));
        for (int i = 0; i < labels.size(); i++) {
            String[] l = labels.get(i);
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir.resolve(l[0]))) {
                s.filter(p -> p.toString().endsWith(".pcap")).sorted().forEach(p -> files.add(p.toString()));
            }
            Path merged = tmp.resolve(l[0] + ".pcap");
            List<String> cmd = new ArrayList<>(List.of(mergecap, "-F", "pcap", "-w", merged.toString()));
            cmd.addAll(files);
            Tools.run(cmd, 120);
            Map<String, String[]> found = analyze(merged);
            Set<String> types = Set.copyOf(Pattern.compile("\"([A-Z_]+)\"").matcher(l[3]).results().map(r -> r.group(1)).toList());
            String[] d = found.getOrDefault(l[1], new String[] {"MISSING", "-"});
            ROWS.add(new Row("iot-sentinel", i % 2 == 0 ? "dev" : "held-out", l[0], types, l[2], d[0], d[1]));
        }
    }

    private static void iotDevices() throws Exception {
        Path truth = SHARED.resolve("other/iot-dataset/tj-oconnor__devices.json");
        Path dir = SHARED.resolve("pcap/iot-devices");
        if (!Files.exists(truth) || !Files.isDirectory(dir)) {
            return;
        }
        String json = Files.readString(truth);
        Map<String, String[]> labels = new HashMap<>();
        Matcher m = Pattern.compile("\"([a-z0-9-]+)\"\\s*:\\s*\\{\\s*\"description\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)\\}",
                Pattern.DOTALL).matcher(json);
        while (m.find()) {
            Matcher mac = Pattern.compile("\"ether\"\\s*:\\s*\"([0-9A-Fa-f:]{17})\"").matcher(m.group(3));
            if (mac.find()) {
                labels.put(m.group(1), new String[] {m.group(2).replace("\\n", " "), mac.group(1).toLowerCase(Locale.ROOT)});
            }
        }
        List<Path> pcaps = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "tj-oconnor__*.pcap")) {
            ds.forEach(pcaps::add);
        }
        pcaps.sort(null);
        for (Path p : pcaps) {
            String key = p.getFileName().toString().replace("tj-oconnor__", "").replace(".pcap", "");
            String[] l = labels.get(key);
            if (l == null) {
                continue;
            }
            String[] d = analyze(p).getOrDefault(l[1], new String[] {"MISSING", "-"});
            ROWS.add(new Row("iot-devices", "-", key, Set.of(expectedType(key, l[0])), key.substring(0, key.indexOf('-')), d[0], d[1]));
        }
    }

    /** The type a person would file the testbed's device under (as IotAccuracyTest does). */
    static String expectedType(String key, String description) {
        String d = (key + " " + description).toLowerCase(Locale.ROOT);
        if (d.matches("(?s).*(gateway|hub|bridge|base station|sync module|chime|range extender|connect).*")) {
            return "HUB";
        }
        if (d.matches("(?s).*(cam|doorbell).*")) {
            return "CAMERA";
        }
        if (d.matches("(?s).*(lock|deadbolt).*")) {
            return "LOCK";
        }
        return "UNKNOWN";
    }

    private static void speakers() throws Exception {
        Path dir = SHARED.resolve("pcap/speaker-activations");
        Path names = dir.resolve("echodot3a.devices.txt");
        if (!Files.exists(names)) {
            return;
        }
        Map<String, String[]> found = analyze(dir.resolve("echodot3a.pcap"));
        for (String line : Files.readAllLines(names)) {
            String[] p = line.strip().split("\\s+");
            if (p.length < 2) {
                continue;
            }
            StringBuilder mac = new StringBuilder();
            for (String part : p[0].split(":")) {
                mac.append(mac.length() > 0 ? ":" : "").append(String.format(Locale.ROOT, "%02x", Integer.parseInt(part, 16)));
            }
            String[] d = found.get(mac.toString());
            if (d == null) {
                continue; // named in the study, silent in this capture
            }
            String brand = p[1].contains("homepod") ? "Apple" : p[1].contains("google") ? "Google" : "Amazon";
            ROWS.add(new Row("echodot3a", "-", p[1], Set.of("SMART_SPEAKER"), brand, d[0], d[1]));
        }
    }

    /**
     * The fresh held-out set: labelled devices found in captures no earlier round scored, chosen before discovery ran on
     * them (docs/discovery.md): the HomePod ({@code echodot3a.devices.txt}) and an iPad
     * ({@code other/mon-iot-r/devices_us.txt}) in {@code homepod-tv-episode.pcap}.
     */
    private static void fresh() throws Exception {
        Path pcap = SHARED.resolve("pcap/speaker-activations/homepod-tv-episode.pcap");
        if (!Files.exists(pcap)) {
            return;
        }
        Map<String, String[]> found = analyze(pcap);
        String[][] truth = {{"d4:a3:3d:6b:1e:97", "homepod", "SMART_SPEAKER"}, {"e4:e0:a6:3c:3b:d1", "ipad", "TABLET"}};
        for (String[] t : truth) {
            String[] d = found.getOrDefault(t[0], new String[] {"MISSING", "-"});
            ROWS.add(new Row("fresh", "held-out", t[1], Set.of(t[2]), "Apple", d[0], d[1]));
        }
    }

    /** @return MAC → {type, vendor} of every device {@code analyze --json} reports */
    static Map<String, String[]> analyze(Path pcap) throws Exception {
        Path data = Files.createTempDirectory(tmp, "data");
        // The shared Fingerbank and Satori databases, through the data directory's fingerprints/ folder (a link, nothing
        // copied). Until detect6 they were given as config/io.hearthguard.discovery.cfg, which a command never reads (no
        // FileInstall in command mode): no figure before round 6 used them.
        Files.createSymbolicLink(data.resolve("fingerprints"), SHARED.resolve("other/fingerprints"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dhearthguard.bundles=" + Hub.TARGET.resolve("export/hearthguard"), "-cp",
                Hub.TARGET.resolve("hearthguard-launcher.jar") + ":" + Hub.TARGET.resolve("lib/*"), "io.hearthguard.launcher.Main",
                "--data", data.toString(), "analyze", pcap.toString(), "--json"));
        String out = Tools.run(cmd, 300);
        Map<String, String[]> devices = new HashMap<>();
        Pattern macs = Pattern.compile("\"macs\":\\[([^\\]]*)\\]");
        Pattern vendor = Pattern.compile("\"vendor\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        Pattern type = Pattern.compile("\"device_type\":\"([A-Z_]+)\"");
        for (String line : out.split("\n")) {
            if (!line.startsWith("{\"type\":\"device\"")) {
                continue;
            }
            if (line.contains("\"source\":\"dhcp-fingerprint\"")) {
                fingerprinted++;
            }
            Matcher t = type.matcher(line);
            Matcher v = vendor.matcher(line);
            Matcher ms = macs.matcher(line);
            if (t.find() && ms.find()) {
                String[] d = {t.group(1), v.find() ? v.group(1) : "-"};
                for (String mac : ms.group(1).replace("\"", "").split(",")) {
                    devices.put(mac.strip(), d);
                }
            }
        }
        assertTrue(out.contains("{\"type\":\"summary\""), "analyze finished: " + out.substring(Math.max(0, out.length() - 2000)));
        return devices;
    }

    // ---------------------------------------------------------------- floors (measured; only rise)

    @Test
    void theLabelledSmartHomeWeekCapturesAreAllTypedAndBranded() {
        int[] s = sum("iot-devices", null);
        Assumptions.assumeTrue(s[0] > 0, "no iot-devices captures");
        assertEquals(s[0], s[1], "type of every week-long capture's device; see target/real-devices.txt");
        assertEquals(s[0], s[2], "vendor of every week-long capture's device (the TTLock-platform hub is Sifely by its own name)");
    }

    @Test
    void everyEchoInTheActivationCaptureIsASmartSpeakerFromAmazon() {
        int[] s = sum("echodot3a", null);
        Assumptions.assumeTrue(s[0] > 0, "no speaker capture");
        assertTrue(s[0] >= 4, "the four Echos that speak in echodot3a.pcap are found: " + s[0]);
        assertEquals(s[0], s[1], "type");
        assertEquals(s[0], s[2], "vendor");
    }

    @Test
    void iotSentinelDevelopmentHalf() {
        int[] s = sum("iot-sentinel", "dev");
        Assumptions.assumeTrue(s[0] > 0, "no IoT Sentinel captures (or no mergecap)");
        assertTrue(s[1] >= 7, "type floor 7/8 (HomeMaticPlug typed from its keepalives): " + s[1] + "/" + s[0]);
        assertTrue(s[2] >= 7, "vendor floor 7/8: " + s[2] + "/" + s[0]);
    }

    @Test
    void iotSentinelHeldOutHalf() {
        int[] s = sum("iot-sentinel", "held-out");
        Assumptions.assumeTrue(s[0] > 0, "no IoT Sentinel captures (or no mergecap)");
        assertTrue(s[1] >= 7, "type floor 7/8 (D-LinkSwitch from its model number, SmarterCoffee from its brand's port; not blind): "
                + s[1] + "/" + s[0]);
        assertTrue(s[2] >= 7, "vendor floor 7/8: " + s[2] + "/" + s[0]);
    }

    @Test
    void freshHeldOutSet() {
        int[] s = sum("fresh", null);
        Assumptions.assumeTrue(s[0] > 0, "no homepod-tv-episode.pcap");
        assertEquals(2, s[0], "the HomePod and the iPad are both found");
        assertTrue(s[1] >= 1, "type floor 1/2 (the iPad is not typed): " + s[1] + "/" + s[0]);
        assertTrue(s[2] >= 2, "vendor floor 2/2: " + s[2] + "/" + s[0]);
    }

    /** The shared Fingerbank and Satori databases reach the hub (until detect6 they silently did not). */
    @Test
    void theFingerprintDatabasesAreUsed() {
        Assumptions.assumeTrue(sum("iot-sentinel", null)[0] > 0, "no IoT Sentinel captures (or no mergecap)");
        assertTrue(fingerprinted >= 2, "devices with DHCP fingerprint evidence: " + fingerprinted);
    }

    @Test
    void everyLabelledDevice() {
        int[] s = sum("all", null);
        Assumptions.assumeTrue(s[0] >= 29, "not every labelled set present: " + s[0]);
        assertTrue(s[1] >= 26, "type floor 26/29: " + s[1] + "/" + s[0]);
        assertTrue(s[2] >= 27, "vendor floor 27/29: " + s[2] + "/" + s[0]);
    }

    /** Small process helpers. */
    static final class Tools {
        static String find(String name) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
            return null;
        }

        static String run(List<String> cmd, int seconds) throws IOException, InterruptedException {
            Path out = Files.createTempFile(tmp, "out", ".txt");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd.get(0) + " did not finish in " + seconds + " s");
            }
            String text = Files.readString(out);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", cmd.subList(0, Math.min(cmd.size(), 6))) + " … exited " + p.exitValue()
                        + ":\n" + text.substring(Math.max(0, text.length() - 2000)));
            }
            return text;
        }
    }
}
