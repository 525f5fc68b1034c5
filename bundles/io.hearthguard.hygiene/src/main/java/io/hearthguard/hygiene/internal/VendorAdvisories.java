package io.hearthguard.hygiene.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * Advisory files that vendor bundles carry: a bundle whose manifest has
 * {@value #HEADER}{@code : <folder>} (a folder inside the bundle, e.g. {@code advisories})
 * contributes the {@code *.json} files of that folder, in the format of the advisory
 * directory (OSV, docs/hygiene.md), from the moment it is resolved until it is stopped,
 * updated or uninstalled. Read once per bundle; at most {@value #MAX_BUNDLES} bundles, each
 * bounded like the directory. Thread-safe.
 */
final class VendorAdvisories implements AutoCloseable {
    static final String HEADER = "Hearthguard-Advisories";
    static final int MAX_BUNDLES = 64;
    private static final Logger LOG = Logger.getLogger(VendorAdvisories.class.getName());

    private final BundleTracker<Advisories> tracker;

    VendorAdvisories(BundleContext context) {
        this.tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Advisories addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(HEADER);
                if (folder == null || folder.isBlank()) {
                    return null; // not a contributor: not tracked
                }
                if (size() >= MAX_BUNDLES) {
                    LOG.warning(() -> "hygiene: " + MAX_BUNDLES + " bundles already contribute advisories; " + bundle.getSymbolicName() + " is ignored");
                    return null;
                }
                return load(bundle, folder.strip());
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Advisories object) {
                // the same jar: its files did not change (an update uninstalls the old revision first)
            }
        };
        tracker.open();
    }

    static Advisories load(Bundle bundle, String folder) {
        String origin = bundle.getSymbolicName() + " " + bundle.getVersion();
        List<Map.Entry<String, Advisories.IoSupplier>> files = new ArrayList<>();
        Enumeration<URL> urls = bundle.findEntries(folder, "*.json", false);
        if (urls != null) {
            for (URL u : Collections.list(urls)) {
                files.add(Map.entry(u.getPath(), u::openStream));
                if (files.size() > Advisories.MAX_FILES) {
                    break; // read() names the cut
                }
            }
        }
        Advisories a = Advisories.read(origin, files);
        LOG.info(() -> "hygiene: " + origin + " contributes " + a.size() + " advisory entries from " + folder
                + (a.problems().isEmpty() ? "" : "; skipped: " + a.problems()));
        return a;
    }

    /** @return every tracked bundle's advisories together */
    Advisories current() {
        Advisories all = Advisories.NONE;
        for (Advisories a : tracker.getTracked().values()) {
            all = all.plus(a);
        }
        return all;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
