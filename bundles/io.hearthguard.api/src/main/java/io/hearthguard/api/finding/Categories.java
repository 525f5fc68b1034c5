package io.hearthguard.api.finding;

/**
 * The fixed vocabulary of finding categories used in every output (JSON, SARIF, MQTT,
 * dashboard). Producers should use one of these; vendors that need another may use
 * {@code x-<vendor>-<name>}.
 */
public final class Categories {
    private Categories() {
    }

    // traffic protections
    /** A voice assistant uploads audio when or for longer than it should. */
    public static final String EAVESDROP = "eavesdrop";
    /** A device uploads unusually much to one destination compared with its baseline. */
    public static final String ABNORMAL_UPLOAD = "abnormal-upload";
    /** One flow uploads more than the large-upload limit. */
    public static final String LARGE_UPLOAD = "large-upload";
    /** Port scanning, inbound or between local devices. */
    public static final String PORT_SCAN = "port-scan";
    /** Repeated login attempts against a service. */
    public static final String BRUTE_FORCE = "brute-force";
    /** Credentials sent in clear text. */
    public static final String CLEARTEXT_CREDENTIALS = "cleartext-credentials";
    /** Contact with a known-bad domain or address. */
    public static final String THREAT_INTEL = "threat-intel";
    // discovery
    /** A device joined the network. */
    public static final String NEW_DEVICE = "new-device";
    /** Man-in-the-middle signs: gateway MAC changed, two MACs claim one IP. */
    public static final String MITM = "mitm";
    // hygiene
    /** Default or weak credentials, exposed services, outdated firmware. */
    public static final String HYGIENE = "hygiene";
    // voice skills
    /** Speech or reprompt that keeps a session open without audible content. */
    public static final String SILENT_KEEPALIVE = "silent-keepalive";
    /** Goodbye or fake-error wording while the session stays open. */
    public static final String FAKE_GOODBYE = "fake-goodbye";
    /** A skill imitating the platform or another skill. */
    public static final String MASQUERADE = "masquerade";
    /** Prompts for passwords, PINs, codes or card numbers. */
    public static final String CREDENTIAL_PHISHING = "credential-phishing";
    /** Personal data asked for without a privacy policy. */
    public static final String PII_REQUEST = "pii-request";
    /** Catch-all slots or nonsense samples that capture arbitrary speech. */
    public static final String CATCH_ALL_CAPTURE = "catch-all-capture";
    /** An invocation name confusable with a known one. */
    public static final String SQUATTING = "squatting";
    /** Permissions the skill's purpose does not need. */
    public static final String EXCESSIVE_PERMISSIONS = "excessive-permissions";
    /** A skill that answers differently than when it was last analysed. */
    public static final String DRIFT = "drift";
}
