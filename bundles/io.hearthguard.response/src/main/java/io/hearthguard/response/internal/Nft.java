package io.hearthguard.response.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hearthguard.api.response.ResponseException;

/**
 * Runs the {@code nft} command, optionally behind a prefix (e.g. {@code ip netns exec gw}
 * in tests, or {@code sudo -n} where that is how the household grants it). The script goes
 * through standard input ({@code nft -f -}), never the command line; output is bounded.
 */
final class Nft {
    private static final int MAX_OUTPUT = 64 * 1024;

    private final List<String> command;
    private final long timeoutMillis;

    Nft(List<String> prefix, String nft, long timeoutMillis) {
        this.command = new ArrayList<>(prefix);
        this.command.add(nft);
        this.timeoutMillis = timeoutMillis;
    }

    /** Applies a script as one transaction; throws with nft's message when it is refused. */
    void apply(String script) {
        run(script, "-f", "-");
    }

    /** @return {@code nft list table inet hearthguard}, or null when the table does not exist */
    String listTable() {
        try {
            return run(null, "list", "table", Ruleset.FAMILY, Ruleset.TABLE);
        } catch (ResponseException e) {
            if (e.getMessage().contains("No such file or directory")) {
                return null;
            }
            throw e;
        }
    }

    private String run(String stdin, String... args) {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ResponseException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> drain(p.getInputStream(), out), "hearthguard-nft-output");
            reader.setDaemon(true);
            reader.start();
            IOException notSent = null;
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the command ended before reading its input (e.g. ip netns exec of a namespace that is
                // gone): its exit status and output say why, better than "Broken pipe"
                notSent = e;
            }
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ResponseException(String.join(" ", cmd) + " did not finish within " + timeoutMillis + " ms");
            }
            reader.join(1_000);
            String text;
            synchronized (out) {
                text = out.toString(StandardCharsets.UTF_8);
            }
            if (p.exitValue() != 0) {
                throw new ResponseException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + text.strip());
            }
            if (notSent != null) {
                throw new ResponseException(String.join(" ", cmd) + " failed: the rules could not be sent to it (" + notSent.getMessage() + ")",
                        notSent);
            }
            return text;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ResponseException(String.join(" ", cmd) + " interrupted", e);
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream out) {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (out) {
                    if (out.size() < MAX_OUTPUT) {
                        out.write(buf, 0, Math.min(n, MAX_OUTPUT - out.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is enough for the message
        }
    }
}
