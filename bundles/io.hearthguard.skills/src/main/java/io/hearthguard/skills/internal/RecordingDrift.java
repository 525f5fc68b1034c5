package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.internal.Model.Response;
import io.hearthguard.skills.internal.Model.Skill;

/**
 * Drift between several recordings of one skill in one package: recordings are the
 * sessions (by session or conversation id) or, without ids, the files; they are ordered by
 * their request timestamps when every one has them, else by file name. Each answer is
 * compared with the answer to the same request (same request type or intent, same
 * occurrence) in the latest earlier recording that has one; an answer that changed and now triggers a rule the earlier answer did not is
 * a drift finding. Changed answers that stay harmless (a fact skill's random facts) are not.
 */
final class RecordingDrift {
    private static final int MAX_UNITS = 1_000;
    private static final int MAX_FINDINGS = 20;

    private RecordingDrift() {
    }

    private static final class Unit {
        final String key;
        String time;
        final String file;
        final int order;
        final Map<String, Response> byRequest = new LinkedHashMap<>();
        final Map<String, Integer> occurrences = new HashMap<>();

        Unit(String key, String file, int order) {
            this.key = key;
            this.file = file;
            this.order = order;
        }
    }

    static boolean recorded(Response r) {
        String f = r.file().toLowerCase(java.util.Locale.ROOT);
        // round 29: the prompts of a project's own files (Actions Builder scenes and global handlers, a Dialogflow CX agent's
        // flows and pages) are one package, not recordings over time — one scene's onEnter is not a later version of
        // another's — unless their path names a version of the package ("v2/sdk/custom/scenes/Start.yaml")
        return !"Dialog.Prompt".equals(r.trigger()) && !(f.endsWith(".js") || f.endsWith(".mjs") || f.endsWith(".ts") || f.endsWith(".py"))
                && !(PackageLoader.projectPrompts(r.file()) && epoch(r.file()) == null);
    }

    static List<SkillFinding> analyze(Skill s) {
        return analyze(s, true);
    }

