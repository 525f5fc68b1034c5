package io.hearthguard.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Requests to the hub's own HTTP endpoint (the port is chosen by Jetty: the runtime reports it). */
final class Http {
    private Http() {
    }

    /** @return the answer to {@code GET path} (e.g. {@code api/health}) */
    static HttpResponse<String> get(BundleContext context, String path) throws Exception {
        Object endpoint = null;
        ServiceReference<?>[] refs = context.getAllServiceReferences("org.osgi.service.servlet.runtime.HttpServiceRuntime", null);
        for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
            Object eps = r.getProperty("osgi.http.endpoint");
            endpoint = eps instanceof String[] a ? a[0] : eps;
        }
        if (endpoint == null) {
            throw new AssertionError("no HTTP endpoint registered");
        }
        String base = endpoint.toString().endsWith("/") ? endpoint.toString() : endpoint + "/";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
