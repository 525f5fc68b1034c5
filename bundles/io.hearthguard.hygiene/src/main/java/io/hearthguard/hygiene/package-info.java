/**
 * Home hygiene checks as a service: check one device now (exposed risky services and, when
 * the household turned it on, well-known default logins) and publish what was found.
 *
 * <p>The hygiene bundle implements {@link io.hearthguard.hygiene.HygieneChecks}; the
 * dashboard or a command may call it.
 */
@Export
@Version("1.1.0")
package io.hearthguard.hygiene;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
