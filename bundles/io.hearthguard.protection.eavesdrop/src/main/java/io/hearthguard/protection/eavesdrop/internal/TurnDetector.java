package io.hearthguard.protection.eavesdrop.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * The speaker model by turns, free of OSGi. Called on the protection's worker thread only.
 *
 * <p>Flow snapshots say which flows are a speaker's voice-cloud connection (by name, by the
 * cloud that owns the address, or by shape: a long-lived TLS connection of a device that is
 * or may be a speaker). Their bursts ({@link FlowActivity}) are summed per speaker into
 * frames of {@value Settings#FRAME_MILLIS} ms. A <em>turn</em> is a run of speech frames
 * (upstream at an audio rate) of at least {@link Settings#minTurnMillis()}; its
 * <em>answer</em> is downstream audio from 1.5 s after the turn began until the next turn or
 * {@link Settings#followUpSeconds()} after it; turns that follow each other within that time
 * form one listening <em>session</em>. Every session is published as an informational
 * {@value #SESSION} finding; an alarm is raised only when the turns say nobody was knowingly
 * talking to the speaker.
 */
public final class TurnDetector {

    /** Rule ids. */
    static final String SESSION = "eavesdrop.voice-session";
    static final String AFTER_GOODBYE = "eavesdrop.listening-after-goodbye";
    static final String REPROMPT = "eavesdrop.silent-reprompt";
    static final String LONG = "eavesdrop.long-listening";
    static final String TRICKLE = "eavesdrop.idle-trickle";
    static final String REOPENED = "eavesdrop.reopened-after-silence";

    static final long FRAME = Settings.FRAME_MILLIS * 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    /** Frames kept open for bursts that close out of order (bursts last at most 1 s, batches come every second). */
    private static final int RING = 16;
    private static final long ANSWER_DELAY = 1_500_000_000L;
    private static final int MAX_TURNS = 32;
    /** Downstream on the speaker's other connections within a few minutes that means it is playing media. */
    private static final long MEDIA_BYTES = 100_000;
    private static final long MEDIA_HOLD = 3 * MINUTE;
    private static final int MAX_NAMES = 8;
    private static final double IDLE_ALPHA = 0.05;
    private static final double IDLE_ALPHA_ELEVATED = 0.002;
    /**
     * How long after a spoken answer a window opened without a wake word is still read as that answer's prompt (a
     * silence-padded prompt: 35–90 s of silence in the SRLabs demonstration and the independent generator). Two
     * minutes: later, a turn with a weak pre-roll is more likely a new request (the project's own generator, whose
     * requests carry no pre-roll, read 15 requests 122–168 s after an answer as reopened at three minutes).
     */
    static final long REOPEN_WINDOW = 120 * SECOND;
    /** Frames of a turn whose upstream is kept to measure its stream rate (20 s). */
    static final int FRAMES_KEPT = 40;
    /**
     * A wake word is sent with its buffered pre-roll, well above the stream rate (real Echo captures: 17–20 kB in a
     * quarter of a second against 8.7 kB/s after). A turn counts as opened <em>without</em> a wake word when its first
     * 1.5 s carried less than the stream itself carries in 1.5 s — measured as the median of the turn's later frames, so
     * that a real Echo's stalled packets flushed at once, or another upload riding on the connection, do not inflate it
     * (the sum of the 2 s after the onset did, and hid the pre-roll in 7 of the 95 real captures). Real Echo turns with
     * a wake word: 1.08 (two TCP stalls) to 20 times the stream; windows the cloud opened: 0.55–1.04.
     */
    static final double WAKE_EXCESS = 0.0;
    /** A connection that received this many times what it sent (and at least {@link #MEDIA_FLOW_MIN}) is media. */
    static final long MEDIA_RATIO = 4;
    static final long MEDIA_FLOW_MIN = 30_000;
    /**
     * Idle upstream per minute that is a trickle whatever the learned level (about 0.8 kbit/s; a speaker's heartbeats
     * are a few hundred bytes a minute): a trickle already running when the hub starts is learned as normal otherwise.
     */
    static final long TRICKLE_FLOOR = 6_000;

    enum Kind { NONE, VENDOR, SPEAKER }

    private final Settings s;
    private final NamePatterns voice;
    private final CloudRanges ranges;
    private final SkillLink skills;
    private final String source;
    private final Pattern vendors;
    private final Pattern speakerNames;
    private final long speechPerFrame;
    private final long answerPerFrame;
    private final Map<Long, FlowInfo> flows;
    private final Map<String, Speaker> speakers;
    /** Names of internet addresses from DNS answers seen earlier (the address's owner for connections without a name). */
    private final Map<String, String> addressNames;
    /** Counters for tests and evidence. */
    long sessions;
    long alarms;
    long unknownFlowBursts;

    public TurnDetector(Settings settings, CloudRanges ranges, String source) {
        this.s = settings;
        this.voice = new NamePatterns(settings.voiceNames());
        this.ranges = ranges == null ? CloudRanges.NONE : ranges;
        this.skills = new SkillLink(settings.skillQuerySeconds());
        this.source = source;
        this.vendors = Pattern.compile(settings.speakerVendors(), Pattern.CASE_INSENSITIVE);
        this.speakerNames = Pattern.compile(settings.speakerNames(), Pattern.CASE_INSENSITIVE);
        this.speechPerFrame = (long) settings.speechBytesPerSecond() * Settings.FRAME_MILLIS / 1000;
        this.answerPerFrame = (long) settings.answerBytesPerSecond() * Settings.FRAME_MILLIS / 1000;
        this.flows = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, FlowInfo> e) {
                return size() > s.maxFlows();
            }
        };
        this.addressNames = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> e) {
                return size() > s.maxFlows();
            }
        };
        this.speakers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Speaker> e) {
                return size() > s.maxSpeakers();
            }
        };
    }

    /** @return speakers tracked (bounded by {@link Settings#maxSpeakers()}) */
    public int speakers() {
        return speakers.size();
    }

    /** @return flows remembered (bounded by {@link Settings#maxFlows()}) */
    public int flows() {
        return flows.size();
    }

    // ------------------------------------------------------------------ identity

    /** How much the device looks like a speaker: its type or name, else its maker. */
    Kind kind(Device d) {
        if (d.type() == DeviceType.SMART_SPEAKER) {
            return Kind.SPEAKER;
        }
        for (String n : d.names()) {
            if (speakerNames.matcher(n).find()) {
                return Kind.SPEAKER;
            }
        }
        if (d.model().isPresent() && speakerNames.matcher(d.model().get()).find()) {
            return Kind.SPEAKER;
        }
        if (d.vendor().isPresent() && vendors.matcher(d.vendor().get()).find()) {
            return Kind.VENDOR;
        }
        return Kind.NONE;
    }

    /** A flow snapshot of {@code device}: remembers who the flow's ends are and what it is called. */
    public void flow(FlowRecord f, Device device) {
        FlowInfo fi = flows.get(f.flowId());
        if (fi == null) {
            boolean init = isInitiator(f, device);
            fi = new FlowInfo(device.id(), init, init ? f.responderIp() : f.initiatorIp(), init ? f.responderPort() : f.initiatorPort(),
                    f.protocol(), nanos(f.firstSeen()), f.phase() == FlowRecord.Phase.STARTED && f.tcpState() == TcpState.MIDSTREAM
                            || f.phase() != FlowRecord.Phase.STARTED);
            flows.put(f.flowId(), fi);
        }
        if (fi.name == null && f.responderName().isPresent()) {
            fi.name = bounded(f.responderName().get());
            fi.how = null; // judge again with the name
        }
        if (fi.sni == null && f.sni().isPresent()) {
            fi.sni = bounded(f.sni().get());
            fi.how = null;
        }
    }

    /**
     * A metadata record of a covered device: a TLS ClientHello names its flow at once (the flow's
     * next snapshot may be a minute away); DNS answers name addresses for later connections.
     */
    public void metadata(TrafficMetadata m) {
        if (m instanceof TlsClientHello t && t.sni().isPresent()) {
            FlowInfo fi = flows.get(m.flowId());
            if (fi != null && fi.sni == null) {
                fi.sni = bounded(t.sni().get());
                fi.how = null;
            }
        } else if (m instanceof DnsMessage d && d.response() && !d.multicast()) {
            String q = d.questions().isEmpty() ? null : d.questions().get(0).name();
            for (DnsMessage.Answer a : d.answers()) {
                if ((a.type() == 1 || a.type() == 28) && a.section() == 1 && !a.data().isEmpty()) {
                    String n = q != null ? q : a.name();
                    addressNames.put(a.data(), bounded(n));
                }
            }
        }
    }

    private static String bounded(String n) {
        return n.length() > 255 ? n.substring(0, 255) : n;
    }

    private static boolean isInitiator(FlowRecord f, Device d) {
        for (String m : d.macs()) {
            long bits = macBits(m);
            if (bits >= 0 && bits == f.initiatorMac()) {
                return true;
            }
            if (bits >= 0 && bits == f.responderMac()) {
                return false;
            }
        }
        return !d.ips().contains(f.responderIp());
    }

    /** @return how the flow was recognised as a voice connection, or null when it is not one */
    private String recognise(FlowInfo fi, Kind kind, String vendor, long now) {
        if (fi.how != null && fi.confirmed) {
            return fi.how;
        }
        fi.confirmed = false;
        if (fi.name == null) {
            String earlier = addressNames.get(fi.remoteIp);
            if (earlier != null) {
                fi.name = earlier;
                fi.namedByDns = true;
            }
        }
        if (fi.name != null && voice.matches(fi.name)) {
            fi.confirmed = true;
            return fi.how = (fi.namedByDns ? "name (earlier DNS answer) " : "name ") + fi.name;
        }
        if (fi.sni != null && voice.matches(fi.sni)) {
            fi.confirmed = true;
            return fi.how = "name (TLS SNI) " + fi.sni;
        }
        if (kind == Kind.NONE || fi.protocol != 6 || fi.remotePort != 443) {
            return fi.how = null;
        }
        String owner = ranges.owner(fi.remoteIp);
        if (owner != null && vendor != null && vendor.toLowerCase(Locale.ROOT).contains(owner)) {
            fi.confirmed = true;
            return fi.how = "address owned by " + owner + " (cloud ranges)";
        }
        if ((fi.name != null || fi.sni != null) && kind == Kind.VENDOR) {
            return fi.how = null; // a named flow of a maybe-speaker that is not a voice name: its business, not voice
        }
        if (fi.beganBefore) {
            fi.confirmed = true;
            return fi.how = "long-lived TLS connection (open before capture)";
        }
        if (now - fi.first >= MINUTE) {
            fi.confirmed = true;
            return fi.how = "long-lived TLS connection";
        }
        return fi.how = "new TLS connection of a speaker (shape only)";
    }

    // ------------------------------------------------------------------ traffic

    /** Bursts of {@code device}'s timed flows. */
    public void activity(FlowActivity a, Device device, ProtectionContext ctx) {
        Speaker sp = null;
        Kind kind = null;
        String vendor = device.vendor().orElse(null);
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < a.size(); i++) {
            FlowInfo fi = flows.get(a.flowId(i));
            if (fi == null || !fi.deviceId.equals(device.id())) {
                unknownFlowBursts++;
                continue;
            }
            if (kind == null) {
                kind = kind(device);
            }
            String how = recognise(fi, kind, vendor, a.endNanos(i));
            if (how == null) {
                long other = fi.deviceIsInitiator ? a.respBytes(i) : a.origBytes(i);
                long mine = fi.deviceIsInitiator ? a.origBytes(i) : a.respBytes(i);
                Speaker known = speakers.get(device.id());
                if (known != null) {
                    fi.upTotal += Math.max(0, mine);
                    fi.downTotal += Math.max(0, other);
                    if (fi.downTotal >= MEDIA_FLOW_MIN && fi.downTotal >= MEDIA_RATIO * fi.upTotal) {
                        known.lastMedia = Math.max(known.lastMedia, a.endNanos(i)); // a downstream-dominated stream: media, whatever its rate
                    } else if (other > 0) {
                        // every burst counts: a steady stream arrives as many small bursts (they end after 100 ms of silence)
                        known.media(a.endNanos(i), other);
                    }
                    if (kind == Kind.SPEAKER || known.promoted) {
                        // what a known speaker sends on its other connections is idle upstream too (a trickle need not use the voice cloud)
                        known.addOther(a.startNanos(i), a.endNanos(i), mine, other, ctx);
                    }
                }
                continue;
            }
            if (sp == null) {
                sp = speakers.computeIfAbsent(device.id(), id -> new Speaker());
                sp.device = device;
                sp.kind = kind;
            }
            long up = fi.deviceIsInitiator ? a.origBytes(i) : a.respBytes(i);
            long down = fi.deviceIsInitiator ? a.respBytes(i) : a.origBytes(i);
            sp.add(a.startNanos(i), a.endNanos(i), up, down, fi, how, ctx);
            latest = Math.max(latest, a.endNanos(i));
        }
        if (sp != null) {
            sp.judgeBefore(Math.floorDiv(latest, FRAME) - RING / 2, ctx);
        }
    }

    /** Capture time advanced: frames, turns and sessions whose time is up are judged. */
    public void tick(ProtectionContext ctx) {
        long now = nanos(ctx.now());
        for (Speaker sp : new ArrayList<>(speakers.values())) {
            sp.judgeBefore(Math.floorDiv(now, FRAME) - RING / 2, ctx);
            sp.advance(now - RING / 2 * FRAME, ctx);
        }
    }

    /** End of capture: judge everything that is pending. */
    public void sessionEnded(ProtectionContext ctx) {
        for (Speaker sp : new ArrayList<>(speakers.values())) {
            sp.judgeBefore(Long.MAX_VALUE / FRAME, ctx);
            sp.advance(Long.MAX_VALUE / 2, ctx);
        }
    }

    static long nanos(Instant t) {
        return t.getEpochSecond() * SECOND + t.getNano();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, SECOND), Math.floorMod(nanos, SECOND));
    }

    static long macBits(String mac) {
        String hex = mac.toLowerCase(Locale.ROOT).replace(":", "").replace("-", "");
        if (hex.length() != 12) {
            return -1;
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------ state

    /** What is remembered of one flow of a covered device. */
    static final class FlowInfo {
        final String deviceId;
        final boolean deviceIsInitiator;
        final String remoteIp;
        final int remotePort;
        final int protocol;
        final long first;
        final boolean beganBefore;
        String name;
        String sni;
        String how;
        boolean confirmed;
        boolean namedByDns;
        long upTotal;
        long downTotal;

        FlowInfo(String deviceId, boolean deviceIsInitiator, String remoteIp, int remotePort, int protocol, long first, boolean beganBefore) {
            this.deviceId = deviceId;
            this.deviceIsInitiator = deviceIsInitiator;
            this.remoteIp = remoteIp;
            this.remotePort = remotePort;
            this.protocol = protocol;
            this.first = first;
            this.beganBefore = beganBefore;
        }
    }

    /** One turn: a run of speech frames, then its answer. */
    static final class Turn {
        final long start;
        long lastSpeech;
        long up;
        long down;
        int speechFrames;
        int downAudioFrames;
        long answerBytes;
        int answerFrames;
        long answerEnd;
        boolean ended;
        /** Upstream in the turn's first 1.5 s, and in the 2 s after it. */
        long onsetBytes;
        long afterBytes;
        /** The upstream of each of the turn's first frames, while it streams. */
        final long[] frameUp = new long[FRAMES_KEPT];
        int keptFrames;

        Turn(long start) {
            this.start = start;
            this.lastSpeech = start;
        }

        long end() {
            return lastSpeech + FRAME;
        }

        double seconds() {
            return (end() - start) / 1e9;
        }

        int frames() {
            return (int) Math.max(1, (end() - start) / FRAME);
        }

        /**
         * @return true when the turn began without a wake word: its first 1.5 s carried less than the stream's own rate
         *         (a wake word is sent with its buffered pre-roll, well above the stream rate; see {@link #WAKE_EXCESS})
         */
        boolean noWake() {
            double same = 3 * streamFrame(); // the stream's bytes in 1.5 s
            return same > 0 && onsetBytes - same < WAKE_EXCESS * same;
        }

        /**
         * @return the median upstream of the turn's frames after its first 1.5 s (at most 20 s of them): the stream's
         *         rate per frame, whatever else rode on a frame (a real Echo's stalled packets flushed at once, another
         *         upload on the connection); 0 when fewer than two such frames
         */
        double streamFrame() {
            int n = Math.min(keptFrames, FRAMES_KEPT) - 3;
            if (n < 2) {
                return 0;
            }
            long[] f = java.util.Arrays.copyOfRange(frameUp, 3, 3 + n);
            java.util.Arrays.sort(f);
            int m = n / 2;
            return n % 2 == 1 ? f[m] : (f[m - 1] + f[m]) / 2.0;
        }

        /** @return the first 1.5 s against the stream's rate (1 = no more than the stream; a wake word's pre-roll is 2 or more) */
        double onsetRatio() {
            double same = 3 * streamFrame();
            return same > 0 ? onsetBytes / same : 0;
        }
    }

    /** One listening session: turns within the follow-up time of each other. */
    final class Session {
        final long start;
        long lastActivity;
        long up;
        long down;
        final List<Turn> turns = new ArrayList<>();
        int turnCount;
        int unansweredRun;
        boolean confirmed;
        /** The first turn was the microphone reopened without a wake word, soon after a spoken answer: the exchange goes on. */
        boolean continued;
        boolean answeredOrCall;
        String alarm;
        String alarmWhy;
        final Set<String> how = new LinkedHashSet<>();
        final Set<String> remotes = new LinkedHashSet<>();

        Session(long start) {
            this.start = start;
            this.lastActivity = start;
        }
    }

    /** Per speaker: frames not yet judged, the turn and session in progress, the idle baseline. Bounded. */
    final class Speaker {
        Device device;
        Kind kind = Kind.NONE;
        final long[] up = new long[RING];
        final long[] down = new long[RING];
        final boolean[] has = new boolean[RING];
        /** Frames with data on the voice connection (other connections' bytes only count towards idle minutes). */
        final boolean[] voice = new boolean[RING];
        long next = Long.MIN_VALUE; // first frame not judged yet
        Turn turn; // speech in progress, or ended and waiting for its answer
        Session session;
        // idle baseline (upstream per minute outside sessions)
        long minuteStart = Long.MIN_VALUE;
        long minuteUp;
        double idleUp;
        double idleUpDev = 100;
        long idleCount;
        boolean[] trickle;
        long[] trickleBytes;
        int tricklePos;
        int trickleFill;
        int trickleElevated;
        long trickleExcess;
        long trickleStart = Long.MIN_VALUE;
        String lastHow;
        String lastRemote;
        boolean lastConfirmed;
        long mediaBytes;
        long mediaMinute = Long.MIN_VALUE;
        long lastMedia = Long.MIN_VALUE;
        final long[] otherUp = new long[RING];
        final long[] otherDown = new long[RING];
        long minuteDown;
        boolean minuteBusy;
        // the last spoken answer of this speaker: when it began and how many bytes (it plays at most bytes / answer rate)
        long lastAnswerStart = Long.MIN_VALUE;
        long lastAnswerBytes;
        int lastUnansweredRun;
        int floorRun;
        /**
         * Known only by its maker, but woken by a wake word and answered: it behaves as a voice assistant, so its idle
         * uploads on any connection are weighed (the idle-trickle rule). Turn alarms still need a speaker type or name.
         */
        boolean promoted;

        /** Bursts of a known speaker's other connections: idle upstream, not speech. */
        void addOther(long start, long end, long upBytes, long downBytes, ProtectionContext ctx) {
            long fs = Math.floorDiv(start, FRAME);
            if (next == Long.MIN_VALUE) {
                return; // no voice frame yet: the minutes have not started
            }
            if (fs >= next + RING) {
                judgeBefore(fs - RING + 1, ctx);
            }
            fs = Math.max(fs, next);
            int k = (int) Math.floorMod(fs, (long) RING);
            otherUp[k] += Math.max(0, upBytes);
            otherDown[k] += Math.max(0, downBytes);
            has[k] = true;
        }

        void media(long t, long bytes) {
            long m = Math.floorDiv(t, MINUTE);
            if (m != mediaMinute) {
                mediaMinute = m;
                mediaBytes = 0;
            }
            mediaBytes += bytes;
            if (mediaBytes >= MEDIA_BYTES) {
                lastMedia = t;
            }
        }

        void add(long start, long end, long upBytes, long downBytes, FlowInfo fi, String how, ProtectionContext ctx) {
            long fs = Math.floorDiv(start, FRAME);
            long fe = Math.max(fs, Math.floorDiv(end, FRAME));
            if (next == Long.MIN_VALUE) {
                next = fs;
            }
            if (fe >= next + RING) {
                judgeBefore(fe - RING + 1, ctx);
            }
            fs = Math.max(fs, next); // late data lands in the oldest open frame
            fe = Math.max(fe, fs);
            // bytes go to each frame in proportion to the part of the burst it covers (a 1 s burst spans up to 3 frames)
            long s0 = Math.max(start, fs * FRAME);
            long e0 = Math.max(end, s0) + 1;
            long span = e0 - s0;
            long upLeft = Math.max(0, upBytes);
            long downLeft = Math.max(0, downBytes);
            for (long f = fs; f <= fe; f++) {
                int k = (int) Math.floorMod(f, (long) RING);
                long part = Math.min(e0, (f + 1) * FRAME) - Math.max(s0, f * FRAME);
                long u = f == fe ? upLeft : Math.max(0, upBytes) * Math.max(0, part) / span;
                long d = f == fe ? downLeft : Math.max(0, downBytes) * Math.max(0, part) / span;
                up[k] += u;
                down[k] += d;
                upLeft -= u;
                downLeft -= d;
                has[k] = true;
                voice[k] = true;
            }
            lastHow = how;
            lastRemote = fi.sni != null ? fi.sni : fi.name != null ? fi.name : fi.remoteIp;
            lastConfirmed = fi.confirmed;
        }

        /** Judges every frame before {@code frame} in time order. */
        void judgeBefore(long frame, ProtectionContext ctx) {
            if (next == Long.MIN_VALUE || frame <= next) {
                return;
            }
            long stop = Math.min(frame, next + RING);
            for (long f = next; f < stop; f++) {
                int k = (int) Math.floorMod(f, (long) RING);
                if (has[k]) {
                    long t = f * FRAME;
                    advance(t, ctx);
                    if (voice[k]) {
                        frame(t, up[k], down[k], ctx);
                    }
                    if (session == null) {
                        minuteUp += otherUp[k];
                    }
                    minuteDown += otherDown[k];
                    up[k] = 0;
                    down[k] = 0;
                    otherUp[k] = 0;
                    otherDown[k] = 0;
                    has[k] = false;
                    voice[k] = false;
                }
            }
            next = frame;
        }

        /** Time passed without data up to {@code t}: end turns, answers and sessions whose time is up. */
        void advance(long t, ProtectionContext ctx) {
            if (turn != null && !turn.ended && t - turn.lastSpeech > s.turnGapMillis() * 1_000_000L) {
                endSpeech(ctx);
            }
            if (turn != null && turn.ended && t > turn.end() + s.followUpSeconds() * SECOND) {
                judgeTurn(ctx);
            }
            if (session != null && turn == null && t > session.lastActivity + s.followUpSeconds() * SECOND) {
                endSession(ctx);
            }
            idleMinutes(t, ctx);
        }

        private void frame(long t, long upB, long downB, ProtectionContext ctx) {
            boolean speech = upB >= speechPerFrame;
            boolean audioDown = downB >= answerPerFrame;
            if (speech && audioDown && turn != null && turn.ended && turn.answerBytes < s.answerMinBytes()) {
                // upstream that arrives together with the spoken answer to the last turn is the device
                // acknowledging and reporting the playback, not someone speaking: no new turn
                speech = false;
            }
            if (speech && (turn == null || turn.ended)) {
                if (turn != null) {
                    judgeTurn(ctx); // the answer window of the previous turn ends where the next turn begins
                }
                if (session == null) {
                    session = new Session(t);
                }
                turn = new Turn(t);
            }
            // a listening window streams on through the speaker's pauses (compressed silence): a turn goes on at half the speech rate
            boolean streaming = speech || turn != null && !turn.ended && upB >= speechPerFrame / 2;
            if (session == null) {
                minuteUp += upB; // idle: heartbeats and trickles
                minuteDown += downB;
                return;
            }
            session.up += upB;
            session.down += downB;
            session.lastActivity = Math.max(session.lastActivity, t + FRAME);
            session.how.add(lastHow);
            session.confirmed |= lastConfirmed;
            if (session.remotes.size() < MAX_NAMES && lastRemote != null) {
                session.remotes.add(lastRemote);
            }
            if (turn == null) {
                return;
            }
            turn.up += upB;
            turn.down += downB;
            if (!turn.ended) {
                long rel = t - turn.start;
                int k = (int) (rel / FRAME);
                if (k >= 0 && k < FRAMES_KEPT) {
                    turn.frameUp[k] += upB;
                    turn.keptFrames = Math.max(turn.keptFrames, k + 1);
                }
                if (rel < 3 * FRAME) {
                    turn.onsetBytes += upB; // the first 1.5 s: a 1 s burst that began anywhere in the first frame
                } else if (rel < 7 * FRAME) {
                    turn.afterBytes += upB;
                }
            }
            if (streaming && !turn.ended) {
                turn.lastSpeech = t;
                turn.speechFrames++;
            }
            if (audioDown) {
                if (!turn.ended) {
                    turn.downAudioFrames++;
                }
                if (t >= turn.start + ANSWER_DELAY) {
                    turn.answerBytes += downB;
                    turn.answerFrames++;
                    turn.answerEnd = t + FRAME;
                }
            }
            if (!turn.ended && session.alarm == null && turn.answerBytes < s.answerMinBytes()
                    && t + FRAME - turn.start >= s.longListenSeconds() * SECOND && !isCall(turn)) {
                alarm(LONG, "one listening window has run " + Math.round((t + FRAME - turn.start) / 1e9)
                        + " s without a spoken answer (a dictation lasts 12–35 s)", ctx, false);
            }
        }

        private boolean isCall(Turn tn) {
            return tn.seconds() >= 20 && tn.downAudioFrames >= s.callDownShare() * tn.frames();
        }

        private void endSpeech(ProtectionContext ctx) {
            turn.ended = true;
            if ((turn.end() - turn.start) < s.minTurnMillis() * 1_000_000L) {
                turn = null; // one frame of upstream: a handshake or a heartbeat, not speech
                if (session != null && session.turnCount == 0) {
                    long up0 = session.up;
                    long down0 = session.down;
                    session = null; // nothing but that: it was no session
                    minuteUp += up0;
                    minuteDown += down0;
                }
            }
        }

        private void judgeTurn(ProtectionContext ctx) {
            if (turn != null && !turn.ended) {
                endSpeech(ctx);
            }
            Turn tn = turn;
            turn = null;
            if (tn == null) {
                return; // too short to be a turn
            }
            Session ss = session;
            if (ss == null) {
                return;
            }
            ss.turnCount++;
            if (ss.turns.size() < MAX_TURNS) {
                ss.turns.add(tn);
            }
            ss.lastActivity = Math.max(ss.lastActivity, Math.max(tn.end(), tn.answerEnd));
            boolean answered = tn.answerBytes >= s.answerMinBytes();
            boolean call = isCall(tn);
            String reopened = null;
            if (ss.turnCount == 1 && tn.noWake() && lastAnswerStart != Long.MIN_VALUE) {
                // the microphone opened without a wake word: only the cloud does that, to go on with an exchange
                long gap = tn.start - lastAnswerStart;
                long plays = lastAnswerBytes * SECOND / s.answerBytesPerSecond(); // the longest the last answer can play
                if (gap <= plays + s.followUpSeconds() * SECOND) {
                    ss.continued = true;
                    ss.unansweredRun = lastUnansweredRun;
                } else if (gap <= REOPEN_WINDOW) {
                    reopened = "the microphone reopened without a wake word " + Math.round(gap / 1e9) + " s after the last spoken answer, which ("
                            + lastAnswerBytes + " B) plays for at most " + Math.round(plays / 1e9) + " s: an answer padded with silence, then listening (its first 1.5 s carried " + tn.onsetBytes + " B, " + String.format(java.util.Locale.ROOT, "%.2f", tn.onsetRatio()) + " times the stream that followed)";
                }
            }
            if (answered && tn.afterBytes > 0 && tn.onsetBytes >= tn.afterBytes) {
                promoted = true; // a wake word's burst, then a spoken answer: a voice assistant, whatever discovery says
            }
            if (answered) {
                lastAnswerStart = tn.start + ANSWER_DELAY;
                lastAnswerBytes = tn.answerBytes;
            }
            ss.unansweredRun = answered || call ? 0 : ss.unansweredRun + 1;
            lastUnansweredRun = ss.unansweredRun;
            if (answered || call) {
                ss.answeredOrCall = true;
                minuteBusy = true; // someone talked with the speaker this minute: not an idle minute
            }
            if (ss.alarm != null || call) {
                return;
            }
            if (reopened != null) {
                alarm(REOPENED, reopened, ctx, false);
                return;
            }
            if (answered) {
                return;
            }
            double listen = tn.seconds();
            boolean later = ss.turnCount >= 2 || ss.continued;
            if (listen >= s.longListenSeconds()) {
                alarm(LONG, "listened " + Math.round(listen) + " s in one window without a spoken answer (a dictation lasts 12–35 s)", ctx, false);
            } else if (later && listen >= s.afterGoodbyeSeconds()) {
                alarm(AFTER_GOODBYE, "listened " + Math.round(listen) + " s more after the exchange ended (turn " + ss.turnCount
                        + (ss.continued ? " after the spoken answer" : " of the session") + ", no new exchange, no answer)", ctx, false);
            } else if (ss.unansweredRun >= s.repromptTurns()) {
                alarm(REPROMPT, ss.unansweredRun + " listening windows in a row with no spoken answer between them", ctx, false);
            } else if (later && ss.unansweredRun >= 2 && tn.noWake()) {
                alarm(REPROMPT, ss.unansweredRun + " listening windows in a row reopened without a wake word and with no spoken prompt between them", ctx, false);
            }
        }

        private boolean alarmsAllowed() {
            return kind == Kind.SPEAKER || session != null && session.how.stream().anyMatch(h -> h != null && (h.startsWith("name") || h.startsWith("address")));
        }

        private void alarm(String rule, String why, ProtectionContext ctx, boolean complete) {
            Session ss = session;
            ss.alarm = rule;
            ss.alarmWhy = why;
            if (!alarmsAllowed()) {
                return; // recorded in the session's verdict, not raised: the device is not known to be a speaker
            }
            alarms++;
            publishAlarm(this, ss, rule, why, ctx, complete);
        }

        private void endSession(ProtectionContext ctx) {
            Session ss = session;
            if (turn != null) {
                judgeTurn(ctx);
            }
            session = null;
            if (ss == null || ss.turnCount == 0) {
                return;
            }
            sessions++;
            if (ss.alarm != null && alarmsAllowed(ss)) {
                publishAlarm(this, ss, ss.alarm, ss.alarmWhy, ctx, true); // same dedup key: the stored finding gets the whole span
            }
            publishSession(this, ss, ctx);
            if (ss.answeredOrCall) {
                minuteBusy = true; // the minute held an exchange: neither idle nor a trickle
            } else {
                minuteUp += ss.up; // upload nobody got an answer to weighs as idle upstream (batched trickles look like misactivations)
                minuteDown += ss.down;
            }
        }

        private boolean alarmsAllowed(Session ss) {
            Session keep = session;
            session = ss;
            try {
                return alarmsAllowed();
            } finally {
                session = keep;
            }
        }

        // ---- idle minutes and trickles

        private void idleMinutes(long t, ProtectionContext ctx) {
            if (minuteStart == Long.MIN_VALUE) {
                minuteStart = t;
                return;
            }
            int guard = 0;
            while (t >= minuteStart + MINUTE && guard++ <= s.trickleWindow() + 1) {
                boolean busy = minuteBusy || session != null && session.answeredOrCall;
                boolean mediaMinute = minuteDown >= MEDIA_FLOW_MIN / 3 && minuteDown >= MEDIA_RATIO * minuteUp;
                if (!busy && !mediaMinute) {
                    learnIdle(minuteUp, minuteStart, minuteStart + MINUTE, ctx);
                } // a minute with a session or downstream-dominated traffic (media) is neither idle nor a trickle
                minuteUp = 0;
                minuteDown = 0;
                minuteBusy = session != null && session.answeredOrCall;
                minuteStart += MINUTE;
            }
            if (t >= minuteStart + MINUTE) {
                minuteStart = t; // a long silence: restart the minutes here
            }
        }

        private void learnIdle(long upB, long start, long end, ProtectionContext ctx) {
            if (lastMedia != Long.MIN_VALUE && start <= lastMedia + MEDIA_HOLD && end >= lastMedia - MEDIA_HOLD) {
                return; // playing media: progress reports upstream are expected, the minute is neither idle nor a trickle
            }
            if (idleCount == 0) {
                idleUp = upB;
                idleUpDev = Math.max(100, upB / 4.0);
                idleCount = 1;
                return;
            }
            double ex = upB - idleUp;
            boolean floor = upB >= TRICKLE_FLOOR;
            floorRun = floor ? floorRun + 1 : 0;
            boolean elevated = floor || ex >= Math.max(s.trickleMinExcessBytes(), 3 * idleUpDev);
            ex = Math.max(ex, floor ? upB - Math.min(idleUp, 400) : ex);
            double a = elevated ? IDLE_ALPHA_ELEVATED : (idleCount < 20 ? 0.2 : IDLE_ALPHA);
            idleUp += a * ex;
            idleUpDev = Math.max(50, idleUpDev + a * (Math.abs(ex) - idleUpDev));
            idleCount++;
            int w = s.trickleWindow();
            if (trickle == null) {
                trickle = new boolean[w];
                trickleBytes = new long[w];
            }
            int i = tricklePos;
            if (trickle[i]) {
                trickleElevated--;
            }
            trickleExcess -= trickleBytes[i];
            trickle[i] = elevated;
            trickleBytes[i] = elevated ? (long) ex : 0;
            trickleExcess += trickleBytes[i];
            if (elevated) {
                trickleElevated++;
                if (trickleStart == Long.MIN_VALUE) {
                    trickleStart = start;
                }
            } else if (trickleElevated == 0) {
                trickleStart = Long.MIN_VALUE;
            }
            tricklePos = (i + 1) % w;
            trickleFill = Math.min(w, trickleFill + 1);
            if ((idleCount >= s.warmupMinutes() || floorRun >= w) && trickleFill == w && trickleElevated >= s.trickleFraction() * w) {
                if (kind == Kind.SPEAKER || promoted || lastConfirmed && lastHow != null && !lastHow.startsWith("long-lived")) {
                    publishTrickle(this, trickleStart == Long.MIN_VALUE ? start : trickleStart, end, ctx);
                }
                java.util.Arrays.fill(trickle, false);
                java.util.Arrays.fill(trickleBytes, 0);
                trickleElevated = 0;
                trickleExcess = 0;
                trickleFill = 0;
                trickleStart = Long.MIN_VALUE;
            }
        }
    }

    // ------------------------------------------------------------------ publishing

    private Map<String, Object> turnsEvidence(Session ss) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Turn t : ss.turns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", instant(t.start).toString());
            m.put("end", instant(t.end()).toString());
            m.put("listeningSeconds", Math.round(t.seconds() * 10) / 10.0);
            m.put("upstreamBytes", t.up);
            m.put("downstreamBytes", t.down);
            m.put("answered", t.answerBytes >= s.answerMinBytes());
            m.put("answerBytes", t.answerBytes);
            m.put("answerSeconds", t.answerFrames * Settings.FRAME_MILLIS / 1000.0);
            out.add(m);
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("turns", out);
        ev.put("turnCount", ss.turnCount);
        return ev;
    }

    /** The verdict of a session without an alarm, and why. */
    private String[] verdict(Session ss, List<String> reasons) {
        int answered = 0;
        boolean call = false;
        boolean dictation = false;
        double longestAnswer = 0;
        for (Turn t : ss.turns) {
            if (t.answerBytes >= s.answerMinBytes()) {
                answered++;
                longestAnswer = Math.max(longestAnswer, t.answerFrames * Settings.FRAME_MILLIS / 1000.0);
                if (t.seconds() >= 12) {
                    dictation = true;
                }
            }
            call |= t.seconds() >= 20 && t.downAudioFrames >= s.callDownShare() * t.frames();
        }
        if (ss.alarm != null) {
            reasons.add(ss.alarmWhy);
            return new String[] { ss.alarm.substring("eavesdrop.".length()), "alarm" };
        }
        if (call) {
            reasons.add("audio both ways for a long turn");
            return new String[] { "call", "benign" };
        }
        if (answered == 0) {
            reasons.add(ss.turnCount == 1 ? "one short listening window, no spoken answer" : ss.turnCount + " short listening windows, no spoken answer");
            return new String[] { ss.turnCount == 1 ? "misactivation" : "unanswered", "benign" };
        }
        reasons.add(answered + " of " + ss.turnCount + " turns answered");
        if (dictation) {
            reasons.add("a turn of 12 s or more followed by an answer");
            return new String[] { "dictation", "benign" };
        }
        if (longestAnswer >= 10) {
            reasons.add("a spoken answer of " + Math.round(longestAnswer) + " s");
            return new String[] { "long-answer", "benign" };
        }
        if (ss.turnCount >= 3) {
            return new String[] { "quick-fire", "benign" };
        }
        return new String[] { ss.turnCount == 2 ? "conversation" : "request", "benign" };
    }

    private void publishSession(Speaker sp, Session ss, ProtectionContext ctx) {
        List<String> reasons = new ArrayList<>();
        String[] v = verdict(ss, reasons);
        if (ss.alarm != null && !sp.alarmsAllowed(ss)) {
            reasons.add("not raised: the device is not known to be a speaker and its connection was recognised by shape only");
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("upstreamBytes", ss.up);
        ev.put("downstreamBytes", ss.down);
        ev.putAll(turnsEvidence(ss));
        boolean answered = ss.turns.stream().anyMatch(t -> t.answerBytes >= s.answerMinBytes());
        ev.put("answered", answered);
        ev.put("verdict", v[0]);
        ev.put("alarm", "alarm".equals(v[1]) && sp.alarmsAllowed(ss));
        ev.put("reasons", reasons);
        ev.put("recognisedBy", new ArrayList<>(ss.how));
        ev.put("remotes", new ArrayList<>(ss.remotes));
        long end = Math.max(ss.lastActivity, ss.start);
        ctx.publish(Finding.builder(SESSION, Categories.EAVESDROP, Severity.INFO).device(DeviceRef.of(sp.device))
                .span(instant(ss.start), instant(end))
                .summary(sp.device.displayName() + " listened: " + v[0] + " (" + ss.turnCount + " turn" + (ss.turnCount == 1 ? "" : "s")
                        + (answered ? ", answered" : ", no spoken answer") + ")")
                .evidence(ev).dedupKey("session-" + ss.start).source(source).build());
    }

    private void publishAlarm(Speaker sp, Session ss, String rule, String why, ProtectionContext ctx, boolean complete) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("reason", why);
        ev.put("complete", complete);
        ev.put("upstreamBytes", ss.up);
        ev.put("downstreamBytes", ss.down);
        ev.putAll(turnsEvidence(ss));
        ev.put("recognisedBy", new ArrayList<>(ss.how));
        ev.put("remotes", new ArrayList<>(ss.remotes));
        publishLinked(sp, rule, Severity.HIGH, ss.start, Math.max(ss.lastActivity, ss.start), why, ev, ctx);
    }

    private void publishTrickle(Speaker sp, long start, long end, ProtectionContext ctx) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("reason", sp.trickleElevated + " of the last " + s.trickleWindow() + " idle minutes carried upstream above the heartbeat level");
        ev.put("excessUpstreamBytes", sp.trickleExcess);
        List<Long> timeline = new ArrayList<>();
        for (int k = 0; k < s.trickleWindow(); k++) {
            timeline.add(sp.trickleBytes[(sp.tricklePos + k) % s.trickleWindow()]);
        }
        ev.put("excessPerMinute", timeline);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("idleUpBytesPerMinute", Math.round(sp.idleUp));
        base.put("idleUpDeviation", Math.round(sp.idleUpDev));
        base.put("idleMinutesLearned", sp.idleCount);
        ev.put("baseline", base);
        alarms++;
        publishLinked(sp, TRICKLE, Severity.MEDIUM, start, end, (String) ev.get("reason"), ev, ctx);
    }

    private void publishLinked(Speaker sp, String rule, Severity sev, long start, long end, String why, Map<String, Object> ev,
            ProtectionContext ctx) {
        List<Map<String, Object>> linked = skills.about(sp.device.id(), SkillLink.assistantOf(sp.device.vendor().orElse(null)),
                instant(start), instant(Math.max(start, end)), ctx.now(), ctx.findings());
        if (!linked.isEmpty()) {
            ev.put("skillFindings", linked);
            sev = sev.raised();
        }
        String what = switch (rule) {
            case LONG -> "kept listening without a spoken answer";
            case AFTER_GOODBYE -> "kept listening after the exchange had ended";
            case REPROMPT -> "kept reopening its microphone without answering (silent reprompts)";
            case REOPENED -> "reopened its microphone without a wake word long after its last answer";
            default -> "trickled data to its voice cloud while idle";
        };
        ctx.publish(Finding.builder(rule, Categories.EAVESDROP, sev).device(DeviceRef.of(sp.device))
                .span(instant(start), instant(Math.max(start, end)))
                .summary(sp.device.displayName() + " " + what + ": " + why + (linked.isEmpty() ? "" : "; skill analysis flagged a skill"))
                .evidence(ev).dedupKey(instant(start).toString()).source(source).build());
    }
}
