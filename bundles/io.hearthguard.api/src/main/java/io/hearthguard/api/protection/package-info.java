/**
 * The vendor SPI: how a device vendor (or Hearthguard itself) adds a protection.
 *
 * <p>A protection is a DS component implementing
 * {@link io.hearthguard.api.protection.DeviceProtection}, annotated with
 * {@link io.hearthguard.api.protection.ProtectionService}. Packaged as a bundle that imports
 * only this API, it can be hot-deployed into a running hub, updated and removed.
 *
 * <pre>
 * &#64;Component
 * &#64;ProtectionService(vendor = "acme", deviceTypes = "camera")
 * public final class AcmeCameraProtection implements DeviceProtection {
 *     public void flow(FlowRecord flow, Device device, ProtectionContext ctx) { … }
 * }
 * </pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.api.protection;
