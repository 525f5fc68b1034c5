package io.hearthguard.web.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.traffic.CaptureSession;

/**
 * The capture interface in Settings: the interfaces this machine has, the live capture's
 * configuration (ConfigAdmin PID {@value #PID}, the one a {@code .cfg} file sets) and the
 * live session running now (a {@link CaptureSession} service with {@code capture.live=true}).
 * Saving a new interface updates that configuration, so the capture component restarts on
 * it; a name this machine does not have is refused before anything is stored.
 */
final class CaptureInterface {
    static final String PID = "io.hearthguard.capture.live";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:@-]{1,15}");
    private static final int MAX_INTERFACES = 256;

    private final BundleContext context;
    private final Path sysClassNet;

    CaptureInterface(BundleContext context, Path sysClassNet) {
        this.context = context;
        this.sysClassNet = sysClassNet;
    }

    /** Every interface by name (Java's list, and on Linux the kernel's, which includes those without an address), then {@code any}. */
    List<Map<String, Object>> interfaces() {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Map<String, Object> m = entry(ni.getName());
                m.put("up", ni.isUp());
                m.put("loopback", ni.isLoopback());
                List<String> addrs = new ArrayList<>();
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (addrs.size() < 8) {
                        addrs.add(a.getHostAddress().replaceAll("%.*", ""));
                    }
                }
                m.put("addresses", addrs);
                out.put(ni.getName(), m);
            }
        } catch (SocketException e) {
            // the kernel's list below is still there
        }
        if (Files.isDirectory(sysClassNet)) {
            try (var dir = Files.list(sysClassNet)) {
                dir.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).forEach(n -> out.computeIfAbsent(n, CaptureInterface::entry));
            } catch (IOException | RuntimeException e) {
                // not Linux: Java's list is all there is
            }
        }
        List<Map<String, Object>> list = new ArrayList<>(out.values()).subList(0, Math.min(out.size(), MAX_INTERFACES));
        Map<String, Object> any = entry("any");
        any.put("detail", "every interface at once");
        List<Map<String, Object>> all = new ArrayList<>(list);
        all.add(any);
        return all;
    }

    private static Map<String, Object> entry(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("addresses", List.of());
        return m;
    }

    /** @return the interfaces, the configuration ({@code enabled}, {@code interface}) and the live session, if one runs */
    Map<String, Object> state(ConfigurationAdmin cm) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interfaces", interfaces());
        Dictionary<String, Object> p = config(cm).map(Configuration::getProperties).orElse(null);
        Object iface = p == null ? null : Optional.ofNullable(p.get("interface")).orElse(p.get("iface"));
        m.put("enabled", p != null && Boolean.parseBoolean(String.valueOf(p.get("enabled"))));
        m.put("interface", iface == null ? "" : String.valueOf(iface));
        m.put("configurable", cm != null);
        live().ifPresent(s -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("source", s.source());
            r.put("received", s.received());
            r.put("processed", s.processed());
            r.put("dropped", s.dropped());
            m.put("running", r);
        });
        return m;
    }

    private static Optional<Configuration> config(ConfigurationAdmin cm) throws IOException {
        if (cm == null) {
            return Optional.empty();
        }
        try {
            Configuration[] cs = cm.listConfigurations("(service.pid=" + PID + ")");
            return cs == null || cs.length == 0 ? Optional.empty() : Optional.of(cs[0]);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<CaptureSession> live() {
        try {
            for (ServiceReference<CaptureSession> r : context.getServiceReferences(CaptureSession.class, "(capture.live=true)")) {
                CaptureSession s = context.getService(r);
                if (s != null) {
                    try {
                        return Optional.of(s);
                    } finally {
                        context.ungetService(r);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    /** Checks a name against this machine's interfaces; the refusal lists those it has. */
    String check(String name) {
        String n = name == null ? "" : name.strip();
        List<String> names = interfaces().stream().map(i -> String.valueOf(i.get("name"))).toList();
        if (n.isEmpty() || !names.contains(n)) {
            throw Problem.badRequest("this machine has no network interface '" + (n.length() > 40 ? n.substring(0, 40) + "…" : n)
                    + "'; it has: " + String.join(", ", names));
        }
        return n;
    }

    /**
     * Body {@code {"interface": name, "enabled": true|false}}. Stores the configuration (other
     * keys such as {@code filter} kept), then waits up to 8 s for the live session on the new
     * interface (or for none, when disabled) and answers the state with {@code restarted}.
     */
    Map<String, Object> save(ConfigurationAdmin cm, JsonNode body) throws IOException, InterruptedException {
        if (cm == null) {
            throw Problem.notImplemented("capture is configured through ConfigurationAdmin, which is not running in this hub; nothing was changed");
        }
        String iface = check(Json.text(body, "interface", 64));
        boolean enabled = !body.has("enabled") || body.get("enabled").asBoolean(false);
        String before = live().map(CaptureSession::id).orElse(null);
        Configuration c = config(cm).orElse(cm.getConfiguration(PID, "?"));
        Hashtable<String, Object> p = new Hashtable<>();
        Dictionary<String, Object> old = c.getProperties();
        if (old != null) {
            for (var keys = old.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                if (!k.startsWith("service.") && !k.startsWith("felix.") && !"iface".equals(k)) {
                    p.put(k, old.get(k));
                }
            }
        }
        p.put("interface", iface);
        p.put("enabled", enabled);
        c.update(p);
        long end = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < end) {
            Optional<CaptureSession> now = live();
            boolean settled = enabled ? now.isPresent() && !now.get().id().equals(before) : now.isEmpty();
            if (settled) {
                break;
            }
            Thread.sleep(50);
        }
        Map<String, Object> m = state(cm);
        Object running = m.get("running");
        m.put("restarted", enabled && running != null && !((Map<?, ?>) running).get("id").equals(before));
        return m;
    }
}
