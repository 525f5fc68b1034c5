package io.hearthguard.api.notify;

/** A notification was not confirmed by its destination. */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    /**
     * @param message   what went wrong, without secrets
     * @param permanent true when retrying cannot help (e.g. the payload was rejected); the
     *                  platform then parks the notification instead of retrying forever
     */
    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** A transient failure. */
    public DeliveryException(String message, Throwable cause) {
        this(message, false, cause);
    }

    /** @return true when retrying cannot help */
    public boolean permanent() {
        return permanent;
    }
}
