package io.hearthguard.hygiene.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * One bounded TCP exchange with a device: connect with a timeout, write small requests, read
 * answers that stop at a byte count or a deadline, whichever comes first. Counts the bytes
 * each way so every check's traffic can be reported. Not thread-safe; one per connection.
 */
final class Conversation implements Closeable {

    /** What one {@link #read} got and why it stopped. */
    record Answer(byte[] bytes, int length, Stop stop) {
        String text() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }

        String clean() {
            return Banner.clean(bytes, length);
        }
    }

    /** Why a read stopped. */
    enum Stop { MATCHED, CLOSED, SILENT, BYTES_LIMIT, TIME_LIMIT }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Limits limits;
    private final boolean telnet;
    private long sent;
    private long received;

    private Conversation(Socket socket, Limits limits, boolean telnet) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.limits = limits;
        this.telnet = telnet;
    }

    /**
     * Connects. The caller has checked that {@code ip} is inside the home subnets.
     *
     * @param telnet refuse every Telnet option the server asks for (IAC DO/WILL), so a Telnet
     *               server goes on to its login prompt
     * @throws IOException when the port is closed, filtered (timeout) or unreachable
     */
    static Conversation open(String ip, int port, Limits limits, boolean telnet) throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoLinger(true, 0); // no TIME_WAIT pile-up on the hub during a check
            s.connect(new InetSocketAddress(java.net.InetAddress.getByAddress(octets(ip)), port), limits.connectTimeoutMillis());
            return new Conversation(s, limits, telnet);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    void write(String ascii) throws IOException {
        write(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    void write(byte[] b) throws IOException {
        out.write(b);
        out.flush();
        sent += b.length;
    }

    /**
     * Reads until {@code done} accepts what has arrived, the peer closes, {@code quietMillis}
     * pass without a byte (0: no such rule), the byte limit or the time limit is reached.
     */
    Answer read(Predicate<String> done, int quietMillis) throws IOException {
        byte[] buf = new byte[Math.min(limits.maxBytes(), 4096)];
        int len = 0;
        long deadline = System.nanoTime() + limits.readMillis() * 1_000_000L;
        byte[] one = new byte[512];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return new Answer(buf, len, Stop.TIME_LIMIT);
            }
            socket.setSoTimeout((int) Math.max(1, quietMillis > 0 ? Math.min(left, quietMillis) : left));
            int n;
            try {
                n = in.read(one, 0, Math.min(one.length, limits.maxBytes() - len));
            } catch (SocketTimeoutException e) {
                // the timeout that fired was the deadline's unless the quiet rule's was shorter
                boolean timeUp = quietMillis <= 0 || left <= quietMillis;
                return new Answer(buf, len, timeUp ? Stop.TIME_LIMIT : Stop.SILENT);
            }
            if (n < 0) {
                return new Answer(buf, len, Stop.CLOSED);
            }
            received += n;
            if (telnet) {
                n = negotiate(one, n);
            }
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.min(limits.maxBytes(), Math.max(buf.length * 2, len + n)));
            }
            System.arraycopy(one, 0, buf, len, n);
            len += n;
            if (done != null && done.test(new String(buf, 0, len, StandardCharsets.ISO_8859_1))) {
                return new Answer(buf, len, Stop.MATCHED);
            }
            if (len >= limits.maxBytes()) {
                return new Answer(buf, len, Stop.BYTES_LIMIT);
            }
        }
    }

    /** Answers IAC DO x with WONT x and IAC WILL x with DONT x; strips IAC sequences from the data. */
    private int negotiate(byte[] b, int n) throws IOException {
        int w = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 255;
            if (c == 255 && i + 1 < n) {
                int cmd = b[i + 1] & 255;
                if (cmd >= 251 && cmd <= 254 && i + 2 < n) {
                    int opt = b[i + 2] & 255;
                    if (cmd == 253) { // DO -> WONT
                        write(new byte[] { (byte) 255, (byte) 252, (byte) opt });
                    } else if (cmd == 251) { // WILL -> DONT
                        write(new byte[] { (byte) 255, (byte) 254, (byte) opt });
                    }
                    i += 2;
                } else if (cmd == 250) { // SB ... IAC SE: skip
                    i += 2;
                    while (i + 1 < n && !((b[i] & 255) == 255 && (b[i + 1] & 255) == 240)) {
                        i++;
                    }
                    i++;
                } else {
                    i++;
                }
                continue;
            }
            b[w++] = b[i];
        }
        return w;
    }

    long bytesSent() {
        return sent;
    }

    long bytesReceived() {
        return received;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do: the check is over
        }
    }

    static byte[] octets(String ip) {
        Integer a = HomeSubnets.parse(ip);
        if (a == null) {
            throw new IllegalArgumentException("not an IPv4 literal: " + ip);
        }
        int v = a;
        return new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v };
    }

    /** A human note for a stop that cut the answer short, or null. */
    static String note(Stop stop, Limits limits) {
        return switch (stop) {
            case BYTES_LIMIT -> "answer cut at " + limits.maxBytes() + " bytes (the rest was not read)";
            case TIME_LIMIT -> "answer cut after " + limits.readMillis() + " ms (the device sent slowly or without end)";
            default -> null;
        };
    }
}
