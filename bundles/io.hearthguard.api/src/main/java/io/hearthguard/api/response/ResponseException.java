package io.hearthguard.api.response;

/**
 * The gateway refused a change (the rule tool failed, is missing or lacks the permission);
 * nothing was changed. The message says why, including the tool's own error.
 */
public class ResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why */
    public ResponseException(String message) {
        super(message);
    }

    /**
     * @param message why
     * @param cause   the underlying failure
     */
    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
