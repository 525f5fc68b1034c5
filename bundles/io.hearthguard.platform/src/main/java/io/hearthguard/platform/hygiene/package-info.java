/**
 * The router password check as the dashboard sees it: the hygiene bundle provides
 * {@link io.hearthguard.platform.hygiene.RouterPasswordCheck}, the web bundle's entry form
 * calls it without importing the hygiene bundle. Internal to the hub, not for vendors; still
 * versioned and baselined.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.hygiene;
