package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

class BodyGuardTest {

    @Test
    void bodiesAreBoundedPerAddressAndInAllAndSlotsComeBack() {
        BodyGuard g = new BodyGuard(System::nanoTime);
        for (int i = 0; i < BodyGuard.PER_ADDRESS; i++) {
            assertNull(g.enter("10.0.0.1"));
        }
        Problem p = g.enter("10.0.0.1");
        assertNotNull(p);
        assertEquals(429, p.status);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < BodyGuard.TOTAL - BodyGuard.PER_ADDRESS; i++) {
            String a = "10.0.1." + i;
            assertNull(g.enter(a));
            others.add(a);
        }
        assertEquals(503, g.enter("10.0.2.1").status);
        for (int i = 0; i < BodyGuard.PER_ADDRESS; i++) {
            g.release("10.0.0.1", true);
        }
        others.forEach(a -> g.release(a, true));
        assertEquals(0, g.addresses(), "slots leak");
        assertNull(g.enter("10.0.2.1"));
    }

    @Test
    void aBodyFallingBehindTheMinimumRateIsCutOff() throws Exception {
        AtomicLong now = new AtomicLong();
        byte[] data = new byte[100];
        ByteArrayInputStream bytes = new ByteArrayInputStream(data);
        ServletInputStream raw = new ServletInputStream() {
            @Override
            public int read() {
                now.addAndGet(5_000_000_000L); // one byte every 5 s
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener l) {
            }
        };
        BodyGuard.RateChecked in = new BodyGuard.RateChecked(raw, now::get);
        in.read();
        in.read(); // 10 s: within the grace
        Problem p = assertThrows(Problem.class, () -> {
            for (int i = 0; i < 10; i++) {
                in.read();
            }
        });
        assertEquals(408, p.status);
    }
}
