package io.hearthguard.discovery.internal;

import java.util.List;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/**
 * What the evidence of one device adds up to. {@code vendor}, {@code model} and {@code os}
 * are null when unknown.
 */
public record Identity(String vendor, DeviceType type, String model, String os, double typeConfidence,
        List<Evidence> evidence) {
}
