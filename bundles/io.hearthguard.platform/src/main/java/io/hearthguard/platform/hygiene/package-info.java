/**
 * The router checks as the dashboard sees them: the hygiene bundle provides
 * {@link io.hearthguard.platform.hygiene.RouterPasswordCheck} and {@link io.hearthguard.platform.hygiene.WifiSecurityCheck}, the web bundle's router form
 * calls it without importing the hygiene bundle. Internal to the hub, not for vendors; still
 * versioned and baselined.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.platform.hygiene;
