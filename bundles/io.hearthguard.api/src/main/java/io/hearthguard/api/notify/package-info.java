/**
 * The notification SPI: a channel that delivers notifications somewhere outside the hub
 * (MQTT, webhook, e-mail, a vendor's cloud).
 *
 * <p>The platform owns the durable outbox: it stores every notification before handing it
 * to a channel, retries with backoff until the channel confirms, in order per channel, and
 * applies each channel's minimum severity, quiet hours and rate limit.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.api.notify;
