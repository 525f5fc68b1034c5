package io.hearthguard.platform.cli;

/**
 * Framework properties the launcher sets, readable with {@code BundleContext.getProperty}.
 */
public final class Launch {
    private Launch() {
    }

    /** The hub's data directory (absolute path). */
    public static final String DATA_DIR = "hearthguard.data";
    /** {@code hub} when running the hub, {@code cli} when running a one-shot command. */
    public static final String MODE = "hearthguard.mode";
    /** Value of {@link #MODE} for the hub. */
    public static final String MODE_HUB = "hub";
    /** Value of {@link #MODE} for a command. */
    public static final String MODE_CLI = "cli";
}
