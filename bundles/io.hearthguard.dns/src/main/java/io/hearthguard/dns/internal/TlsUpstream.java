package io.hearthguard.dns.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.xbill.DNS.Message;

/**
 * DNS over TLS (RFC 7858): each query is written with its two-byte length on a TLS
 * connection to the upstream, whose certificate must name {@link Upstream.Spec#tlsName()}
 * (checked like HTTPS; the name is also sent as SNI). Connections are kept and reused, at
 * most {@code connections} at a time, one query at a time on each; a connection the server
 * closed while idle is replaced once before the query fails.
 */
final class TlsUpstream implements Upstream {
    private static final int MAX_ANSWER = 65_535;

    private final Upstream.Spec spec;
    private final SSLContext tls;
    private final int timeoutMillis;
    private final BlockingQueue<Socket> idle;
    private final ExecutorService workers;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    TlsUpstream(Upstream.Spec spec, SSLContext tls, Duration timeout, int connections, int queue) {
        this.spec = spec;
        this.tls = tls;
        this.timeoutMillis = (int) timeout.toMillis();
        this.idle = new ArrayBlockingQueue<>(connections);
        this.workers = new ThreadPoolExecutor(connections, connections, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "hearthguard-dns-tls");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CompletableFuture<Message> ask(Message query) {
        CompletableFuture<Message> answer = new CompletableFuture<>();
        try {
            workers.execute(() -> {
                try {
                    answer.complete(exchange(query));
                } catch (IOException | RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            answer.completeExceptionally(new IOException(spec.describe() + ": too many queries waiting"));
        }
        return answer;
    }

    private Message exchange(Message original) throws IOException {
        Message query = original.clone();
        query.getHeader().setID(random.nextInt(0x10000));
        byte[] wire = query.toWire(MAX_ANSWER);
        Socket s = idle.poll();
        boolean reused = s != null;
        for (int attempt = 0;; attempt++) {
            if (s == null) {
                s = open();
            }
            try {
                byte[] answer = roundTrip(s, wire);
                Message m = new Message(answer);
                if (m.getHeader().getID() != query.getHeader().getID()) {
                    throw new IOException(spec.describe() + ": answer for another query");
                }
                if (!idle.offer(s)) {
                    s.close();
                }
                return m;
            } catch (IOException e) {
                closeQuietly(s);
                s = null;
                if (!reused || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private Socket open() throws IOException {
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket();
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        p.setServerNames(List.of(new SNIHostName(spec.tlsName())));
        s.setSSLParameters(p);
        s.setSoTimeout(timeoutMillis);
        try {
            s.connect(new InetSocketAddress(spec.address().getAddress(), spec.address().getPort()), timeoutMillis);
            s.startHandshake();
        } catch (IOException e) {
            closeQuietly(s);
            throw new IOException(spec.describe() + ": " + e.getMessage(), e);
        }
        return s;
    }

    private static byte[] roundTrip(Socket s, byte[] wire) throws IOException {
        OutputStream out = s.getOutputStream();
        byte[] framed = new byte[wire.length + 2];
        framed[0] = (byte) (wire.length >>> 8);
        framed[1] = (byte) wire.length;
        System.arraycopy(wire, 0, framed, 2, wire.length);
        out.write(framed);
        out.flush();
        DataInputStream in = new DataInputStream(s.getInputStream());
        int len = in.readUnsignedShort();
        if (len < 12) {
            throw new IOException("answer of " + len + " bytes is shorter than a DNS header");
        }
        byte[] answer = new byte[len];
        in.readFully(answer);
        return answer;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    @Override
    public String describe() {
        return spec.describe();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        Socket s;
        while ((s = idle.poll()) != null) {
            closeQuietly(s);
        }
    }
}
