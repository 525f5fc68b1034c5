package io.hearthguard.notify.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of Home Assistant's MQTT discovery that our payloads must follow, as its
 * documentation and its discovery validation state them (device-based discovery since
 * 2024.11: {@code device} with identifiers or connections, {@code origin} with a name,
 * {@code components} each with a supported {@code platform} and a {@code unique_id};
 * per-entity discovery: the same without {@code components}). Checked here without a Home
 * Assistant: its Core does not install on this machine's Python.
 */
final class HomeAssistantSchema {
    static final Set<String> PLATFORMS = Set.of("binary_sensor", "sensor", "button", "event", "switch", "text", "select",
            "number", "device_tracker", "update");
    /** Keys an entity of ours may carry (full names; Home Assistant also accepts abbreviations). */
    static final Set<String> ENTITY_KEYS = Set.of("platform", "name", "unique_id", "default_entity_id", "value_template",
            "device_class", "state_class", "icon", "state_topic", "json_attributes_topic", "availability_topic", "payload_available",
            "payload_not_available", "payload_on", "payload_off", "qos", "device", "origin", "command_topic", "command_template",
            "payload_press", "event_types", "entity_category", "unit_of_measurement");
    static final Set<String> DEVICE_KEYS = Set.of("identifiers", "connections", "name", "manufacturer", "model", "via_device",
            "sw_version", "hw_version", "configuration_url", "suggested_area", "serial_number", "model_id");

    /**
     * Options each platform's discovery schema requires (Home Assistant core, components/mqtt:
     * {@code event.py} requires {@code event_types} and, through {@code MQTT_RO_SCHEMA},
     * {@code state_topic}; {@code button.py} requires {@code command_topic}; the sensors read a
     * {@code state_topic}). Unknown options are removed, not refused ({@code extra=REMOVE_EXTRA}),
     * so shared options that a platform does not use are harmless.
     */
    static final java.util.Map<String, Set<String>> REQUIRED = java.util.Map.of(
            "event", Set.of("state_topic", "event_types"),
            "button", Set.of("command_topic"),
            "sensor", Set.of("state_topic"),
            "binary_sensor", Set.of("state_topic"));

    private HomeAssistantSchema() {
    }

    private static void assertRequired(JsonNode c, JsonNode shared, String platform, String key) {
        for (String r : REQUIRED.getOrDefault(platform, Set.of())) {
            assertTrue(c.has(r) || shared != null && shared.has(r), key + " (" + platform + ") needs " + r);
        }
        if ("event".equals(platform)) {
            assertTrue(c.get("event_types").isArray() && c.get("event_types").size() > 0, key + ": event_types is a non-empty list");
        }
    }

    static void assertValidDeviceDiscovery(JsonNode m) {
        assertTrue(m.has("device") && m.has("origin") && m.has("components"), "device, origin and components: " + m);
        assertValidDevice(m.get("device"));
        assertTrue(m.get("origin").hasNonNull("name"), "origin.name is required");
        assertTrue(m.get("components").size() > 0, "at least one component");
        for (Iterator<String> it = m.get("components").fieldNames(); it.hasNext();) {
            String key = it.next();
            JsonNode c = m.get("components").get(key);
            assertTrue(PLATFORMS.contains(c.path("platform").asText()), key + ": platform " + c.path("platform"));
            assertTrue(c.hasNonNull("unique_id"), key + ": device-based components need a unique_id");
            assertEntityKeys(c);
            assertDefaultEntityId(c, c.get("platform").asText());
            assertRequired(c, m, c.get("platform").asText(), key);
        }
        for (Iterator<String> it = m.fieldNames(); it.hasNext();) {
            String key = it.next();
            assertTrue(key.equals("components") || ENTITY_KEYS.contains(key), "unknown shared option " + key);
        }
    }

    static void assertValidEntityDiscovery(JsonNode m, String platform) {
        assertTrue(PLATFORMS.contains(platform), platform);
        assertTrue(!m.has("platform"), "no platform key in per-entity discovery (the topic says it)");
        assertTrue(m.hasNonNull("unique_id") && m.has("device"), "unique_id and device: " + m);
        assertValidDevice(m.get("device"));
        assertEntityKeys(m);
        assertDefaultEntityId(m, platform);
        assertRequired(m, null, platform, platform);
    }

    private static void assertValidDevice(JsonNode d) {
        assertTrue(d.path("identifiers").size() > 0 || d.path("connections").size() > 0, "device needs identifiers or connections");
        for (Iterator<String> it = d.fieldNames(); it.hasNext();) {
            String key = it.next();
            assertTrue(DEVICE_KEYS.contains(key), "unknown device key " + key);
        }
        for (JsonNode c : d.path("connections")) {
            assertEquals(2, c.size(), "a connection is [type, value]");
            assertTrue(c.get(1).asText().matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}"), "mac connection " + c);
        }
    }

    private static void assertEntityKeys(JsonNode c) {
        for (Iterator<String> it = c.fieldNames(); it.hasNext();) {
            String key = it.next();
            assertTrue(ENTITY_KEYS.contains(key), "unknown entity key " + key);
            assertTrue(!key.equals("object_id"), "object_id no longer works (Home Assistant 2026.4)");
        }
    }

    private static void assertDefaultEntityId(JsonNode c, String platform) {
        if (c.has("default_entity_id")) {
            assertTrue(c.get("default_entity_id").asText().matches(platform + "\\.[a-z0-9_]+"),
                    "default_entity_id is <domain>.<object id>: " + c.get("default_entity_id"));
        }
    }
}
