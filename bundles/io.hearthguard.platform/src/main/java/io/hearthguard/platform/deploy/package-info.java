/**
 * Deploying vendor bundles into the running hub, for the hub's own ways in: the
 * {@code deploy/} folder, the authenticated REST upload ({@code POST /api/deploy}) and the
 * {@code ./hearthguard deploy} command. The deploy bundle provides
 * {@link io.hearthguard.platform.deploy.DeployService}; web uses it. Every way in goes
 * through the same lifecycle (stage, verify, install or update, health check, commit or
 * roll back) and every attempt is audited. Internal to the hub, not for vendors; versioned
 * and baselined all the same.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.platform.deploy;
