package io.hearthguard.deploy.internal;

/** A bundle was refused or could not be installed; the message says why, for people. */
public final class DeployException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the bundle had been installed or updated and was rolled back (or removed again). */
    private final boolean rolledBack;

    public DeployException(String message) {
        super(message);
        this.rolledBack = false;
    }

    public DeployException(String message, boolean rolledBack) {
        super(message);
        this.rolledBack = rolledBack;
    }

    public boolean rolledBack() {
        return rolledBack;
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
        this.rolledBack = false;
    }
}
