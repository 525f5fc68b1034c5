package io.hearthguard.discovery.internal;

import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;

/** The inventory for {@code /metrics}: devices known, by type and whether they are online; live records discovery dropped. */
@Component(service = MetricSource.class)
public final class DeviceMetrics implements MetricSource {
    private final DeviceInventory inventory;

    @Activate
    public DeviceMetrics(@Reference DeviceInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public void collect(MetricSink sink) {
        Map<String, long[]> byType = new TreeMap<>();
        for (Device d : inventory.devices()) {
            byType.computeIfAbsent(d.type().id(), t -> new long[2])[d.online() ? 1 : 0]++;
        }
        byType.forEach((type, n) -> {
            sink.gauge("hearthguard_devices", "Devices in the inventory, by type and online state", n[1], "type", type, "online", "true");
            sink.gauge("hearthguard_devices", "Devices in the inventory, by type and online state", n[0], "type", type, "online", "false");
        });
        if (inventory instanceof DiscoveryComponent d) {
            sink.counter("hearthguard_discovery_records_dropped_total",
                    "Live capture records discovery dropped because its feed was full (the inventory fell behind the capture)",
                    d.feedDropped());
        }
    }
}
