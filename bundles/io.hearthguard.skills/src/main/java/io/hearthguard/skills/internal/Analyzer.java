package io.hearthguard.skills.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillAnalyzer;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;
import io.hearthguard.skills.internal.Model.Skill;

/** Static analysis of one input: load, apply the rules, check names against a catalog. Thread-safe. */
public final class Analyzer implements SkillAnalyzer {
    private final Catalog catalog;

    /** @param catalog known names for squatting checks; null to skip them */
    public Analyzer(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public SkillReport analyze(Path path) throws SkillInputException {
        PackageLoader.Loaded l = PackageLoader.loadAll(path);
        SkillReport r = report(path.toString(), l.skills());
        List<SkillReport.Input> inputs = new ArrayList<>();
        for (Model.Seen s : l.seen()) {
            inputs.add(new SkillReport.Input(s.file(), s.read(), s.shape(), s.responses(), s.sessions(), s.reason() == null ? "" : s.reason()));
        }
        return new SkillReport(r.path(), r.skills(), inputs);
    }

    /** @return the display name of the skill (manifest, first locale), or "" */
    static String displayName(Skill s) {
        var it = s.manifestAt("/manifest/publishingInformation/locales").elements();
        while (it.hasNext()) {
            String n = it.next().path("name").asText("").strip();
            if (!n.isEmpty()) {
                return n;
            }
        }
        return "";
    }

    /** Builds the report of skills already loaded. */
    public SkillReport report(String path, List<Skill> skills) {
        List<SkillReport.Skill> out = new ArrayList<>();
        for (Skill s : skills) {
            List<SkillFinding> f = Rules.analyze(s);
            f.addAll(RecordingDrift.analyze(s));
            if (catalog != null) {
                squatting(s, f);
                Rules.sort(f);
            }
            Rules.sort(f);
            out.add(new SkillReport.Skill(s.id, s.platform, s.invocationNames(), new ArrayList<>(s.locales.keySet()), f, displayName(s)));
        }
        return new SkillReport(path, out);
    }

    private void squatting(Skill s, List<SkillFinding> out) {
        for (Model.Locale l : s.locales.values()) {
            if (l.invocationName == null) {
                continue;
            }
            Catalog.Match m = catalog.lookup(l.invocationName);
            if (m == null) {
                continue;
            }
            Severity sev = m.kind() == Catalog.Kind.NEAR ? Severity.LOW : Severity.MEDIUM;
            String how = switch (m.kind()) {
                case PARAPHRASE -> "is a paraphrase of";
                case HOMOPHONE -> "sounds like (Double Metaphone " + m.key() + ")";
                case INFLECTION -> "differs only in a plural or singular from";
                case EXTENSION -> "adds " + m.distance() + " word" + (m.distance() == 1 ? "" : "s") + " to the popular, distinctive name";
                case TRANSLATION -> "translates word by word (\"" + m.key() + "\") the popular name";
                case SOUND_ALIKE -> "sounds like, respelled across languages and scripts (skeleton " + m.key() + "), the popular name";
                case NEAR -> "sounds close to (" + m.distance() + " edits, Double Metaphone one edit apart)";
            };
            out.add(Rule.SQUATTING.at(sev, "Invocation name \"" + l.invocationName + "\" " + how + " the known name \"" + m.known() + "\".",
                    l.file, l.invocationPointer, l.invocationName + " ~ " + m.known()));
        }
    }
}
