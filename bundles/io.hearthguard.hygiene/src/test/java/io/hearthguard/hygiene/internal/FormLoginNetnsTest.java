package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * HTML login forms over plain HTTP, served by the real Debian lighttpd in a network namespace
 * the test creates and removes. Debian has no device admin page, so the pages are the test's:
 * a static page with a simple form (user name + password, POST) whose CGI script (run by
 * lighttpd's mod_cgi with /bin/sh) accepts admin/1234 with a redirect and answers anything else
 * with the form again, and on a second port a form with a hidden token, which is not simple.
 * Install: {@code apt-get install lighttpd}. Skips when not root or without {@code ip netns}.
 */
@Timeout(120)
class FormLoginNetnsTest {
    private static final String PASSWORD = "1234";

    @TempDir
    static Path dir;
    private static Netns ns;

    static final String FORM = "<html><body><h1>Camera</h1><form method=\"post\" action=\"login.cgi\">"
            + "<input type=\"text\" name=\"username\"><input type=\"password\" name=\"pwd\">"
            + "<input type=\"checkbox\" name=\"remember\"><input type=\"submit\" value=\"Sign in\"></form></body></html>";

    @BeforeAll
    static void startServers() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/lighttpd")), "lighttpd is missing (apt-get install lighttpd): skipped");
        ns = Netns.create();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String site : List.of("simple", "token")) {
            Path www = Files.createDirectories(dir.resolve(site));
            Files.setPosixFilePermissions(www, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.writeString(www.resolve("index.html"), site.equals("simple") ? FORM
                    : FORM.replace("<input type=\"submit\"", "<input type=\"hidden\" name=\"csrf\" value=\"8f2a\"><input type=\"submit\""));
            Files.writeString(www.resolve("status.html"), "<html><body>signed in</body></html>");
            Path cgi = www.resolve("login.cgi");
            Files.writeString(cgi, """
                    body=$(head -c "${CONTENT_LENGTH:-0}")
                    echo "$REQUEST_METHOD" >> "%s/posts-%s.log"
                    if [ "$body" = "username=admin&pwd=%s" ]; then
                      printf 'Status: 302 Found\\r\\nLocation: /status.html\\r\\nSet-Cookie: sid=42\\r\\n\\r\\n'
                    else
                      printf 'Content-Type: text/html\\r\\n\\r\\n<p>Wrong user name or password.</p>%s'
                    fi
                    """.formatted(dir, site, PASSWORD, FORM));
            int port = site.equals("simple") ? 8080 : 8000;
            Files.writeString(dir.resolve("lighttpd-" + site + ".conf"), String.join("\n", "server.document-root = \"" + www + "\"",
                    "server.bind = \"" + ns.nsIp + "\"", "server.port = " + port, "server.modules = (\"mod_cgi\")",
                    "index-file.names = (\"index.html\")", "cgi.assign = (\".cgi\" => \"/bin/sh\")",
                    "server.errorlog = \"" + dir.resolve("lighttpd-" + site + ".err") + "\"", ""));
            Process p = ns.start(dir.resolve("lighttpd-" + site + ".log"), "/usr/sbin/lighttpd", "-D", "-f", dir.resolve("lighttpd-" + site + ".conf").toString());
            ns.awaitPort(port, p);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (ns != null) {
            ns.close();
        }
    }

    private static List<Finding> check(int port, boolean credentials) throws Exception {
        try (HygieneChecker c = new HygieneChecker(new HygieneChecker.Settings(HomeSubnets.of(List.of(ns.subnet)),
                RiskyPort.forPorts(new int[] { port }), new Limits(1000, 2000, 4096), 20, 4, credentials, 100, 6000, 6))) {
            return HygieneFindings.of(c.check(List.of(ns.nsIp)), new DeviceRef("cam-1", null, ns.nsIp, "camera"), Instant.now());
        }
    }

    private static long posts(String site) throws Exception {
        Path log = dir.resolve("posts-" + site + ".log");
        return Files.exists(log) ? Files.readAllLines(log).stream().filter("POST"::equals).count() : 0;
    }

    @Test
    void aSimpleFormWithADefaultLoginIsFoundAfterTheWrongLoginYardstickAndThreeDefaults() throws Exception {
        long before = posts("simple");
        List<Finding> f = check(8080, true);
        Set<String> rules = f.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("hygiene.exposed.http.cleartext-login", "hygiene.default-credentials.http-form")), rules, f.toString());
        Finding page = f.stream().filter(x -> x.rule().equals("hygiene.exposed.http.cleartext-login")).findFirst().orElseThrow();
        assertEquals("/login.cgi", page.evidence().get("formAction"));
        assertEquals("username", page.evidence().get("formUserField"));
        Finding cred = f.stream().filter(x -> x.rule().equals("hygiene.default-credentials.http-form")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, cred.severity());
        assertEquals(4L, cred.evidence().get("attempts")); // a surely wrong login, then admin/admin, admin/password, admin/1234
        assertEquals(4, posts("simple") - before, "exactly one POST per attempt reached the page");
        assertTrue(cred.summary().startsWith("The login form on " + ns.nsIp + ":8080 accepts a well-known default login"), cred.summary());
        String all = f.stream().map(x -> x.summary() + x.evidence()).collect(Collectors.joining("\n"));
        assertFalse(all.contains(PASSWORD), all);
        for (String secret : List.of("admin&", "=admin", "admin/", "\"admin\"")) {
            assertFalse(all.contains(secret), secret + " in " + all);
        }
    }

    @Test
    void withoutTheOptInTheFormIsOnlyReportedAndNeverPosted() throws Exception {
        long before = posts("simple");
        List<Finding> f = check(8080, false);
        assertEquals(List.of("hygiene.exposed.http.cleartext-login"), f.stream().map(Finding::rule).toList());
        assertEquals(0, posts("simple") - before);
    }

    @Test
    void aFormWithAHiddenTokenIsReportedButNotTried() throws Exception {
        List<Finding> f = check(8000, true);
        assertEquals(List.of("hygiene.exposed.http.cleartext-login"), f.stream().map(Finding::rule).toList(), f.toString());
        assertEquals("the form has hidden fields (a token or session value)", f.get(0).evidence().get("formNotTried"));
        assertNull(f.get(0).evidence().get("formAction"));
        assertEquals(0, posts("token"));
    }
}
