/**
 * The state of the protections the hub runs, for the hub's own readers: the health
 * endpoint, {@code /metrics}, the dashboard, MQTT and the integration tests. The protection
 * host provides {@link io.hearthguard.platform.protection.ProtectionStatusService}; nobody
 * else does. Internal to the hub, not for vendors; versioned and baselined all the same.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.protection;
