package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving server on loopback for the bounds tests: what a compromised or broken device
 * might do (drip bytes forever, send a megabyte of escape codes). Not a stand-in for a real
 * service; the real services are tested in {@link HygieneNetnsTest}.
 */
final class HostileServer implements AutoCloseable {
    interface Behaviour {
        void serve(Socket s, int connection) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Thread thread;
    final AtomicInteger accepted = new AtomicInteger();

    HostileServer(Behaviour b) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    int n = accepted.incrementAndGet();
                    Thread t = new Thread(() -> {
                        try (s) {
                            b.serve(s, n);
                        } catch (IOException | InterruptedException e) {
                            // the client went away: expected
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hostile-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    static void send(Socket s, String text) throws IOException {
        OutputStream o = s.getOutputStream();
        o.write(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        o.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
