package io.hearthguard.skills.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.finding.FindingService;
import io.hearthguard.platform.store.Store;
import io.hearthguard.skills.SkillAnalyzer;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;

/**
 * The hub's {@link SkillAnalyzer}: analyses, then stores the report in the {@link Store}
 * and publishes the findings through the {@link FindingService} when those are present
 * (both optional; greedy, so the component is re-created when they arrive).
 */
@Component(service = SkillAnalyzer.class, configurationPid = SkillAnalyzerComponent.PID)
@Designate(ocd = SkillAnalyzerComponent.Config.class)
public final class SkillAnalyzerComponent implements SkillAnalyzer {
    static final String PID = "io.hearthguard.skills";

    /** Configuration. */
    @ObjectClassDefinition(name = "Hearthguard skill analyser", description = "Voice-skill analysis settings")
    public @interface Config {
        /** @return catalogs of known invocation names (SKIPPER CSV or one name per line) */
        @AttributeDefinition(name = "Name catalogs", description = "Files of known invocation names for squatting checks: SKIPPER CSV "
                + "(e.g. <shared>/data/skills/datasets/skipper_all_result_runtime.csv) or text, one name per line", required = false)
        String[] catalogs() default {};

        /** @return whether the text model is stacked on the rules */
        @AttributeDefinition(name = "Text model", description = "Stack the shipped text model on the rules: it adds medium findings "
                + "where the words of a skill are typical of a harmful one and no rule matched, and lowers rule findings it judges "
                + "unlikely to low (docs/skills.md). Off: the rules alone")
        boolean textModel() default true;
    }

    private final Store store;
    private final FindingService findings;
    private final List<Path> catalogs;
    private final boolean textModel;
    private volatile Analyzer analyzer;
    private volatile boolean migrated;

    /** @return the catalog files named in the configuration */
    static List<Path> configured(Config config) {
        List<Path> c = new ArrayList<>();
        for (String s : config.catalogs()) {
            if (s != null && !s.isBlank()) {
                c.add(Path.of(s.strip()));
            }
        }
        return c;
    }

    /** @return the hub's data directory from the launcher's framework property, or null */
    static Path dataDir(org.osgi.framework.BundleContext context) {
        String d = context == null ? null : context.getProperty(io.hearthguard.platform.cli.Launch.DATA_DIR);
        return d == null || d.isBlank() ? null : Path.of(d);
    }

    @Activate
    public SkillAnalyzerComponent(Config config, org.osgi.framework.BundleContext context,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) Store store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) FindingService findings) {
        this.store = store;
        this.findings = findings;
        this.catalogs = List.copyOf(Catalog.sources(dataDir(context), configured(config)));
        this.textModel = config.textModel();
    }

    /** Loads the catalogs on first use, not on the activate path. */
    private Analyzer analyzer() throws SkillInputException {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    Catalog cat = null;
                    if (!catalogs.isEmpty()) {
                        cat = new Catalog();
                        for (Path p : catalogs) {
                            cat.load(p);
                        }
                    }
                    analyzer = new Analyzer(cat, textModel ? TextModel.shipped() : null);
                }
                a = analyzer;
            }
        }
        return a;
    }

    /**
     * @return the report with the input's server-side location (e.g. an upload's temporary
     *         folder) replaced by its file name: the hub stores and tells only that
     */
    static SkillReport withoutServerPath(SkillReport r, Path path) {
        String full = path.toString();
        String name = path.getFileName() == null ? "skill" : path.getFileName().toString();
        List<SkillReport.Skill> skills = new ArrayList<>();
        for (SkillReport.Skill s : r.skills()) {
            String id = s.id().startsWith(full) ? name + s.id().substring(full.length()) : s.id();
            skills.add(new SkillReport.Skill(id, s.platform(), s.invocationNames(), s.locales(), s.findings(), s.name()));
        }
        return new SkillReport(name, skills, r.inputs());
    }

    @Override
    public SkillReport analyze(Path path) throws SkillInputException {
        SkillReport r = withoutServerPath(analyzer().analyze(path), path);
        Instant now = Instant.now();
        if (store != null) {
            try {
                if (!migrated) {
                    store.migrate(ReportSink.OWNER, ReportSink.MIGRATIONS);
                    migrated = true;
                }
                ReportSink.store(store, r, now);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise report of " + path, e);
            }
        }
        if (findings != null) {
            ReportSink.publish(findings, r, now);
        }
        return r;
    }
}
