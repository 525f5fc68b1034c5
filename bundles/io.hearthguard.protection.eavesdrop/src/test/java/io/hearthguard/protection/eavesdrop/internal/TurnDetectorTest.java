package io.hearthguard.protection.eavesdrop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

/**
 * The turn model on scripted voice-cloud traffic: what a family does knowingly (requests,
 * dictated messages, calls, long answers, quizzes, misactivations) is recorded and never
 * alarms; what the turns say nobody started (listening after the exchange ended, silent
 * reprompt loops, listening far past a dictation, idle trickles) alarms.
 */
class TurnDetectorTest {
    static final long S = 1_000_000_000L;
    static final long T0 = 1_767_225_600L * S; // 2026-01-01T00:00:00Z
    static final String MAC = "f0:27:2d:00:00:01";
    static final long MAC_BITS = 0xf0272d000001L;
    static final Device ECHO = new TestDevice("echo", MAC, "192.168.1.21", DeviceType.SMART_SPEAKER);

    /** Bursts of one flow, replayed in time order with a tick every second. */
    static final class Script {
        final List<long[]> bursts = new ArrayList<>(); // start, end, up, down
        final RecordingContext ctx = new RecordingContext();
        final TurnDetector d;
        /** When set, the traffic goes through the real DS component instead of the detector alone. */
        EavesdropProtection protection;
        final Device device;
        final List<Finding> beforeEnd = new ArrayList<>();

        Script(Settings s, Device device) {
            this.d = new TurnDetector(s, CloudRanges.NONE, "test");
            this.device = device;
        }

        Script() {
            this(Settings.defaults(), ECHO);
        }

        /**
         * Someone wakes the speaker and speaks: upstream audio at {@code rate} B/s for {@code seconds}, in 1 s bursts, the
         * first one carrying the wake word's buffered pre-roll too (as in the real Echo captures: about three times the
         * rate); returns the end time.
         */
        long speech(long t, double seconds, long rate) {
            long end = stream(t, seconds, rate, true);
            bursts.get(bursts.size() - (int) Math.ceil(seconds))[2] += 2 * rate;
            return end;
        }

        /**
         * The microphone reopened by the cloud (no wake word): the window opens on compressed silence (half the rate for
         * 1.5 s) before anyone speaks, then streams at {@code rate}.
         */
        long listen(long t, double seconds, long rate) {
            long e = stream(t, Math.min(1.5, seconds), rate / 2, true);
            return seconds > 1.5 ? stream(e, seconds - 1.5, rate, true) : e;
        }

        long answer(long t, double seconds, long rate) {
            return stream(t, seconds, rate, false);
        }

        long stream(long t, double seconds, long rate, boolean up) {
            long end = t + (long) (seconds * S);
            for (long b = t; b < end; b += S) {
                long e = Math.min(end, b + S) - 1;
                long bytes = rate * (e - b) / S;
                bursts.add(new long[] { b, e, up ? bytes : 200, up ? 200 : bytes });
            }
            return end;
        }

        void heartbeats(long from, long to, long everySeconds, long bytes) {
            for (long t = from; t < to; t += everySeconds * S) {
                bursts.add(new long[] { t, t + 50_000_000L, bytes, bytes });
            }
        }

