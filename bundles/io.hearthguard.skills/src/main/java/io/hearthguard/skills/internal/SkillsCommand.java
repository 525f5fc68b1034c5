package io.hearthguard.skills.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.hearthguard.platform.cli.Command;

/**
 * {@code ./hearthguard skills ...}: a thin adapter over {@link SkillsCli}. Shares the
 * configuration (catalogs) of {@link SkillAnalyzerComponent}, which designates its metatype.
 */
@Component(service = Command.class, configurationPid = SkillAnalyzerComponent.PID, property = {
        Command.PROP_NAME + "=skills",
        Command.PROP_SUMMARY + "=Analyse voice skills (scan packages, probe endpoints) for eavesdropping and phishing" })
public final class SkillsCommand implements Command {
    private final SkillsCli cli;

    @Activate
    public SkillsCommand(SkillAnalyzerComponent.Config config, org.osgi.framework.BundleContext context) {
        Path data = SkillAnalyzerComponent.dataDir(context);
        this.cli = new SkillsCli(Catalog.sources(data, SkillAnalyzerComponent.configured(config)), data);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return cli.run(args, out, err);
    }
}
