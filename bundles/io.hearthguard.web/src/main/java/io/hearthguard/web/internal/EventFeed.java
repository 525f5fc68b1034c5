package io.hearthguard.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Server-Sent Events for the dashboard's live feed. Each stream holds one request thread
 * and a bounded queue; a client too slow to keep up is dropped (its browser reconnects and
 * reloads the list). At most {@value #MAX_STREAMS} streams at once; a comment every
 * {@value #PING_SECONDS} s keeps idle timeouts away and notices closed connections.
 */
final class EventFeed {
    static final int MAX_STREAMS = 32;
    static final int QUEUE = 256;
    static final int PING_SECONDS = 15;
    private static final String CLOSE = "\u0000close";

    private final Set<BlockingQueue<String>> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Queues one event (a JSON object) for every stream. */
    void publish(Map<String, Object> event) {
        String data;
        try {
            data = Json.MAPPER.writeValueAsString(event);
        } catch (IOException e) {
            return;
        }
        for (BlockingQueue<String> q : streams) {
            if (!q.offer(data)) {
                streams.remove(q);
                q.clear();
                q.offer(CLOSE);
            }
        }
    }

    void close() {
        closed = true;
        for (BlockingQueue<String> q : streams) {
            q.clear();
            q.offer(CLOSE);
        }
    }

    /** Streams until the client goes, the session ends or the bundle stops. */
    void stream(HttpServletRequest req, HttpServletResponse resp, BooleanSupplier stillAllowed) throws IOException {
        if (closed || streams.size() >= MAX_STREAMS) {
            throw new Problem(503, "too-many-streams", "Too many live streams", "at most " + MAX_STREAMS + " live event streams may be open; close another tab", 5);
        }
        BlockingQueue<String> q = new ArrayBlockingQueue<>(QUEUE);
        streams.add(q);
        try {
            resp.setStatus(200);
            resp.setContentType("text/event-stream");
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Cache-Control", "no-store");
            OutputStream out = resp.getOutputStream();
            out.write("retry: 3000\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String data = q.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(data) || !stillAllowed.getAsBoolean()) {
                    break;
                }
                out.write((data == null ? ": ping\n\n" : "event: finding\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away
        } finally {
            streams.remove(q);
        }
    }

    int size() {
        return streams.size();
    }
}
