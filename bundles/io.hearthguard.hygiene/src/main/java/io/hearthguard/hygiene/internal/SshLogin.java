package io.hearthguard.hygiene.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;

import io.hearthguard.hygiene.internal.CredentialCheck.Outcome;
import io.hearthguard.hygiene.internal.DefaultCredentials.Login;

/**
 * One SSH password login with JSch: a fresh session per attempt, the password given either by
 * the {@code password} method or, when the server offers only {@code keyboard-interactive}
 * (OpenSSH with PAM), as the answer to its one hidden {@code Password:} prompt — at most one
 * try per session whichever method ({@code MaxAuthTries=1}); any other prompt (a one-time
 * code, two questions, a visible prompt) is cancelled unanswered. The host key accepted into a throw-away in-memory list (nothing is written to disk),
 * the session closed as soon as the verdict is known — no channel, no command. The socket is
 * ours: connected to the dotted-quad address only (never resolved), its bytes counted and
 * bounded. JSch logs nothing unless given a logger; none is given.
 */
final class SshLogin {

    /** Most bytes read from the server in one attempt (a key exchange needs a few KB). */
    static final int MAX_BYTES = 64 * 1024;
    private static final Pattern LOCKOUT_TEXT = Pattern.compile("(?i)locked|too many|try again later|temporarily blocked|max(imum)? .*attempts");

    private SshLogin() {
    }

    /**
     * @param connectMillis longest wait for the TCP connect
     * @param waitMillis    longest wait for the whole login (key exchange included)
     */
    static Outcome attempt(String ip, int port, Login login, int connectMillis, int waitMillis, ExposureCheck.Traffic traffic)
            throws IOException {
        Counting socket = new Counting(connectMillis);
        Banner banner = new Banner();
        Session s = null;
        try {
            s = new JSch().getSession(login.user(), ip, port);
            s.setPassword(login.password());
            Properties cfg = new Properties();
            cfg.put("StrictHostKeyChecking", "no");
            cfg.put("PreferredAuthentications", "password,keyboard-interactive");
            cfg.put("MaxAuthTries", "1");
            cfg.put("compression.s2c", "none");
            cfg.put("compression.c2s", "none");
            s.setConfig(cfg);
            s.setSocketFactory(socket);
            s.setUserInfo(banner);
            s.setTimeout(waitMillis);
            s.connect(connectMillis + waitMillis);
            return Outcome.ACCEPTED;
        } catch (JSchException e) {
            if (banner.cancelledPrompts > 0 && !LOCKOUT_TEXT.matcher(banner.text).find()) {
                return Outcome.UNKNOWN; // it asked something other than one hidden password: not a dialogue the list can answer
            }
            return outcome(e, banner.text, socket);
        } finally {
            if (s != null) {
                s.disconnect();
            }
            traffic.add(socket.sent, socket.received);
        }
    }

    /** What a failed session says: a refused password, a lock-out sign, or a server that did not answer. */
    static Outcome outcome(JSchException e, String banner, Counting socket) throws IOException {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (LOCKOUT_TEXT.matcher(m).find() || LOCKOUT_TEXT.matcher(banner).find()) {
            return Outcome.LOCKOUT;
        }
        if (m.startsWith("auth fail") || m.startsWith("auth cancel")) {
            return Outcome.REFUSED;
        }
        if (!socket.connected) {
            throw new IOException("SSH connect failed: " + e.getMessage());
        }
        if (socket.received == 0 || m.contains("closed by foreign host") || m.contains("connection reset")
                || m.contains("timeout") || m.contains("timed out")) {
            return Outcome.UNREACHABLE; // connected but the server stopped answering: a lock-out sign after a refusal
        }
        return Outcome.UNKNOWN;
    }

    /** Our socket for JSch: the address literal only, a connect timeout, bytes counted, reads bounded. */
    static final class Counting implements SocketFactory {
        private final int connectMillis;
        volatile long sent;
        volatile long received;
        volatile boolean connected;

        Counting(int connectMillis) {
            this.connectMillis = connectMillis;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.setSoLinger(true, 0);
                s.connect(new InetSocketAddress(InetAddress.getByAddress(Conversation.octets(host)), port), connectMillis);
                connected = true;
                return s;
            } catch (IOException | RuntimeException e) {
                s.close();
                throw e;
            }
        }

        @Override
        public InputStream getInputStream(Socket socket) throws IOException {
            return new FilterInputStream(socket.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    count(Math.max(n, 0));
                    return n;
                }
            };
        }

        private void count(int n) throws IOException {
            received += n;
            if (received > MAX_BYTES) {
                throw new IOException("SSH answer cut at " + MAX_BYTES + " bytes");
            }
        }

        @Override
        public OutputStream getOutputStream(Socket socket) throws IOException {
            return new FilterOutputStream(socket.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    sent++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    sent += len;
                }
            };
        }
    }

    /**
     * Keeps the server's pre-login banner (bounded) to look for lock-out words; answers no
     * prompt itself. JSch answers a keyboard-interactive round of exactly one hidden prompt
     * that asks for a "password:" with the session's password; every other round reaches
     * {@link #promptKeyboardInteractive} and is cancelled (counted in {@link #cancelledPrompts}).
     */
    static final class Banner implements UserInfo, UIKeyboardInteractive {
        int cancelledPrompts;

        @Override
        public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt, boolean[] echo) {
            cancelledPrompts++;
            showMessage(instruction); // a "locked" notice may come as the round's instruction
            return null;
        }

        String text = "";

        @Override
        public void showMessage(String message) {
            if (message != null && text.length() < 4096) {
                text += message.substring(0, Math.min(message.length(), 4096 - text.length()));
            }
        }

        @Override
        public String getPassphrase() {
            return null;
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public boolean promptPassword(String message) {
            return false;
        }

        @Override
        public boolean promptPassphrase(String message) {
            return false;
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }
    }
}
