package io.hearthguard.protection.eavesdrop.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.traffic.FlowRecord;

/**
 * The eavesdrop detector, free of OSGi. Called on the protection's worker thread only.
 *
 * <p>Per speaker, the upstream and downstream bytes of its voice-cloud flows (recognised by
 * responder name / SNI) are summed into intervals that follow capture's periodic flow
 * updates. An interval whose upstream exceeds the speaker's learned idle (heartbeat) level
 * by more than {@link Settings#minActiveBytes()} is <em>listening</em>; consecutive
 * listening intervals (plus the downstream of the interval after them, where the answer
 * lands) form a session. Sessions are judged by estimated listening time (excess upstream /
 * audio byte rate) and whether a spoken answer came back (downstream excess). Idle
 * intervals feed the idle baseline and the trickle window.
 */
public final class EavesdropDetector {

    /** Rule ids. */
    static final String LONG = "eavesdrop.long-listening";
    static final String SILENT = "eavesdrop.silent-reprompt";
    static final String SUSTAINED = "eavesdrop.sustained-upload";
    static final String REPEATED = "eavesdrop.repeated-idle-upload";
    static final String TRICKLE = "eavesdrop.idle-trickle";
    static final String MISACTIVATION = "eavesdrop.misactivation";

    private static final int MAX_TIMELINE = 120;
    private static final int MAX_NAMES = 8;
    private static final double IDLE_ALPHA = 0.05;
    private static final double IDLE_ALPHA_ELEVATED = 0.002;
    private static final double TYPICAL_ALPHA = 0.1;

    private final Settings s;
    private final NamePatterns voice;
    private final SkillLink skills;
    private final String source;
    private final Map<String, Speaker> speakers;
    private final long bucketNanos;
    long misactivations;

