package io.hearthguard.platform.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

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
    /** Apache Karaf's data folder; the hub keeps {@code hearthguard/} in it when {@link #DATA_DIR} is not set. */
    public static final String KARAF_DATA = "karaf.data";

    /**
     * The hub's data directory: {@link #DATA_DIR} when set (the launcher sets it), else
     * {@code hearthguard} in Karaf's data folder (the hub as a Karaf feature or openHAB
     * add-on), else {@code hearthguard-data} in the working directory.
     *
     * @param property reads a framework property, e.g. {@code context::getProperty}; may return null
     * @return the directory, not created
     */
    public static Path dataDirectory(UnaryOperator<String> property) {
        String data = property.apply(DATA_DIR);
        if (data != null && !data.isBlank()) {
            return Path.of(data);
        }
        String karaf = property.apply(KARAF_DATA);
        if (karaf != null && !karaf.isBlank()) {
            return Path.of(karaf, "hearthguard");
        }
        return Path.of("hearthguard-data");
    }
}
