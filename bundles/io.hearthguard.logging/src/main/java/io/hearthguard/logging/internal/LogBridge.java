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
 */
@Component
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
