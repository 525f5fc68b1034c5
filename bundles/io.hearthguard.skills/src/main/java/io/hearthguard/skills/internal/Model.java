package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The loaded form of a skill, independent of the layout it came in. */
public final class Model {
    private Model() {
    }

    /** A sample utterance (or Google query pattern rewritten to {@code {slot}} form). */
    public record Sample(String text, String file, String pointer) {
    }

    /** A slot of an intent. */
    public record Slot(String name, String type, String pointer) {
    }

    /** An intent with its samples. */
    public record Intent(String name, List<Slot> slots, List<Sample> samples, String file, String pointer) {
    }

    /** A custom slot type with its values. */
    public record SlotType(String name, List<String> values, String file, String pointer) {
    }

    /** The interaction model of one locale. */
    public static final class Locale {
        public final String locale;
        public final String file;
        public String invocationName;
        public String invocationPointer = "";
        public final List<Intent> intents = new ArrayList<>();
        public final Map<String, SlotType> types = new LinkedHashMap<>();

        public Locale(String locale, String file) {
            this.locale = locale;
            this.file = file;
        }
    }

    /**
     * One recorded or statically extracted response.
     *
     * @param trigger          the request that produced it: {@code LaunchRequest},
     *                         {@code AMAZON.StopIntent}, an intent name, or null when unknown
     * @param shouldEndSession as sent; null when absent
     * @param open             true when the microphone reopens (shouldEndSession false, or a reprompt)
     * @param display          what the response shows beside its speech (the companion app's card, a screen's text), or
     *                         null when it shows nothing; never what it says
     * @param displayPointer   where the shown text is, or null
     */
    public record Response(String file, String pointer, String trigger, String speech, String speechPointer,
            String reprompt, String repromptPointer, Boolean shouldEndSession, boolean open, String session, String time,
            String utterance, String display, String displayPointer) {
        /**
         * Speech the platform would say at all: Alexa refuses an {@code outputSpeech} or {@code reprompt} longer than 8,000
         * characters (ASK response reference), so what lies beyond is never heard. The cap also bounds the language tests,
         * which look at a phrase's clause, quotation and negation per match: on a speech of a megabyte they ran for hours.
         * Shown text is capped the same way.
         */
        public static final int MAX_SPEECH = 8_000;

        public Response {
            speech = cap(speech);
            reprompt = cap(reprompt);
            display = cap(display);
        }

        /** A response that shows nothing beside its speech. */
        public Response(String file, String pointer, String trigger, String speech, String speechPointer, String reprompt,
                String repromptPointer, Boolean shouldEndSession, boolean open, String session, String time, String utterance) {
            this(file, pointer, trigger, speech, speechPointer, reprompt, repromptPointer, shouldEndSession, open, session, time, utterance,
                    null, null);
        }

        /** @return {@code s} cut at {@link #MAX_SPEECH} characters, never between the two halves of a surrogate pair */
        static String cap(String s) {
            if (s == null || s.length() <= MAX_SPEECH) {
                return s;
            }
            int end = Character.isHighSurrogate(s.charAt(MAX_SPEECH - 1)) ? MAX_SPEECH - 1 : MAX_SPEECH;
            return s.substring(0, end);
        }

        /** A response without session, time or user utterance (static extraction). */
        public Response(String file, String pointer, String trigger, String speech, String speechPointer, String reprompt,
                String repromptPointer, Boolean shouldEndSession, boolean open) {
            this(file, pointer, trigger, speech, speechPointer, reprompt, repromptPointer, shouldEndSession, open, null, null, null);
        }

        /** @return this response with its pointers prefixed and its session, time and utterance set */
        public Response in(String prefix, String session, String time, String utterance) {
            String p = prefix == null || prefix.isEmpty() ? "" : prefix;
            return new Response(file, p + pointer, trigger, speech, p + speechPointer, reprompt, p + repromptPointer, shouldEndSession,
                    open, session, time, utterance, display, displayPointer == null ? null : p + displayPointer);
        }

        /** @return this response answering {@code t} */
        public Response withTrigger(String t) {
            return new Response(file, pointer, t, speech, speechPointer, reprompt, repromptPointer, shouldEndSession, open, session,
                    time, utterance, display, displayPointer);
        }

        /** @return this response showing {@code text} at {@code where} (null: nothing shown) */
        public Response withDisplay(String text, String where) {
            if (text == null && display == null) {
                return this;
            }
            return new Response(file, pointer, trigger, speech, speechPointer, reprompt, repromptPointer, shouldEndSession, open, session,
                    time, utterance, text, text == null ? null : where);
        }
    }

    /** What was done with one file of an input: read (with the shape recognised) or skipped (with the reason). */
    public record Seen(String file, boolean read, String shape, int responses, int sessions, String reason) {
    }

    /** One skill found in an input. */
    public static final class Skill {
        public final String id;
        public final String root;
        public String platform = "alexa";
        public JsonNode manifest;
        public String manifestFile;
        /**
         * Round 25a: the Actions SDK package ({@code action.json}) whose manifest was read, or null; a Google project declares
         * its privacy policy there ({@code manifest.privacyUrl}), as an Alexa skill does in {@code privacyAndCompliance}.
         */
        public String googleManifestFile;
        /** Round 25a: whether that manifest declares a privacy policy URL. */
        public boolean googlePolicy;
        /**
         * Round 29: a Google project's listing as its own files state it — the category ({@code HEALTH_AND_FITNESS}) and the
         * descriptions of an Actions Builder project's settings or an Actions SDK manifest — or "" when it states none.
         */
        public String googleCategory = "";
        public final StringBuilder googleListing = new StringBuilder();
        public final Map<String, Locale> locales = new LinkedHashMap<>();
        public final List<Response> responses = new ArrayList<>();
        public final TreeSet<String> extraInvocationNames = new TreeSet<>();
        /** Permissions asked for at run time in recorded responses: name → {file, pointer, stated purpose or "", what the skill said beside the request or ""}. */
        public final Map<String, String[]> runtimePermissions = new LinkedHashMap<>();
        /** Custom types that hold any speech by declaration (Actions Builder {@code freeText: {}}): name → file. */
        public final Map<String, String> openTypes = new LinkedHashMap<>();
        /** Files of this skill's input: read or skipped, and why. */
        public final List<Seen> seen = new ArrayList<>();

        public Skill(String id, String root) {
            this.id = id;
            this.root = root;
        }

        /** @return every invocation name (models and manifest), sorted, de-duplicated */
        public List<String> invocationNames() {
            TreeSet<String> s = new TreeSet<>(extraInvocationNames);
            for (Locale l : locales.values()) {
                if (l.invocationName != null && !l.invocationName.isBlank()) {
                    s.add(l.invocationName.trim());
                }
            }
            return new ArrayList<>(s);
        }

        /** @return the manifest node at a path like {@code manifest/publishingInformation}, or a missing node */
        public JsonNode manifestAt(String pointer) {
            return manifest == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : manifest.at(pointer);
        }
    }
}
