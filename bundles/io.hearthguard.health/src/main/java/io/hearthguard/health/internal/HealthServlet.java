package io.hearthguard.health.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/health}: {@code {"status":"UP"|"DEGRADED", "bundles":[…], "components":[…], "protections":[…]}}
 * listing every bundle that is not active (fragments and lazily activated bundles waiting
 * for their first use excepted) and every enabled component
 * that is not satisfied or failed to activate, with the reason, and every service that
 * reports a failure with the {@value #FAILURE} property, and every protection the protection
 * host quarantined, with its reason (from {@link ProtectionStatusService}). 200 when UP, 503 otherwise.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/health")
public final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /**
     * Service property by which a component that is active but no longer working (e.g. live
     * capture that lost its interface) reports it: any service carrying it makes the hub
     * DEGRADED, with the property's value as the reason.
     */
    public static final String FAILURE = "hearthguard.health.failure";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Longest quarantine reason shown (it may carry an exception message of a vendor's code). */
    static final int MAX_REASON = 500;

    private final transient BundleContext context;
    private final transient ServiceComponentRuntime scr;
    /** The protection host's view of its protections; absent while the host does not run. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile transient ProtectionStatusService protections;

    @Activate
    public HealthServlet(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** @return the health report as a JSON tree */
    Map<String, Object> report() {
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            String policy = b.getHeaders().get(Constants.BUNDLE_ACTIVATIONPOLICY);
            boolean lazyWaiting = b.getState() == Bundle.STARTING && policy != null
                    && policy.trim().startsWith(Constants.ACTIVATION_LAZY); // activates on first class load: fine
            if (b.getState() != Bundle.ACTIVE && !(fragment && b.getState() == Bundle.RESOLVED) && !lazyWaiting) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", b.getBundleId());
                m.put("symbolicName", b.getSymbolicName());
                m.put("version", b.getVersion().toString());
                m.put("state", state(b.getState()));
                bundles.add(m);
            }
        }
        List<Map<String, Object>> components = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", d.name);
                m.put("bundle", d.bundle.symbolicName);
                m.put("state", switch (c.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "unsatisfied-configuration";
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied-reference";
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed-activation";
                    default -> "state-" + c.state;
                });
                List<String> missing = new ArrayList<>();
                for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                    missing.add(u.name + " " + u.target);
                }
                if (!missing.isEmpty()) {
                    m.put("unsatisfiedReferences", missing);
                }
                if (c.failure != null) {
                    m.put("failure", rootCause(c.failure));
                }
                components.add(m);
            }
        }
        // components that activated but failed later (e.g. live capture losing its interface) say so with a service property
        try {
            ServiceReference<?>[] failed = context.getServiceReferences((String) null, "(" + FAILURE + "=*)");
            for (ServiceReference<?> ref : failed == null ? new ServiceReference<?>[0] : failed) {
                Map<String, Object> m = new LinkedHashMap<>();
                Object name = ref.getProperty("component.name");
                m.put("name", name != null ? name : String.valueOf(ref.getProperty(Constants.SERVICE_PID)));
                m.put("bundle", ref.getBundle() == null ? null : ref.getBundle().getSymbolicName());
                m.put("state", "failed");
                m.put("failure", String.valueOf(ref.getProperty(FAILURE)));
                components.add(m);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Map<String, Object>> quarantined = quarantined(protections);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("status", bundles.isEmpty() && components.isEmpty() && quarantined.isEmpty() ? "UP" : "DEGRADED");
        r.put("bundles", bundles);
        r.put("components", components);
        r.put("protections", quarantined);
        return r;
    }

    /**
     * @return every quarantined protection with its vendor and the host's reason (a running hub
     *         whose protection was quarantined still inspects traffic: DEGRADED, not down)
     */
    static List<Map<String, Object>> quarantined(ProtectionStatusService service) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (service == null) {
            return out;
        }
        for (ProtectionStatus p : service.quarantined()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("vendor", p.vendor());
            m.put("state", p.state().id());
            String why = p.reason();
            m.put("reason", why.length() > MAX_REASON ? why.substring(0, MAX_REASON) + "…" : why);
            m.put("failures", p.failures());
            out.add(m);
        }
        return out;
    }

    /** SCR gives a whole stack trace; people need the innermost cause's message. */
    static String rootCause(String trace) {
        String line = trace.lines().findFirst().orElse("");
        for (String l : trace.lines().toList()) {
            if (l.startsWith("Caused by: ")) {
                line = l.substring("Caused by: ".length());
            }
        }
        return line;
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.INSTALLED -> "installed";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "uninstalled";
        };
    }

    /** Only GET and HEAD; anything else gets a problem document, not the container's HTML page. */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException, IOException {
        if ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) {
            super.service(req, resp);
            return;
        }
        resp.setStatus(405);
        resp.setHeader("Allow", "GET, HEAD");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("application/problem+json");
        resp.setCharacterEncoding("UTF-8");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "https://hearthguard.invalid/problems/method-not-allowed");
        m.put("title", "Method not allowed");
        m.put("status", 405);
        m.put("detail", "/api/health answers GET and HEAD only");
        m.put("instance", "/api/health");
        JSON.writeValue(resp.getOutputStream(), m);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> r = report();
        resp.setStatus("UP".equals(r.get("status")) ? 200 : 503);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), r);
    }
}
