package io.hearthguard.skills.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.internal.Model.Response;

/**
 * Reads conversations kept as Voiceflow traces: what a skill or agent built on Voiceflow said, in the shape its
 * runtime returns them (the Dialog Manager / Conversations API's {@code interact} answer is an array of
 * {@code {"type": …, "payload": …}} traces) and its transcript exports keep them, with the user's requests between them
 * ({@code "format": "request"} entries, or an {@code action} beside the {@code traces} it produced).
 * <p>
 * A turn is a request and the traces after it up to the next request. What was said: the {@code message} of
 * {@code speak} and {@code text} traces, in order. Whether the microphone stays open: the runtime ends a conversation
 * with an {@code end} trace; a turn without one waits for the user (a {@code no-reply} trace says so explicitly, with
 * its timeout and sometimes the reprompt it will say). A launch request or an ended conversation starts a new session.
 * <p>
 * Pure functions of their input; bounded by the caller's limits on nodes and text (the traces are read once, in order).
 */
final class VoiceflowTraces {

    /** Trace types that carry what the user hears. */
    private static final Set<String> SPOKEN = Set.of("speak", "text");
    /** Request types of the runtime's actions (and of the transcript export's request entries). */
    private static final Set<String> REQUESTS = Set.of("launch", "intent", "text", "event", "action", "no-reply");

    private VoiceflowTraces() {
    }

    /**
     * @return true when {@code a} is an array of Voiceflow traces: objects with a textual {@code type} and an object
     *         {@code payload} (or none, or null), at least one of them a {@code speak} or {@code text} trace with a textual message
     *         (cheap: stops at the first element that does not fit, looks at 200 elements at most)
     */
    static boolean looksLike(JsonNode a) {
        if (!a.isArray() || a.size() == 0) {
            return false;
        }
        boolean spoken = false;
        for (int i = 0, n = Math.min(a.size(), 200); i < n; i++) {
            JsonNode t = a.get(i);
            // every trace has a type; most have a payload (an "end" trace often has none, or null)
            JsonNode payload = t.path("payload");
            if (!t.isObject() || !t.path("type").isTextual() || !(payload.isContainerNode() || payload.isTextual() || payload.isMissingNode()
                    || payload.isNull())) {
                return false;
            }
            spoken |= SPOKEN.contains(t.path("type").asText()) && t.path("payload").path("message").isTextual()
                    && !"request".equals(t.path("format").asText(""));
        }
        return spoken;
    }

    /** One turn being collected. */
    private static final class Turn {
        String trigger;
        String utterance;
        String time;
        StringBuilder speech;
        String speechPointer;
        String reprompt;
        String repromptPointer;
        boolean ended;
        boolean waits;
    }

    /**
     * Reads an array of traces (with request entries between them, if any) into responses.
     *
     * @param file     the file's logical path
     * @param a        the array ({@link #looksLike} is true)
     * @param pointer  the array's JSON pointer in the file
     * @param action   the request that produced these traces when it is kept beside them ({@code action}), or null
     * @param sessions the sessions seen (added to)
     * @return the responses, one per turn that said something, in order
     */
    static List<Response> read(String file, JsonNode a, String pointer, JsonNode action, Set<String> sessions) {
        List<Response> out = new ArrayList<>();
        int session = 1;
        boolean sessionSpoke = false;
        Turn turn = new Turn();
        if (action != null) {
            request(turn, action);
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode t = a.get(i);
            String type = t.path("type").asText("");
            String at = pointer + "/" + i;
            // round 30: a transcript export's request entry is typed "request", the action's type inside its payload
            boolean wrapped = "request".equals(type) && t.path("payload").path("type").isTextual();
            String requestType = wrapped ? t.path("payload").path("type").asText() : type;
            if ("request".equals(t.path("format").asText("")) && REQUESTS.contains(requestType)) {
                sessionSpoke |= emit(file, turn, out, file + "#" + session, sessions);
                if (turn.ended || ("launch".equals(requestType) && sessionSpoke)) {
                    session++;
                    sessionSpoke = false;
                }
                turn = new Turn();
                request(turn, wrapped ? t.path("payload") : t);
                if (wrapped && turn.time == null) {
                    turn.time = time(t);
                }
                continue;
            }
            if (turn.time == null) {
                turn.time = time(t);
            }
            JsonNode payload = t.path("payload");
            if (SPOKEN.contains(type) && payload.path("message").isTextual()) {
                if (turn.speech == null) {
                    turn.speech = new StringBuilder(payload.path("message").asText());
                    turn.speechPointer = at + "/payload/message";
                } else {
                    turn.speech.append(' ').append(payload.path("message").asText());
                }
            } else if ("no-reply".equals(type)) {
                turn.waits = true;
                if (payload.path("reprompt").isTextual()) {
                    turn.reprompt = payload.path("reprompt").asText();
                    turn.repromptPointer = at + "/payload/reprompt";
                }
            } else if ("choice".equals(type)) {
                turn.waits = true;
            } else if ("end".equals(type)) {
                turn.ended = true;
            }
        }
        emit(file, turn, out, file + "#" + session, sessions);
        return out;
    }

    /** Sets a turn's trigger, utterance and time from a request entry or an {@code action}. */
    private static void request(Turn turn, JsonNode r) {
        String type = r.path("type").asText("");
        JsonNode payload = r.path("payload");
        String said = payload.isTextual() ? payload.asText() : payload.path("query").asText(null);
        String intent = payload.path("intent").path("name").asText(null);
        turn.utterance = said;
        turn.time = time(r);
        if ("launch".equals(type)) {
            turn.trigger = "LaunchRequest";
        } else if (intent != null) {
            String byWords = said == null ? null : Recordings.triggerOfText(said);
            turn.trigger = byWords != null && !intent.startsWith("AMAZON.") ? byWords : intent;
        } else if (said != null) {
            turn.trigger = Recordings.triggerOfText(said);
        }
    }

    /** @return the entry's time: an ISO {@code startTime}/{@code timestamp}, or the runtime's epoch seconds {@code time} */
    private static String time(JsonNode t) {
        for (String k : new String[] {"startTime", "timestamp", "createdAt"}) {
            if (t.path(k).isTextual()) {
                return t.path(k).asText();
            }
        }
        JsonNode e = t.path("time");
        if (e.isNumber() && e.asLong() > 0 && e.asLong() < 100_000_000_000L) {
            return Instant.ofEpochSecond(e.asLong()).toString();
        }
        return null;
    }

    /** Adds the turn's response when it said something; @return true when it did. */
    private static boolean emit(String file, Turn turn, List<Response> out, String session, Set<String> sessions) {
        if (turn.speech == null && turn.reprompt == null) {
            return false;
        }
        boolean open = !turn.ended;
        String speech = turn.speech == null ? null : turn.speech.toString();
        out.add(new Response(file, turn.speechPointer == null ? turn.repromptPointer : turn.speechPointer, turn.trigger, speech,
                turn.speechPointer, turn.reprompt, turn.repromptPointer, turn.ended ? Boolean.TRUE : turn.waits ? Boolean.FALSE : null, open,
                session, turn.time, turn.utterance));
        sessions.add(session);
        return true;
    }
}
