package io.hearthguard.health.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/health}: {@code {"status":"UP"|"DEGRADED", "bundles":[…], "components":[…]}}
 * listing every bundle that is not active (fragments and lazily activated bundles waiting
 * for their first use excepted) and every enabled component
 * that is not satisfied or failed to activate, with the reason. 200 when UP, 503 otherwise.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/health")
public final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final transient BundleContext context;
    private final transient ServiceComponentRuntime scr;

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
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("status", bundles.isEmpty() && components.isEmpty() ? "UP" : "DEGRADED");
        r.put("bundles", bundles);
        r.put("components", components);
        return r;
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
