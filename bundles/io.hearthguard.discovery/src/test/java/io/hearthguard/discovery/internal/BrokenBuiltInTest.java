package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * An error in a file shipped inside the bundle stops the discovery component; the log must say which file, which line
 * and what is wrong (SCR alone says only "Service factory returned null").
 */
class BrokenBuiltInTest {
    @Test
    void aBrokenLexiconIsLoggedWithFileLineAndReason() {
        Logger log = Logger.getLogger(DiscoveryComponent.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(h);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> DiscoveryComponent.builtIn(() -> Lexicon.resource("/discovery-test/broken-lexicon.txt")));
            List<LogRecord> severe = records.stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
            assertEquals(1, severe.size(), "one error logged");
            String m = severe.get(0).getMessage();
            assertTrue(m.contains("discovery-test/broken-lexicon.txt:4:"), "names the file and the line: " + m);
            assertTrue(m.contains("unknown device type 'camra'"), "says what is wrong: " + m);
            assertTrue(m.contains("'type camra: cam'"), "shows the line: " + m);
            assertTrue(e.getMessage().contains("broken-lexicon.txt:4:"), e.getMessage());
        } finally {
            log.removeHandler(h);
        }
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.resource("/discovery-test/no-such-lexicon.txt"));
        assertTrue(e.getMessage().contains("discovery-test/no-such-lexicon.txt"), e.getMessage());
    }

    @Test
    void theShippedFilesLoadAndNothingIsLogged() {
        assertNotNull(DiscoveryComponent.builtIn(Lexicon::builtIn));
        assertNotNull(DiscoveryComponent.builtIn(RuleSources::builtIn));
    }
}
