package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletRequest;

class OriginCheckTest {

    /** A request with these headers, answering isSecure() as given; everything else is unused. */
    private static HttpServletRequest request(boolean secure, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(OriginCheckTest.class.getClassLoader(), new Class<?>[] { HttpServletRequest.class },
                (p, m, a) -> switch (m.getName()) {
                    case "getHeader" -> headers.get((String) a[0]);
                    case "isSecure" -> secure;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void theHubsOwnOriginPassesAnyOtherOrNoneIsRefused() {
        WebServlet.checkOrigin(request(false, Map.of("Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080")));
        WebServlet.checkOrigin(request(true, Map.of("Host", "hub.lan:8443", "Origin", "https://HUB.lan:8443")));
        WebServlet.checkOrigin(request(false, Map.of("Host", "127.0.0.1:8080", "Referer", "http://127.0.0.1:8080/#/findings")));
        Problem p = assertThrows(Problem.class,
                () -> WebServlet.checkOrigin(request(false, Map.of("Host", "127.0.0.1:8080", "Origin", "http://evil.example"))));
        assertEquals(403, p.status);
        assertTrue(p.getMessage().contains("cross-origin"));
        // scheme matters: an http page may not post to the https hub
        assertThrows(Problem.class, () -> WebServlet.checkOrigin(request(true, Map.of("Host", "hub:8443", "Origin", "http://hub:8443"))));
        // a look-alike prefix in the Referer is not the same origin
        assertThrows(Problem.class,
                () -> WebServlet.checkOrigin(request(false, Map.of("Host", "127.0.0.1:8080", "Referer", "http://127.0.0.1:8080.evil.example/"))));
        assertThrows(Problem.class, () -> WebServlet.checkOrigin(request(false, Map.of("Host", "127.0.0.1:8080"))));
        assertThrows(Problem.class, () -> WebServlet.checkOrigin(request(false, Map.of("Origin", "http://127.0.0.1:8080"))));
        assertThrows(Problem.class, () -> WebServlet.checkOrigin(request(false, Map.of("Host", "127.0.0.1:8080", "Origin", "null"))));
    }
}
