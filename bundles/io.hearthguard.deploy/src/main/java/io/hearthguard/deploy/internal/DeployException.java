package io.hearthguard.deploy.internal;

/** A bundle was refused or could not be installed; the message says why, for people. */
public final class DeployException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
