package io.hearthguard.api.traffic;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The start of a cleartext HTTP/1.x request. Values are bounded in length. */
@ProviderType
public interface HttpRequest extends TrafficMetadata {

    /** @return method, e.g. {@code GET} */
    String method();

    /** @return request target as sent */
    String uri();

    /** @return Host header */
    Optional<String> host();

    /** @return User-Agent header */
    Optional<String> userAgent();

    /** @return true when an Authorization: Basic header was present (the credentials are not kept) */
    boolean basicAuth();
}
