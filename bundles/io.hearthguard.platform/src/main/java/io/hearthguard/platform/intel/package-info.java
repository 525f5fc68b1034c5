/**
 * The threat-intelligence list format, read the same way by every bundle that reads the
 * threat-intel folder (the threat-intelligence protection and the DNS forwarder's sinkhole):
 * the CSV shape with a {@code url} column (URLhaus style) next to hosts files and plain
 * lists. Internal to the hub, not for vendors; versioned and baselined all the same.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.intel;
