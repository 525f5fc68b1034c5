package io.hearthguard.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers notifications to one destination. Register as a service with
 * {@value #PROP_CHANNEL} set to a unique channel id ({@code [a-z0-9-]+}); the platform
 * keeps a durable outbox per channel id.
 *
 * <h2>Threading</h2>
 * {@link #deliver} is called from the platform's delivery thread for this channel, one
 * notification at a time, in outbox order. It may block on I/O but must respect its own
 * timeouts (a few seconds).
 */
@ConsumerType
public interface NotificationChannel {

    /** Service property: the channel id (String). */
    String PROP_CHANNEL = "hearthguard.channel";

    /**
     * Delivers one notification and returns only when the destination confirmed it (MQTT
     * PUBACK, HTTP 2xx, SMTP 250).
     *
     * @param notification what to deliver; never null
     * @throws DeliveryException when it was not confirmed; the platform retries later
     */
    void deliver(Notification notification) throws DeliveryException;
}
