package io.hearthguard.protection.eavesdrop.internal;

import java.util.List;

/**
 * The detector's parameters, validated. Built from the metatype configuration by the
 * component and directly by tests.
 *
 * @param voiceNames           glob patterns ({@code *} any run of characters) of voice-cloud host names
 * @param bucketSeconds        length of one traffic bucket (capture's flow update interval)
 * @param audioBytesPerSecond  upstream bytes one second of listening costs (compressed audio + TLS)
 * @param minActiveBytes       least upstream bytes above the idle level for a bucket to count as listening
 * @param answerMinBytes       least downstream bytes above idle for a session to count as answered
 * @param answerRatio          downstream/upstream excess ratio below which a session counts as unanswered
 * @param silentListenSeconds  unanswered listening at or above this is a silent-reprompt finding
 * @param longListenSeconds    unanswered listening at or above this is a long-listening finding
 *                             (raised to 4× the speaker's typical request once learned)
 * @param sustainedBuckets     consecutive listening buckets that are a sustained upload whatever the answer
 * @param repeatCount          unanswered short sessions within {@code repeatWindowSeconds} that make a repeated-idle-upload finding
 * @param repeatWindowSeconds  window of the repeat rule
 * @param trickleWindow        buckets of the idle-trickle window
 * @param trickleFraction      share of elevated buckets in the window that makes a trickle
 * @param trickleMinExcessBytes least excess over the idle level for a bucket to count as elevated
 * @param warmupBuckets        idle buckets learned before the trickle rule may fire
 * @param skillQuerySeconds    least capture time between two queries of the finding service
 * @param maxSpeakers          speakers tracked at once (least recently active evicted)
 */
public record Settings(List<String> voiceNames, int bucketSeconds, int audioBytesPerSecond, long minActiveBytes,
        long answerMinBytes, double answerRatio, int silentListenSeconds, int longListenSeconds, int sustainedBuckets,
        int repeatCount, int repeatWindowSeconds, int trickleWindow, double trickleFraction, long trickleMinExcessBytes,
        int warmupBuckets, int skillQuerySeconds, int maxSpeakers) {

    /** The defaults documented in docs/protections.md. */
    public static final List<String> DEFAULT_VOICE_NAMES = List.of("avs-alexa-*.amazon.com", "bob-dispatch-*.amazon.com",
            "*.amazonalexa.com", "alexa.*.amazon.com", "embeddedassistant.googleapis.com", "assistant.google.com",
            "*.assistant.google.com", "speech.googleapis.com", "*.siri.apple.com", "guzzoni.apple.com");

    /** Validates. */
    public Settings {
        voiceNames = List.copyOf(voiceNames);
        if (voiceNames.isEmpty() || voiceNames.size() > 256) {
            throw new IllegalArgumentException("voiceNames must hold 1 to 256 patterns");
        }
        require(bucketSeconds >= 1 && bucketSeconds <= 3600, "bucketSeconds must be 1..3600");
        require(audioBytesPerSecond >= 100, "audioBytesPerSecond must be >= 100");
        require(minActiveBytes >= 0 && answerMinBytes >= 0 && trickleMinExcessBytes >= 0, "byte limits must be >= 0");
        require(answerRatio >= 0 && answerRatio <= 100, "answerRatio must be 0..100");
        require(silentListenSeconds >= 1 && longListenSeconds >= silentListenSeconds,
                "need 1 <= silentListenSeconds <= longListenSeconds");
        require(sustainedBuckets >= 2 && sustainedBuckets <= 10_000, "sustainedBuckets must be 2..10000");
        require(repeatCount >= 2 && repeatCount <= 64, "repeatCount must be 2..64");
        require(repeatWindowSeconds >= 60, "repeatWindowSeconds must be >= 60");
        require(trickleWindow >= 3 && trickleWindow <= 1440, "trickleWindow must be 3..1440");
        require(trickleFraction > 0 && trickleFraction <= 1, "trickleFraction must be in (0, 1]");
        require(warmupBuckets >= 1, "warmupBuckets must be >= 1");
        require(skillQuerySeconds >= 1, "skillQuerySeconds must be >= 1");
        require(maxSpeakers >= 1 && maxSpeakers <= 100_000, "maxSpeakers must be 1..100000");
    }

    private static void require(boolean ok, String msg) {
        if (!ok) {
            throw new IllegalArgumentException("io.hearthguard.protection.eavesdrop: " + msg);
        }
    }

    /** @return the defaults */
    public static Settings defaults() {
        return new Settings(DEFAULT_VOICE_NAMES, 60, 4000, 3000, 6000, 0.5, 20, 40, 10, 4, 1800, 15, 0.8, 400, 60, 60, 1024);
    }
}
