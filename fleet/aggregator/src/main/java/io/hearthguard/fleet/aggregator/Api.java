package io.hearthguard.fleet.aggregator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The operator's read-only REST API and page on the JDK's HTTP server:
 * {@code GET /api/fleet}, {@code GET /api/homes}, {@code GET /api/homes/<hub>},
 * {@code GET /api/stats}, and {@code /} the operator page that reads them. Anything else is
 * 404, any method but GET/HEAD 405. Bind it to loopback or put it behind the operator's
 * authenticating proxy: it has no login of its own.
 */
public final class Api implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final HttpServer server;
    private final FleetView view;
    private final int silentIntervals;

    public Api(InetSocketAddress address, FleetView view, int silentIntervals) throws IOException {
        this.view = view;
        this.silentIntervals = silentIntervals;
        server = HttpServer.create(address, 64);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fleet-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
    }

    public Api start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            route(x);
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(Api.class.getName()).log(java.util.logging.Level.WARNING, "fleet API: " + x.getRequestURI().getPath(), e);
            throw e;
        }
    }

    private void route(HttpExchange x) throws IOException {
        {
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(x, 405, "application/json", "{\"error\":\"only GET\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = x.getRequestURI().getPath();
            if (path.equals("/") || path.equals("/index.html")) {
                try (InputStream in = Api.class.getResourceAsStream("operator.html")) {
                    send(x, 200, "text/html; charset=utf-8", in.readAllBytes());
                }
            } else if (path.equals("/operator.js")) {
                try (InputStream in = Api.class.getResourceAsStream("operator.js")) {
                    send(x, 200, "text/javascript; charset=utf-8", in.readAllBytes());
                }
            } else if (path.equals("/api/fleet")) {
                json(x, 200, view.fleet(silentIntervals, 20));
            } else if (path.equals("/api/stats")) {
                json(x, 200, view.stats());
            } else if (path.equals("/api/homes")) {
                json(x, 200, Map.of("homes", view.hubs(1000)));
            } else if (path.startsWith("/api/homes/")) {
                String hub = path.substring("/api/homes/".length());
                Map<String, Object> home = FleetView.HUB.matcher(hub).matches() ? view.home(hub) : null;
                if (home == null) {
                    json(x, 404, Map.of("error", "no such home"));
                } else {
                    json(x, 200, home);
                }
            } else {
                json(x, 404, Map.of("error", "not found"));
            }
        }
    }

    private static void json(HttpExchange x, int status, Object body) throws IOException {
        send(x, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        x.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
