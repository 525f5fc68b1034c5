/**
 * The findings bundle's change log, for the notification outbox only (docs/architecture.md,
 * "The import rule"): new code follows findings through the EventAdmin topics of
 * {@code io.hearthguard.api.finding.FindingEvents}. Not part of the vendor API.
 * {@code FindingAdmin} and {@code MuteRule} moved to {@code io.hearthguard.platform.findings}
 * in 2.0.0.
 *
 * <ul>
 * <li>{@link io.hearthguard.findings.FindingJournal}: the durable, ordered log of every
 * change, written in the same store transaction as the change itself, so a consumer that
 * keeps a cursor (the notification outbox) can never miss one, even across a kill -9.</li>
 * <li>{@link io.hearthguard.findings.FindingChangeListener}: a wake-up call after each
 * committed change, for low latency; the journal stays the source of truth.</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package io.hearthguard.findings;