    /**
     * @param runsAreVersions false for a probe's own transcript: its repeated sessions are compared with each other (a skill
     *                        that behaves for its first sessions), whereas in recorded files (true) the sessions of one run are one
     *                        version (round 26b)
     */
    static List<SkillFinding> analyze(Skill s, boolean runsAreVersions) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Response r : s.responses) {
            if (!recorded(r)) {
                continue;
            }
            // responses recorded without their request: the same file name in another folder is the same request
            // (recordings/2025-01/launch.json, recordings/2025-06/launch.json)
            String file = r.file();
            int slash = file.lastIndexOf('/');
            // without a request name, what the user said is the request (text transcripts, Google text input)
            String trigger = r.trigger() != null ? r.trigger()
                    : r.utterance() != null && !r.utterance().isBlank() ? "\"" + Text.norm(r.utterance()) + "\""
                    : "the response in " + file.substring(slash + 1);
            // one session is one recording even when its turns are spread over files (01-response.json, 02-response.json);
            // a session id reused by another version of the recordings is another recording
            Epoch ep = epoch(file);
            String key = r.session() != null ? "session " + r.session() + (ep == null ? "" : " in " + ep.label)
                    : r.trigger() != null || r.utterance() != null ? file : "folder " + (slash < 0 ? "." : file.substring(0, slash));
            Unit u = units.get(key);
            if (u == null) {
                if (units.size() >= MAX_UNITS) {
                    continue;
                }
                u = new Unit(key, file, units.size());
                units.put(key, u);
            }
            if (r.time() != null && u.time == null) {
                u.time = r.time();
            }
            int k = u.occurrences.merge(trigger, 1, Integer::sum);
            u.byRequest.putIfAbsent(trigger + "#" + k, r);
        }
        if (units.size() < 2) {
            return versions(s, List.of());
        }
        List<Unit> ordered = new ArrayList<>(units.values());
        boolean timed = ordered.stream().allMatch(u -> instant(u.time) != null);
        // round 19: without timestamps, recordings whose paths all carry a version of one kind are ordered by it
        // ("versions/9.0.0" before "versions/10.0.0"), not by the letters of their names
        Set<Character> kinds = new java.util.HashSet<>();
        boolean versioned = ordered.stream().allMatch(u -> {
            Epoch e = epoch(u.file);
            return e != null && kinds.add(e.key().charAt(0)) | true;
        }) && kinds.size() == 1;
        // round 26b: paths whose first kinds differ may share another ("quiz-v1.json", "quiz-v2-2026-11.ipynb": a version each)
        char common = timed || versioned ? 0 : commonKind(ordered.stream().map(u -> u.file).toList());
        ordered.sort(timed ? Comparator.comparing((Unit u) -> instant(u.time)).thenComparingInt(u -> u.order)
                : versioned ? Comparator.comparing((Unit u) -> epoch(u.file).key()).thenComparing(u -> u.file).thenComparingInt(u -> u.order)
                : common != 0 ? Comparator.comparing((Unit u) -> epochOf(u.file, common).key()).thenComparing(u -> u.file).thenComparingInt(u -> u.order)
                : Comparator.comparing((Unit u) -> u.file).thenComparingInt(u -> u.order));
        Rules.Context c = new Rules.Context(s);
        List<SkillFinding> out = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (int i = 1; i < ordered.size() && out.size() < MAX_FINDINGS; i++) {
            Unit after = ordered.get(i);
            for (Map.Entry<String, Response> e : after.byRequest.entrySet()) {
                // pair by request: the latest earlier recording that answered the same request (one file per
                // utterance: utterance-1.json of January and of April, not whatever file came just before)
                Unit before = null;
                for (int j = i - 1; j >= 0 && before == null; j--) {
                    // round 26b: sessions of one file recorded on one day (or without times) are one run of one version,
                    // not an earlier and a later one: a fact or noise skill answers each session differently
                    before = ordered.get(j).byRequest.containsKey(e.getKey()) && !(runsAreVersions && sameRun(ordered.get(j), after)) ? ordered.get(j) : null;
                }
                Response then = before == null ? null : before.byRequest.get(e.getKey());
                Response now = e.getValue();
                if (then == null || same(then, now)) {
                    continue;
                }
                List<SkillFinding> nowF = new ArrayList<>();
                List<SkillFinding> thenF = new ArrayList<>();
                Rules.response(c, now, nowF);
                Rules.response(c, then, thenF);
                List<String> added = nowF.stream().map(SkillFinding::rule).distinct()
                        .filter(r -> thenF.stream().noneMatch(f -> f.rule().equals(r))).toList();
                if (added.isEmpty() && now.open() && SpeechAct.freeTalk(Text.norm(now.speech()), Text.norm(now.reprompt()))
                        && !SpeechAct.freeTalk(Text.norm(then.speech()), Text.norm(then.reprompt())) && reported.add(e.getKey() + " free talk")) {
                    // round 10b: the same request now invites the user to talk about anything and keeps listening ("Erzähl mir
                    // etwas", "Raccontami qualcosa") where the earlier answer closed or asked its own question: the skill turned
                    // towards listening; no rule fires on one answer alone
                    out.add(Rule.DRIFT.at(Severity.MEDIUM, "The answer to " + e.getKey().replaceAll("#1$", "") + " changed between two recordings ("
                            + label(before) + ", then " + label(after) + ") and now invites the user to talk about anything while the microphone"
                            + " stays open.", now.file(), now.pointer(), "was: " + Text.visible(then.speech()) + " | now: " + Text.visible(now.speech())));
                    continue;
                }
                String kept = nowF.stream().anyMatch(f -> f.category().equals(Rule.FAKE_GOODBYE_WORDING.category)) ? null : keptFarewell(then, now);
                if (kept != null && reported.add(e.getKey() + " kept farewell")) {
                    // round 40: the earlier answer ended the session with this farewell, the later one says it and listens on
                    // ("Salida fichada. ¡Hasta mañana!" closed in February; in June "¿Algo más?" follows it): the skill's own
                    // earlier recording shows the words are its goodbye, however mild ("see you tomorrow" alone is no goodbye)
                    out.add(Rule.FAKE_GOODBYE_WORDING.at(Severity.HIGH, "Says \"" + kept + "\", with which an earlier recording ("
                            + label(before) + ") ended the session after " + e.getKey().replaceAll("#1$", "") + ", but now keeps the session open"
                            + (now.reprompt() != null ? " with a reprompt" : "") + ".", now.file(), now.speechPointer(), now.speech()));
                    out.add(Rule.DRIFT.at(Severity.HIGH, "The answer to " + e.getKey().replaceAll("#1$", "") + " changed between two recordings ("
                            + label(before) + ", then " + label(after) + "): it ended the session after \"" + kept + "\" and now keeps the"
                            + " microphone open after the same words.", now.file(), now.pointer(),
                            "was: " + Text.visible(then.speech()) + " | now: " + Text.visible(now.speech())));
                    continue;
                }
                if (added.isEmpty() || !reported.add(e.getKey() + added)) {
                    continue;
                }
                out.add(Rule.DRIFT.at(Severity.HIGH, "The answer to " + e.getKey().replaceAll("#1$", "") + " changed between two recordings ("
                        + label(before) + ", then " + label(after) + ") and now triggers " + added + ".", now.file(), now.pointer(),
                        "was: " + Text.visible(then.speech()) + " | now: " + Text.visible(now.speech())));
                if (out.size() >= MAX_FINDINGS) {
                    break;
                }
            }
        }
        out.addAll(versions(s, out));
        return out.size() > MAX_FINDINGS ? new ArrayList<>(out.subList(0, MAX_FINDINGS)) : out;
    }

    /**
     * @return the farewell both answers end on when the earlier one closed the session with it and the later one keeps
     *         the session open after it with an audible question as its reprompt, or null
     */
    static String keptFarewell(Response then, Response now) {
        // a silent reprompt behind a parting wish is the silent-keepalive finding (round 17): here the skill asks on, audibly
        if (then.open() || !now.open() || Boolean.TRUE.equals(now.shouldEndSession()) || now.reprompt() == null
                || Text.speech(now.reprompt()).silent() || !Rules.question(Text.norm(now.reprompt()))) {
            return null;
        }
        String bye = Lexicon.goodbye(Text.norm(now.speech()));
        return bye != null && bye.equals(Lexicon.goodbye(Text.norm(then.speech()))) ? bye : null;
    }

    // ---------------------------------------------------------------- versions

    /** The version a recording belongs to, read from its path; {@code key} sorts versions oldest first. */
    record Epoch(String key, String label) {
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(?<![0-9])(20[0-9]{2})[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12][0-9]|3[01]))?(?![0-9])");
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile(
            "(?<![a-z])(?:v|ver|version|build|release|rel|r)[-_ ]?([0-9]{1,6})(?:[._]([0-9]{1,6}))?(?![0-9])");
    /** A whole folder name that is a dotted version: two or three numbers ("1.0", "2.0.0"). */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile(
            "(?:^|/)([0-9]{1,6})\\.([0-9]{1,6})(?:\\.([0-9]{1,6}))?(?=/|$)");
    private static final String[][] MONTHS = {
        {"january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "1月"},
        {"february", "feb", "februar", "fevrier", "février", "febrero", "febbraio", "fevereiro", "2月"},
        {"march", "märz", "maerz", "mars", "marzo", "março", "marco", "3月"},
        {"april", "apr", "avril", "abril", "aprile", "4月"},
        {"mai", "mayo", "maggio", "maio", "5月"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "6月"},
        {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "7月"},
        {"august", "aug", "août", "aout", "agosto", "8月"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "9月"},
        {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "10月"},
        {"november", "nov", "novembre", "noviembre", "novembro", "11月"},
        {"december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "12月"},
    };
    /** Spring, summer and autumn in en, de, fr, es, it, pt and ja (a path part equal to one of them). */
    private static final String[][] SEASONS = {
        {"spring", "frühling", "fruehling", "frühjahr", "fruehjahr", "printemps", "primavera", "春"},
        {"summer", "sommer", "été", "ete", "verano", "verão", "verao", "夏"},
        {"autumn", "herbst", "automne", "otoño", "otono", "autunno", "outono", "秋"},
    };
    private static final java.util.regex.Pattern PATH_PARTS = java.util.regex.Pattern.compile("[/\\\\ _.\\-]+");
    /** Stages of a skill's life: what was recorded for review or before comes before what runs live or after. */
    private static final java.util.regex.Pattern EARLY = java.util.regex.Pattern.compile(
            "(?<![a-z])(cert|certification|certificacion|certificación|certificazione|certificação|certificacao|zertifizierung|review|"
                    + "revision|revisión|shinsa|審査|beta|staging|before|old|alt|vorher|avant|ancien|antes|antiguo|prima|vecchio|initial|original)(?![a-z])");
    private static final java.util.regex.Pattern LATE = java.util.regex.Pattern.compile(
            "(?<![a-z])(prod|production|produktion|produccion|producción|produzione|produção|producao|live|honban|本番|after|new|neu|"
                    + "nachher|après|apres|nouveau|despues|después|nuevo|dopo|nuovo|current|latest|aktuell|actuel|attuale|atual)(?![a-z])");

    /** @return the version of a recording named by its path (dates, month names, version or build numbers, review vs live), or null */
    /** The last paths asked about and their versions: a package's recordings share few paths, and each is asked about several times. */
    private static final int EPOCH_CACHE = 256;
    private static final ThreadLocal<java.util.LinkedHashMap<String, java.util.Optional<Epoch>>> EPOCHS = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, java.util.Optional<Epoch>> e) {
                    return size() > EPOCH_CACHE;
                }
            });

    static Epoch epoch(String file) {
        var cache = EPOCHS.get();
        java.util.Optional<Epoch> e = cache.get(file);
        if (e == null) {
            e = java.util.Optional.ofNullable(epochOf(file));
            cache.put(file, e);
        }
        return e.orElse(null);
    }

    /** @return the first version a path carries, by kind: a date, a version or build number, a month or season, a stage; or null */
    static Epoch epochOf(String file) {
        for (char k = '1'; k <= '4'; k++) {
            Epoch e = epochOf(file, k);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * Round 26b: the version of the given kind a path carries ('1' a date, '2' a version or build number, '3' a month or
     * season, '4' a stage), or null: "quiz-v2-2026-11.ipynb" carries a date and a version, "quiz-v1.json" a version only.
     */
    static Epoch epochOf(String file, char kind) {
        String f = file.toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case '1' -> dateOf(f);
            case '2' -> versionOf(f);
            case '3' -> monthOf(f);
            default -> stageOf(f);
        };
    }

    /**
     * Round 26b: the one kind of version every path carries, when the paths' first kinds differ ("storico/v1/2026-02-10.jsonl"
     * beside "storico/v2/…": both carry a version number, only one a date) and that kind tells at least two versions apart;
     * else 0.
     */
    static char commonKind(java.util.Collection<String> files) {
        for (char k = '1'; k <= '4'; k++) {
            Set<String> keys = new java.util.HashSet<>();
            boolean all = true;
            for (String f : files) {
                Epoch e = epochOf(f, k);
                if (e == null) {
                    all = false;
                    break;
                }
                keys.add(e.key());
            }
            if (all && keys.size() > 1) {
                return k;
            }
        }
        return 0;
    }

    private static Epoch dateOf(String f) {
        java.util.regex.Matcher m = DATE.matcher(f);
        String date = null;
        while (m.find()) {
            date = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3)); // the last date in the path
        }
        return date == null ? null : new Epoch("1 " + date, date);
    }

    private static Epoch versionOf(String f) {
        java.util.regex.Matcher m = VERSION.matcher(f);
        String version = null;
        String label = null;
        while (m.find()) {
            version = String.format(java.util.Locale.ROOT, "%06d.%06d", Long.parseLong(m.group(1)),
                    m.group(2) == null ? 0L : Long.parseLong(m.group(2)));
            label = m.group();
        }
        if (version != null) {
            return new Epoch("2 " + version, label);
        }
        // round 19: a folder named by a bare dotted version ("versions/1.0.0/…", "releases/2.1/…"): the last such folder,
        // sorted like the numbered versions above (a file's own name is not read this way: "1.2.json" may be anything)
        int end = f.lastIndexOf('/');
        if (end > 0) {
            m = DOTTED.matcher(f.substring(0, end));
            while (m.find()) {
                version = String.format(java.util.Locale.ROOT, "%06d.%06d", Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))
                        + (m.group(3) == null ? "" : String.format(java.util.Locale.ROOT, ".%06d", Long.parseLong(m.group(3))));
                label = m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
            }
            if (version != null) {
                return new Epoch("2 " + version, label);
            }
        }
        return null;
    }

    private static Epoch monthOf(String f) {
        for (String part : PATH_PARTS.split(f)) {
            for (int i = 0; i < MONTHS.length; i++) {
                for (String name : MONTHS[i]) {
                    if (part.equals(name)) {
                        return new Epoch(String.format(java.util.Locale.ROOT, "3 %02d", i + 1), part);
                    }
                }
            }
        }
        // round 14: a season named in the path is a version of the same kind as a month, placed at its middle month
        // (spring 04, summer 07, autumn 10), so "fruehling" sorts before "november"; winter spans the turn of the year
        // and is no version; "fall" and "estate" are everyday words too and are not read
        for (String part : PATH_PARTS.split(f)) {
            for (int i = 0; i < SEASONS.length; i++) {
                for (String name : SEASONS[i]) {
                    if (part.equals(name)) {
                        return new Epoch(String.format(java.util.Locale.ROOT, "3 %02d", 4 + 3 * i), part);
                    }
                }
            }
        }
        return null;
    }

    private static Epoch stageOf(String f) {
        java.util.regex.Matcher m = LATE.matcher(f);
        if (m.find()) {
            return new Epoch("4 1", m.group(1));
        }
        m = EARLY.matcher(f);
        if (m.find()) {
            return new Epoch("4 0", m.group(1));
        }
        return null;
    }

    /**
     * Compares the versions of the recordings as wholes: whatever a later version does that no earlier one did
     * (a rule of any category firing at medium or above) is drift, when the earlier versions behaved (no finding at
     * medium or above) or answered the same request without it. Versions come from the recordings' paths (dates,
     * months, version or build numbers, review vs live), else from the months of the request timestamps.
     */
    static List<SkillFinding> versions(Skill s, List<SkillFinding> already) {
        Versions v = group(s);
        if (v == null) {
            return List.of();
        }
        List<SkillFinding> out = new ArrayList<>(newBehaviour(new Rules.Context(s), v.responses(), v.labels(), already));
        List<SkillFinding> all = new ArrayList<>(already);
        all.addAll(out);
        out.addAll(wholeVersions(s, v, all));
        return out;
    }

    /** The recordings of one skill split into versions, oldest first, and how each is named. */
    record Versions(List<List<Response>> responses, List<String> labels) {
    }

    /** @return the recorded responses grouped by version (path, else month of the request timestamps), or null for fewer than two */
    static Versions group(Skill s) {
        java.util.TreeMap<String, List<Response>> byVersion = new java.util.TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        Set<Character> kind = new java.util.HashSet<>();
        List<Response> recorded = s.responses.stream().filter(RecordingDrift::recorded).toList();
        for (Response r : recorded) {
            Epoch e = epoch(r.file());
            if (e == null) {
                continue;
            }
            kind.add(e.key().charAt(0));
            byVersion.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(r);
            labels.putIfAbsent(e.key(), e.label());
        }
        // versions of one kind only (dates with dates, builds with builds), and every recording placed in one
        boolean mixedKinds = kind.size() > 1 && byVersion.values().stream().mapToInt(List::size).sum() == recorded.size();
        if (byVersion.size() < 2 || kind.size() != 1 || byVersion.values().stream().mapToInt(List::size).sum() != recorded.size()) {
            byVersion.clear();
            labels.clear();
            for (Response r : recorded) {
                java.time.Instant t = instant(r.time());
                if (t == null) {
                    byVersion.clear();
                    break;
                }
                String month = t.toString().substring(0, 7);
                byVersion.computeIfAbsent("1 " + month, k -> new ArrayList<>()).add(r);
                labels.putIfAbsent("1 " + month, "recorded " + month);
            }
            char common = byVersion.size() < 2 && mixedKinds ? commonKind(recorded.stream().map(Response::file).toList()) : 0;
            if (common != 0) {
                // round 26b: every recording carries a version of one kind beside others ("storico/v1/2026-02-10.jsonl",
                // "storico/v2/…"): that kind orders them
                byVersion.clear();
                labels.clear();
                for (Response r : recorded) {
                    Epoch e = epochOf(r.file(), common);
                    byVersion.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(r);
                    labels.putIfAbsent(e.key(), e.label());
                }
            }
            if (byVersion.size() < 2 && mixedKinds) {
                // round 17: every recording is versioned by its path, but by different kinds (a test script "v1.0", a
                // production export "2026-11-prod") and without timestamps throughout: what the path marks as live
                // (prod, live, production …) is the later version, everything else the earlier one
                byVersion.clear();
                labels.clear();
                for (Response r : recorded) {
                    boolean live = LATE.matcher(r.file().toLowerCase(java.util.Locale.ROOT)).find();
                    byVersion.computeIfAbsent(live ? "4 1" : "4 0", k -> new ArrayList<>()).add(r);
                    labels.putIfAbsent(live ? "4 1" : "4 0", (live ? "live: " : "before live: ") + epoch(r.file()).label());
                }
            }
            if (byVersion.size() < 2) {
                return null;
            }
        }
        return new Versions(new ArrayList<>(byVersion.values()), byVersion.keySet().stream().map(labels::get).toList());
    }

    /**
     * Each version of the recordings analysed as the whole skill — its model, listing and code with only that version's
     * recordings — so that whatever a later version newly does is a change, whichever rule finds it (a masquerade
     * that needs the listing and the question together, a personal-data request the purpose no longer explains, a
     * national-ID request): a rule at medium or above that the later version triggers and no earlier one did, when the
     * earlier versions' recordings added nothing at medium or above to what the model and code alone give.
     */
    static List<SkillFinding> wholeVersions(Skill s, Versions v, List<SkillFinding> already) {
        Set<String> reported = new java.util.HashSet<>();
        for (SkillFinding f : already) {
            for (Rule r : Rule.values()) {
                if (f.summary().contains(r.id)) {
                    reported.add(r.id);
                }
            }
        }
        List<SkillFinding> baseFindings = Rules.analyze(sub(s, List.of()));
        Set<String> base = new java.util.HashSet<>();
        baseFindings.stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).forEach(f -> base.add(f.rule()));
        Set<String> before = new java.util.HashSet<>();
        Set<String> permissionsBefore = new java.util.TreeSet<>();
        boolean behaved = true;
        List<SkillFinding> out = new ArrayList<>();
        for (int i = 0; i < v.responses().size(); i++) {
            Skill one = sub(s, v.responses().get(i));
            // personal-data permissions this version's recordings ask for at run time (consent cards, AskFor requests)
            List<String> newPermissions = one.runtimePermissions.keySet().stream()
                    .filter(x -> Rules.personalPermission(x) && !permissionsBefore.contains(x)).toList();
            if (i > 0 && !newPermissions.isEmpty() && out.size() < MAX_FINDINGS) {
                String[] at = one.runtimePermissions.get(newPermissions.get(0));
                out.add(Rule.DRIFT.at(Severity.MEDIUM, "A later version of the recordings (" + v.labels().get(i) + ") asks for personal-data permissions "
                        + "the earlier ones (" + v.labels().get(0) + ") did not: " + newPermissions + ".", at[0], at[1], String.join(", ", newPermissions)));
            }
            permissionsBefore.addAll(one.runtimePermissions.keySet());
            List<SkillFinding> found = Rules.analyze(one);
            Set<String> rules = new java.util.LinkedHashSet<>();
            for (SkillFinding f : found) {
                if (f.severity().atLeast(Severity.MEDIUM) && !f.category().equals(Rule.DRIFT.category) && !f.category().equals(Rule.SQUATTING.category)) {
                    rules.add(f.rule());
                    if (i > 0 && behaved && !before.contains(f.rule()) && !base.contains(f.rule()) && reported.add(f.rule())
                            && out.size() < MAX_FINDINGS) {
                        out.add(Rule.DRIFT.at(Severity.HIGH, "A later version of the recordings (" + v.labels().get(i) + ") does what the earlier ones ("
                                + v.labels().get(0) + ") did not: " + f.rule() + " — " + f.summary(), f.file(), f.pointer(), f.text()));
                    }
                }
            }
            rules.removeAll(base);
            behaved &= rules.isEmpty();
            before.addAll(rules);
        }
        firstAnswered(s, v, baseFindings, reported, out);
        return out;
    }

    /**
     * Round 19: a package often keeps only its current model beside recordings of several versions, so a model-level
     * finding (a catch-all intent, a personal-data sample) has no earlier model to be compared with. The recordings
     * date it: when the finding names an intent of the model that no recording of the earliest version answers and a
     * later version's recordings answer, the intent — and what it does — came with that later version.
     */
    private static void firstAnswered(Skill s, Versions v, List<SkillFinding> model, Set<String> reported, List<SkillFinding> out) {
        Set<String> intents = new java.util.HashSet<>();
        s.locales.values().forEach(l -> l.intents.forEach(x -> intents.add(x.name())));
        if (intents.isEmpty()) {
            return;
        }
        List<Set<String>> answered = new ArrayList<>();
        for (List<Response> version : v.responses()) {
            Set<String> t = new java.util.HashSet<>();
            version.forEach(r -> t.add(r.trigger() == null ? "" : r.trigger()));
            answered.add(t);
        }
        for (SkillFinding f : model) {
            if (out.size() >= MAX_FINDINGS || !f.severity().atLeast(Severity.MEDIUM) || f.category().equals(Rule.DRIFT.category)
                    || f.category().equals(Rule.SQUATTING.category) || reported.contains(f.rule())) {
                continue;
            }
            String intent = intentNamed(f.summary(), intents);
            if (intent == null || answered.get(0).contains(intent)) {
                continue;
            }
            boolean dated = false;
            for (int i = 1; i < answered.size(); i++) {
                if (answered.get(i).contains(intent)) {
                    reported.add(f.rule());
                    out.add(Rule.DRIFT.at(Severity.HIGH, "The model's " + intent + " is answered only by a later version of the recordings ("
                            + v.labels().get(i) + "); the earliest (" + v.labels().get(0) + ") never used it: " + f.rule() + " — " + f.summary(),
                            f.file(), f.pointer(), f.text()));
                    dated = true;
                    break;
                }
            }
            if (dated || answered.stream().anyMatch(a -> a.contains(intent)) || !answerOnly(s, intent)) {
                continue;
            }
            // round 26b: an intent that takes only an answer (a sample that is one bare slot, "{pin}") and that no recording
            // reached is entered after a question; when the earliest version closed after a request that a later version
            // answers with the session kept open and an audible question, that later turn is the way into the intent
            int i = firstOpenedTurn(v);
            if (i > 0) {
                reported.add(f.rule());
                out.add(Rule.DRIFT.at(Severity.HIGH, "The model's " + intent + " takes only an answer and no recording reached it; a later version of the"
                        + " recordings (" + v.labels().get(i) + ") keeps the session open with a question after a request the earliest ("
                        + v.labels().get(0) + ") closed: " + f.rule() + " — " + f.summary(), f.file(), f.pointer(), f.text()));
            }
        }
    }

    /** @return true when an intent of the model has a sample made of one slot alone ("{pin}"): it is reached as an answer */
    private static boolean answerOnly(Skill s, String intent) {
        for (Model.Locale l : s.locales.values()) {
            for (Model.Intent x : l.intents) {
                if (x.name().equals(intent) && x.samples().stream().anyMatch(m -> m.text().strip().matches("\\{[^{}\\s]+\\}"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return the first later version whose answer to a request the earliest version answered with the session closed keeps
     *         the session open with an audible reprompt or a question, or -1
     */
    private static int firstOpenedTurn(Versions v) {
        Map<String, Response> first = new HashMap<>();
        v.responses().get(0).forEach(r -> first.putIfAbsent(trigger(r), r));
        for (int i = 1; i < v.responses().size(); i++) {
            for (Response r : v.responses().get(i)) {
                Response then = first.get(trigger(r));
                if (then != null && !"?".equals(trigger(r)) && !then.open() && r.open()
                        && (!Text.visible(r.reprompt()).isBlank() || Text.visible(r.speech()).contains("?"))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** @return the intent of the model a finding's summary names (a whole word), or null */
    private static String intentNamed(String summary, Set<String> intents) {
        for (String w : summary.split("[^A-Za-z0-9_.]+")) {
            if (intents.contains(w) && !w.startsWith("AMAZON.")) {
                return w;
            }
        }
        return null;
    }

    /** @return the skill with its recordings replaced by {@code recorded} (model, listing, code and dialog prompts kept) */
    private static Skill sub(Skill s, List<Response> recorded) {
        Skill t = new Skill(s.id, s.root);
        t.platform = s.platform;
        t.manifest = s.manifest;
        t.manifestFile = s.manifestFile;
        t.locales.putAll(s.locales);
        t.extraInvocationNames.addAll(s.extraInvocationNames);
        t.openTypes.putAll(s.openTypes);
        // a permission asked for at run time belongs to the version whose recording asked for it
        Set<String> mine = new java.util.HashSet<>();
        Set<String> anyRecorded = new java.util.HashSet<>();
        recorded.forEach(r -> mine.add(r.file()));
        s.responses.stream().filter(RecordingDrift::recorded).forEach(r -> anyRecorded.add(r.file()));
        s.runtimePermissions.forEach((k, v) -> {
            if (mine.contains(v[0]) || !anyRecorded.contains(v[0])) {
                t.runtimePermissions.put(k, v);
            }
        });
        for (Response r : s.responses) {
            if (!recorded(r)) {
                t.responses.add(r);
            }
        }
        t.responses.addAll(recorded);
        return t;
    }

    /**
     * @param versions the responses of each version, oldest first
     * @param labels   how each version is named in a finding
     * @param already  drift findings already reported (their rules are not reported again)
     * @return a drift finding for each rule (any category, medium or above) that a later version triggers and no earlier
     *         one did, when the earlier versions behaved (nothing at medium or above) or answered the same request without it
     */
    static List<SkillFinding> newBehaviour(Rules.Context c, List<List<Response>> versions, List<String> labels, List<SkillFinding> already) {
        Set<String> before = new java.util.HashSet<>();
        Set<String> beforeTriggers = new java.util.HashSet<>();
        Set<String> reported = new java.util.HashSet<>();
        already.forEach(f -> reported.addAll(java.util.Arrays.asList(f.summary().replaceAll(".*now triggers \\[(.*)\\]\\.$", "$1").split(", "))));
        boolean behaved = true;
        String firstLabel = null;
        List<SkillFinding> out = new ArrayList<>();
        for (int vi = 0; vi < versions.size(); vi++) {
            List<Response> version = versions.get(vi);
            String label = labels.get(vi);
            Set<String> rules = new java.util.LinkedHashSet<>();
            Set<String> triggers = new java.util.HashSet<>();
            for (Response r : version) {
                List<SkillFinding> f = new ArrayList<>();
                Rules.response(c, r, f);
                String trigger = trigger(r);
                triggers.add(trigger);
                for (SkillFinding x : f) {
                    if (x.severity().compareTo(Severity.MEDIUM) < 0 || x.rule().equals(Rule.DRIFT.id)) {
                        continue;
                    }
                    rules.add(x.rule());
                    if (firstLabel != null && !before.contains(x.rule()) && (behaved || beforeTriggers.contains(trigger))
                            && reported.add(x.rule()) && out.size() < MAX_FINDINGS) {
                        out.add(Rule.DRIFT.at(Severity.HIGH, "A later version of the recordings (" + label
                                + ") does what the earlier ones (" + firstLabel + ") did not: " + x.rule() + " — " + x.summary(),
                                r.file(), r.pointer(), x.text()));
                    }
                }
            }
            behaved &= rules.isEmpty();
            before.addAll(rules);
            beforeTriggers.addAll(triggers);
            firstLabel = firstLabel == null ? label : firstLabel;
        }
        return out;
    }

    private static String trigger(Response r) {
        return r.trigger() != null ? r.trigger()
                : r.utterance() != null && !r.utterance().isBlank() ? "\"" + Text.norm(r.utterance()) + "\"" : "?";
    }

    private static java.time.Instant instant(String t) {
        if (t == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(t).toInstant();
            } catch (java.time.format.DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Round 26b: two sessions of one file on one day (by their request times), or of one file without times, are one run. */
    private static boolean sameRun(Unit a, Unit b) {
        if (!a.file.equals(b.file)) {
            return false;
        }
        java.time.Instant x = instant(a.time);
        java.time.Instant y = instant(b.time);
        if (x == null || y == null) {
            return x == null && y == null;
        }
        return x.toString().substring(0, 10).equals(y.toString().substring(0, 10));
    }

    private static String label(Unit u) {
        return u.key + (u.time != null ? " at " + u.time : "");
    }

    private static boolean same(Response a, Response b) {
        return java.util.Objects.equals(Text.norm(a.speech()), Text.norm(b.speech()))
                && java.util.Objects.equals(Text.visible(a.reprompt()), Text.visible(b.reprompt())) && a.open() == b.open();
    }
}
