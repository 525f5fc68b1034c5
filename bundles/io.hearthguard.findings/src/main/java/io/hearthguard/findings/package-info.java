/**
 * Platform-internal findings management, for the hub's own bundles (dashboard, MQTT
 * commands, notification outbox). Not part of the vendor API.
 *
 * <ul>
 * <li>{@link io.hearthguard.findings.FindingAdmin}: change a finding's state and manage
 * mute rules, on behalf of a named actor.</li>
 * <li>{@link io.hearthguard.findings.FindingJournal}: the durable, ordered log of every
 * change, written in the same store transaction as the change itself, so a consumer that
 * keeps a cursor (the notification outbox) can never miss one, even across a kill -9.</li>
 * <li>{@link io.hearthguard.findings.FindingChangeListener}: a wake-up call after each
 * committed change, for low latency; the journal stays the source of truth.</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.findings;
