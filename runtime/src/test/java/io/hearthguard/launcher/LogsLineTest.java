package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

/** The hub's log names the cause of a wrapped exception (found by a vendor: a component's failure showed only SCR's wrapper). */
class LogsLineTest {
    @Test
    void aWrappedExceptionsCausesAreInTheLog() {
        LogRecord r = new LogRecord(Level.SEVERE, "component failed");
        r.setLoggerName("osgi.com.lumen.bulb");
        r.setThrown(new IllegalStateException("activation failed",
                new InvocationTargetException(new NumberFormatException("For input string: \"5MB\""))));
        String line = new Logs.Line().format(r);
        assertTrue(line.contains("java.lang.IllegalStateException: activation failed"), line);
        assertTrue(line.contains("Caused by: java.lang.reflect.InvocationTargetException"), line);
        assertTrue(line.contains("Caused by: java.lang.NumberFormatException: For input string: \"5MB\""), line);
    }

    @Test
    void aCauseCycleEnds() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        LogRecord r = new LogRecord(Level.WARNING, "cycle");
        r.setThrown(a);
        String line = new Logs.Line().format(r);
        assertTrue(line.contains("Caused by: java.lang.IllegalArgumentException: b"), line);
    }
}
