/**
 * Findings: what a protection, skill analysis or discovery concluded, with the evidence.
 *
 * <p>Producers build a {@link io.hearthguard.api.finding.Finding} and publish it through
 * the one {@link io.hearthguard.api.finding.FindingService}; the platform deduplicates,
 * stores, tracks its state and notifies. {@link io.hearthguard.api.finding.FindingEvents}
 * lists the EventAdmin topics posted on every change.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.api.finding;
