package io.hearthguard.api.notify;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's durable outbox as a {@link NotificationChannel} sees it; the platform
 * registers it as a service. A channel that knows when its destination becomes reachable
 * again (an MQTT broker connection re-established, say) tells the outbox, so a backlog that
 * waits for its next retry goes out at once instead of after the retry delay, which grows
 * to minutes during a long outage.
 *
 * <h2>Threading</h2>
 * Thread-safe. Calls return at once; delivery happens on the channel's own delivery thread,
 * so a channel may call this from its transport's callback thread.
 *
 * @since 1.1
 */
@ProviderType
public interface NotificationOutbox {

    /**
     * The destination of a channel is reachable again: its notifications waiting for a
     * retry become due now (in their order), and its delivery thread is woken.
     *
     * @param channelId the channel's {@value NotificationChannel#PROP_CHANNEL} value; an
     *                  unknown or null id is ignored
     */
    void channelAvailable(String channelId);
}
