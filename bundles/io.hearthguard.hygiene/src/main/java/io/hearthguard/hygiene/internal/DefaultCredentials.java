package io.hearthguard.hygiene.internal;

import java.util.List;
import java.util.Map;

/**
 * The short, public lists of well-known default logins tried per service (documented in
 * docs/hygiene.md). They come from makers' manuals and the logins IoT botnets are known to
 * try; they are not secrets. A login that works is never stored or logged: only the fact
 * that "one of the well-known default logins" was accepted.
 */
final class DefaultCredentials {

    /** One login to try. {@code toString} hides both parts so it cannot end up in a log by mistake. */
    record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[hidden]";
        }
    }

    private static Login l(String user, String password) {
        return new Login(user, password);
    }

    static final Map<String, List<Login>> BY_SERVICE = Map.of(
            "telnet", List.of(l("root", "root"), l("admin", "admin"), l("root", "xc3511"), l("root", "vizxv"),
                    l("root", "12345"), l("support", "support")),
            "ftp", List.of(l("anonymous", "hearthguard@"), l("admin", "admin"), l("ftp", "ftp"), l("root", "root")),
            "http", List.of(l("admin", "admin"), l("admin", "password"), l("admin", "1234"), l("admin", ""), l("root", "root"),
                    l("user", "user")),
            "rtsp", List.of(l("admin", "admin"), l("admin", "12345"), l("admin", ""), l("root", "pass"), l("admin", "123456"),
                    l("888888", "888888")),
            "mqtt", List.of(l("admin", "admin"), l("admin", "password"), l("guest", "guest"), l("mosquitto", "mosquitto")),
            "ssh", List.of(l("root", "root"), l("admin", "admin"), l("root", "admin"), l("pi", "raspberry"), l("ubnt", "ubnt"),
                    l("root", "12345")));

    private DefaultCredentials() {
    }

    static List<Login> forService(String service) {
        return BY_SERVICE.getOrDefault("http-form".equals(service) ? "http" : service, List.of());
    }
}
