package io.hearthguard.notify.mqtt.internal.paho;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
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
 *
 * <p>The clients' {@code connect} also gives up on an attempt Paho abandoned: when the broker
 * drops the connection just after the client wrote CONNECT, Paho 1.2.5 can shut the connection
 * down, end all its threads and never complete the connect token (eclipse-paho/paho.mqtt.java
 * issue #1013, open), so {@link MqttClient#connect(MqttConnectOptions)} waited the whole
 * time-to-wait for nothing. With a {@link ConnectSafeSockets} factory in the options, a connect
 * whose socket has been closed for {@value #ABANDONED_MILLIS} ms without the token completing
 * fails at once with {@link MqttException#REASON_CODE_CONNECTION_LOST}.
 */
public final class PahoClients {
    /** How long a connect may stay unfinished after its socket was closed (Paho completes a failed one in milliseconds). */
    static final long ABANDONED_MILLIS = 2_000;
    private static final long POLL_MILLIS = 20;

    private PahoClients() {
    }

    /**
     * @param timeToWaitMillis how long blocking calls wait (Paho's {@code setTimeToWait})
     * @return a new, unconnected client with in-memory persistence
     * @throws MqttException when Paho rejects the URI or client id
     */
    public static MqttClient create(String brokerUri, String clientId, long timeToWaitMillis, MqttCallback callback)
            throws MqttException {
        MqttClient c = new OneAttempt(brokerUri, clientId);
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

    /** A client whose connect notices an attempt Paho abandoned (above). */
    static final class OneAttempt extends MqttClient {
        OneAttempt(String brokerUri, String clientId) throws MqttException {
            super(brokerUri, clientId, new MemoryPersistence());
        }

        @Override
        public void connect(MqttConnectOptions options) throws MqttException {
            CountDownLatch done = new CountDownLatch(1);
            IMqttToken token = aClient.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken t) {
                    done.countDown();
                }

                @Override
                public void onFailure(IMqttToken t, Throwable cause) {
                    done.countDown();
                }
            });
            long wait = getTimeToWait();
            long start = System.nanoTime();
            long closedSince = 0;
            // Paho marks a failed token by its exception, not always as complete
            while (!token.isComplete() && token.getException() == null && done.getCount() > 0) {
                long now = System.nanoTime();
                if (wait > 0 && now - start >= TimeUnit.MILLISECONDS.toNanos(wait)) {
                    throw new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT);
                }
                if (ConnectSafeSockets.lastSocketClosed(options.getSocketFactory())) {
                    if (closedSince == 0) {
                        closedSince = now;
                    } else if (now - closedSince >= TimeUnit.MILLISECONDS.toNanos(ABANDONED_MILLIS)) {
                        throw new MqttException(MqttException.REASON_CODE_CONNECTION_LOST);
                    }
                } else {
                    closedSince = 0;
                }
                try {
                    done.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MqttException(e);
                }
            }
            if (token.getException() != null) {
                throw token.getException();
            }
            token.waitForCompletion(); // finished: returns at once, or throws the attempt's failure
        }
    }
}
