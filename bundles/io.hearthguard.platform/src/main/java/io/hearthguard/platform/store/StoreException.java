package io.hearthguard.platform.store;

/** The store could not complete an operation; nothing of that operation was kept. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, for people */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
