package io.hearthguard.notify.mqtt.internal.paho;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Socket factories for the Eclipse Paho MQTT v3 client 1.2.5 that keep a connection's end
 * (end of stream or a read error) away from Paho until Paho has written its first packet on
 * that connection (the CONNECT).
 *
 * <p><b>Why.</b> Paho's connect thread starts the receiver, sender and callback threads one
 * after the other, and each {@code start} polls every 100 ms until its thread is running.
 * When the broker accepts the connection and drops it at once (it crashed or was killed right
 * after accepting), the receiver reads the end, stops, and stops the others before that
 * polling saw them run: the connect thread then polls forever and swallows interrupts (Paho
 * issue #850; fixed on Paho's develop branch, in no release; 1.2.5 is the last one). One
 * thread leaks per such connect. Paho writes CONNECT only after all three {@code start}
 * calls returned, so an end that is held until the first write can no longer race them.
 *
 * <p><b>How.</b> A read that meets the end before the first write (and before the socket was
 * closed locally) waits up to {@value #POLL_MILLIS} ms for that write, then reports a read
 * timeout, which Paho's receiver treats as "nothing yet" (it already reads with a 1 s
 * timeout) and reads again; the same end is reported again. So Paho can still stop its
 * receiver at any time. An end is held for at most {@value #MAX_HOLD_MILLIS} ms in all;
 * after the first write, or after {@link Socket#close()}, every end passes at once. Reads and
 * writes of data are not touched.
 *
 * <p>This covers the receiver's race only: use each Paho client for one connection attempt
 * ({@link PahoClients}), or a late shutdown of the previous connection can still stop the new
 * one's threads (docs/reliability.md).
 *
 * <p>Thread-safe; each created socket has its own gate.
 */
public final class ConnectSafeSockets {

    /** How long one read waits for the first write before it reports a timeout. */
    static final long POLL_MILLIS = 250;
    /** Longest an end is held in all (a safety net: normally the CONNECT goes out within milliseconds). */
    static final long MAX_HOLD_MILLIS = 30_000;

    private ConnectSafeSockets() {
    }

    /** @return a factory of plain TCP sockets for {@code tcp://} brokers */
    public static SocketFactory plain() {
        return new PlainFactory();
    }

    /**
     * @param tls the factory that makes the real TLS sockets (trust, client certificate)
     * @return a factory for {@code ssl://} brokers (Paho requires an {@link SSLSocketFactory} there)
     */
    public static SSLSocketFactory tls(SSLSocketFactory tls) {
        return new TlsFactory(tls);
    }

    /**
     * @param factory a socket factory, ours or not
     * @return true when {@code factory} is one of this class's and the last socket it made has
     *         been closed (by Paho's shutdown of that connection); false for other factories
     */
    static boolean lastSocketClosed(SocketFactory factory) {
        Socket last = factory instanceof Tracking t ? t.last() : null;
        return last != null && last.isClosed();
    }

    /** A factory that remembers the last socket it made (one connection attempt at a time per factory). */
    interface Tracking {
        /** @return the socket made last, or null */
        Socket last();
    }

    /** One connection's gate: shut until the first write or a local close. */
    static final class Gate {
        private final CountDownLatch open = new CountDownLatch(1);
        /** When a read first met the end while the gate was shut, or 0. */
        private volatile long heldSince;

        void open() {
            open.countDown();
        }

        boolean isOpen() {
            return open.getCount() == 0;
        }

        /**
         * Called when the real stream reported its end: returns when the end may pass, or throws
         * a read timeout after {@link #POLL_MILLIS} so that the caller (Paho's receiver) polls again.
         */
        void beforeEnd() throws SocketTimeoutException {
            if (isOpen()) {
                return;
            }
            long now = System.nanoTime();
            if (heldSince == 0) {
                heldSince = now;
            } else if (now - heldSince > TimeUnit.MILLISECONDS.toNanos(MAX_HOLD_MILLIS)) {
                return;
            }
            try {
                if (open.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // whoever interrupts is stopping the receiver: let the end through
            }
            throw new SocketTimeoutException("connection ended before the client wrote to it; reported once it has");
        }
    }

    /** The input side: data passes; an end waits for the gate, and is remembered and repeated. */
    static final class HeldEndInput extends FilterInputStream {
        private final Gate gate;
        private boolean eof;
        private IOException failure;

        HeldEndInput(InputStream in, Gate gate) {
            super(in);
            this.gate = gate;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            synchronized (this) {
                if (eof || failure != null) {
                    return end();
                }
            }
            int n;
            try {
                n = in.read(b, off, len);
            } catch (SocketTimeoutException e) {
                throw e; // not an end: the socket's read timeout
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                }
                return end();
            }
            if (n < 0) {
                synchronized (this) {
                    eof = true;
                }
                return end();
            }
            return n;
        }

        private int end() throws IOException {
            gate.beforeEnd();
            synchronized (this) {
                if (failure != null) {
                    throw failure;
                }
            }
            return -1;
        }

        @Override
        public int available() throws IOException {
            synchronized (this) {
                if (eof || failure != null) {
                    return 0;
                }
            }
            return in.available();
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            gate.open();
            super.close();
        }
    }

    /** The output side: the first write opens the gate. */
    static final class GateOpeningOutput extends FilterOutputStream {
        private final Gate gate;

        GateOpeningOutput(OutputStream out, Gate gate) {
            super(out);
            this.gate = gate;
        }

        @Override
        public void write(int b) throws IOException {
            gate.open();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            gate.open();
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            gate.open();
            super.close();
        }
    }

    /** One connection's gate and its two gated streams, made on first use. */
    static final class Streams {
        final Gate gate = new Gate();
        private InputStream input;
        private OutputStream output;

        synchronized InputStream input(InputStream raw) {
            if (input == null) {
                input = new HeldEndInput(raw, gate);
            }
            return input;
        }

        synchronized OutputStream output(OutputStream raw) {
            if (output == null) {
                output = new GateOpeningOutput(raw, gate);
            }
            return output;
        }
    }

    /** A plain socket whose streams are gated; Paho creates it unconnected and connects it. */
    static final class GatedSocket extends Socket {
        private final Streams streams = new Streams();

        @Override
        public InputStream getInputStream() throws IOException {
            return streams.input(super.getInputStream());
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return streams.output(super.getOutputStream());
        }

        @Override
        public void shutdownInput() throws IOException {
            streams.gate.open();
            super.shutdownInput();
        }

        @Override
        public void close() throws IOException {
            streams.gate.open();
            super.close();
        }
    }

    /** Plain sockets; the connected variants (Paho uses only {@link #createSocket()}) bind and connect it. */
    static final class PlainFactory extends SocketFactory implements Tracking {
        private volatile Socket last;

        @Override
        public Socket last() {
            return last;
        }

        @Override
        public Socket createSocket() {
            Socket s = new GatedSocket();
            last = s;
            return s;
        }

        private Socket connected(InetSocketAddress local, InetSocketAddress remote) throws IOException {
            Socket s = createSocket();
            if (local != null) {
                s.bind(local);
            }
            s.connect(remote);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(null, new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(null, new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return connected(new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
        }
    }

    static final class TlsFactory extends SSLSocketFactory implements Tracking {
        private final SSLSocketFactory tls;
        private volatile Socket last;

        TlsFactory(SSLSocketFactory tls) {
            this.tls = tls;
        }

        @Override
        public Socket last() {
            return last;
        }

        private Socket gated(Socket s) {
            Socket g = new GatedTlsSocket((javax.net.ssl.SSLSocket) s);
            last = g;
            return g;
        }

        @Override
        public Socket createSocket() throws IOException {
            return gated(tls.createSocket());
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return gated(tls.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return gated(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return gated(tls.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return gated(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return gated(tls.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }
    }
}