    public EavesdropDetector(Settings settings, String source) {
        this.s = settings;
        this.voice = new NamePatterns(settings.voiceNames());
        this.skills = new SkillLink(settings.skillQuerySeconds());
        this.source = source;
        this.bucketNanos = settings.bucketSeconds() * 1_000_000_000L;
        this.speakers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Speaker> e) {
                return size() > s.maxSpeakers();
            }
        };
    }

    /** @return number of speakers tracked (bounded by {@link Settings#maxSpeakers()}) */
    public int speakers() {
        return speakers.size();
    }

    /** A flow snapshot of {@code device}. */
    public void flow(FlowRecord f, Device device, ProtectionContext ctx) {
        String name = f.responderName().orElseGet(() -> f.sni().orElse(null));
        Speaker sp;
        boolean speakerIsInitiator;
        if (voice.matches(name)) {
            sp = speakers.computeIfAbsent(device.id(), id -> new Speaker(device));
            speakerIsInitiator = sp.isInitiator(f);
            sp.voiceIps.put(speakerIsInitiator ? f.responderIp() : f.initiatorIp(), name);
        } else {
            // a flow record whose remote end is an address the speaker reached its voice cloud at (e.g. a
            // record continuing a connection after capture's active timeout, seen first from the server side)
            sp = speakers.get(device.id());
            if (sp == null) {
                return;
            }
            speakerIsInitiator = sp.isInitiator(f);
            name = sp.voiceIps.get(speakerIsInitiator ? f.responderIp() : f.initiatorIp());
            if (name == null) {
                return;
            }
        }
        sp.device = device;
        long up = speakerIsInitiator ? f.deltaOrigBytes() : f.deltaRespBytes();
        long down = speakerIsInitiator ? f.deltaRespBytes() : f.deltaOrigBytes();
        Instant now = ctx.now();
        closeDue(sp, now, ctx);
        if (sp.intervalStart == null) {
            sp.intervalStart = f.firstSeen().isBefore(now) && f.phase() != FlowRecord.Phase.STARTED ? now.minusNanos(bucketNanos) : now;
        }
        sp.up += Math.max(0, up);
        sp.down += Math.max(0, down);
        if (sp.names.size() < MAX_NAMES) {
            sp.names.add(name);
        }
        if (f.phase() == FlowRecord.Phase.UPDATED && sp.closeAt == null) {
            sp.closeAt = now; // capture's periodic update: the interval ends here (others of the same tick join it)
        }
    }

    /** Capture time advanced. */
    public void tick(ProtectionContext ctx) {
        Instant now = ctx.now();
        if (lastTick != null && now.getEpochSecond() == lastTick.getEpochSecond()) {
            return;
        }
        lastTick = now;
        for (Speaker sp : speakers.values()) { // closing intervals never adds or removes speakers
            closeDue(sp, now, ctx);
        }
    }

    private Instant lastTick;

    /** End of capture: close open intervals and sessions. */
    public void sessionEnded(ProtectionContext ctx) {
        for (Speaker sp : new ArrayList<>(speakers.values())) {
            if (sp.intervalStart != null) {
                closeInterval(sp, ctx.now(), ctx);
            }
            if (sp.session != null) {
                endSession(sp, ctx);
            }
        }
    }

    private void closeDue(Speaker sp, Instant now, ProtectionContext ctx) {
        if (sp.intervalStart == null) {
            return;
        }
        if (sp.closeAt != null && now.isAfter(sp.closeAt.plusSeconds(1))) {
            closeInterval(sp, sp.closeAt, ctx);
            return;
        }
        // no update arrived for this speaker (no voice flow moved): close silent intervals
        Instant due = sp.intervalStart.plusNanos(bucketNanos + bucketNanos / 2);
        int guard = 0;
        while (sp.closeAt == null && !now.isBefore(due) && guard++ < s.trickleWindow() + 2) {
            closeInterval(sp, sp.intervalStart.plusNanos(bucketNanos), ctx);
            sp.intervalStart = sp.lastClose;
            due = sp.intervalStart.plusNanos(bucketNanos + bucketNanos / 2);
        }
        if (sp.closeAt == null && !now.isBefore(due)) {
            sp.intervalStart = null; // long silence: restart at the next voice traffic
        }
    }

    private void closeInterval(Speaker sp, Instant end, ProtectionContext ctx) {
        Instant start = sp.intervalStart == null ? end.minusNanos(bucketNanos) : sp.intervalStart;
        long up = sp.up;
        long down = sp.down;
        sp.up = 0;
        sp.down = 0;
        sp.closeAt = null;
        sp.intervalStart = end;
        sp.lastClose = end;
        interval(sp, start, end, up, down, ctx);
    }

    /** One closed interval of one speaker. */
    private void interval(Speaker sp, Instant start, Instant end, long up, long down, ProtectionContext ctx) {
        double exUp = up - sp.idleUp;
        double exDown = Math.max(0, down - sp.idleDown);
        boolean listening = exUp >= Math.max(s.minActiveBytes(), 4 * sp.idleUpDev);
        if (listening) {
            Session ss = sp.session;
            if (ss == null) {
                ss = sp.session = new Session(start);
                ss.names.addAll(sp.names);
            }
            ss.add(end, up, down, exUp, exDown);
            ss.names.addAll(sp.names);
            sp.names.clear();
            if (!ss.alerted) {
                String rule = ongoingRule(sp, ss);
                if (rule != null) {
                    ss.alerted = true;
                    ss.rule = rule;
                    publish(sp, ss, rule, ctx, false);
                }
            }
            return;
        }
        sp.names.clear();
        if (sp.session != null) {
            sp.session.add(end, up, down, 0, exDown); // the answer usually lands after the upstream
            sp.session.buckets--; // the trailing interval is not listening
            endSession(sp, ctx);
            return;
        }
        learnIdle(sp, up, down, start, end, ctx);
    }

    private String ongoingRule(Speaker sp, Session ss) {
        if (ss.buckets >= s.sustainedBuckets()) {
            return SUSTAINED;
        }
        if (!answered(ss) && listenSeconds(ss) >= longThreshold(sp) && ss.buckets >= 2) {
            return LONG;
        }
        return null;
    }

    private boolean answered(Session ss) {
        return ss.exDown >= Math.max(s.answerMinBytes(), s.answerRatio() * ss.exUp);
    }

    private double listenSeconds(Session ss) {
        return ss.exUp / s.audioBytesPerSecond();
    }

    private double longThreshold(Speaker sp) {
        return sp.typicalCount >= 5 ? Math.max(s.longListenSeconds(), 4 * sp.typicalListen) : s.longListenSeconds();
    }

    private void endSession(Speaker sp, ProtectionContext ctx) {
        Session ss = sp.session;
        sp.session = null;
        double listen = listenSeconds(ss);
        boolean answered = answered(ss);
        if (ss.alerted) {
            publish(sp, ss, ss.rule, ctx, true); // same dedup key: the stored finding gets the whole span
            return;
        }
        String rule;
        if (ss.buckets >= s.sustainedBuckets()) {
            rule = SUSTAINED;
        } else if (!answered && listen >= longThreshold(sp)) {
            rule = LONG;
        } else if (!answered && listen >= s.silentListenSeconds()) {
            rule = SILENT;
        } else if (!answered && ss.exDown < s.answerMinBytes()) {
            rule = MISACTIVATION; // short, and no spoken answer at all
        } else if (!answered) {
            return; // a short request with a short answer: neither suspicious nor typical enough to learn from
        } else {
            // an ordinary answered request: part of the speaker's baseline
            sp.typicalListen = sp.typicalCount == 0 ? listen : sp.typicalListen + TYPICAL_ALPHA * (listen - sp.typicalListen);
            sp.typicalCount++;
            return;
        }
        if (rule.equals(MISACTIVATION)) {
            misactivations++;
            sp.misactivations++;
            publish(sp, ss, rule, ctx, true);
            sp.unanswered.addLast(ss.start);
            while (sp.unanswered.size() > s.repeatCount()) {
                sp.unanswered.removeFirst();
            }
            if (sp.unanswered.size() >= s.repeatCount()
                    && Duration.between(sp.unanswered.peekFirst(), ss.end).getSeconds() <= s.repeatWindowSeconds()) {
                Session all = new Session(sp.unanswered.peekFirst());
                all.end = ss.end;
                all.exUp = ss.exUp;
                all.exDown = ss.exDown;
                all.timeline.addAll(ss.timeline);
                all.names.addAll(ss.names);
                all.note = sp.unanswered.size() + " unanswered uploads within " + s.repeatWindowSeconds() / 60 + " min";
                publish(sp, all, REPEATED, ctx, true);
                sp.unanswered.clear();
            }
            return;
        }
        publish(sp, ss, rule, ctx, true);
    }

    private void learnIdle(Speaker sp, long up, long down, Instant start, Instant end, ProtectionContext ctx) {
        if (sp.idleCount == 0) {
            sp.idleUp = up;
            sp.idleDown = down;
            sp.idleUpDev = Math.max(100, up / 4.0);
            sp.idleCount = 1;
            return;
        }
        double ex = up - sp.idleUp;
        boolean elevated = ex >= Math.max(s.trickleMinExcessBytes(), 3 * sp.idleUpDev);
        double a = elevated ? IDLE_ALPHA_ELEVATED : (sp.idleCount < 20 ? 0.2 : IDLE_ALPHA);
        sp.idleUp += a * ex;
        sp.idleUpDev = Math.max(50, sp.idleUpDev + a * (Math.abs(ex) - sp.idleUpDev));
        sp.idleDown += a * (down - sp.idleDown);
        sp.idleCount++;
        // trickle window over idle intervals
        int w = s.trickleWindow();
        if (sp.trickle == null) {
            sp.trickle = new boolean[w];
            sp.trickleBytes = new long[w];
        }
        int i = sp.tricklePos;
        if (sp.trickle[i]) {
            sp.trickleElevated--;
        }
        sp.trickleExcess -= sp.trickleBytes[i];
        sp.trickle[i] = elevated;
        sp.trickleBytes[i] = elevated ? (long) ex : 0;
        sp.trickleExcess += sp.trickleBytes[i];
        if (elevated) {
            sp.trickleElevated++;
            if (sp.trickleStart == null) {
                sp.trickleStart = start;
            }
        } else if (sp.trickleElevated == 0) {
            sp.trickleStart = null;
        }
        sp.tricklePos = (i + 1) % w;
        sp.trickleFill = Math.min(w, sp.trickleFill + 1);
        if (sp.idleCount >= s.warmupBuckets() && sp.trickleFill == w && sp.trickleElevated >= s.trickleFraction() * w) {
            Session t = new Session(sp.trickleStart == null ? start : sp.trickleStart);
            t.end = end;
            t.exUp = sp.trickleExcess;
            t.note = sp.trickleElevated + " of the last " + w + " idle intervals carried upstream above the heartbeat level";
            for (int k = 0; k < w; k++) {
                int j = (sp.tricklePos + k) % w;
                if (t.timeline.size() < MAX_TIMELINE) {
                    t.timeline.add(Map.of("excessUp", sp.trickleBytes[j]));
                }
            }
            publish(sp, t, TRICKLE, ctx, true);
            java.util.Arrays.fill(sp.trickle, false);
            java.util.Arrays.fill(sp.trickleBytes, 0);
            sp.trickleElevated = 0;
            sp.trickleExcess = 0;
            sp.trickleFill = 0;
            sp.trickleStart = null;
        }
    }

    private void publish(Speaker sp, Session ss, String rule, ProtectionContext ctx, boolean complete) {
        Severity sev = switch (rule) {
            case MISACTIVATION -> Severity.LOW;
            case REPEATED, TRICKLE -> Severity.MEDIUM;
            default -> Severity.HIGH;
        };
        double listen = listenSeconds(ss);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("listeningSeconds", Math.round(listen * 10) / 10.0);
        ev.put("answered", answered(ss));
        ev.put("upstreamBytes", ss.rawUp);
        ev.put("downstreamBytes", ss.rawDown);
        ev.put("intervals", ss.buckets);
        ev.put("complete", complete);
        if (ss.note != null) {
            ev.put("note", ss.note);
        }
        ev.put("remoteNames", List.copyOf(ss.names));
        ev.put("timeline", List.copyOf(ss.timeline));
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("idleUpBytesPerInterval", Math.round(sp.idleUp));
        base.put("idleUpDeviation", Math.round(sp.idleUpDev));
        base.put("idleDownBytesPerInterval", Math.round(sp.idleDown));
        base.put("idleIntervalsLearned", sp.idleCount);
        base.put("typicalRequestListeningSeconds", Math.round(sp.typicalListen * 10) / 10.0);
        base.put("requestsLearned", sp.typicalCount);
        base.put("longListeningThresholdSeconds", Math.round(longThreshold(sp)));
        base.put("intervalSeconds", s.bucketSeconds());
        base.put("audioBytesPerSecond", s.audioBytesPerSecond());
        ev.put("baseline", base);
        if (rule.equals(MISACTIVATION)) {
            ev.put("misactivationsSoFar", sp.misactivations);
        } else {
            List<Map<String, Object>> linked = skills.about(sp.device.id(), ctx.now(), ctx.findings());
            if (!linked.isEmpty()) {
                ev.put("skillFindings", linked);
                sev = sev.raised();
            }
        }
        String what = switch (rule) {
            case LONG -> "kept listening for about " + Math.round(listen) + " s without a spoken answer";
            case SILENT -> "resumed listening after a near-empty answer (about " + Math.round(listen) + " s in all)";
            case SUSTAINED -> "streamed upstream to its voice cloud for " + ss.buckets + " intervals in a row";
            case REPEATED -> "uploaded to its voice cloud repeatedly while nobody was answered";
            case TRICKLE -> "trickled data to its voice cloud while idle";
            default -> "woke up and uploaded about " + Math.round(listen) + " s of audio without an answer (likely misactivation)";
        };
        String key = rule.equals(MISACTIVATION) ? "day-" + ss.start.getEpochSecond() / 86_400 : ss.start.toString();
        ctx.publish(Finding.builder(rule, Categories.EAVESDROP, sev).device(DeviceRef.of(sp.device))
                .span(ss.start, ss.end.isBefore(ss.start) ? ss.start : ss.end)
                .summary(sp.device.displayName() + " " + what + (ev.containsKey("skillFindings") ? "; skill analysis flagged a skill" : ""))
                .evidence(ev).dedupKey(key).source(source).build());
    }

    /** One listening session (or a synthetic span for window rules). */
    private static final class Session {
        final Instant start;
        Instant end;
        int buckets;
        double exUp;
        double exDown;
        long rawUp;
        long rawDown;
        boolean alerted;
        String rule;
        String note;
        final Set<String> names = new LinkedHashSet<>();
        final List<Map<String, Object>> timeline = new ArrayList<>();

        Session(Instant start) {
            this.start = start;
            this.end = start;
        }

        void add(Instant t, long up, long down, double excessUp, double excessDown) {
            buckets++;
            end = t;
            exUp += Math.max(0, excessUp);
            exDown += excessDown;
            rawUp += up;
            rawDown += down;
            if (timeline.size() < MAX_TIMELINE) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("t", t.toString());
                m.put("up", up);
                m.put("down", down);
                timeline.add(m);
            }
            while (names.size() > MAX_NAMES) {
                names.remove(names.iterator().next());
            }
        }
    }

    /** What is known about one speaker; bounded. */
    private static final class Speaker {
        Device device;
        final Set<Long> macs = new HashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        /** Voice-cloud addresses learned from named flows, with their names; bounded. */
        final Map<String, String> voiceIps = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> e) {
                return size() > 32;
            }
        };
        Instant intervalStart;
        Instant closeAt;
        Instant lastClose;
        long up;
        long down;
        double idleUp;
        double idleUpDev = 100;
        double idleDown;
        long idleCount;
        double typicalListen;
        long typicalCount;
        long misactivations;
        Session session;
        final ArrayDeque<Instant> unanswered = new ArrayDeque<>();
        boolean[] trickle;
        long[] trickleBytes;
        int tricklePos;
        int trickleFill;
        int trickleElevated;
        long trickleExcess;
        Instant trickleStart;

        Speaker(Device d) {
            this.device = d;
            for (String m : d.macs()) {
                long bits = macBits(m);
                if (bits >= 0) {
                    macs.add(bits);
                }
            }
        }

        boolean isInitiator(FlowRecord f) {
            if (macs.contains(f.initiatorMac())) {
                return true;
            }
            if (macs.contains(f.responderMac())) {
                return false;
            }
            return !device.ips().contains(f.responderIp());
        }
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
}
