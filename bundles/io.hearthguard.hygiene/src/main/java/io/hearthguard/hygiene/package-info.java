/**
 * Home hygiene checks as a service: check one device now (exposed risky services and, when
 * the household turned it on, well-known default logins) and publish what was found.
 *
 * <p>The hygiene bundle implements {@link io.hearthguard.hygiene.HygieneChecks}; the
 * dashboard or a command may call it. The score's types live in the API
 * ({@code io.hearthguard.api.score}, 2.0.0 here: {@code HomeScore} moved there) so that the MQTT
 * channel and the dashboard read it without importing this bundle; for the same reason the
 * router password check moved to {@code io.hearthguard.platform.hygiene} (3.0.0 here).
 */
@Export
@Version("3.0.0")
package io.hearthguard.hygiene;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
