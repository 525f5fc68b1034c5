/**
 * Managing findings on behalf of a person or a home automation: the findings bundle
 * provides {@link io.hearthguard.platform.findings.FindingAdmin} (acknowledge, mute,
 * resolve, reopen, mute rules); the dashboard and the MQTT command topic use it. Moved here
 * from {@code io.hearthguard.findings} so that those bundles depend on a versioned platform
 * contract instead of the findings bundle. Internal to the hub, not for vendors.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.findings;
