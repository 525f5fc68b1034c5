package io.hearthguard.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.platform.cli.Launch;

/**
 * Turns HTTPS on when {@code <data>/config/io.hearthguard.web.tls.cfg} exists: makes sure a
 * key store exists (the user's own, or one generated on first use, see {@link Tls}) and hands
 * it to Felix HTTP through its ConfigAdmin PID {@code org.apache.felix.http}; the plain HTTP
 * port keeps its launcher settings. Deleting the file turns HTTPS off again.
 */
@Component(configurationPid = TlsConfigurer.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TlsConfigurer.Config.class)
public final class TlsConfigurer {
    static final String PID = "io.hearthguard.web.tls";
    static final String HTTP_PID = "org.apache.felix.http";
    private static final Logger LOG = Logger.getLogger(TlsConfigurer.class.getName());

    @ObjectClassDefinition(name = "Hearthguard HTTPS", description = "HTTPS for the dashboard and API")
    public @interface Config {
        @AttributeDefinition(description = "HTTPS port (1-65535)")
        int httpsPort() default 8443;

        @AttributeDefinition(description = "Your own PKCS#12 key store; empty to generate a self-signed one in <data>/tls")
        String keystore() default "";

        @AttributeDefinition(description = "Password of your own key store", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String keystorePassword() default "";

        @AttributeDefinition(description = "Names and addresses the generated certificate is valid for")
        String[] hostnames() default { "localhost", "127.0.0.1" };
    }

    private final ConfigurationAdmin cm;
    private final Thread worker;

    @Activate
    public TlsConfigurer(BundleContext context, @Reference ConfigurationAdmin cm, Config config) {
        this.cm = cm;
        if (config.httpsPort() < 1 || config.httpsPort() > 65535) {
            throw new IllegalArgumentException("httpsPort must be between 1 and 65535: " + config.httpsPort());
        }
        Path data = Launch.dataDirectory(context::getProperty);
        // keytool takes a second or two: off the activate path
        worker = new Thread(() -> apply(data, config), "hearthguard-tls");
        worker.setDaemon(true);
        worker.start();
    }

    private void apply(Path data, Config config) {
        try {
            Path ks;
            String password;
            if (config.keystore().isBlank()) {
                Tls.Store s = Tls.ensure(data.resolve("tls"), Arrays.asList(config.hostnames()));
                ks = s.keystore();
                password = s.password();
            } else {
                ks = Path.of(config.keystore());
                password = config.keystorePassword();
                if (!Files.isReadable(ks)) {
                    throw new IOException("the key store " + ks + " is not readable");
                }
            }
            String fingerprint = Tls.fingerprint(ks, password, "PKCS12");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("org.apache.felix.https.enable", "true");
            p.put("org.osgi.service.http.port.secure", Integer.toString(config.httpsPort()));
            p.put("org.apache.felix.https.keystore", ks.toString());
            p.put("org.apache.felix.https.keystore.password", password);
            p.put("org.apache.felix.https.keystore.key.password", password);
            p.put("org.apache.felix.https.keystore.type", "PKCS12");
            p.put("org.apache.felix.https.jetty.protocols.included", "TLSv1.3,TLSv1.2");
            p.put("org.apache.felix.https.jetty.renegotiateAllowed", "false");
            p.put("org.apache.felix.http.jetty.sendServerHeader", "false");
            Configuration c = cm.getConfiguration(HTTP_PID, null);
            c.update(p);
            LOG.info("HTTPS on port " + config.httpsPort() + " with key store " + ks + "; certificate SHA-256 fingerprint " + fingerprint);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "HTTPS could not be turned on: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate(int reason) throws InterruptedException {
        worker.join(60_000);
        if (reason == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED) {
            try {
                cm.getConfiguration(HTTP_PID, null).delete();
                LOG.info("HTTPS turned off");
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.WARNING, "HTTPS could not be turned off", e);
            }
        }
    }
}