        Script run(String name, boolean beganBefore) {
            bursts.sort(Comparator.comparingLong(b -> b[0]));
            long first = bursts.isEmpty() ? T0 : Math.min(T0, bursts.get(0)[0]);
            io.hearthguard.api.traffic.FlowRecord started = (new TestFlow(1, Phase.STARTED, io.hearthguard.api.traffic.FlowRecord.EndReason.NONE, 6, "192.168.1.21", 40001,
                    "52.94.233.10", 443, MAC_BITS, 0x020000000001L, TurnDetector.instant(first), TurnDetector.instant(first), 0, 0, 0, 0, 0, 0, 0, 0,
                    beganBefore ? TcpState.MIDSTREAM : TcpState.SYN_SENT, Optional.ofNullable(name)));
            if (protection != null) {
                protection.flow(started, device, ctx);
            } else {
                d.flow(started, device);
            }
            long last = bursts.isEmpty() ? T0 : bursts.get(bursts.size() - 1)[1];
            int i = 0;
            for (long sec = first / S; sec <= last / S + 30; sec++) {
                List<long[]> now = new ArrayList<>();
                while (i < bursts.size() && bursts.get(i)[1] < (sec + 1) * S) {
                    now.add(bursts.get(i++));
                }
                if (!now.isEmpty()) {
                    int n = now.size();
                    long[] id = new long[n], im = new long[n], rm = new long[n], st = new long[n], en = new long[n], ob = new long[n], rb = new long[n];
                    int[] op = new int[n], rp = new int[n];
                    for (int k = 0; k < n; k++) {
                        id[k] = 1;
                        im[k] = MAC_BITS;
                        rm[k] = 0x020000000001L;
                        st[k] = now.get(k)[0];
                        en[k] = now.get(k)[1];
                        ob[k] = now.get(k)[2];
                        rb[k] = now.get(k)[3];
                        op[k] = 1;
                        rp[k] = 1;
                    }
                    FlowActivity a = FlowActivity.copyOf(n, id, im, rm, st, en, ob, rb, op, rp);
                    if (protection != null) {
                        protection.activity(a, device, ctx);
                    } else {
                        d.activity(a, device, ctx);
                    }
                }
                ctx.now = TurnDetector.instant((sec + 1) * S);
                if (protection != null) {
                    protection.tick(ctx);
                } else {
                    d.tick(ctx);
                }
            }
            beforeEnd.addAll(ctx.published);
            if (protection != null) {
                protection.sessionEnded(ctx);
            } else {
                d.sessionEnded(ctx);
            }
            return this;
        }

        Script run() {
            return run("avs-alexa-14-na.amazon.com", false);
        }

        List<Finding> sessions() {
            return ctx.published.stream().filter(f -> f.rule().equals(TurnDetector.SESSION)).toList();
        }

        List<Finding> alarms() {
            return ctx.published.stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
        }

        Finding only() {
            assertEquals(1, sessions().size(), "sessions: " + sessions());
            return sessions().get(0);
        }
    }

    static final long AUDIO = 9_500; // the Echo's upstream rate in the real captures
    static final long VOICE = 13_000; // a spoken answer

