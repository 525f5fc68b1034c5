package io.hearthguard.web.internal;

import java.util.logging.Logger;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A cap on the web server's open connections, all ports together (issue 13): without one, a
 * client that opens connections and sends nothing holds a file descriptor each until the idle
 * timeout, and enough of them leave the hub without descriptors for its database and captures.
 * At the cap the server stops accepting (new connections wait in the kernel's backlog) and
 * shortens the idle timeout of the open ones, so idle connections go first and a real request
 * gets in within about that timeout.
 *
 * <p>Felix HTTP offers no setting for this; it does call every {@link ConnectorFactory} service
 * with its Jetty {@link Server} after it started the configured connectors, which is where the
 * limit is attached. The connector handed back is an in-memory one with no network side that
 * removes itself from the server when Felix starts it.
 */
@Component(service = ConnectorFactory.class, configurationPid = ConnectionCap.PID)
@Designate(ocd = ConnectionCap.Config.class)
public final class ConnectionCap implements ConnectorFactory {
    static final String PID = "io.hearthguard.web.connections";
    private static final Logger LOG = Logger.getLogger(ConnectionCap.class.getName());

    @ObjectClassDefinition(name = "Hearthguard web connections", description = "Limits on the dashboard's and API's connections")
    public @interface Config {
        @AttributeDefinition(description = "Most open connections, HTTP and HTTPS together (16-10000)")
        int maxConnections() default 1000;

        @AttributeDefinition(description = "Idle timeout of open connections while the cap is reached, in milliseconds (100-60000)")
        int idleMillisWhenFull() default 2000;
    }

    private final int max;
    private final int idleMillis;

    @Activate
    public ConnectionCap(Config config) {
        this(config.maxConnections(), config.idleMillisWhenFull());
    }

    ConnectionCap(int max, int idleMillis) {
        if (max < 16 || max > 10_000) {
            throw new IllegalArgumentException(PID + ": maxConnections must be between 16 and 10000, not " + max);
        }
        if (idleMillis < 100 || idleMillis > 60_000) {
            throw new IllegalArgumentException(PID + ": idleMillisWhenFull must be between 100 and 60000, not " + idleMillis);
        }
        this.max = max;
        this.idleMillis = idleMillis;
    }

    @Override
    public Connector createConnector(Server server) {
        NetworkConnectionLimit limit = new NetworkConnectionLimit(max, server);
        limit.setEndPointIdleTimeout(idleMillis);
        server.addBean(limit);
        try {
            if (!limit.isStarted()) {
                limit.start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot apply the web connection cap: " + e.getMessage(), e);
        }
        // the connectors are running already: their selector managers collected their accept
        // listeners when they started, so the limit must be handed to them directly
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.getSelectorManager().addEventListener(limit);
            }
        }
        LOG.info(() -> "web server: at most " + max + " open connections (idle ones closed after " + idleMillis + " ms when full)");
        // Felix adds what we return to the server and starts it; it must not stay there: Felix
        // lists the server's connectors as HTTP endpoints and fails on one that is not a
        // ServerConnector (seen when HTTPS restarts Jetty). So it leaves as soon as it starts.
        return new LocalConnector(server) {
            @Override
            protected void doStart() throws Exception {
                super.doStart();
                getServer().removeConnector(this);
            }
        };
    }
}
