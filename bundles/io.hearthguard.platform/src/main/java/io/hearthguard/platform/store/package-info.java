/**
 * The hub's embedded store: one crash-safe database in the data directory, shared by every
 * bundle that persists something (devices, findings, the notification outbox, skill
 * reports). Each owner keeps its own tables and versions them with {@link
 * io.hearthguard.platform.store.Store#migrate}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.platform.store;
