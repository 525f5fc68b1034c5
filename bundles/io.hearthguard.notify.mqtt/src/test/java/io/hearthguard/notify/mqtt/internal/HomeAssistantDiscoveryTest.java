package io.hearthguard.notify.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The discovery payloads themselves, in both of Home Assistant's forms (no broker needed). */
class HomeAssistantDiscoveryTest {
    static final DeviceState ECHO = new DeviceState("d-echo", "Kitchen Echo", "Amazon", "Echo Dot", true, 2, true,
            List.of("44:65:0d:00:00:01"));

    static MqttChannel channel(boolean perDevice) {
        return new MqttChannel(new MqttSettings("tcp://127.0.0.1:1", "hub-1", "", "", "", "hg", 5, 5_000, true, "homeassistant", true,
                "homie", false, "", Set.of(), Set.of(), perDevice), () -> null, () -> null);
    }

    static JsonNode json(String s) throws Exception {
        return Subscriber.MAPPER.readTree(s);
    }

    @Test
    void oneMessagePerDeviceCarriesItsMacModelMakerAndComponents() throws Exception {
        MqttChannel c = channel(true);
        Map<String, String> cfg = c.homeAssistantConfigs(ECHO);
        assertEquals(Set.of("homeassistant/device/hearthguard_d_echo/config"), cfg.keySet());
        JsonNode m = json(cfg.values().iterator().next());
        HomeAssistantSchema.assertValidDeviceDiscovery(m);
        assertEquals("mac", m.get("device").get("connections").get(0).get(0).asText());
        assertEquals("44:65:0d:00:00:01", m.get("device").get("connections").get(0).get(1).asText());
        assertEquals("Amazon", m.get("device").get("manufacturer").asText());
        assertEquals("Echo Dot", m.get("device").get("model").asText());
        assertEquals("hearthguard_hub_hub_1", m.get("device").get("via_device").asText());
        assertEquals(Set.of("eavesdrop", "open_findings", "online", "finding"), Set.copyOf(iter(m.get("components").fieldNames())),
                "commands off: no buttons");
        JsonNode hub = json(c.homeAssistantHub().get("homeassistant/device/hearthguard_hub_hub_1/config"));
        HomeAssistantSchema.assertValidDeviceDiscovery(hub);
        assertEquals("hearthguard_hub_hub_1", hub.get("device").get("identifiers").get(0).asText());
        c.close();
    }

    @Test
    void olderHomeAssistantsGetOneMessagePerEntityWithTheSameIds() throws Exception {
        MqttChannel c = channel(false);
        Map<String, String> cfg = c.homeAssistantConfigs(ECHO);
        assertEquals(Set.of("homeassistant/binary_sensor/hearthguard_d_echo/eavesdrop/config",
                "homeassistant/sensor/hearthguard_d_echo/open_findings/config",
                "homeassistant/binary_sensor/hearthguard_d_echo/online/config",
                "homeassistant/event/hearthguard_d_echo/finding/config"), cfg.keySet());
        for (Map.Entry<String, String> e : cfg.entrySet()) {
            String platform = e.getKey().split("/")[1];
            JsonNode m = json(e.getValue());
            HomeAssistantSchema.assertValidEntityDiscovery(m, platform);
            assertEquals(platform.equals("event") ? "hg/device/d-echo/event" : "hg/device/d-echo/state", m.get("json_attributes_topic").asText());
            assertTrue(m.get("default_entity_id").asText().startsWith(platform + ".hearthguard_d_echo_"));
        }
        JsonNode hub = json(c.homeAssistantHub().get("homeassistant/binary_sensor/hearthguard_hub_hub_1/running/config"));
        HomeAssistantSchema.assertValidEntityDiscovery(hub, "binary_sensor");
        c.close();
    }

    @Test
    void withCommandsOnBothFormsCarryButtonsThatHoldATokenNotTheSecret() throws Exception {
        for (boolean perDevice : new boolean[] {true, false}) {
            MqttChannel c = new MqttChannel(new MqttSettings("tcp://127.0.0.1:1", "hub-1", "", "", "", "hg", 5, 5_000, true, "homeassistant",
                    true, "homie", true, "the-command-secret-123", Set.of("home-assistant"), Set.of("acknowledge"), perDevice), () -> null, () -> null);
            Map<String, String> cfg = c.homeAssistantConfigs(ECHO);
            assertTrue(cfg.values().stream().noneMatch(v -> v.contains("the-command-secret-123")));
            if (perDevice) {
                JsonNode m = json(cfg.values().iterator().next());
                HomeAssistantSchema.assertValidDeviceDiscovery(m);
                assertTrue(m.get("components").has("acknowledge") && !m.get("components").has("mute"), "only enabled actions get a button");
            } else {
                JsonNode b = json(cfg.get("homeassistant/button/hearthguard_d_echo/acknowledge/config"));
                HomeAssistantSchema.assertValidEntityDiscovery(b, "button");
                assertEquals(CommandHandler.buttonToken("the-command-secret-123", "d-echo", "acknowledge"),
                        json(b.get("payload_press").asText()).get("button").asText());
            }
            for (Map.Entry<String, String> e : c.homeAssistantHub().entrySet()) {
                if (perDevice) {
                    HomeAssistantSchema.assertValidDeviceDiscovery(json(e.getValue()));
                } else {
                    HomeAssistantSchema.assertValidEntityDiscovery(json(e.getValue()), e.getKey().split("/")[1]);
                }
            }
            c.close();
        }
    }

    @Test
    void aDeviceWithoutMacsOrVendorStillHasIdentifiers() throws Exception {
        MqttChannel c = channel(true);
        JsonNode m = json(c.homeAssistantConfigs(new DeviceState("d-x", "d-x", null, null, null, 0, false, null)).values().iterator().next());
        HomeAssistantSchema.assertValidDeviceDiscovery(m);
        assertTrue(!m.get("device").has("connections") && !m.get("device").has("manufacturer"));
        c.close();
    }

    private static List<String> iter(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
