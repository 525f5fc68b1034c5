package io.hearthguard.notify.fleet.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Validated settings of the fleet channel. Immutable. Secrets (password, salt) are read from
 * files so they never sit in a configuration file or the service registry; {@link #toString()}
 * shows neither.
 *
 * @param brokerUri       {@code ssl://host:port}; {@code tcp://} only to a loopback address
 * @param hubId           this hub's id at the operator: MQTT client id and topic level
 * @param username        per-hub user name, empty when the client certificate identifies the hub
 * @param password        per-hub password (read from a file), empty for none
 * @param caFile          PEM CA certificate(s) to trust, empty for the JVM's trust store
 * @param clientCertFile  PEM client certificate (chain), empty for none
 * @param clientKeyFile   PEM PKCS#8 private key of the client certificate, empty for none
 * @param salt            the operator's salt for HMAC-SHA256 of MAC addresses and skills (16+ bytes)
 * @param topicPrefix     first topic levels, e.g. {@code fleet}
 * @param heartbeatSeconds        interval of the health message
 * @param summaryIntervalSeconds  interval of the device summary
 * @param connectTimeoutSeconds   connect timeout
 * @param publishTimeoutMillis    how long to wait for a PUBACK
 */
public record FleetSettings(String brokerUri, String hubId, String username, String password, String caFile,
        String clientCertFile, String clientKeyFile, byte[] salt, String topicPrefix, int heartbeatSeconds,
        int summaryIntervalSeconds, int connectTimeoutSeconds, int publishTimeoutMillis) {

    static final Pattern HUB = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+){0,3}");
    /** Largest secret file read (password, salt). */
    static final int MAX_SECRET_FILE = 4_096;

    /** @throws IllegalArgumentException naming the offending property, never its secret value */
    public FleetSettings {
        URI u;
        try {
            u = new URI(brokerUri == null ? "" : brokerUri.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("brokerUri must look like ssl://host:8883, not '" + brokerUri + "'");
        }
        boolean ssl = "ssl".equals(u.getScheme());
        require((ssl || "tcp".equals(u.getScheme())) && u.getHost() != null && u.getPort() > 0
                && (u.getPath() == null || u.getPath().isEmpty()) && u.getUserInfo() == null,
                "brokerUri must look like ssl://host:8883 (no user, no path), not '" + brokerUri + "'");
        require(ssl || loopback(u.getHost()), "brokerUri must use ssl:// (TLS) unless the broker is on a loopback address");
        brokerUri = u.toString();
        require(hubId != null && HUB.matcher(hubId).matches(), "hubId must match [A-Za-z0-9_-]{1,64}");
        require(topicPrefix != null && TOPIC.matcher(topicPrefix).matches(),
                "topicPrefix must be 1 to 4 levels of [A-Za-z0-9_-] separated by '/'");
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        caFile = caFile == null ? "" : caFile.trim();
        clientCertFile = clientCertFile == null ? "" : clientCertFile.trim();
        clientKeyFile = clientKeyFile == null ? "" : clientKeyFile.trim();
        require(username.length() <= 256, "username must be at most 256 characters");
        require(password.isEmpty() || !username.isEmpty(), "passwordFile is set but username is empty");
        require(clientCertFile.isEmpty() == clientKeyFile.isEmpty(), "clientCertFile and clientKeyFile go together");
        require(ssl || caFile.isEmpty() && clientCertFile.isEmpty(), "caFile and client certificates need an ssl:// brokerUri");
        require(!username.isEmpty() || !clientCertFile.isEmpty() || !ssl,
                "a hub needs its own credentials: username and passwordFile, or clientCertFile and clientKeyFile");
        require(salt != null && salt.length >= 16, "saltFile must hold at least 16 bytes (the operator's salt)");
        salt = salt.clone();
        require(heartbeatSeconds >= 1 && heartbeatSeconds <= 3_600, "heartbeatSeconds must be between 1 and 3600");
        require(summaryIntervalSeconds >= 1 && summaryIntervalSeconds <= 86_400, "summaryIntervalSeconds must be between 1 and 86400");
        require(connectTimeoutSeconds >= 1 && connectTimeoutSeconds <= 120, "connectTimeoutSeconds must be between 1 and 120");
        require(publishTimeoutMillis >= 100 && publishTimeoutMillis <= 60_000, "publishTimeoutMillis must be between 100 and 60000");
    }

    /** A literal loopback address or {@code localhost}; no name is looked up. */
    static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not resolved
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Reads a secret file (trailing line breaks removed).
     *
     * @param what the property name, for messages
     * @throws IllegalArgumentException naming the property and file, never the content
     */
    static byte[] readSecret(String what, String file) {
        if (file == null || file.isBlank()) {
            return new byte[0];
        }
        Path p = Path.of(file.trim());
        try {
            if (!Files.isRegularFile(p) || Files.size(p) > MAX_SECRET_FILE) {
                throw new IllegalArgumentException(what + " " + p + " must be a readable file of at most " + MAX_SECRET_FILE + " bytes");
            }
            byte[] b = Files.readAllBytes(p);
            int n = b.length;
            while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == '\r')) {
                n--;
            }
            return java.util.Arrays.copyOf(b, n);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " " + p + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** @return the password file's content as text */
    static String readPassword(String file) {
        return new String(readSecret("passwordFile", file), StandardCharsets.UTF_8);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @return {@code <prefix>/<hub>/<type>} */
    String topic(String type) {
        return topicPrefix + "/" + hubId + "/" + type;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "FleetSettings[brokerUri=" + brokerUri + ", hubId=" + hubId + ", username=" + username + ", password="
                + (password.isEmpty() ? "(none)" : "****") + ", caFile=" + caFile + ", clientCertFile=" + clientCertFile
                + ", clientKeyFile=" + (clientKeyFile.isEmpty() ? "(none)" : "(set)") + ", salt=****, topicPrefix=" + topicPrefix
                + ", heartbeatSeconds=" + heartbeatSeconds + ", summaryIntervalSeconds=" + summaryIntervalSeconds + "]";
    }
}
