package io.hearthguard.api.traffic;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** A TLS ClientHello (over TCP, reassembled when split across segments). */
@ProviderType
public interface TlsClientHello extends TrafficMetadata {

    /** @return server_name extension, lower case */
    Optional<String> sni();

    /** @return ALPN protocol names in offered order */
    List<String> alpn();

    /** @return legacy_version of the hello (e.g. 0x0303) */
    int legacyVersion();

    /** @return supported_versions extension values (GREASE removed), in offered order */
    List<Integer> supportedVersions();

    /** @return cipher suites in offered order (GREASE removed) */
    List<Integer> cipherSuites();

    /** @return the JA3 string, {@code version,ciphers,extensions,groups,formats} */
    String ja3();

    /** @return the JA3 hash (MD5 of {@link #ja3()}, lower-case hex) */
    String ja3Hash();

    /** @return the JA4 fingerprint, e.g. {@code t13d1516h2_8daaf6152771_e5627efa2ab1} */
    String ja4();
}
