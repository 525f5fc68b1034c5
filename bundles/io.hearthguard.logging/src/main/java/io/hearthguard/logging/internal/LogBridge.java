package io.hearthguard.logging.internal;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Forwards entries of the OSGi log service to java.util.logging under the logger name
 * {@code osgi.<bundle symbolic name>}, so component failures reported by SCR appear in the
 * console and in logs/hub.log with everything else.
 *
 * <p>Immediate and registering no service: as a delayed component offering {@code LogListener}
 * nobody ever asked for it, so it was never activated and SCR's errors (a vendor component whose
 * activate method throws) never reached the log. The framework's own bundle and service events
 * ({@code Events.*} loggers, INFO and DEBUG) are passed on at FINE: dozens per start, useful only
 * with {@code --verbose}.
 */
@Component(service = {}, immediate = true)
public final class LogBridge implements LogListener {

    private final LogReaderService reader;

    @Activate
    public LogBridge(@Reference LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry e) {
        Level level = switch (e.getLogLevel()) {
            case AUDIT, ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            case DEBUG -> Level.FINE;
            default -> Level.FINEST;
        };
        if (level.intValue() < Level.WARNING.intValue() && e.getLoggerName() != null && e.getLoggerName().startsWith("Events.")) {
            level = Level.FINE;
        }
        String bsn = e.getBundle() == null ? "framework" : e.getBundle().getSymbolicName();
        Logger logger = Logger.getLogger("osgi." + bsn);
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord r = new LogRecord(level, e.getMessage());
        r.setLoggerName(logger.getName());
        r.setThrown(e.getException());
        r.setInstant(java.time.Instant.ofEpochMilli(e.getTime()));
        logger.log(r);
    }
}
