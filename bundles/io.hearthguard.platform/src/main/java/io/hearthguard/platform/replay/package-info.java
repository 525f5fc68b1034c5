/**
 * Replays of capture files through the hub's live pipeline, asked for by the dashboard:
 * the capture bundle provides {@link io.hearthguard.platform.replay.ReplayService}; web
 * uses it. Internal to the hub, not for vendors; versioned and baselined all the same.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.platform.replay;
