package io.hearthguard.api.protection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Registers a {@link DeviceProtection} component with the properties the platform needs.
 * Put it on the component class next to {@code @Component}; DS turns its members into
 * service properties prefixed {@value #PREFIX_}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ProtectionService {

    /** Service property prefix. */
    String PREFIX_ = "hearthguard.protection.";

    /** Service property holding {@link #vendor()}. */
    String PROP_VENDOR = PREFIX_ + "vendor";
    /** Service property holding {@link #deviceTypes()}. */
    String PROP_DEVICE_TYPES = PREFIX_ + "deviceTypes";
    /** Service property holding {@link #streams()}. */
    String PROP_STREAMS = PREFIX_ + "streams";

    /** @return who ships the protection, e.g. {@code hearthguard} or {@code acme} */
    String vendor();

    /**
     * @return the {@link io.hearthguard.api.device.DeviceType#id() device types} it covers;
     *         empty means every device. A protection that covers {@code unknown} also gets the
     *         devices whose type is only a weak guess (the hub's confidence threshold,
     *         docs/architecture.md "Protection coverage")
     */
    String[] deviceTypes() default {};

    /**
     * @return what it receives: any of {@code flow}, {@code metadata}, {@code meter}, and since
     *         1.1 {@code activity} (for an {@link ActivityProtection})
     *         (see {@link io.hearthguard.api.traffic.TrafficObserver}); ticks always arrive
     */
    String[] streams() default { "flow", "metadata", "meter" };
}
