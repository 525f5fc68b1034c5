package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Ips} remembers its answers per address text: they must be the answers worked out each time. */
class IpsTableTest {

    @Test
    void rememberedAnswersAreTheWorkedOutOnesAlsoWhenTheTableOverflows() {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>(List.of("192.168.001.010", "010.0.0.1", "FE80::1", "fe80::1%eth0", "0fc0::1", "fc0::1",
                "::", "::1", "ff02::fb", "255.255.255.255", "10.0.0.255", "1.2.3", "1.2.3.4.5", "", "::ffff:192.168.1.1",
                "2001:DB8::1", "fd00::", "x".repeat(60), "300.1.1.1", "a:b:c:d:e:f:0:1"));
        for (int i = 0; i < 3 * Ips.CACHED; i++) { // more texts than the table holds: entries are replaced
            texts.add(switch (r.nextInt(4)) {
                case 0 -> "192.168." + r.nextInt(256) + "." + r.nextInt(256);
                case 1 -> r.nextInt(300) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
                case 2 -> Integer.toHexString(0xfc00 + r.nextInt(0x300)) + "::" + Integer.toHexString(r.nextInt(0x10000));
                default -> (r.nextBoolean() ? "0" : "") + r.nextInt(256) + "." + r.nextInt(10) + ".0." + r.nextInt(256);
            });
        }
        for (int round = 0; round < 3; round++) {
            for (String t : texts) {
                String copy = new String(t); // equal text, another object
                assertEquals(Ips.parseCanonical(t), Ips.canonical(round == 1 ? copy : t), t);
                assertEquals(Ips.isLocal(t), Ips.local(round == 2 ? copy : t), t);
                assertEquals(Ips.isUnassignable(t), Ips.unassignable(t), t);
            }
        }
    }
}
