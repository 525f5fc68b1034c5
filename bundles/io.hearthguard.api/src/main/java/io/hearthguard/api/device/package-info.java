/**
 * Devices on the home network: who they are, what they are, and why we think so.
 *
 * <p>The {@link io.hearthguard.api.device.DeviceInventory} is implemented by the platform
 * (discovery); vendors and protections read it. Device values are immutable snapshots: a
 * later change produces a new snapshot and a {@link io.hearthguard.api.device.DeviceEvents}
 * event, never a mutation of an object someone already holds.
 *
 * <p>1.1: {@link io.hearthguard.api.device.Device#software()} and
 * {@link io.hearthguard.api.device.SoftwareVersion}, the versions a device announced about itself.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.api.device;
