package io.hearthguard.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsServletTest {
    static final String TOKEN = "0123456789abcdef0123456789abcdef-x";

    @Test
    void groupsSamplesByNameWithOneHelpAndTypeAndEscapesLabelValues() {
        MetricsServlet m = new MetricsServlet(true, "");
        m.addSource(s -> s.gauge("hearthguard_devices", "Devices", 3, "type", "camera", "online", "true"));
        m.addSource(s -> s.counter("hearthguard_capture_packets_received_total", "Packets", 1234567, "live", "false"));
        m.addSource(s -> s.gauge("hearthguard_devices", "Devices", 1, "type", "say \"hi\"\\\nthere", "online", "false"));
        String text = m.scrape();
        List<String> lines = text.lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.equals("# TYPE hearthguard_devices gauge")).count(), text);
        assertTrue(lines.contains("hearthguard_devices{type=\"camera\",online=\"true\"} 3"), text);
        assertTrue(lines.contains("hearthguard_devices{type=\"say \\\"hi\\\"\\\\\\nthere\",online=\"false\"} 1"), text);
        assertTrue(lines.contains("hearthguard_capture_packets_received_total{live=\"false\"} 1234567"), text);
        // both device samples follow their one TYPE line, before the next family
        int type = lines.indexOf("# TYPE hearthguard_devices gauge");
        assertTrue(lines.get(type + 1).startsWith("hearthguard_devices{") && lines.get(type + 2).startsWith("hearthguard_devices{"), text);
        assertTrue(lines.contains("hearthguard_metrics_rejected_samples 0"), text);
    }

    @Test
    void aBadSampleOrAFailingSourceIsDroppedAndCountedNotWritten() {
        MetricsServlet m = new MetricsServlet(true, "");
        m.addSource(s -> {
            s.gauge("not_ours", "x", 1);                                   // foreign prefix
            s.gauge("hearthguard_bad name", "x", 1);                       // invalid name
            s.counter("hearthguard_events", "x", 1);                       // counter without _total
            s.counter("hearthguard_events_total", "x", -1);                // negative counter
            s.gauge("hearthguard_odd", "x", 1, "only-a-name");             // odd label list
            s.gauge("hearthguard_lbl", "x", 1, "__reserved", "v");         // reserved label name
            s.gauge("hearthguard_clash_total", "x", 1);                    // gauge first …
            s.counter("hearthguard_clash_total", "x", 2);                  // … then a counter of the same name
        });
        m.addSource(s -> {
            throw new IllegalStateException("broken source");
        });
        String text = m.scrape();
        assertFalse(text.contains("not_ours") || text.contains("bad name") || text.contains("hearthguard_events") || text.contains("hearthguard_odd")
                || text.contains("hearthguard_lbl"), text);
        assertTrue(text.contains("hearthguard_clash_total 1\n") && !text.contains("hearthguard_clash_total 2"), text);
        assertTrue(text.contains("hearthguard_metrics_rejected_samples 8\n"), text);
    }

    @Test
    void theSampleCountIsBounded() {
        MetricsServlet m = new MetricsServlet(true, "");
        m.addSource(s -> {
            for (int i = 0; i < Exposition.MAX_SAMPLES + 10; i++) {
                s.gauge("hearthguard_many", "x", i, "i", Integer.toString(i));
            }
        });
        String text = m.scrape();
        assertEquals(Exposition.MAX_SAMPLES, text.lines().filter(l -> l.startsWith("hearthguard_many{")).count());
        assertTrue(text.contains("hearthguard_metrics_rejected_samples 10\n"));
    }

    @Test
    void loopbackReadsWithoutTokenOthersNeedTheToken() {
        MetricsServlet local = new MetricsServlet(true, "");
        assertTrue(local.allowed("127.0.0.1", null));
        assertTrue(local.allowed("::1", null));
        assertTrue(local.allowed("[::1]", null));
        assertFalse(local.allowed("192.168.1.20", null));
        assertFalse(local.allowed("localhost", null), "only IP literals, never a name lookup");
        assertFalse(local.allowed("192.168.1.20", "Bearer " + TOKEN), "no token configured: nobody remote");

        MetricsServlet token = new MetricsServlet(true, TOKEN);
        assertTrue(token.allowed("192.168.1.20", "Bearer " + TOKEN));
        assertTrue(token.allowed("192.168.1.20", "bearer " + TOKEN));
        assertFalse(token.allowed("192.168.1.20", "Bearer " + TOKEN + "x"));
        assertFalse(token.allowed("192.168.1.20", "Basic " + TOKEN));
        assertFalse(token.allowed("127.0.0.1", "Bearer wrong"), "a wrong token is refused even from loopback");

        MetricsServlet remoteOnly = new MetricsServlet(false, TOKEN);
        assertFalse(remoteOnly.allowed("127.0.0.1", null));
        assertTrue(remoteOnly.allowed("127.0.0.1", "Bearer " + TOKEN));
    }

    @Test
    void aShortTokenIsRefusedAtConfiguration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MetricsServlet(true, "short-token"));
        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
    }
}
