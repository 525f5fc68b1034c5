package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RecoveryCodeTest {
    static final Pattern CODE = Pattern.compile("recovery code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

    @Test
    void aCodeIsPrintedAtMostOnceAMinuteWorksOnceAndDiesAfterTenWrongTries() {
        AtomicLong now = new AtomicLong(1);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RecoveryCode r = new RecoveryCode(now::get, new PrintStream(console, true, StandardCharsets.UTF_8));
        assertFalse(r.use("AAAA-BBBB-CCCC"), "no code before a lock");
        r.offer("admin", "127.0.0.1");
        r.offer("admin", "127.0.0.1");
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.lines().count(), out);
        Matcher m = CODE.matcher(out);
        assertTrue(m.find());
        assertFalse(r.use("AAAA-BBBB-CCCC"));
        assertTrue(r.use(m.group(1).toLowerCase()));
        assertFalse(r.use(m.group(1)), "used up");

        now.addAndGet(RecoveryCode.PRINT_EVERY_SECONDS * 1_000_000_000L);
        r.offer("admin", "127.0.0.1");
        m = CODE.matcher(console.toString(StandardCharsets.UTF_8));
        m.find();
        assertTrue(m.find(), "a new code at the next lock");
        String second = m.group(1);
        for (int i = 0; i < RecoveryCode.MAX_WRONG; i++) {
            assertFalse(r.use("WRNG-WRNG-WRN" + i));
        }
        assertFalse(r.use(second), "dropped after too many wrong tries");
    }
}
