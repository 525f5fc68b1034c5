/**
 * The family's changes to the device inventory ({@link io.hearthguard.platform.device.DeviceAdmin}):
 * internal to the hub (the dashboard asks, discovery does), not for vendors.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.device;
