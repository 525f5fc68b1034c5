package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * Applies the {@link TextModel} to the rules' report of one package: where the stacked decision and the rules agree
 * nothing changes; where the model says a category the rules did not find, a medium finding names the words that
 * weighed most; where it says the rules' finding is unlikely for such wording, those findings drop to low with the
 * reason (kept visible for review). Squatting and drift are left to the rules: they follow from a name list and from
 * comparing recordings, not from wording. Only a package with exactly one skill is judged (its text is the package's).
 * Stateless and thread-safe.
 */
final class Learned {
    /** Categories the model never changes. */
    static final List<String> RULES_ONLY = List.of(Categories.SQUATTING, Categories.DRIFT);

    private Learned() {
    }

    /** @return the report with the model's decisions applied, or the same report when it does not apply */
    static SkillReport apply(TextModel model, String text, SkillReport report) {
        if (model == null || report.skills().size() != 1 || text.isBlank()) {
            return report;
        }
        SkillReport.Skill skill = report.skills().get(0);
        List<SkillFinding> findings = new ArrayList<>(skill.findings());
        double[] p = model.score(text);
        boolean changed = false;
        for (int c = 0; c < model.categories().size(); c++) {
            String cat = model.categories().get(c);
            if (RULES_ONLY.contains(cat)) {
                continue;
            }
            boolean rule = findings.stream().anyMatch(f -> f.category().equals(cat) && f.severity().atLeast(Severity.MEDIUM));
            boolean decided = model.decide(c, p[c], rule);
            if (decided && !rule) {
                findings.add(added(model, text, c, cat, p[c]));
                changed = true;
            } else if (!decided && rule) {
                for (int i = 0; i < findings.size(); i++) {
                    SkillFinding f = findings.get(i);
                    if (f.category().equals(cat) && f.severity().atLeast(Severity.MEDIUM)) {
                        findings.set(i, new SkillFinding(f.rule(), f.category(), Severity.LOW, f.summary().replaceAll("\\.$", "")
                                + String.format(Locale.ROOT, "; the text model judges this unlikely for such wording (%.2f), "
                                        + "so it is kept at low for review (was %s).", p[c], f.severity().id()),
                                f.rationale(), f.source(), f.file(), f.pointer(), f.text(), f.fix()));
                    }
                }
                changed = true;
            }
        }
        if (!changed) {
            return report;
        }
        Rules.sort(findings);
        SkillReport.Skill s = new SkillReport.Skill(skill.id(), skill.platform(), skill.invocationNames(), skill.locales(), findings,
                skill.name());
        return new SkillReport(report.path(), List.of(s), report.inputs());
    }

    /** @return the kind of skill a category describes, as a noun phrase */
    static String kind(String category) {
        return switch (category) {
            case Categories.SILENT_KEEPALIVE -> "a skill that keeps listening silently";
            case Categories.FAKE_GOODBYE -> "a skill that fakes a goodbye and keeps listening";
            case Categories.MASQUERADE -> "a skill that pretends to be the assistant or the device";
            case Categories.CREDENTIAL_PHISHING -> "a skill that asks for passwords, PINs, card numbers or codes";
            case Categories.PII_REQUEST -> "a skill that asks for personal details";
            case Categories.CATCH_ALL_CAPTURE -> "a skill that writes down whatever is said";
            case Categories.EXCESSIVE_PERMISSIONS -> "a skill that asks for access it does not need";
            default -> "a harmful skill";
        };
    }

    private static SkillFinding added(TextModel model, String text, int c, String cat, double p) {
        List<String> words = model.strongestWords(text, c, 4);
        String quoted = words.isEmpty() ? "" : ": \u201c" + String.join("\u201d, \u201c", words) + "\u201d";
        Rule first = java.util.Arrays.stream(Rule.values()).filter(r -> r.category.equals(cat)).findFirst().orElse(Rule.DRIFT);
        String summary = String.format(Locale.ROOT, "No rule flagged this, but the skill's words are typical of %s%s (text model, %.2f).",
                kind(cat), quoted, p);
        return new SkillFinding("skills." + cat + ".text-model", cat, Severity.MEDIUM, summary,
                "A text model trained on " + model.trainedOn() + " judged the words of this package, together with what the rules "
                        + "found, as typical of this kind of skill. It points at words, not at one sentence: read the skill's "
                        + "prompts around the words named. " + first.rationale,
                "Hearthguard text model: TF-IDF word and character n-grams, logistic regression stacked on the rules (docs/skills.md)",
                "", "", String.join(" | ", words), first.fix);
    }
}
