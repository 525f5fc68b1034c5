/**
 * How the hub's traffic pipeline knows that its observers are done with a capture file:
 * observers that hand traffic to threads of their own say when they have finished what
 * they were given ({@link io.hearthguard.platform.traffic.ObserverCompletion}), so that
 * {@code analyze} and replays wait for that instead of an observer blocking the capture
 * thread. Traffic the hub handled itself (its DNS forwarder's messages) enters the same
 * observers through {@link io.hearthguard.platform.traffic.MetadataFeed}. Internal to the
 * hub, not for vendors; versioned and baselined all the same.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.platform.traffic;
