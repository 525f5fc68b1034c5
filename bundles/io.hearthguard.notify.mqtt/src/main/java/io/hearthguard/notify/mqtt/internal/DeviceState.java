package io.hearthguard.notify.mqtt.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.platform.findings.FindingAdmin;

/**
 * What the MQTT channel publishes about one device (retained). Immutable.
 *
 * @param id                 device id
 * @param name               display name
 * @param vendor             manufacturer, or null
 * @param model              model, or null
 * @param online             whether it is online, or null when unknown
 * @param openFindings       findings in state OPEN
 * @param eavesdropSuspected an OPEN or ACKNOWLEDGED finding of category eavesdrop exists
 * @param macs               the device's MAC addresses (lower case), possibly empty
 * @param latestFinding      the newest finding notified about the device ({@code id, rule, category, severity, state,
 *                           summary, lastSeen}), or null when none was notified since the hub started
 */
record DeviceState(String id, String name, String vendor, String model, Boolean online, int openFindings,
        boolean eavesdropSuspected, List<String> macs, Map<String, Object> latestFinding) {

    DeviceState {
        macs = macs == null ? List.of() : List.copyOf(macs.subList(0, Math.min(8, macs.size())));
        latestFinding = latestFinding == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latestFinding));
    }

    DeviceState(String id, String name, String vendor, String model, Boolean online, int openFindings, boolean eavesdropSuspected,
            List<String> macs) {
        this(id, name, vendor, model, online, openFindings, eavesdropSuspected, macs, null);
    }

    /** @return what Home Assistant's event entity and the attributes show of a finding; summary clipped to 300 chars */
    static Map<String, Object> latest(io.hearthguard.api.finding.StoredFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("rule", f.finding().rule());
        m.put("category", f.finding().category());
        m.put("severity", f.finding().severity().id());
        m.put("state", f.state().id());
        String summary = f.finding().summary();
        m.put("summary", summary == null ? "" : summary.length() > 300 ? summary.substring(0, 300) + "…" : summary);
        m.put("lastSeen", f.lastSeen().toString());
        return m;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("online", online);
        m.put("openFindings", openFindings);
        m.put("eavesdropSuspected", eavesdropSuspected);
        if (latestFinding != null) {
            m.put("latestFinding", latestFinding);
        }
        return m;
    }

    /** Computes device states from the (optional, dynamic) findings and inventory services. */
    static final class Source {
        private final Supplier<FindingAdmin> findings;
        private final Supplier<DeviceInventory> inventory;

        Source(Supplier<FindingAdmin> findings, Supplier<DeviceInventory> inventory) {
            this.findings = findings;
            this.inventory = inventory;
        }

        DeviceState of(String deviceId, Notification n, DeviceState previous) {
            DeviceInventory inv = inventory.get();
            Optional<Device> d = inv == null ? Optional.empty() : inv.byId(deviceId);
            String name = d.map(Device::displayName).orElse(null);
            Boolean online = d.map(Device::online).orElse(null);
            Map<?, ?> dev = n == null ? null : deviceMember(n);
            if (name == null && n != null && n.finding().isPresent() && n.finding().get().finding().device() != null) {
                name = n.finding().get().finding().device().name();
            }
            if (name == null && dev != null && dev.get("name") instanceof String s) {
                name = s;
            }
            if (online == null && dev != null && dev.get("online") instanceof Boolean b) {
                online = b;
            }
            if (name == null && previous != null) {
                name = previous.name();
            }
            if (online == null && previous != null) {
                online = previous.online();
            }
            int open = 0;
            boolean eavesdrop = false;
            FindingAdmin fs = findings.get();
            if (fs != null) {
                FindingAdmin.DeviceSummary sum = fs.summary(deviceId);
                open = sum.open();
                eavesdrop = sum.activeCategories().contains(Categories.EAVESDROP);
            } else if (previous != null) {
                open = previous.openFindings();
                eavesdrop = previous.eavesdropSuspected();
            }
            List<String> macs = d.map(Device::macs).orElse(null);
            if (macs == null && dev != null && dev.get("macs") instanceof List<?> l) {
                macs = l.stream().filter(String.class::isInstance).map(String.class::cast).filter(m -> m.matches("[0-9a-f:]{17}")).toList();
            }
            if (macs == null && previous != null) {
                macs = previous.macs();
            }
            Map<String, Object> latest = n != null && n.finding().isPresent() ? latest(n.finding().get())
                    : previous == null ? null : previous.latestFinding();
            return new DeviceState(deviceId, name == null ? deviceId : name, d.flatMap(Device::vendor).orElse(null),
                    d.flatMap(Device::model).orElse(null), online, open, eavesdrop, macs, latest);
        }

        private static Map<?, ?> deviceMember(Notification n) {
            if (n.kind() != Notification.Kind.DEVICE) {
                return null;
            }
            try {
                Object dev = MqttChannel.MAPPER.readValue(n.json(), Map.class).get("device");
                return dev instanceof Map<?, ?> m ? m : null;
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }
}
