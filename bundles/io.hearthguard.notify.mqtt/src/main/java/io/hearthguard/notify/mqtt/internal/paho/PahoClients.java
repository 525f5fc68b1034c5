package io.hearthguard.notify.mqtt.internal.paho;

import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Paho 1.2.5 clients for one connection attempt each. A client whose connection failed can
 * still be shutting that connection down (its sender noticing the broken socket after its
 * receiver did) when the next connect of the same client begins; that late shutdown then
 * closes the new connection's socket, or stops its threads before the connect thread saw
 * them run, and the connect thread hangs forever ({@link ConnectSafeSockets} covers the
 * receiver's own race, not this one). A client used for one attempt only cannot be reached by
 * an earlier connection's clean-up. Suits users whose own outbox resends what a lost
 * connection did not confirm (Paho's in-flight state does not survive the replacement).
 */
public final class PahoClients {
    private PahoClients() {
    }

    /**
     * @param timeToWaitMillis how long blocking calls wait (Paho's {@code setTimeToWait})
     * @return a new, unconnected client with in-memory persistence
     * @throws MqttException when Paho rejects the URI or client id
     */
    public static MqttClient create(String brokerUri, String clientId, long timeToWaitMillis, MqttCallback callback)
            throws MqttException {
        MqttClient c = new MqttClient(brokerUri, clientId, new MemoryPersistence());
        c.setTimeToWait(timeToWaitMillis);
        c.setCallback(callback);
        return c;
    }

    /** Closes a client that will not be used again; one still shutting down closes itself when it is done. */
    public static void discard(MqttClient c) {
        try {
            c.close(true);
        } catch (MqttException e) {
            // still connecting or disconnecting: Paho closes it at the end of that (closePending)
        }
    }
}
