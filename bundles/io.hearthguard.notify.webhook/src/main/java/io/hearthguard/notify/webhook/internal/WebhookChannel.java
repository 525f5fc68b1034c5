package io.hearthguard.notify.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.Notification;
import io.hearthguard.api.notify.NotificationChannel;

/**
 * Delivers each notification as one JSON POST (the notification's payload), signed with
 * HMAC-SHA256 over {@code <timestamp>.<body>}. A 2xx answer confirms; 408, 425, 429 and
 * 5xx answers, timeouts and connection errors are transient (the outbox retries); other
 * answers, including redirects (never followed), are permanent. Plain class; thread-safe.
 */
public final class WebhookChannel implements NotificationChannel {

    /** Header: the notification id (receivers drop duplicates by it). */
    public static final String ID_HEADER = "X-Hearthguard-Id";
    /** Header: the notification kind. */
    public static final String KIND_HEADER = "X-Hearthguard-Kind";
    /** Header: Unix time in seconds when the request was signed. */
    public static final String TIMESTAMP_HEADER = "X-Hearthguard-Timestamp";
    /** Header: {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the shared secret>}. */
    public static final String SIGNATURE_HEADER = "X-Hearthguard-Signature";

    /**
     * Validated settings. {@link #toString()} hides the secret.
     *
     * @param url            http(s) URL to POST to, without user info
     * @param secret         shared HMAC secret, at least 16 characters
     * @param connectTimeout connect timeout
     * @param requestTimeout time for the whole answer
     */
    public record Settings(URI url, String secret, Duration connectTimeout, Duration requestTimeout) {
        /** Validates; messages name the property. */
        public Settings {
            if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new IllegalArgumentException("url must be an absolute http:// or https:// URL with a host");
            }
            if (url.getRawUserInfo() != null) {
                throw new IllegalArgumentException("url must not carry credentials; use the secret property");
            }
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException("secret must be at least 16 characters");
            }
            if (connectTimeout.toMillis() < 100 || connectTimeout.toSeconds() > 60) {
                throw new IllegalArgumentException("connectTimeoutMillis must be between 100 and 60000");
            }
            if (requestTimeout.toMillis() < 100 || requestTimeout.toSeconds() > 120) {
                throw new IllegalArgumentException("readTimeoutMillis must be between 100 and 120000");
            }
        }

        /** Parses the URL text, naming the property on error. */
        public static URI parseUrl(String url) {
            try {
                return new URI(url == null ? "" : url.trim());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("url is not a valid URL: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "Settings[url=" + url + ", secret=****, connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final Clock clock;

    public WebhookChannel(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** @return the signature header value for a body signed at {@code timestamp} */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * What a receiver does: checks the signature in constant time and that the timestamp is
     * within {@code tolerance} of {@code now} (replay protection).
     */
    public static boolean verify(String secret, String timestampHeader, String signatureHeader, byte[] body, long nowSeconds,
            long toleranceSeconds) {
        long ts;
        try {
            ts = Long.parseLong(timestampHeader);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        if (Math.abs(nowSeconds - ts) > toleranceSeconds || signatureHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, ts, body).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void deliver(Notification n) throws DeliveryException {
        byte[] body = n.json().getBytes(StandardCharsets.UTF_8);
        long ts = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Hearthguard")
                .header(ID_HEADER, n.id()).header(KIND_HEADER, n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .header(TIMESTAMP_HEADER, Long.toString(ts)).header(SIGNATURE_HEADER, sign(settings.secret(), ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<java.io.InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // the status is all we need: close without reading, so a slow or endless body cannot hold us
            response.body().close();
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("webhook " + host() + " did not answer within " + settings.requestTimeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new DeliveryException("webhook " + host() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to webhook " + host(), e);
        }
        int code = response.statusCode();
        if (code >= 200 && code < 300) {
            return;
        }
        boolean transientCode = code == 408 || code == 425 || code == 429 || code >= 500;
        throw new DeliveryException("webhook " + host() + " answered HTTP " + code
                + (code >= 300 && code < 400 ? " (redirects are not followed)" : ""), !transientCode, null);
    }

    private String host() {
        return settings.url().getScheme() + "://" + settings.url().getAuthority();
    }

    @Override
    public String toString() {
        return "WebhookChannel[" + settings + "]";
    }
}