    @Test
    void anAnsweredRequestIsOneInformationalSessionAndNoAlarm() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 4, AUDIO);
        s.answer(e, 2, VOICE);
        s.run();
        Finding f = s.only();
        assertEquals(Severity.INFO, f.severity());
        assertEquals("request", f.evidence().get("verdict"));
        assertEquals(true, f.evidence().get("answered"));
        assertEquals(1L, f.evidence().get("turnCount"));
        assertTrue((long) f.evidence().get("upstreamBytes") >= 4 * AUDIO * 9 / 10);
        assertTrue(s.alarms().isEmpty());
    }

    @Test
    void aMisactivationIsRecordedNotAlarmed() {
        Script s = new Script();
        s.speech(T0 + 10 * S, 6, AUDIO);
        s.run();
        Finding f = s.only();
        assertEquals("misactivation", f.evidence().get("verdict"));
        assertEquals(false, f.evidence().get("answered"));
        assertTrue(s.alarms().isEmpty());
    }

    @Test
    void aDictatedVoiceMessageIsNotAnAlarm() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO); // "send a message to mum"
        e = s.answer(e, 2, VOICE); // "what's the message?"
        e = s.speech(e + S / 2, 30, AUDIO); // 30 s of dictation
        s.answer(e + S / 2, 2, VOICE); // "sending"
        s.run();
        Finding f = s.only();
        assertEquals("dictation", f.evidence().get("verdict"));
        assertEquals(2L, f.evidence().get("turnCount"));
        assertTrue(s.alarms().isEmpty(), s.alarms().toString());
    }

    /**
     * The confirmation after a dictation arrives a few seconds later while the device reports
     * the playback upstream at speech rate (seen in the independent household scenarios):
     * upstream that comes with the spoken answer is not a new utterance, so the dictation
     * counts as answered and nothing alarms.
     */
    @Test
    void aConfirmationThatArrivesWithUpstreamStillAnswersTheDictation() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO); // "send a message to mum"
        e = s.answer(e, 2, VOICE); // "what's the message?"
        e = s.speech(e + S / 2, 16, AUDIO); // 16 s of dictation
        long c = e + 7 * S; // "sending": audio down, events up at the same time
        s.bursts.add(new long[] { c, c + S - 1, AUDIO / 2, VOICE });
        s.bursts.add(new long[] { c + S, c + 2 * S - 1, 200, VOICE });
        s.run();
        assertTrue(s.alarms().isEmpty(), s.alarms().toString());
        assertEquals(2L, s.only().evidence().get("turnCount"), "the confirmation is no third turn");
    }

    @Test
    void aCallWithAudioBothWaysIsNotAnAlarm() {
        Script s = new Script();
        s.speech(T0 + 10 * S, 180, AUDIO);
        s.answer(T0 + 12 * S, 175, VOICE);
        s.run();
        assertEquals("call", s.only().evidence().get("verdict"));
        assertTrue(s.alarms().isEmpty());
    }

    @Test
    void aLongSpokenAnswerIsNotAnAlarm() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        s.answer(e, 60, VOICE);
        s.run();
        assertEquals("long-answer", s.only().evidence().get("verdict"));
        assertTrue(s.alarms().isEmpty());
    }

    @Test
    void aQuickFireQuizIsOneSessionOfAnsweredTurns() {
        Script s = new Script();
        long t = T0 + 10 * S;
        for (int q = 0; q < 8; q++) {
            long e = s.speech(t, 3, AUDIO);
            t = s.answer(e, 3, VOICE) + 2 * S;
        }
        s.run();
        Finding f = s.only();
        assertEquals("quick-fire", f.evidence().get("verdict"));
        assertEquals(8L, f.evidence().get("turnCount"));
        assertTrue(s.alarms().isEmpty());
    }

    @Test
    void separateRequestsHalfAMinuteApartAreSeparateSessions() {
        Script s = new Script();
        for (int k = 0; k < 5; k++) {
            long e = s.speech(T0 + (10 + 30 * k) * S, 3, AUDIO);
            s.answer(e, 2, VOICE);
        }
        s.run();
        assertEquals(5, s.sessions().size());
        assertTrue(s.alarms().isEmpty());
    }

    @Test
    void listeningOnAfterTheExchangeEndedIsAnAlarm() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.answer(e, 2, VOICE); // "goodbye"
        s.speech(e + S / 2, 25, AUDIO * 3 / 4); // the microphone stays open, nobody answers
        s.run();
        List<Finding> a = s.alarms();
        assertEquals(TurnDetector.AFTER_GOODBYE, a.get(0).rule(), a.toString());
        assertEquals(Severity.HIGH, a.get(0).severity());
        Finding session = s.only();
        assertEquals("listening-after-goodbye", session.evidence().get("verdict"));
        assertEquals(true, session.evidence().get("alarm"));
    }

    /** The real DS component with its metatype defaults and this allow list (the dashboard's "This is normal"). */
    static EavesdropProtection component(io.hearthguard.platform.allow.AllowList allow) {
        EavesdropProtection.Config c = (EavesdropProtection.Config) java.lang.reflect.Proxy.newProxyInstance(EavesdropProtection.Config.class.getClassLoader(),
                new Class<?>[] { EavesdropProtection.Config.class }, (p, m, a) -> m.getDefaultValue());
        EavesdropProtection e = new EavesdropProtection(c, null);
        e.allowList = allow;
        return e;
    }

    /** Listening on after goodbye, through the real component with this allow list. */
    static Script afterGoodbye(io.hearthguard.platform.allow.AllowList allow) {
        Script s = new Script();
        s.protection = component(allow);
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.answer(e, 2, VOICE);
        s.speech(e + S / 2, 25, AUDIO * 3 / 4);
        return s.run();
    }

    @Test
    void anAlarmTheFamilySaidIsNormalForThisSpeakerIsNotRaisedButItsSessionIsStillRecorded() {
        Script control = afterGoodbye((device, rule, dest) -> "another-speaker".equals(device));
        List<Finding> raised = control.alarms();
        assertTrue(!raised.isEmpty() && raised.stream().allMatch(f -> f.rule().equals(TurnDetector.AFTER_GOODBYE)), "a rule for another speaker allows nothing here: " + raised);
        Script allowed = afterGoodbye((device, rule, dest) -> "echo".equals(device) && TurnDetector.AFTER_GOODBYE.equals(rule) && dest == null);
        assertEquals(List.of(), allowed.alarms(), "the family said it is normal for this speaker");
        assertEquals(true, allowed.only().evidence().get("alarm"), "the session is still recorded, as it was judged");
        // scoped to the voice service the alarm names: allowed there only
        String remote = String.valueOf(((List<?>) raised.get(0).evidence().get("remotes")).get(0));
        assertEquals(List.of(), afterGoodbye((device, rule, dest) -> "echo".equals(device) && remote.equals(dest)).alarms(), remote);
        assertEquals(raised.size(), afterGoodbye((device, rule, dest) -> "echo".equals(device) && "other.example".equals(dest)).alarms().size());
    }

    @Test
    void repeatedListeningWindowsWithoutASpokenAnswerAreASilentRepromptLoop() {
        Script s = new Script();
        long t = T0 + 10 * S;
        for (int k = 0; k < 5; k++) {
            long e = s.speech(t, 7, AUDIO);
            t = s.answer(e, 1, 600) + S; // a near-empty "answer"
        }
        s.run();
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.REPROMPT)), s.ctx.published.toString());
    }

    @Test
    void listeningFarPastADictationIsRaisedWhileItHappens() {
        Script s = new Script();
        s.speech(T0 + 10 * S, 300, AUDIO / 2);
        s.run();
        assertTrue(s.beforeEnd.stream().anyMatch(f -> f.rule().equals(TurnDetector.LONG) && Boolean.FALSE.equals(f.evidence().get("complete"))),
                "raised before the capture ended");
        assertTrue(s.alarms().stream().allMatch(f -> f.rule().equals(TurnDetector.LONG)));
    }

    @Test
    void anIdleTrickleAboveTheHeartbeatIsAnAlarmAfterWarmUp() {
        Script s = new Script();
        s.heartbeats(T0, T0 + 7200 * S, 20, 120);
        for (long t = T0 + 7200 * S; t < T0 + 9000 * S; t += 5 * S) {
            s.bursts.add(new long[] { t, t + S / 10, 150, 60 }); // 30 B/s on top of nothing else
        }
        s.run();
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.TRICKLE) && f.severity() == Severity.MEDIUM),
                s.ctx.published.toString());
        assertTrue(s.sessions().isEmpty(), "a trickle is not a listening session");
    }

    @Test
    void aMicrophoneReopenedWithoutAWakeWordLongAfterAShortAnswerIsAnAlarm() {
        // a skill's "not available" answer padded with a minute of silence, then its question, then the device listens
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO); // "open horoscope"
        e = s.answer(e, 2, VOICE); // 26 kB: plays for at most 6.5 s
        s.heartbeats(e + 20 * S, e + 60 * S, 30, 120);
        s.listen(e + 70 * S, 8, AUDIO); // nobody said the wake word
        s.run();
        List<Finding> a = s.alarms();
        assertFalse(a.isEmpty());
        assertTrue(a.stream().allMatch(f -> f.rule().equals(TurnDetector.REOPENED) && f.severity() == Severity.HIGH), a.toString());
    }

    @Test
    void aPromptRecordedAfterASecondOfSilenceIsStillAWindowOpenedWithoutAWakeWord() {
        // the phishing prompt's window: compressed silence below the speech rate, then the family answers at the full
        // rate; the turn begins with the answer, and its first 1.5 s carry no more than the stream after them (no pre-roll)
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO); // "open horoscope"
        e = s.answer(e, 2, VOICE);
        long w = e + 70 * S;
        s.stream(w, 1, AUDIO / 8, true); // the window opens on silence
        s.stream(w + S, 8, AUDIO, true); // "my password is ..."
        s.run();
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.REOPENED)), s.ctx.published.toString());
    }

    @Test
    void aWakeWordStaysAWakeWordWhenAnotherUploadRidesOnTheStreamThatFollows() {
        // real Echo capture (how_many_days_until_thanksgiving): the pre-roll burst, then the stream, and 3 s in a 20 kB
        // upload on the same connections; measured against the sum of the 2 s after, the pre-roll looked like the stream
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.answer(e, 2, VOICE);
        long w = e + 30 * S;
        long end = s.speech(w, 5, AUDIO);
        s.bursts.add(new long[] { w + 3 * S, w + 3 * S + 200_000_000L, 20_000, 300 });
        s.answer(end, 2, VOICE);
        s.run();
        assertTrue(s.alarms().isEmpty(), s.alarms().toString());
        assertEquals(2, s.sessions().size());
    }

    @Test
    void aNewRequestWithAWakeWordAMinuteAfterAnAnswerIsNoAlarm() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.answer(e, 2, VOICE);
        e = s.speech(e + 70 * S, 8, AUDIO); // "Alexa, ..." again
        s.answer(e, 2, VOICE);
        s.run();
        assertTrue(s.alarms().isEmpty(), s.alarms().toString());
        assertEquals(2, s.sessions().size());
    }

    @Test
    void listeningReopenedWhileALongAnswerCouldStillPlayContinuesThatExchange() {
        // an answer of 100 kB plays up to 25 s: the microphone reopening 15 s later belongs to it; 20 s of
        // unanswered listening then is listening after the exchange, not a new misactivation
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.answer(e, 1, 100_000);
        s.listen(e + 15 * S, 20, AUDIO);
        s.run();
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.AFTER_GOODBYE)), s.ctx.published.toString());
    }

    @Test
    void aDictationAfterTheSpeakersQuestionIsNoAlarm() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO); // "send a message to Mum"
        e = s.answer(e, 2, VOICE); // "What's the message?"
        e = s.listen(e + S / 2, 25, AUDIO); // the message, no wake word
        s.answer(e + S / 2, 2, VOICE); // "Message sent"
        s.run();
        assertTrue(s.alarms().isEmpty(), s.alarms().toString());
        assertEquals("dictation", s.only().evidence().get("verdict"));
    }

    @Test
    void twoSilentListeningWindowsWithoutAWakeWordAfterAnExchangeAreASilentReprompt() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.answer(e, 2, VOICE); // "... goodbye"
        e = s.answer(e + S, 1, 600); // a silent reprompt
        e = s.listen(e + S / 2, 8, AUDIO);
        e = s.answer(e + S, 1, 600);
        s.listen(e + S / 2, 8, AUDIO);
        s.run();
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.REPROMPT)),
                s.ctx.published.stream().map(f -> f.evidence().toString()).toList().toString());
    }

    @Test
    void aListeningWindowStreamsOnThroughPausesAsOneTurn() {
        Script s = new Script();
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        e = s.stream(e, 2, 1_000, true); // compressed silence: below the speech rate, above half of it
        e = s.stream(e, 3, AUDIO, true);
        s.answer(e, 2, VOICE);
        s.run();
        Finding only = s.only();
        assertEquals(1L, ((Number) only.evidence().get("turnCount")).longValue(), only.evidence().toString());
    }

    @Test
    void aBatchedTrickleOfChunksIsAnAlarmEvenThoughEachChunkLooksLikeAShortUpload() {
        Script s = new Script();
        s.heartbeats(T0, T0 + 7200 * S, 30, 120);
        for (long t = T0 + 7200 * S; t < T0 + 10_800 * S; t += 30 * S) {
            s.bursts.add(new long[] { t, t + S / 50, 15_000, 120 }); // 15 kB at once every 30 s: 4 kbit/s
        }
        s.run();
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.TRICKLE)), s.ctx.published.toString());
    }

    @Test
    void aTrickleAlreadyRunningWhenTheHubStartsIsAnAlarm() {
        Script s = new Script();
        for (long t = T0; t < T0 + 3600 * S; t += S) {
            s.bursts.add(new long[] { t, t + S / 20, 400, 40 }); // 3.2 kbit/s from the first minute: no quiet level to learn
        }
        s.run("avs-alexa-14-na.amazon.com", true);
        assertTrue(s.alarms().stream().anyMatch(f -> f.rule().equals(TurnDetector.TRICKLE)), s.ctx.published.toString());
    }

    @Test
    void downstreamDominatedMinutesAreMediaNotATrickle() {
        // a TV-like device streaming thinned video on a connection followed as the voice cloud: small requests up,
        // segments down (33 kB a minute, below any fixed media rate)
        Script s = new Script();
        s.heartbeats(T0, T0 + 7200 * S, 30, 120);
        for (long t = T0 + 7200 * S; t < T0 + 10_800 * S; t += 12 * S) {
            s.bursts.add(new long[] { t, t + S / 10, 600, 6_600 });
        }
        s.run();
        assertTrue(s.alarms().isEmpty(), s.alarms().toString());
    }

    @Test
    void heartbeatsAloneAreNeitherSessionsNorAlarms() {
        Script s = new Script();
        s.heartbeats(T0, T0 + 7200 * S, 20, 120);
        s.run();
        assertTrue(s.ctx.published.isEmpty(), s.ctx.published.toString());
    }

    @Test
    void aSpeakerKnownOnlyByItsMakerIsFollowedOnItsLongLivedConnectionButNotAlarmedOn() {
        Device amazon = new CapturedHouse.OuiDevice("a", MAC, Optional.of("Amazon Technologies Inc."), DeviceType.UNKNOWN, Set.of());
        Script s = new Script(Settings.defaults(), amazon);
        long e = s.speech(T0 + 10 * S, 3, AUDIO);
        s.answer(e, 2, VOICE);
        s.speech(T0 + 60 * S, 120, AUDIO);
        s.run(null, true);
        assertEquals(2, s.sessions().size());
        assertTrue(s.alarms().isEmpty(), "shape alone does not raise alarms");
        Finding longOne = s.sessions().get(1);
        assertEquals("long-listening", longOne.evidence().get("verdict"));
        assertEquals(false, longOne.evidence().get("alarm"));
        assertTrue(String.valueOf(longOne.evidence().get("recognisedBy")).contains("long-lived"));
    }

    @Test
    void aDeviceOfNoSpeakerMakerIsIgnoredUnlessItsFlowIsNamedVoice() {
        Device laptop = new CapturedHouse.OuiDevice("l", MAC, Optional.of("Dell Inc."), DeviceType.UNKNOWN, Set.of());
        Script s = new Script(Settings.defaults(), laptop);
        s.speech(T0 + 10 * S, 20, AUDIO);
        s.run(null, true);
        assertTrue(s.ctx.published.isEmpty());
    }

    @Test
    void uploadsOfAMaybeSpeakerToANamedNonVoiceHostAreNotListening() {
        Device amazon = new CapturedHouse.OuiDevice("a", MAC, Optional.of("Amazon Technologies Inc."), DeviceType.UNKNOWN, Set.of());
        Script s = new Script(Settings.defaults(), amazon);
        s.speech(T0 + 10 * S, 20, AUDIO);
        s.run("device-metrics-us-2.amazon.com", true);
        assertTrue(s.ctx.published.isEmpty());
    }

    @Test
    void burstsOfFlowsNeverSeenAndOddValuesAreIgnored() {
        TurnDetector d = new TurnDetector(Settings.defaults(), CloudRanges.NONE, "test");
        RecordingContext ctx = new RecordingContext();
        long[] one = { 99 };
        d.activity(FlowActivity.copyOf(1, one, new long[] { MAC_BITS }, new long[] { 1 }, new long[] { T0 }, new long[] { T0 },
                new long[] { 1_000_000 }, new long[] { 0 }, new int[] { 1 }, new int[] { 0 }), ECHO, ctx);
        d.tick(ctx);
        d.sessionEnded(ctx);
        assertTrue(ctx.published.isEmpty());
        assertEquals(1, d.unknownFlowBursts);
        assertThrows(IllegalArgumentException.class, () -> FlowActivity.copyOf(1, one, one, one, new long[] { 5 }, new long[] { 4 }, one, one,
                new int[] { 1 }, new int[] { 1 }));
    }

    @Test
    void speakersAndFlowsRememberedAreBounded() {
        Settings small = new Settings(Settings.DEFAULT_VOICE_NAMES, 2000, 4000, 5000, 1000, 1000, 10, 10, 45, 3, 0.3, 15, 0.8, 400, 60, 60,
                16, 64, Settings.DEFAULT_SPEAKER_VENDORS, Settings.DEFAULT_SPEAKER_NAMES);
        TurnDetector d = new TurnDetector(small, CloudRanges.NONE, "test");
        RecordingContext ctx = new RecordingContext();
        for (int i = 0; i < 5000; i++) {
            long mac = 0xf0272d000000L + i;
            Device dev = new TestDevice("s" + i, CapturedHouse.macText(mac), "10.0.0.1", DeviceType.SMART_SPEAKER);
            d.flow(TestFlow.of(i, Phase.STARTED, mac, "avs-alexa-1.amazon.com", Instant.EPOCH, Instant.EPOCH, 0, 0), dev);
            d.activity(FlowActivity.copyOf(1, new long[] { i }, new long[] { mac }, new long[] { 1 }, new long[] { T0 + i * S },
                    new long[] { T0 + i * S }, new long[] { 5000 }, new long[] { 0 }, new int[] { 1 }, new int[] { 0 }), dev, ctx);
        }
        assertTrue(d.speakers() <= 16);
        assertTrue(d.flows() <= 64);
    }

    @Test
    void invalidSettingsAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Settings(Settings.DEFAULT_VOICE_NAMES, 2000, 4000,
                5000, 1000, 1000, 10, 50, 45, 3, 0.3, 15, 0.8, 400, 60, 60, 16, 64, "amazon", "echo"));
        assertTrue(e.getMessage().contains("afterGoodbyeSeconds"));
        assertThrows(IllegalArgumentException.class, () -> new Settings(Settings.DEFAULT_VOICE_NAMES, 2000, 4000, 5000, 1000, 1000, 10, 10,
                45, 3, 0.3, 15, 0.8, 400, 60, 60, 16, 64, "amazon(", "echo"));
        assertFalse(Settings.defaults().voiceNames().isEmpty());
    }
}
