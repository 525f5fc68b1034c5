package io.hearthguard.protection.eavesdrop.internal;

import java.util.List;

/**
 * The detector's parameters, validated. Built from the metatype configuration by the
 * component and directly by tests. Rates are judged over frames of {@link #FRAME_MILLIS}.
 *
 * @param voiceNames           glob patterns ({@code *} any run of characters) of voice-cloud host names
 * @param speechBytesPerSecond least upstream rate of a frame that carries speech (compressed audio + TLS)
 * @param answerBytesPerSecond least downstream rate of a frame that carries a spoken answer
 * @param answerMinBytes       least downstream bytes in answer frames for a turn to count as answered
 * @param minTurnMillis        least span of speech frames that makes a turn (shorter: a handshake or heartbeat)
 * @param turnGapMillis        silence that ends a turn
 * @param followUpSeconds      a turn starting this soon after the previous turn or its answer belongs to the same session
 * @param afterGoodbyeSeconds  a later turn of a session listening this long without an answer is listening after the exchange ended
 * @param longListenSeconds    one turn listening this long without an answer (well past a 12–35 s dictation) is long listening
 * @param repromptTurns        unanswered turns in a row within one session that make a silent-reprompt loop
 * @param callDownShare        share of a turn's frames with downstream audio that makes it a call (audio both ways)
 * @param trickleWindow        idle minutes in the trickle window
 * @param trickleFraction      share of elevated idle minutes in the window that makes a trickle
 * @param trickleMinExcessBytes least upstream per idle minute above the heartbeat level that counts as elevated
 * @param warmupMinutes        idle minutes learned before the trickle rule may fire
 * @param skillQuerySeconds    least capture time between two queries of the finding service
 * @param maxSpeakers          speakers tracked at once (least recently active evicted)
 * @param maxFlows             flows remembered at once (least recently used evicted)
 * @param speakerVendors       regular expression (case-insensitive, found anywhere) of vendors that make speakers
 * @param speakerNames         regular expression of device names or models that are speakers
 */
public record Settings(List<String> voiceNames, int speechBytesPerSecond, int answerBytesPerSecond, long answerMinBytes,
        int minTurnMillis, int turnGapMillis, int followUpSeconds, int afterGoodbyeSeconds, int longListenSeconds,
        int repromptTurns, double callDownShare, int trickleWindow, double trickleFraction, long trickleMinExcessBytes,
        int warmupMinutes, int skillQuerySeconds, int maxSpeakers, int maxFlows, String speakerVendors, String speakerNames) {

    /** Frame length over which rates are judged. */
    public static final int FRAME_MILLIS = 500;

    /** The defaults documented in docs/protections.md. */
    public static final List<String> DEFAULT_VOICE_NAMES = List.of("avs-alexa-*.amazon.com", "bob-dispatch-*.amazon.com",
            "*.amazonalexa.com", "alexa.*.amazon.com", "embeddedassistant.googleapis.com", "assistant.google.com",
            "*.assistant.google.com", "speech.googleapis.com", "*.siri.apple.com", "guzzoni.apple.com");
    /** Vendors whose devices with a long-lived cloud connection are treated as possible speakers. */
    public static final String DEFAULT_SPEAKER_VENDORS = "amazon|google|sonos|bose|harman|baidu|xiaomi|alibaba";
    /** Names and models of speakers (also Apple's, whose vendor alone says nothing). */
    public static final String DEFAULT_SPEAKER_NAMES = "echo|alexa|homepod|google-?home|home-?mini|nest-?(mini|audio|hub)|sonos|smart-?speaker";

    /** Validates. */
    public Settings {
        voiceNames = List.copyOf(voiceNames);
        if (voiceNames.isEmpty() || voiceNames.size() > 256) {
            throw new IllegalArgumentException("voiceNames must hold 1 to 256 patterns");
        }
        require(speechBytesPerSecond >= 100 && answerBytesPerSecond >= 100, "speechBytesPerSecond and answerBytesPerSecond must be >= 100");
        require(answerMinBytes >= 0 && trickleMinExcessBytes >= 0, "byte limits must be >= 0");
        require(minTurnMillis >= FRAME_MILLIS && minTurnMillis <= 60_000, "minTurnMillis must be " + FRAME_MILLIS + "..60000");
        require(turnGapMillis >= FRAME_MILLIS && turnGapMillis <= 60_000, "turnGapMillis must be " + FRAME_MILLIS + "..60000");
        require(followUpSeconds >= 1 && followUpSeconds <= 600, "followUpSeconds must be 1..600");
        require(afterGoodbyeSeconds >= 1 && longListenSeconds >= afterGoodbyeSeconds && longListenSeconds <= 86_400,
                "need 1 <= afterGoodbyeSeconds <= longListenSeconds <= 86400");
        require(repromptTurns >= 2 && repromptTurns <= 64, "repromptTurns must be 2..64");
        require(callDownShare > 0 && callDownShare <= 1, "callDownShare must be in (0, 1]");
        require(trickleWindow >= 3 && trickleWindow <= 1440, "trickleWindow must be 3..1440");
        require(trickleFraction > 0 && trickleFraction <= 1, "trickleFraction must be in (0, 1]");
        require(warmupMinutes >= 1, "warmupMinutes must be >= 1");
        require(skillQuerySeconds >= 1, "skillQuerySeconds must be >= 1");
        require(maxSpeakers >= 1 && maxSpeakers <= 100_000, "maxSpeakers must be 1..100000");
        require(maxFlows >= 16 && maxFlows <= 1_000_000, "maxFlows must be 16..1000000");
        require(speakerVendors != null && speakerVendors.length() <= 1000 && speakerNames != null && speakerNames.length() <= 1000,
                "speakerVendors and speakerNames must be set (<= 1000 chars)");
        try {
            java.util.regex.Pattern.compile(speakerVendors);
            java.util.regex.Pattern.compile(speakerNames);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("io.hearthguard.protection.eavesdrop: speakerVendors/speakerNames: " + e.getDescription());
        }
    }

    private static void require(boolean ok, String msg) {
        if (!ok) {
            throw new IllegalArgumentException("io.hearthguard.protection.eavesdrop: " + msg);
        }
    }

    /** @return the defaults */
    public static Settings defaults() {
        return new Settings(DEFAULT_VOICE_NAMES, 1500, 4000, 5000, 1000, 1000, 10, 10, 45, 3, 0.3, 15, 0.8, 400, 60, 60, 1024,
                4096, DEFAULT_SPEAKER_VENDORS, DEFAULT_SPEAKER_NAMES);
    }
}
