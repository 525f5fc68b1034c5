package io.hearthguard.capture.internal.meta;

/** A protocol message is malformed; thrown by the parsers, caught and counted by capture. */
public final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    public Malformed(String what) {
        super(what, null, false, false);
    }
}
