package io.hearthguard.deploy.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.hearthguard.platform.cli.Command;

/**
 * {@code hearthguard deploy FILE [--url URL] [--token-file FILE]}: sends a jar to a running
 * hub's {@code POST /api/deploy}, so it goes through the same lifecycle and audit as an
 * upload from the dashboard. Authenticates with an API token (created under Settings or
 * {@code POST /api/tokens}) read from {@code HEARTHGUARD_TOKEN} or a file, never from the
 * command line (other users can read a process's arguments).
 */
@Component(property = { Command.PROP_NAME + "=deploy",
        Command.PROP_SUMMARY + "=Deploy a vendor bundle into a running hub (through its REST upload, with an API token)" })
public final class DeployCommand implements Command {
    static final String DEFAULT_URL = "http://127.0.0.1:8088/";
    private static final Pattern FIELD = Pattern.compile("\"(verdict|reason|detail|title)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final UnaryOperator<String> env;

    public DeployCommand() {
        this(System::getenv);
    }

    DeployCommand(UnaryOperator<String> env) {
        this.env = env;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String url = DEFAULT_URL;
        Path tokenFile = null;
        Path jar = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    out.println("usage: hearthguard deploy FILE.jar [--url URL] [--token-file FILE]");
                    out.println("  Sends the jar to a running hub, which stages, verifies (signature against its trust/),");
                    out.println("  installs or updates, health-checks, and commits or rolls back; every attempt is audited.");
                    out.println("  --url URL          the hub's address (default " + DEFAULT_URL + ")");
                    out.println("  --token-file FILE  a file holding an API token; else the HEARTHGUARD_TOKEN environment variable");
                    out.println("  Exit code 0 when the bundle runs (installed, updated, unchanged), 1 when refused or rolled back.");
                    return OK;
                }
                case "--url", "--token-file" -> {
                    if (i + 1 >= args.size()) {
                        err.println("deploy: " + a + " needs a value (try --help)");
                        return USAGE;
                    }
                    String v = args.get(++i);
                    if (a.equals("--url")) {
                        url = v.endsWith("/") ? v : v + "/";
                    } else {
                        tokenFile = Path.of(v);
                    }
                }
                default -> {
                    if (a.startsWith("-") || jar != null) {
                        err.println("deploy: unexpected argument '" + a + "' (try --help)");
                        return USAGE;
                    }
                    jar = Path.of(a);
                }
            }
        }
        if (jar == null) {
            err.println("deploy: which jar? (usage: hearthguard deploy FILE.jar)");
            return USAGE;
        }
        if (!Files.isRegularFile(jar)) {
            err.println("deploy: " + jar + " is not a file");
            return USAGE;
        }
        URI base;
        try {
            base = URI.create(url);
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            err.println("deploy: --url " + url + ": " + e.getMessage());
            return USAGE;
        }
        String token;
        try {
            token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip() : env.apply("HEARTHGUARD_TOKEN");
        } catch (IOException e) {
            err.println("deploy: cannot read the token file " + tokenFile + ": " + e.getMessage());
            return USAGE;
        }
        if (token == null || token.isBlank()) {
            err.println("deploy: no API token: set HEARTHGUARD_TOKEN or give --token-file (create a token under Settings in the dashboard)");
            return USAGE;
        }
        String name = jar.getFileName().toString();
        URI target = base.resolve("api/deploy?via=cli&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofFile(jar)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            err.println("deploy: the hub at " + base + " does not answer (" + e.getMessage() + "); is it running? (--url)");
            return FINDINGS;
        }
        Map<String, String> f = fields(r.body());
        out.println(r.body());
        int s = r.statusCode();
        if (s == 200 || s == 201) {
            err.println("deploy: " + name + ": " + f.getOrDefault("verdict", "?") + ": " + f.getOrDefault("reason", ""));
            return OK;
        }
        String why = f.containsKey("reason") ? f.get("verdict") + ": " + f.get("reason") : f.getOrDefault("detail", f.getOrDefault("title", "HTTP " + s));
        err.println("deploy: " + name + ": " + why + " (HTTP " + s + ")");
        return FINDINGS;
    }

    /** The few string fields the summary line needs, without a JSON library. */
    static Map<String, String> fields(String json) {
        Map<String, String> m = new java.util.HashMap<>();
        Matcher x = FIELD.matcher(json == null ? "" : json);
        while (x.find()) {
            m.putIfAbsent(x.group(1), x.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return m;
    }
}
