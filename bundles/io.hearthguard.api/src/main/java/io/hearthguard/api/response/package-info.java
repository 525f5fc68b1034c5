/**
 * Response on the gateway: quarantine a device, block a destination, and undo it.
 *
 * <p>The hub acts only where it is allowed to (the response bundle is configured on the
 * home's Linux gateway) and always reversibly: every action is recorded in an audit log
 * with who asked for it and when, stays in force across restarts of the hub, and ends only
 * by {@link io.hearthguard.api.response.ResponseService#undo}. The dashboard, the MQTT
 * command topic and response policies all go through the one
 * {@link io.hearthguard.api.response.ResponseService}.
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.hearthguard.api.response;
