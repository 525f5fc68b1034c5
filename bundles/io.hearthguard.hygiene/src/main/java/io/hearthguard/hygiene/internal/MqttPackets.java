package io.hearthguard.hygiene.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The two MQTT 3.1.1 packets the checks send: CONNECT (with or without a login) and DISCONNECT. */
final class MqttPackets {
    private MqttPackets() {
    }

    /** @param user null for an anonymous CONNECT; @param password ignored when {@code user} is null */
    static byte[] connect(String user, String password) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        str(body, "MQTT");
        body.write(4); // protocol level 3.1.1
        int flags = 0x02; // clean session
        if (user != null) {
            flags |= 0x80 | (password != null ? 0x40 : 0);
        }
        body.write(flags);
        body.write(0);
        body.write(30); // keep-alive seconds
        str(body, "hearthguard-hygiene");
        if (user != null) {
            str(body, user);
            if (password != null) {
                str(body, password);
            }
        }
        byte[] b = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x10);
        int len = b.length; // < 128 for every login in the lists, but encode properly anyway
        do {
            int d = len % 128;
            len /= 128;
            out.write(len > 0 ? d | 0x80 : d);
        } while (len > 0);
        out.write(b, 0, b.length);
        return out.toByteArray();
    }

    static byte[] disconnect() {
        return new byte[] { (byte) 0xe0, 0 };
    }

    private static void str(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >>> 8);
        out.write(b.length & 255);
        out.write(b, 0, b.length);
    }
}
