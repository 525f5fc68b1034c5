package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;

/**
 * Accuracy on the week-long smart-home captures against the testbed's device inventory.
 * Every labelled device whose MAC appears in a capture is scored; the figures go to
 * target/discovery-accuracy.txt and docs/discovery.md.
 */
class IotAccuracyTest {

    record Label(String key, String description, String mac) {
        /** The type a person would file the device under, from the testbed's own description. */
        DeviceType expectedType() {
            String d = (key + " " + description).toLowerCase(Locale.ROOT);
            if (d.matches("(?s).*(gateway|hub|bridge|base station|sync module|chime|range extender|connect).*")) {
                return DeviceType.HUB;
            }
            if (d.matches("(?s).*(cam|doorbell|doorpeek|doorscreen).*")) {
                return DeviceType.CAMERA;
            }
            if (d.matches("(?s).*(lock|deadbolt).*")) {
                return DeviceType.LOCK;
            }
            if (d.matches("(?s).*(echo|google home|alexa).*")) {
                return DeviceType.SMART_SPEAKER;
            }
            if (d.contains("light")) {
                return DeviceType.LIGHT;
            }
            if (d.contains("outlet") || d.contains("plug")) {
                return DeviceType.PLUG;
            }
            if (d.matches("(?s).*(sensor|motion|contact|tracker|button|keypad).*")) {
                return DeviceType.SENSOR;
            }
            return DeviceType.UNKNOWN;
        }

        /** The brand: the first part of the testbed's key (blink-cam-01 → blink). */
        String brand() {
            return key.substring(0, key.indexOf('-')).toLowerCase(Locale.ROOT);
        }
    }

    static List<Label> labels(Path json) throws Exception {
        String text = Files.readString(json);
        Matcher m = Pattern.compile("\"([a-z0-9-]+)\"\\s*:\\s*\\{\\s*\"description\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)\\}",
                Pattern.DOTALL).matcher(text);
        List<Label> out = new ArrayList<>();
        while (m.find()) {
            Matcher mac = Pattern.compile("\"ether\"\\s*:\\s*\"([0-9A-Fa-f:]{17})\"").matcher(m.group(3));
            if (mac.find()) {
                out.add(new Label(m.group(1), m.group(2).replace("\\n", " "), mac.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    @Test
    void identifiesTheTypeOfAtLeastNinetyPercentOfLabelledSmartHomeDevices() throws Exception {
        List<Label> labels = labels(Tshark.shared("other/iot-dataset/tj-oconnor__devices.json"));
        assertTrue(labels.size() > 30, "ground truth has the testbed's devices: " + labels.size());
        List<Path> pcaps = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Tshark.shared("pcap/iot-devices"), "*.pcap")) {
            ds.forEach(pcaps::add);
        }
        pcaps.sort(null);
        Identifier id = Recorder.realIdentifier();
        InventoryEngine engine = Recorder.feed(new Recorder(), id, pcaps.toArray(Path[]::new));

        int scored = 0;
        int typeOk = 0;
        int vendorOk = 0;
        StringBuilder report = new StringBuilder("device\texpected type\tfound type\tconfidence\tbrand\tfound vendor\tmodel\n");
        for (Label l : labels) {
            Optional<Device> d = engine.byMac(l.mac());
            if (d.isEmpty()) {
                continue;
            }
            scored++;
            Device dev = d.get();
            boolean t = dev.type() == l.expectedType();
            boolean v = dev.vendor().map(x -> x.toLowerCase(Locale.ROOT).contains(l.brand())).orElse(false);
            typeOk += t ? 1 : 0;
            vendorOk += v ? 1 : 0;
            report.append(l.key()).append('\t').append(l.expectedType().id()).append('\t').append(dev.type().id())
                    .append('\t').append(dev.typeConfidence()).append('\t').append(l.brand()).append('\t')
                    .append(dev.vendor().orElse("-")).append('\t').append(dev.model().orElse("-")).append('\n');
        }
        report.append(String.format(Locale.ROOT, "scored %d labelled devices in %d captures: type %d/%d (%.0f%%), brand vendor %d/%d (%.0f%%)%n",
                scored, pcaps.size(), typeOk, scored, 100.0 * typeOk / Math.max(1, scored), vendorOk, scored,
                100.0 * vendorOk / Math.max(1, scored)));
        Path out = Path.of("target", "discovery-accuracy.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(scored >= pcaps.size(), "every capture's device is labelled and found: " + scored);
        assertTrue(typeOk >= 0.9 * scored, report.toString());
    }
}
