/**
 * Helpers shared by the platform's own notification channels (MQTT, webhook, e-mail).
 * Platform-internal: not part of the vendor API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.notify.support;
