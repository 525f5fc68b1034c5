package io.hearthguard.notify.mqtt.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseException;
import io.hearthguard.api.response.ResponseService;
import io.hearthguard.platform.findings.FindingAdmin;

/**
 * Validates and runs one command from the MQTT command topic. Strict: a small JSON object
 * with exactly the known members, all strings; the shared secret (compared in constant
 * time), an allowed actor and an allowed action. Never throws: every problem becomes an
 * error result, and is logged without the secret. Thread-safe.
 */
final class CommandHandler {

    private static final Logger LOG = Logger.getLogger(CommandHandler.class.getName());
    /** Largest accepted command payload. */
    static final int MAX_PAYLOAD = 2_048;
    private static final Set<String> MEMBERS = Set.of("id", "secret", "actor", "action", "findingId", "deviceId", "button", "actionId");
    private static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9-]{1,100}");
    /** Actions a Home Assistant button may take. */
    static final Set<String> BUTTON_ACTIONS = Set.of("acknowledge", "mute");
    /** Recorded as the actor of a button press. */
    static final String BUTTON_ACTOR = "home-assistant-button";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern FINDING_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern ACTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2)
                .maxStringLength(MAX_PAYLOAD).maxNumberLength(20).build());
    }

    /** The outcome, published to {@code <prefix>/command/result}. */
    record Result(String id, boolean ok, String error, String findingId, String state, String actionId) {
        Result(String id, boolean ok, String error, String findingId, String state) {
            this(id, ok, error, findingId, state, null);
        }

        String json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("ok", ok);
            if (error != null) {
                m.put("error", error);
            }
            if (findingId != null) {
                m.put("findingId", findingId);
            }
            if (state != null) {
                m.put("state", state);
            }
            if (actionId != null) {
                m.put("actionId", actionId);
            }
            try {
                return MAPPER.writeValueAsString(m);
            } catch (JsonProcessingException e) {
                return "{\"ok\":false}";
            }
        }
    }

    private final MqttSettings settings;
    private final Supplier<FindingAdmin> admin;
    private final Supplier<FindingService> findings;
    private final byte[] secretDigest;
    private volatile Supplier<ResponseService> responses = () -> null;

    CommandHandler(MqttSettings settings, Supplier<FindingAdmin> admin) {
        this(settings, admin, () -> null);
    }

    CommandHandler(MqttSettings settings, Supplier<FindingAdmin> admin, Supplier<FindingService> findings) {
        this.settings = settings;
        this.admin = admin;
        this.findings = findings;
        this.secretDigest = sha256(settings.commandSecret().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token a Home Assistant button carries instead of the command secret: an HMAC of the
     * device and action under the secret. It authorises only that action on that device's
     * newest finding, so the retained discovery message that holds it does not hand out the
     * secret itself.
     */
    static String buttonToken(String secret, String deviceId, String action) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] t = mac.doFinal(("hearthguard-ha-button\n" + deviceId + "\n" + action).getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(t);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where {@code undo} commands go: the gateway's response service, when the hub has one. */
    void responses(Supplier<ResponseService> s) {
        responses = s == null ? () -> null : s;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Result handle(byte[] payload) {
        String[] requestId = {null};
        try {
            return run(payload, requestId);
        } catch (CommandException e) {
            LOG.warning(() -> "MQTT command rejected" + (requestId[0] == null ? "" : " (id " + requestId[0] + ")") + ": " + e.getMessage());
            return new Result(requestId[0], false, e.getMessage(), null, null);
        }
    }

    private static final class CommandException extends Exception {
        private static final long serialVersionUID = 1L;

        CommandException(String message) {
            super(message, null, false, false);
        }
    }

    private Result run(byte[] payload, String[] requestId) throws CommandException {
        if (!settings.commandsEnabled()) {
            throw new CommandException("commands are disabled (commandsEnabled=false)");
        }
        if (payload == null || payload.length == 0 || payload.length > MAX_PAYLOAD) {
            throw new CommandException("a command must be a JSON object of 1 to " + MAX_PAYLOAD + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new CommandException("a command must be UTF-8");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (IOException e) {
            throw new CommandException("a command must be one JSON object: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new CommandException("a command must be one JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!MEMBERS.contains(e.getKey())) {
                throw new CommandException("unknown member '" + clip(e.getKey()) + "'; allowed: " + MEMBERS);
            }
            if (!e.getValue().isTextual()) {
                throw new CommandException("member '" + e.getKey() + "' must be a string");
            }
        }
        String id = text(root, "id");
        if (id != null) {
            if (!REQUEST_ID.matcher(id).matches()) {
                throw new CommandException("id must match [A-Za-z0-9._-]{1,64}");
            }
            requestId[0] = id;
        }
        if (root.has("button")) {
            return button(root, id);
        }
        String secret = text(root, "secret");
        if (secret == null || !MessageDigest.isEqual(secretDigest, sha256(secret.getBytes(StandardCharsets.UTF_8)))) {
            throw new CommandException("not authorised: missing or wrong secret");
        }
        String actor = text(root, "actor");
        if (actor == null || !settings.commandActors().contains(actor)) {
            throw new CommandException("not authorised: actor is missing or not in commandActors");
        }
        String action = text(root, "action");
        if (action == null || !MqttSettings.ACTIONS.contains(action)) {
            throw new CommandException("action must be one of " + MqttSettings.ACTIONS);
        }
        if (!settings.commandActions().contains(action)) {
            throw new CommandException("action '" + action + "' is not enabled (commandActions)");
        }
        if ("undo".equals(action)) {
            return undo(root, id, actor);
        }
        if (root.has("actionId")) {
            throw new CommandException("actionId belongs to the undo action only");
        }
        String findingId = text(root, "findingId");
        if (findingId == null || !FINDING_ID.matcher(findingId).matches()) {
            throw new CommandException("findingId must match [a-z0-9][a-z0-9-]{0,99}");
        }
        FindingAdmin a = admin.get();
        if (a == null) {
            throw new CommandException("findings are not available right now; try again");
        }
        FindingState target = switch (action) {
            case "acknowledge" -> FindingState.ACKNOWLEDGED;
            case "mute" -> FindingState.MUTED;
            case "resolve" -> FindingState.RESOLVED;
            default -> FindingState.OPEN;
        };
        return transition(a, id, findingId, target, action, actor);
    }

    /**
     * Undoes a response action (a quarantine, a block, or a new device held for approval —
     * approving it is undoing its hold): {@code {"action":"undo","actionId":…}}.
     */
    private Result undo(JsonNode root, String id, String actor) throws CommandException {
        if (root.has("findingId") || root.has("deviceId")) {
            throw new CommandException("undo takes actionId, not findingId or deviceId");
        }
        String actionId = text(root, "actionId");
        if (actionId == null || !ACTION_ID.matcher(actionId).matches()) {
            throw new CommandException("actionId must match [a-z0-9][a-z0-9-]{0,63}");
        }
        ResponseService r = responses.get();
        if (r == null) {
            throw new CommandException("this hub takes no response actions (response on the gateway is not configured)");
        }
        try {
            Optional<ResponseAction> undone = r.undo(actionId, "mqtt:" + actor);
            if (undone.isEmpty()) {
                throw new CommandException("no response action in force with id " + actionId);
            }
            LOG.info(() -> "MQTT command undo of " + actionId + " (" + undone.get().kind() + ") by " + actor);
            return new Result(id, true, null, null, "undone", actionId);
        } catch (ResponseException e) {
            throw new CommandException("the gateway refused the change, the action stays in force: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** Moves the finding and reports it; every refusal of the findings service becomes a clear error. */
    private static Result transition(FindingAdmin a, String id, String findingId, FindingState target, String action, String actor)
            throws CommandException {
        try {
            StoredFinding s = a.transition(findingId, target, "mqtt:" + actor);
            LOG.info(() -> "MQTT command " + action + " on " + findingId + " by " + actor + ": now " + s.state().id());
            return new Result(id, true, null, findingId, s.state().id());
        } catch (NoSuchElementException e) {
            throw new CommandException("no finding with id " + findingId);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        } catch (RuntimeException e) {
            throw new CommandException("the command could not be stored: " + e.getMessage());
        }
    }

    /** A Home Assistant button press: {@code {"action","deviceId","button"}} acting on the device's newest finding. */
    private Result button(JsonNode root, String id) throws CommandException {
        for (String m : List.of("secret", "actor", "findingId")) {
            if (root.has(m)) {
                throw new CommandException("a button press carries action, deviceId and button only, not " + m);
            }
        }
        String action = text(root, "action");
        String deviceId = text(root, "deviceId");
        if (action == null || !BUTTON_ACTIONS.contains(action) || !settings.commandActions().contains(action)) {
            throw new CommandException("a button may only acknowledge or mute, and only what commandActions enables");
        }
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw new CommandException("deviceId must match [a-z0-9-]{1,100}");
        }
        byte[] expected = buttonToken(settings.commandSecret(), deviceId, action).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sha256(expected), sha256(text(root, "button").getBytes(StandardCharsets.UTF_8)))) {
            throw new CommandException("not authorised: wrong button token for this device and action");
        }
        FindingAdmin a = admin.get();
        FindingService fs = findings.get();
        if (a == null || fs == null) {
            throw new CommandException("findings are not available right now; try again");
        }
        Set<FindingState> from = "acknowledge".equals(action) ? Set.of(FindingState.OPEN) : Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED);
        List<StoredFinding> newest = fs.query(FindingFilter.all().withDevice(deviceId).withStates(from)).stream()
                .sorted(java.util.Comparator.comparing(StoredFinding::lastSeen).reversed()).limit(1).toList();
        if (newest.isEmpty()) {
            throw new CommandException("nothing to " + action + ": the device has no " + ("acknowledge".equals(action) ? "open" : "open or acknowledged")
                    + " finding");
        }
        String findingId = newest.get(0).id();
        FindingState target = "acknowledge".equals(action) ? FindingState.ACKNOWLEDGED : FindingState.MUTED;
        return transition(a, id, findingId, target, action, BUTTON_ACTOR);
    }

    private static String text(JsonNode root, String name) {
        JsonNode n = root.get(name);
        return n == null ? null : n.asText();
    }

    private static String firstLine(String s) {
        String l = s == null ? "" : s.lines().findFirst().orElse("");
        return clip(l);
    }

    private static String clip(String s) {
        String c = s.replaceAll("\\p{Cntrl}", "?");
        return c.length() > 80 ? c.substring(0, 80) + "…" : c;
    }
}
