package io.hearthguard.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Configures java.util.logging, where all of the hub's logging ends: our bundles log to
 * it directly, slf4j users (Jetty, sqlite-jdbc) through slf4j-jdk14, the OSGi log service
 * through io.hearthguard.logging. Console gets INFO and up; logs/hub.log keeps a rotating
 * record (5 files of 10 MB).
 */
final class Logs {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /** JUL keeps loggers weakly: hold the ones we configure. */
    private static final java.util.List<Logger> PINNED = new java.util.ArrayList<>();

    private Logs() {
    }

    static void configure(Path dir, boolean verbose) throws IOException {
        Logger root = reset(verbose ? Level.FINE : Level.INFO);
        FileHandler file = new FileHandler(dir.resolve("hub%g.log").toString(), 10 * 1024 * 1024, 5, true);
        file.setFormatter(new Line());
        file.setLevel(verbose ? Level.FINE : Level.INFO);
        root.addHandler(file);
    }

    static void configureCli(boolean verbose) {
        reset(verbose ? Level.INFO : Level.WARNING);
    }

    private static Logger reset(Level level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.setLevel(level);
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new Line());
        console.setLevel(level);
        root.addHandler(console);
        Level quiet = level.intValue() < Level.INFO.intValue() ? Level.INFO : Level.WARNING;
        for (String noisy : new String[] { "org.eclipse.jetty", "org.apache.aries.spifly", "org.apache.felix.http" }) {
            Logger l = Logger.getLogger(noisy);
            l.setLevel(quiet);
            PINNED.add(l);
        }
        return root;
    }

    /** One line per record: time, level, logger, message, and the exception if any. */
    static final class Line extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(160);
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ').append(r.getLevel().getName()).append(' ');
            String name = r.getLoggerName() == null ? "" : r.getLoggerName();
            // our classes by simple name; the OSGi log's entries by the bundle that logged them
            b.append(name.startsWith("osgi.") ? name : name.substring(name.lastIndexOf('.') + 1)).append(": ").append(formatMessage(r)).append('\n');
            if (r.getThrown() != null) {
                thrown(b, r.getThrown());
            }
            return b.toString();
        }

        /**
         * The exception and its causes (the innermost is usually the reason: SCR and reflection wrap a
         * component's own exception), each with at most {@value #FRAMES} frames, at most {@value #CAUSES} causes.
         */
        static void thrown(StringBuilder b, Throwable t) {
            java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            String prefix = "  ";
            for (int depth = 0; t != null && depth <= CAUSES && seen.add(t); depth++, t = t.getCause()) {
                b.append(prefix).append(t).append('\n');
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                    b.append("    at ").append(frames[i]).append('\n');
                }
                if (frames.length > FRAMES) {
                    b.append("    ... ").append(frames.length - FRAMES).append(" more\n");
                }
                prefix = "  Caused by: ";
            }
        }

        private static final int FRAMES = 25;
        private static final int CAUSES = 8;
    }
}
