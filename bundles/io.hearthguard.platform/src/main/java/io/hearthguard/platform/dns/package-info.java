/**
 * The hub's DNS forwarder as other bundles see it: the recent queries it answered, who
 * asked and what it did with each. Internal to the hub (the dashboard, MQTT and tests read
 * it), not for vendors; still versioned and baselined.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.dns;
