package io.hearthguard.itests.throwing;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.hearthguard.api.protection.ProtectionService;

/**
 * The activator of a test bundle that {@code HotDeployIT} assembles from these classes,
 * signs and deploys: it registers {@link ThrowingProtection} as a vendor would (a plain
 * service registration, so the bundle needs no DS descriptor). Not used inside the test
 * bundle itself.
 */
public final class Activator implements BundleActivator {
    /** The vendor the protection registers with; the test finds it by this. */
    public static final String VENDOR = "itest-broken";

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("component.name", "io.hearthguard.itests.throwing.ThrowingProtection");
        p.put(ProtectionService.PROP_VENDOR, VENDOR);
        p.put(ProtectionService.PROP_STREAMS, new String[] {"flow"});
        context.registerService(io.hearthguard.api.protection.DeviceProtection.class, new ThrowingProtection(), p);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
