package io.hearthguard.capture.internal.live;

/** Live capture cannot start: missing capability, interface or library, or a bad filter. The message says which. */
public final class CaptureUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaptureUnavailableException(String message) {
        super(message);
    }
}
