package io.hearthguard.store.internal;

import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.store.Store;

/** Registers the {@link Store} on {@code <data dir>/hearthguard.db}. */
@Component(service = Store.class, configurationPid = "io.hearthguard.store")
@Designate(ocd = StoreComponent.Config.class)
public final class StoreComponent implements Store {

    /** Store settings. */
    @ObjectClassDefinition(name = "Hearthguard store", description = "The embedded database in the data directory.")
    public @interface Config {
        @AttributeDefinition(name = "File name", description = "Database file, relative to the data directory.")
        String file() default "hearthguard.db";

        @AttributeDefinition(name = "Synchronous", description = "FULL: a commit survives power loss. NORMAL: faster; a commit survives a crash of the hub but not of the machine.",
                options = { @Option(label = "FULL", value = "FULL"), @Option(label = "NORMAL", value = "NORMAL") })
        String synchronous() default "FULL";
    }

    /**
     * Framework property set by the launcher's {@code --move-aside-damaged-store}: a database
     * that fails its check is renamed and replaced by an empty one instead of being refused.
     */
    static final String MOVE_ASIDE_DAMAGED = "hearthguard.store.moveAsideDamaged";

    private final SqliteStore store;

    /** Opens the database; fails activation with a clear message when it cannot. */
    @Activate
    public StoreComponent(BundleContext context, Config config) {
        Path dir = Launch.dataDirectory(context::getProperty);
        if (config.file().contains("..")) {
            throw new IllegalArgumentException("io.hearthguard.store file must stay inside the data directory: '" + config.file() + "'");
        }
        this.store = new SqliteStore(dir.resolve(config.file()), config.synchronous(),
                Boolean.parseBoolean(context.getProperty(MOVE_ASIDE_DAMAGED)));
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    @Override
    public <T> T read(Work<T> work) {
        return store.read(work);
    }

    @Override
    public <T> T write(Work<T> work) {
        return store.write(work);
    }

    @Override
    public int migrate(String owner, List<String> migrations) {
        return store.migrate(owner, migrations);
    }
}
