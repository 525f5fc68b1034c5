package io.hearthguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.testsupport.Ports;

/**
 * One real hub process for the whole class, driven in order: before setup everything is
 * 401; first-run setup in the browser; a finding published inside the hub appears live in
 * the findings page and its buttons answer; the API refuses cross-site, malformed,
 * oversized and path-trick requests with the right status, leaving nothing behind.
 * Browser tests skip when Debian's chromium / chromedriver are absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();

    Path tmp;
    HubProcess hub;
    WebDriver browser;
    Path shots = Path.of(System.getProperty("hearthguard.screenshots", "target/screenshots"));
    /** Session cookie and CSRF token of an API-level login (set by {@link #login()}). */
    String cookie;
    String csrf;

    @BeforeAll
    void startHub() throws Exception {
        tmp = Files.createTempDirectory("hg-e2e");
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.createDirectories(data.resolve("deploy"));
        // the emitter is a test bundle: accept it unsigned in this hub only
        Files.writeString(data.resolve("config/io.hearthguard.deploy.cfg"), "requireSignature=false\npollMillis=200\n");
        hub = HubProcess.start(data);
        hub.awaitReady(Duration.ofSeconds(90));
        Files.createDirectories(shots);
    }

    @AfterAll
    void stopHub() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (hub != null) {
            hub.close();
            assertFalse(hub.output().contains("SEVERE"), hub.output());
        }
    }

    private WebDriver browser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        if (browser == null) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toFile());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                    "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            o.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            browser = new ChromeDriver(service, o);
        }
        return browser;
    }

    private WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void awaitText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void screenshot(String name) throws IOException {
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Console errors since the last call, except the network lines of statuses the test expects. */
    private List<String> consoleErrors(String... expectedStatus) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            boolean expected = Stream.of(expectedStatus).anyMatch(s -> m.contains("status of " + s));
            if (e.getLevel().intValue() >= Level.WARNING.intValue() && !expected) {
                out.add(m);
            }
        }
        return out;
    }

    private Map<String, String> origin() {
        return Map.of("Origin", hub.base(), "Content-Type", "application/json");
    }

    private Map<String, String> session(boolean withCsrf) {
        return withCsrf ? Map.of("Cookie", cookie, "X-CSRF-Token", csrf, "Origin", hub.base(), "Content-Type", "application/json")
                : Map.of("Cookie", cookie, "Origin", hub.base(), "Content-Type", "application/json");
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String detailPart) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonNode p = json(r);
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("detail").asText().contains(detailPart), p.toString());
    }

    // ------------------------------------------------------------------ before setup

    @Test
    @Order(1)
    void beforeSetupEveryRouteButHealthStateAndTheSetupPageAnswers401() throws Exception {
        for (String path : List.of("/api/findings", "/api/devices", "/api/summary", "/api/protections", "/api/settings", "/api/tokens",
                "/api/events", "/api/findings/abc", "/api/nothing-here")) {
            assertProblem(hub.get(path, Map.of()), 401, "setup");
        }
        assertProblem(hub.get("/admin.php", Map.of()), 401, "log in");
        assertProblem(hub.send("POST", "/api/login", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}", origin()), 401, "setup");
        assertEquals(200, hub.get("/api/health", Map.of()).statusCode());
        assertTrue(json(hub.get("/api/auth/state", Map.of())).get("setupRequired").asBoolean());
        HttpResponse<String> index = hub.get("/", Map.of());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertFalse(index.headers().firstValue("Server").isPresent(), "no server header");
        // a wrong setup code changes nothing
        assertProblem(hub.send("POST", "/api/setup", "{\"code\":\"AAAA-BBBB-CCCC\",\"username\":\"x\",\"password\":\"" + PASSWORD + "\"}", origin()),
                403, "setup code is wrong");
        assertTrue(json(hub.get("/api/auth/state", Map.of())).get("setupRequired").asBoolean());
    }

    // ------------------------------------------------------------------ browser

    @Test
    @Order(2)
    void firstRunSetupInTheBrowserCreatesTheAdministratorAndShowsHome() throws Exception {
        WebDriver b = browser();
        b.get(hub.base() + "/#/setup?code=" + hub.setupCode());
        await(By.id("setup-form"));
        assertFalse(b.findElement(By.id("nav")).isDisplayed(), "no navigation (or Log out) before setup");
        assertFalse(b.findElement(By.id("menu-toggle")).isDisplayed(), "no menu before setup");
        screenshot("01-setup");
        b.findElement(By.id("setup-password")).sendKeys(PASSWORD);
        b.findElement(By.cssSelector("#setup-form button[type=submit]")).click();
        await(By.id("home-state"));
        awaitText(By.id("home-state"), "No urgent findings");
        screenshot("02-home");
        assertEquals(List.of(), consoleErrors());
        assertFalse(json(hub.get("/api/auth/state", Map.of())).get("setupRequired").asBoolean());
        assertTrue(hub.output().contains("First-run setup done"), hub.output());
        // the setup route is closed now
        assertProblem(hub.send("POST", "/api/setup", "{\"code\":\"" + hub.setupCode() + "\",\"username\":\"m\",\"password\":\"" + PASSWORD + "\"}",
                origin()), 409, "administrator exists");
    }

    @Test
    @Order(3)
    void aFindingPublishedInTheHubAppearsLiveAndItsAcknowledgeButtonAnswers() throws Exception {
        WebDriver b = browser();
        b.get(hub.base() + "/#/findings");
        awaitText(By.id("live-text"), "live");
        assertEquals(0, b.findElements(By.cssSelector("#findings tbody tr")).size(), "no findings yet");
        // start the emitter bundle (hot-deployed), stop it once it published
        Files.writeString(hub.data.resolve("emit.go"), "");
        Path emitter;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("hearthguard.emitter.dir")))) {
            emitter = s.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.copy(emitter, hub.data.resolve("deploy/.emitter.part"));
        Files.move(hub.data.resolve("deploy/.emitter.part"), hub.data.resolve("deploy/emitter.jar"), StandardCopyOption.ATOMIC_MOVE);
        Path acks = hub.data.resolve("emit.acks");
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(acks) || Files.size(acks) == 0) {
            assertTrue(System.nanoTime() < end, "the emitter published nothing:\n" + hub.output());
            Thread.sleep(20);
        }
        Files.delete(hub.data.resolve("emit.go"));
        // the row arrives through Server-Sent Events, without reloading the page
        WebElement row = new WebDriverWait(b, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#findings tbody tr")));
        assertTrue(row.getText().contains("finding number"), row.getText());
        assertTrue(row.getText().contains("open"), row.getText());
        screenshot("03-findings-live");
        assertEquals(List.of(), consoleErrors());
        row.findElement(By.tagName("a")).click();
        await(By.id("acknowledge")).click();
        awaitText(By.cssSelector("#action-result .msg"), "this finding is now seen");
        assertEquals("acknowledged", b.findElement(By.id("finding-state")).getAttribute("data-state"));
        assertTrue(b.findElements(By.id("acknowledge")).isEmpty(), "no second Acknowledge once seen");
        screenshot("04-finding-detail");
        String id = b.getCurrentUrl().substring(b.getCurrentUrl().lastIndexOf('/') + 1);
        b.get(hub.base() + "/#/findings");
        WebElement acked = await(By.cssSelector("#findings tbody tr[data-id='" + id + "']"));
        assertEquals("acknowledged", acked.findElement(By.className("state")).getAttribute("data-state"), acked.getText());
        assertEquals("seen", acked.findElement(By.className("state")).getText());
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    @Order(4)
    void theOtherPagesRenderWithoutConsoleErrorsAndFitAPhone() throws Exception {
        WebDriver b = browser();
        b.get(hub.base() + "/#/devices");
        await(By.cssSelector("main table"));
        screenshot("05-devices");
        b.get(hub.base() + "/#/protections");
        awaitText(By.cssSelector("main h1"), "Protections");
        b.get(hub.base() + "/#/skills");
        await(By.id("upload-progress"));
        screenshot("06-skills");
        b.get(hub.base() + "/#/settings");
        await(By.id("token-form"));
        screenshot("07-settings");
        assertEquals(List.of(), consoleErrors());
        b.manage().window().setSize(new Dimension(390, 844));
        b.get(hub.base() + "/#/home");
        await(By.id("home-state"));
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) b)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no horizontal scrolling on a phone: " + overflow);
        screenshot("08-home-phone");
        b.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    @Order(5)
    void loggingOutEndsTheSessionAndLoggingInAgainWorks() throws Exception {
        WebDriver b = browser();
        b.get(hub.base() + "/#/home");
        await(By.id("logout")).click();
        await(By.id("login-form"));
        assertFalse(b.findElement(By.id("nav")).isDisplayed(), "no navigation (or Log out) before login");
        screenshot("09-login");
        b.findElement(By.id("login-user")).sendKeys("admin");
        b.findElement(By.id("login-password")).sendKeys(PASSWORD);
        b.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        await(By.id("home-state"));
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    @Order(6)
    void withDiscoveryInstalledTheDevicesTableTrafficChartAndSpeakerStateShow() throws Exception {
        WebDriver b = browser();
        Path fixture = Path.of(System.getProperty("hearthguard.fixture.jar"));
        Files.copy(fixture, hub.data.resolve("deploy/.fixture.part"));
        Files.move(hub.data.resolve("deploy/.fixture.part"), hub.data.resolve("deploy/fixture.jar"), StandardCopyOption.ATOMIC_MOVE);
        // the fixture's high finding about the speaker turns the home page red
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        b.get(hub.base() + "/#/home");
        while (true) {
            b.navigate().refresh(); // the same URL again would not reload a single-page app
            await(By.id("home-state"));
            if (b.findElement(By.id("home-state")).getText().contains("Needs attention")) {
                break;
            }
            assertTrue(System.nanoTime() < end, "the fixture bundle did not show up:\n" + hub.output());
            Thread.sleep(300);
        }
        // each speaker says what is wrong, not only that something is
        assertTrue(b.findElement(By.id("home-speakers")).getText().contains("Kitchen Echo — A device sent out more than usual"),
                b.findElement(By.id("home-speakers")).getText());
        screenshot("10-home-with-devices");
        // the home score card: the fixture's telnet and firmware-advisory findings cost 15 points each (the SSH one, info, nothing);
        // the advisory comes first, so the last fall is from 100 (both seen at once) or 85 (the advisory seen alone) and names telnet
        WebElement change = new WebDriverWait(b, Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            List<WebElement> c = d.findElements(By.cssSelector("#score-change"));
            return !c.isEmpty() && c.get(0).getText().matches("(?s)Down from (100|85) to 70.*") ? c.get(0) : null;
        });
        assertTrue(change.getText().contains("Porch camera accepts telnet logins on port 23 (Porch camera, new)"), change.getText());
        assertEquals("70 / 100", b.findElement(By.id("home-score-value")).getText());
        assertEquals(1, b.findElements(By.cssSelector("svg#score-trend polyline")).size(), "the trend is drawn");
        assertTrue(b.findElement(By.id("home-score")).getText().contains("Turn telnet off in the camera's settings"), "what wins the points back");
        String telnet = change.findElements(By.tagName("a")).stream().filter(a -> a.getText().contains("telnet")).findFirst().orElseThrow()
                .getAttribute("href").replaceAll(".*/", "");
        atBothSizes(By.id("home-score"), "10a-home-score");
        // fixed: the score rises again and says why
        login();
        assertEquals(200, hub.send("POST", "/api/findings/" + telnet + "/resolve", null, session(true)).statusCode());
        b.navigate().refresh();
        awaitText(By.id("score-change"), "Up from 70 to 85");
        assertTrue(b.findElement(By.id("score-change")).getText().contains("(Porch camera, fixed)"), b.findElement(By.id("score-change")).getText());
        JsonNode score = json(hub.get("/api/score", Map.of("Cookie", cookie)));
        assertEquals(85, score.get("score").asInt());
        assertTrue(score.get("history").size() >= 3, "100, 70, 85: " + score.get("history"));
        assertProblem(hub.send("POST", "/api/score", "{}", session(true)), 405, "");
        b.get(hub.base() + "/#/devices");
        new WebDriverWait(b, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("main tbody tr")).size() == 4);
        assertTrue(b.findElement(By.tagName("main")).getText().contains("Amazon Technologies Inc."));
        screenshot("11-devices");
        // keyboard only: Tab from the top of the page to the speaker's link, Enter opens it
        WebElement link = b.findElement(By.linkText("Kitchen Echo"));
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(b);
        for (int i = 0; i < 40 && !link.equals(b.switchTo().activeElement()); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertEquals(link, b.switchTo().activeElement(), "the device link is reachable with Tab");
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        await(By.id("traffic"));
        awaitText(By.tagName("main"), "Kitchen Echo uploaded 12 MB");
        // the chart: one point per minute window on a time axis, a log scale, the finding marked where it began
        WebElement chart = await(By.cssSelector("svg#traffic"));
        String up = chart.findElement(By.cssSelector("polyline.series.up")).getAttribute("points");
        assertEquals(60, up.trim().split(" ").length, "one point per one-minute window: " + up);
        List<String> xs = chart.findElements(By.cssSelector("text.xtick")).stream().map(WebElement::getText).toList();
        assertTrue(xs.size() >= 3 && xs.stream().allMatch(t -> t.matches("\\d{1,2}:\\d{2}.{0,3}")) && new java.util.HashSet<>(xs).size() == xs.size(),
                "times of day on the x axis, each once: " + xs);
        List<String> ys = chart.findElements(By.cssSelector("text.ytick")).stream().map(WebElement::getText).toList();
        assertTrue(ys.containsAll(List.of("1.0 KB", "10.0 KB", "100.0 KB", "1.0 MB")), "a log scale, powers of ten: " + ys);
        // the quiet minutes (12-24 KB up) are not flattened by the 2.4 MB burst: at least a fifth of the height apart from the bottom
        double[] yUp = java.util.Arrays.stream(up.trim().split(" ")).mapToDouble(pt -> Double.parseDouble(pt.split(",")[1])).toArray();
        double top = java.util.Arrays.stream(yUp).min().orElseThrow(), bottom = java.util.Arrays.stream(yUp).max().orElseThrow();
        assertTrue(bottom - top < 0.8 * 202 && bottom - top > 0.2 * 202, "log scale keeps both visible: " + top + ".." + bottom);
        assertTrue(chart.findElements(By.cssSelector("a.marker")).size() >= 1, "the open finding is marked on the chart");
        // choosing a range narrows the time shown: the last 15 minutes are 15 one-minute windows
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("traffic-range"))).selectByValue("15");
        new WebDriverWait(b, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector("svg#traffic polyline.series.up")).getAttribute("points").trim().split(" ").length == 15);
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("traffic-range"))).selectByValue("all");
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('traffic').scrollIntoView({block:'center'})");
        screenshot("12-device-traffic");
        assertEquals(1, b.findElements(By.id("device-software-none")).size(), "the speaker announced no version and no check read one");
        // the camera's page: what it runs, where that was read, and the advisory that matches — REST first, then the dashboard
        JsonNode cam = json(hub.get("/api/devices/dev-camera", Map.of("Cookie", cookie)));
        List<String> sw = java.util.stream.StreamSupport.stream(cam.get("software").spliterator(), false).map(r -> r.get("product").asText() + " "
                + r.get("version").asText() + " from " + r.get("source").asText() + ", advisories " + r.get("advisories").size()).toList();
        assertEquals(List.of(" 4.30.2 from mdns-txt.fwversion, advisories 1", "udhcp 1.35.0 from dhcp-vendor-class, advisories 0",
                "OpenSSH 9.2p1 from banner, advisories 0"), sw);
        JsonNode adv = cam.get("software").get(0).get("advisories").get(0);
        assertEquals("HG-TEST-2026-0001", adv.get("id").asText());
        assertEquals("4.36.0", adv.get("fixed").asText());
        JsonNode listed = java.util.stream.StreamSupport.stream(json(hub.get("/api/devices", Map.of("Cookie", cookie))).get("items").spliterator(), false)
                .filter(x -> x.get("id").asText().equals("dev-camera")).findFirst().orElseThrow();
        assertEquals(2, listed.get("software").size(), "the list carries what the device announced: " + listed.get("software"));
        b.get(hub.base() + "/#/devices/dev-camera");
        List<WebElement> rows = await(By.id("device-software")).findElements(By.cssSelector("tbody tr"));
        assertEquals(3, rows.size());
        String first = rows.get(0).getText();
        assertTrue(first.contains("firmware 4.30.2") && first.contains("its mDNS announcement (TXT fwversion)") && first.contains("HG-TEST-2026-0001")
                && first.contains("Fixed in: 4.36.0."), first);
        assertEquals("yes", rows.get(0).getAttribute("data-advisory"));
        assertEquals("#/findings/" + adv.get("findingId").asText(), rows.get(0).findElement(By.tagName("a")).getDomAttribute("href"));
        assertTrue(rows.get(1).getText().contains("udhcp 1.35.0") && rows.get(1).getText().contains("its DHCP request (vendor class)")
                && rows.get(1).getText().contains("none known"), rows.get(1).getText());
        assertTrue(rows.get(2).getText().contains("OpenSSH 9.2p1") && rows.get(2).getText().contains("the SSH banner on port 22"), rows.get(2).getText());
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('device-software').scrollIntoView({block:'center'})");
        screenshot("12b-device-software");
        b.manage().window().setSize(new Dimension(390, 844));
        try {
            b.navigate().refresh();
            await(By.id("device-software"));
            assertNoSidewaysScroll("device software");
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('device-software').scrollIntoView({block:'start'})");
            screenshot("12c-device-software-phone");
        } finally {
            b.manage().window().setSize(new Dimension(1366, 900));
        }
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    @Order(7)
    void anEavesdroppingFindingIsExplainedForTheHouseholdWithItsTimelineAndActionsThatFitItsState() throws Exception {
        WebDriver b = browser();
        login();
        String id = null;
        for (JsonNode f : json(hub.get("/api/findings?category=eavesdrop", Map.of("Cookie", cookie))).get("items")) {
            id = f.get("id").asText();
        }
        assertTrue(id != null, "the fixture's eavesdropping finding is stored");
        b.get(hub.base() + "/#/findings/" + id);
        await(By.id("explain-what"));
        assertEquals("A speaker kept listening for a long time", b.findElement(By.cssSelector("main h1")).getText());
        assertTrue(b.findElement(By.id("explain-what")).getText().startsWith("Kitchen Echo kept sending sound"), b.findElement(By.id("explain-what")).getText());
        assertTrue(b.findElement(By.id("explain-steps")).getText().contains("microphone-off button"), b.findElement(By.id("explain-steps")).getText());
        assertEquals(2, b.findElements(By.cssSelector("#session-timeline .turn")).size(), "both turns drawn");
        assertTrue(b.findElement(By.tagName("main")).getText().contains("avs-alexa-4-na.amazon.com"), "names contacted are shown");
        assertFalse(b.findElement(By.cssSelector("#finding-json pre")).isDisplayed(), "JSON is one click away, not in the way");
        screenshot("06a-eavesdrop-finding");
        b.findElement(By.cssSelector("#finding-json summary")).click();
        assertTrue(b.findElement(By.cssSelector("#finding-json pre")).getText().contains("\"turnCount\""));
        b.findElement(By.cssSelector("#finding-json summary")).click();
        // open: acknowledge, mute, resolve; muted: unmute and resolve only (no "Mute then Acknowledge" error)
        assertEquals(List.of("acknowledge", "mute", "resolve", "mute-rule", "allow-rule"), actionIds());
        b.findElement(By.id("mute")).click();
        awaitText(By.cssSelector("#action-result .msg"), "now muted");
        assertEquals(List.of("reopen", "resolve", "mute-rule", "allow-rule"), actionIds());
        assertEquals("Unmute", b.findElement(By.id("reopen")).getText());
        b.findElement(By.id("reopen")).click();
        awaitText(By.cssSelector("#action-result .msg"), "now open");
        assertEquals(List.of("acknowledge", "mute", "resolve", "mute-rule", "allow-rule"), actionIds());
        // mute this kind for this device: a mute rule the findings bundle applies (the finding is muted with it)
        b.findElement(By.id("mute-rule")).click();
        awaitText(By.cssSelector("#action-result .msg"), "is muted");
        JsonNode rules = json(hub.get("/api/mute-rules", Map.of("Cookie", cookie))).get("items");
        assertEquals(1, rules.size(), rules.toString());
        assertEquals("eavesdrop.long-listening", rules.get(0).get("rule").asText());
        assertEquals("muted", json(hub.get("/api/findings/" + id, Map.of("Cookie", cookie))).get("state").asText());
        onPhone(By.id("explain-what"), "06b-eavesdrop-finding-phone");
        // Settings lists the mute rule and takes it back
        b.get(hub.base() + "/#/settings");
        WebElement muted = await(By.cssSelector("#mute-rules li[data-id]"));
        assertTrue(muted.getText().contains("eavesdrop.long-listening") && muted.getText().contains("Stop muting"), muted.getText());
        muted.findElement(By.tagName("button")).click();
        awaitText(By.id("mute-rules"), "Nothing is muted");
        assertEquals(0, json(hub.get("/api/mute-rules", Map.of("Cookie", cookie))).get("items").size());
        assertEquals(200, hub.send("POST", "/api/findings/" + id + "/reopen", null, session(true)).statusCode());
        assertEquals(List.of(), consoleErrors());
    }

    private List<String> actionIds() {
        return browser.findElements(By.cssSelector("#finding-actions button")).stream().map(e -> e.getAttribute("id")).toList();
    }

    @Test
    @Order(8)
    void aSkillPackageUploadedInTheBrowserShowsItsReportWithTheHiddenCharactersMarked() throws Exception {
        WebDriver b = browser();
        Path skill = tmp.resolve("bidi-reprompt.json");
        Files.writeString(skill, "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Goodbye!\\u202e\\u200d\\u200d\"},"
                + "\"shouldEndSession\":false,\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"\\u200d\"}}}}");
        b.get(hub.base() + "/#/skills");
        await(By.id("upload-file")).sendKeys(skill.toString());
        b.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement card = new WebDriverWait(b, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload-result .finding-card")));
        List<WebElement> marks = b.findElements(By.cssSelector("#upload-result mark.bad"));
        assertFalse(marks.isEmpty(), "the invisible characters are shown: " + card.getText());
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("U+200D") || m.getText().contains("U+202E")),
                marks.stream().map(WebElement::getText).toList().toString());
        assertEquals(1.0, Double.parseDouble(b.findElement(By.id("upload-progress")).getAttribute("value"))
                / Double.parseDouble(b.findElement(By.id("upload-progress")).getAttribute("max")), 1e-9, "the progress bar is full");
        screenshot("13-skill-report");
        b.navigate().refresh();
        awaitText(By.id("earlier-reports"), "bidi-reprompt.json");
        assertEquals(List.of(), consoleErrors());
        try (Stream<Path> left = Files.walk(hub.data.resolve("tmp"))) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "the upload was deleted after the analysis");
        }
    }

    /**
     * A real evaluation case (eval/skills99, written by a session that never saw the analyser, held out once): a
     * holiday-cottage finder whose Bespoken test asks for the home postcode and street address "to find deals near you",
     * which its writer labelled unneeded. No rule finds it at medium or above (the rules take "near you" as the purpose);
     * the shipped text model does, and its finding card names the words, says what to do, and has no empty location line
     * (the model's finding has no file). (Set 82's jet-lag coach and set 65's class roster, used before, are found by the
     * rules since rounds 36 and 37.)
     */
    @Test
    @Order(9)
    void aTextModelFindingOnARealCaseSaysWhatItSawAndWhatToDoOnDesktopAndPhone() throws Exception {
        Path dir = HubProcess.ROOT.resolve("eval/skills99/cases/99009-holiday-let-finder");
        Assumptions.assumeTrue(Files.isDirectory(dir), "eval/skills99 is not in this checkout");
        WebDriver b = browser();
        Path zip = tmp.resolve("holiday-let-finder.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        b.get(hub.base() + "/#/skills");
        await(By.id("upload-file")).sendKeys(zip.toString());
        b.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement card = new WebDriverWait(b, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#upload-result .finding-card"))
                .stream().filter(c -> c.getText().contains("text model")).findFirst().orElse(null));
        String text = card.getText();
        assertTrue(text.contains("personal details") && text.contains("address"), text);
        assertTrue(text.contains("Fix:") && text.contains("privacy policy"), "the card says what to do: " + text);
        assertFalse(text.contains("/work/") || text.contains(tmp.toString()), "no server path in the card: " + text);
        for (WebElement p : b.findElements(By.cssSelector("#upload-result .finding-card p"))) {
            assertFalse(p.getText().isBlank(), "no empty line in a finding card: " + p.getAttribute("outerHTML"));
        }
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'});", card);
        screenshot("13b-text-model-finding");
        b.manage().window().setSize(new Dimension(390, 844));
        try {
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'start'});", card);
            assertNoSidewaysScroll("13c-text-model-finding-phone");
            screenshot("13c-text-model-finding-phone");
        } finally {
            b.manage().window().setSize(new Dimension(1366, 900));
        }
        assertEquals(List.of(), consoleErrors());
    }

    /** A little-endian pcap of {@code n} UDP packets from 192.168.1.20 to 192.168.1.1, one per second. */
    static byte[] pcap(int n) {
        return pcap(n, 1_764_000_000, new byte[] { (byte) 192, (byte) 168, 1, 1 }, 20);
    }

    /** {@code n} UDP packets per sender 192.168.1.{@code hosts} (MAC 44:65:0d:12:34:xx) to {@code dst}, one per second from {@code t0}. */
    static byte[] pcap(int n, int t0, byte[] dst, int... hosts) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(24 + hosts.length * n * (16 + 14 + 20 + 8 + 32)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        for (int k = 0; k < hosts.length * n; k++) {
            int i = k / hosts.length, host = hosts[k % hosts.length];
            int len = 14 + 20 + 8 + 32;
            b.putInt(t0 + i).putInt(0).putInt(len).putInt(len);
            b.order(java.nio.ByteOrder.BIG_ENDIAN);
            byte mac = host == 20 ? 0x56 : (byte) host;
            b.put(new byte[] { 0x02, 0, 0, 0, 0, 1 }).put(new byte[] { 0x44, 0x65, 0x0d, 0x12, 0x34, mac }).putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + 32)).putShort((short) i).putShort((short) 0).put((byte) 64).put((byte) 17)
                    .putShort((short) 0).put(new byte[] { (byte) 192, (byte) 168, 1, (byte) host }).put(dst);
            b.putShort((short) 40000).putShort((short) 9999).putShort((short) (8 + 32)).putShort((short) 0).put(new byte[32]);
            b.order(java.nio.ByteOrder.LITTLE_ENDIAN);
        }
        return b.array();
    }

    /** A real capture of four Echo speakers (../shared/data), or a generated one when the data set is absent. */
    static final Path SPEAKERS = HubProcess.ROOT.resolve("../shared/data/pcap/speaker-activations/echodot3a.pcap").normalize();

    @Test
    @Order(9)
    void aCaptureUploadedInTheBrowserIsInvestigatedApartFromTheHomeWithPercentAndSummary() throws Exception {
        WebDriver b = browser();
        login();
        String homeBefore = hub.get("/api/devices", Map.of("Cookie", cookie)).body() + hub.get("/api/findings?limit=1000", Map.of("Cookie", cookie)).body();
        boolean real = Files.isRegularFile(SPEAKERS);
        Path capture = tmp.resolve(real ? "echodot3a.pcap" : "speaker-night.pcap");
        if (real) {
            Files.copy(SPEAKERS, capture, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.write(capture, pcap(50));
        }
        b.get(hub.base() + "/#/captures");
        await(By.id("upload-file")).sendKeys(capture.toString());
        assertFalse(b.findElement(By.id("into-home")).isSelected(), "investigating apart from the home is the default");
        b.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(b, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#earlier-reports li.job")));
        screenshot("14-capture-investigating");
        WebElement job = new WebDriverWait(b, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#earlier-reports li.job[data-state=done]")));
        String text = job.getText();
        assertTrue(text.contains(capture.getFileName().toString()) && text.contains("done"), text);
        if (real) {
            assertTrue(text.contains("5 devices (4 speakers)") && text.contains("1 voice session"), text);
            assertTrue(text.contains("2019"), "capture time kept: " + text);
        }
        screenshot("15-capture-investigated");
        job.findElement(By.tagName("a")).click();
        await(By.id("investigation-summary"));
        if (real) {
            assertEquals(5, b.findElements(By.cssSelector("#inv-devices tbody tr")).size());
            assertTrue(b.findElement(By.id("inv-sessions")).getText().contains("request"), b.findElement(By.id("inv-sessions")).getText());
        }
        screenshot("16-investigation");
        onPhone(By.id("investigation-summary"), "16-investigation-phone");
        String homeAfter = hub.get("/api/devices", Map.of("Cookie", cookie)).body() + hub.get("/api/findings?limit=1000", Map.of("Cookie", cookie)).body();
        assertEquals(homeBefore, homeAfter, "the investigation left the home's devices and findings as they were");
        assertEquals(List.of(), consoleErrors());
    }

    /** Reloads the page at 390×844, checks it does not scroll sideways, keeps a screenshot, and goes back to 1366×900. */
    private void onPhone(By ready, String shot) throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            await(ready);
            assertNoSidewaysScroll(shot);
            screenshot(shot);
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private void assertNoSidewaysScroll(String pageName) {
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, pageName + ": no sideways scrolling at 390 px, but the page is " + overflow + " px too wide");
    }

    // ------------------------------------------------------------------ API security and bad input

    private void login() throws Exception {
        HttpResponse<String> r = hub.send("POST", "/api/login", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}", origin());
        assertEquals(200, r.statusCode(), r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        cookie = setCookie.substring(0, setCookie.indexOf(';'));
        csrf = json(r).get("csrfToken").asText();
    }

    private Set<String> files() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(hub.data)) {
            s.filter(Files::isRegularFile).map(p -> hub.data.relativize(p).toString())
                    // the deployer's folders change on their own schedule
                    .filter(p -> !p.startsWith("logs/") && !p.startsWith("framework/") && !p.startsWith("deploy")).forEach(out::add);
        }
        return out;
    }

    @Test
    @Order(10)
    void stateChangingRequestsNeedTheCsrfTokenAndTheHubsOwnOrigin() throws Exception {
        login();
        assertEquals(200, hub.get("/api/findings", Map.of("Cookie", cookie)).statusCode());
        String body = "{\"name\":\"ci\"}";
        assertProblem(hub.send("POST", "/api/tokens", body, session(false)), 403, "X-CSRF-Token");
        assertProblem(hub.send("POST", "/api/tokens", body, Map.of("Cookie", cookie, "X-CSRF-Token", csrf, "Origin", "http://evil.example",
                "Content-Type", "application/json")), 403, "cross-origin request refused");
        assertProblem(hub.send("POST", "/api/tokens", body, Map.of("Cookie", cookie, "X-CSRF-Token", csrf, "Content-Type", "application/json")),
                403, "Origin header");
        assertProblem(hub.send("POST", "/api/login", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}",
                Map.of("Origin", "http://evil.example", "Content-Type", "application/json")), 403, "cross-origin");
        assertEquals(0, json(hub.get("/api/tokens", Map.of("Cookie", cookie))).get("items").size(), "nothing was created");
        assertProblem(hub.get("/api/findings", Map.of("Cookie", "hg_session=forged")), 401, "log in");
    }

    @Test
    @Order(11)
    void apiTokensAreShownOnceAndAuthenticateIntegrationsWithoutCsrf() throws Exception {
        HttpResponse<String> r = hub.send("POST", "/api/tokens", "{\"name\":\"home assistant\"}", session(true));
        assertEquals(201, r.statusCode(), r.body());
        String token = json(r).get("token").asText();
        String id = json(r).get("id").asText();
        assertFalse(hub.get("/api/tokens", Map.of("Cookie", cookie)).body().contains(token), "listed without the secret");
        assertEquals(200, hub.get("/api/summary", Map.of("Authorization", "Bearer " + token)).statusCode());
        assertProblem(hub.send("POST", "/api/tokens", "{\"name\":\"x\"}", Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json")),
                403, "browser session");
        assertEquals(204, hub.send("DELETE", "/api/tokens/" + id, null, session(true)).statusCode());
        assertProblem(hub.get("/api/summary", Map.of("Authorization", "Bearer " + token)), 401, "not valid");
    }

    @Test
    @Order(12)
    void malformedOversizedAndPathTrickRequestsGetTheRightStatusAndLeaveNothingBehind() throws Exception {
        Set<String> before = files();
        assertProblem(hub.send("POST", "/api/tokens", "{\"name\":", session(true)), 400, "malformed JSON");
        assertProblem(hub.send("POST", "/api/tokens", "{\"name\":\"a\",\"name\":\"b\"}", session(true)), 400, "Duplicate field");
        assertProblem(hub.send("POST", "/api/tokens", "[" .repeat(500), session(true)), 400, "nesting depth");
        assertProblem(hub.send("POST", "/api/tokens", "{\"name\":\"" + "x".repeat(70_000) + "\"}", session(true)), 413, "65536 bytes");
        assertProblem(hub.send("POST", "/api/tokens", "{\"name\":\"../../etc\"}", session(true)), 400, "token name");
        // encoded separators never reach a servlet: Jetty refuses them as ambiguous (its own 400 page)
        assertEquals(400, hub.get("/api/findings/..%2f..%2fetc", Map.of("Cookie", cookie)).statusCode());
        assertProblem(hub.get("/api/findings/a%2e%2eb", Map.of("Cookie", cookie)), 400, "escapes");
        assertProblem(hub.get("/api/devices/ABC$x", Map.of("Cookie", cookie)), 400, "");
        assertProblem(hub.get("/api/findings?severity=extreme", Map.of("Cookie", cookie)), 400, "unknown severity");
        assertProblem(hub.get("/api/findings?limit=100000", Map.of("Cookie", cookie)), 400, "'limit'");
        assertProblem(hub.get("/api/findings/no-such-finding", Map.of("Cookie", cookie)), 404, "no finding");
        assertProblem(hub.send("POST", "/api/findings/no-such-finding/acknowledge", null, session(true)), 404, "no finding");
        String some = json(hub.get("/api/findings?state=open&limit=1", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        assertEquals(200, hub.send("POST", "/api/findings/" + some + "/resolve", null, session(true)).statusCode());
        assertProblem(hub.send("POST", "/api/findings/" + some + "/acknowledge", null, session(true)), 409, "");
        assertProblem(hub.send("POST", "/api/findings/" + some + "/explode", null, session(true)), 404, "no finding action");
        HttpResponse<String> dots = hub.get("/app.js/../../etc/passwd", Map.of());
        assertEquals(400, dots.statusCode(), "Jetty refuses paths that climb above the root: " + dots.body());
        assertProblem(hub.get("/static/../index.html", Map.of()), 400, "'..'");
        assertProblem(hub.send("TRACE", "/api/health", null, Map.of()), 405, "TRACE is disabled");
        assertProblem(hub.send("POST", "/api/skills?name=..%2Fevil.json", "{}", session(true)), 400, "plain file name");
        assertProblem(hub.send("POST", "/api/skills?name=evil.sh", "{}", session(true)), 400, "plain file name");
        assertProblem(hub.send("POST", "/api/skills?name=broken.json", "{\"version\":", session(true)), 422, "");
        assertProblem(hub.send("POST", "/api/skills?name=empty.json", "", session(true)), 400, "empty");
        assertProblem(hub.send("POST", "/api/captures?name=notes.txt", "x", session(true)), 400, "plain file name");
        assertProblem(hub.send("POST", "/api/captures?name=fake.pcap", "this is not a capture", session(true)), 415, "neither pcap nor pcapng");
        // a skill upload declared far over the limit is refused before its body is read
        String head = rawRequest("POST /api/skills HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port + "\r\n" + cookie.replaceFirst("^", "Cookie: ")
                + "\r\nOrigin: " + hub.base() + "\r\nX-CSRF-Token: " + csrf + "\r\nContent-Type: application/zip\r\nContent-Length: 500000000\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
        // a header section over 8 KiB is refused
        HttpResponse<String> big = hub.get("/api/health", Map.of("X-Filler", "a".repeat(9_000)));
        assertEquals(431, big.statusCode(), big.body());
        assertEquals(before, files(), "no file was left behind");
        assertEquals(0, json(hub.get("/api/tokens", Map.of("Cookie", cookie))).get("items").size(), "no token was stored");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), hub.port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    @Order(13)
    void devicesAreRenamedPlacedInARoomAndTheirTypeCorrectedAsTheStrongestEvidence() throws Exception {
        WebDriver b = browser();
        b.get(hub.base() + "/#/devices/dev-speaker");
        await(By.id("label-form"));
        b.findElement(By.id("label-name")).sendKeys("Kitchen speaker");
        b.findElement(By.id("label-room")).sendKeys("Kitchen");
        b.findElement(By.cssSelector("#label-form button[type=submit]")).click();
        awaitText(By.cssSelector("#label-result .msg"), "now calls it \"Kitchen speaker\" in the Kitchen");
        assertEquals("Kitchen speaker", b.findElement(By.cssSelector("main h1")).getText());
        // the TV is really a games console: the family's type wins over discovery's and is shown as the strongest evidence
        b.get(hub.base() + "/#/devices/dev-tv");
        awaitPage("#/devices/dev-tv"); // not the speaker's form, still shown while the TV's page loads
        await(By.id("label-form"));
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("label-type"))).selectByValue("console");
        b.findElement(By.id("label-room")).sendKeys("Living room");
        b.findElement(By.cssSelector("#label-form button[type=submit]")).click();
        awaitText(By.cssSelector("#label-result .msg"), "Saved");
        b.navigate().refresh();
        awaitText(By.id("device-facts"), "console (set by you)");
        assertTrue(b.findElement(By.cssSelector("#device-evidence li")).getText().startsWith("You said it is a console"),
                b.findElement(By.id("device-evidence")).getText());
        screenshot("17-device-named");
        b.get(hub.base() + "/#/devices");
        WebElement row = await(By.cssSelector("#devices tr[data-id=dev-speaker]"));
        assertTrue(row.getText().contains("Kitchen speaker") && row.getText().contains("Kitchen"), row.getText());
        assertTrue(b.findElement(By.cssSelector("#devices tr[data-id=dev-tv]")).getText().contains("console"));
        // the home page and the findings use the family's name
        b.get(hub.base() + "/#/home");
        awaitText(By.id("home-speakers"), "Kitchen speaker (Kitchen)");
        JsonNode f = json(hub.get("/api/findings?category=eavesdrop", Map.of("Cookie", cookie))).get("items").get(0);
        assertEquals("Kitchen speaker", f.get("device").get("name").asText());
        assertTrue(json(hub.get("/api/findings/" + f.get("id").asText(), Map.of("Cookie", cookie))).get("explanation").get("what").asText()
                .startsWith("Kitchen speaker kept"));
        // bad names are refused with a reason; nothing changes
        assertProblem(hub.send("POST", "/api/devices/dev-speaker/label", "{\"name\":\"Kitchen\u202espeaker\"}", session(true)), 400, "'name'");
        assertProblem(hub.send("POST", "/api/devices/dev-speaker/label", "{\"name\":\"" + "x".repeat(65) + "\"}", session(true)), 400, "64");
        assertProblem(hub.send("POST", "/api/devices/dev-speaker/label", "{\"type\":\"toaster\"}", session(true)), 400, "smart-speaker");
        assertProblem(hub.send("POST", "/api/devices/no-such-device/label", "{\"name\":\"x\"}", session(true)), 404, "no device");
        assertEquals("Kitchen speaker", json(hub.get("/api/devices/dev-speaker", Map.of("Cookie", cookie))).get("name").asText());
        assertEquals(List.of(), consoleErrors());
    }

    private void awaitPage(String hash) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> hash.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.getElementById('main').dataset.ready")));
    }

    private List<WebElement> findingRows() {
        return browser.findElements(By.cssSelector("#findings tbody tr"));
    }

    @Test
    @Order(14)
    void theFindingsListIsFilteredBySeverityStateDeviceAndKindSearchedAndSorted() throws Exception {
        WebDriver b = browser();
        b.get(hub.base() + "/#/findings");
        awaitPage("#/findings");
        int all = findingRows().size();
        List<String> severities = findingRows().stream().map(r -> r.getAttribute("data-severity")).toList();
        assertTrue(all >= 3 && severities.contains("high") && severities.contains("low"), severities.toString());
        // choosing in the form filters through the hub and keeps the filter in the address
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("filter-severity"))).selectByValue("high");
        awaitPage("#/findings?severity=high");
        List<String> high = findingRows().stream().map(r -> r.getAttribute("data-severity")).toList();
        assertTrue(!high.isEmpty() && high.size() < all && high.stream().allMatch(x -> x.equals("high") || x.equals("critical")), high.toString());
        assertTrue(b.findElement(By.id("findings-count")).getText().contains(high.size() + " of " + high.size() + " finding(s)"),
                b.findElement(By.id("findings-count")).getText());
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("filter-device"))).selectByValue("dev-speaker");
        awaitPage("#/findings?severity=high&device=dev-speaker");
        WebElement q = b.findElement(By.id("filter-q"));
        q.sendKeys("kept listening", org.openqa.selenium.Keys.ENTER);
        awaitPage("#/findings?severity=high&device=dev-speaker&q=kept+listening");
        assertEquals(1, findingRows().size(), findingRows().toString());
        assertTrue(findingRows().get(0).getText().contains("A speaker kept listening for a long time"), findingRows().get(0).getText());
        screenshot("18-findings-filtered");
        // kind and state filters, and sorting by severity
        b.get(hub.base() + "/#/findings?category=eavesdrop");
        awaitPage("#/findings?category=eavesdrop");
        assertTrue(findingRows().size() >= 1 && findingRows().stream().allMatch(r -> r.getText().contains("speaker")), "only eavesdropping");
        b.get(hub.base() + "/#/findings?state=resolved");
        awaitPage("#/findings?state=resolved");
        assertTrue(findingRows().size() >= 1 && findingRows().stream().allMatch(r -> r.findElement(By.className("state")).getAttribute("data-state").equals("resolved")));
        b.get(hub.base() + "/#/findings?sort=severity");
        awaitPage("#/findings?sort=severity");
        List<String> sorted = findingRows().stream().map(r -> r.getAttribute("data-severity")).toList();
        List<String> order = List.of("info", "low", "medium", "high", "critical");
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(order.indexOf(sorted.get(i - 1)) >= order.indexOf(sorted.get(i)), "sorted by severity: " + sorted);
        }
        b.get(hub.base() + "/#/findings?q=no+such+words+anywhere");
        awaitPage("#/findings?q=no+such+words+anywhere");
        assertEquals(0, findingRows().size());
        assertTrue(b.findElement(By.tagName("main")).getText().contains("No finding matches these filters."));
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    @Order(15)
    void everyPageFitsA390PixelPhoneSaysNoNullAndIsKeptAsScreenshotsAtBothSizes() throws Exception {
        WebDriver b = browser();
        String speaker = "dev-speaker";
        String finding = json(hub.get("/api/findings?category=eavesdrop", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        String investigation = json(hub.get("/api/captures/jobs", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        List<String> pages = List.of("home", "devices", "devices/" + speaker, "findings", "findings/" + finding, "skills", "captures",
                "captures/" + investigation, "protections", "response", "settings");
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            b.manage().window().setSize(size);
            for (String route : pages) {
                b.get(hub.base() + "/#/" + route);
                awaitPage("#/" + route);
                Thread.sleep(250); // charts and live rows settle
                String text = b.findElement(By.tagName("main")).getText();
                if (java.util.regex.Pattern.compile("\\b(null|undefined|NaN)\\b").matcher(text).find()) {
                    problems.add(route + " shows " + text.replaceAll("(?s).*?(.{0,40}\\b(null|undefined|NaN)\\b.{0,20}).*", "$1"));
                }
                if (b.findElement(By.cssSelector("main h1")).getText().equals("Something went wrong")) {
                    problems.add(route + ": " + text);
                }
                Long over = (Long) ((org.openqa.selenium.JavascriptExecutor) b)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                if (over > 0) {
                    problems.add(route + " at " + size.width + " px scrolls sideways by " + over + " px");
                }
                String name = route.replaceAll("/.*", "-detail").replace("/", "-");
                screenshot("page-" + name + (size.width < 500 ? "-phone" : "-desktop"));
            }
        }
        b.manage().window().setSize(new Dimension(390, 844));
        b.get(hub.base() + "/#/home");
        await(By.id("home-state"));
        assertFalse(b.findElement(By.id("nav")).isDisplayed(), "the menu is folded on a phone");
        b.findElement(By.id("menu-toggle")).click();
        assertTrue(b.findElement(By.id("logout")).isDisplayed(), "the menu opens on a phone");
        screenshot("page-menu-phone");
        b.findElement(By.linkText("Findings")).click();
        await(By.id("findings"));
        assertFalse(b.findElement(By.id("nav")).isDisplayed(), "the menu folds again after choosing a page");
        b.manage().window().setSize(new Dimension(1366, 900));
        assertEquals(List.of(), problems);
        assertEquals(List.of(), consoleErrors());
    }

    /** A real Mosquitto on a free loopback port that accepts one user with a password, and a mosquitto_sub watching a topic tree. */
    static final class Broker implements AutoCloseable {
        final int port;
        final Path received;
        final List<Process> processes = new ArrayList<>();

        Broker(Path dir, String user, String password, String topics) throws Exception {
            Files.createDirectories(dir);
            Path passwd = dir.resolve("passwd");
            Process pw = new ProcessBuilder("/usr/bin/mosquitto_passwd", "-b", "-c", passwd.toString(), user, password).redirectErrorStream(true).start();
            assertEquals(0, pw.waitFor(), new String(pw.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            port = Ports.freeLoopbackPort(); // mosquitto binds it once started
            Files.writeString(dir.resolve("mosquitto.conf"), "listener " + port + " 127.0.0.1\nallow_anonymous false\npassword_file " + passwd
                    + "\nuser " + System.getProperty("user.name") + "\npersistence false\nlog_dest stdout\nset_tcp_nodelay true\n");
            processes.add(new ProcessBuilder("/usr/sbin/mosquitto", "-c", dir.resolve("mosquitto.conf").toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("broker.log").toFile()).start());
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    break;
                } catch (IOException e) {
                    assertTrue(System.nanoTime() < end, "mosquitto did not start: " + Files.readString(dir.resolve("broker.log")));
                    Thread.sleep(50);
                }
            }
            received = dir.resolve("received.txt");
            processes.add(new ProcessBuilder("/usr/bin/mosquitto_sub", "-h", "127.0.0.1", "-p", Integer.toString(port), "-u", user, "-P", password,
                    "-q", "1", "-v", "-t", topics).redirectErrorStream(true).redirectOutput(received.toFile()).start());
        }

        String uri() {
            return "tcp://127.0.0.1:" + port;
        }

        /** @return the line (topic and payload) that contains {@code text}, waiting up to 15 s */
        String await(String text) throws Exception {
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < end) {
                for (String l : Files.readAllLines(received)) {
                    if (l.contains(text)) {
                        return l;
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no message with '" + text + "' arrived; the subscriber saw:\n" + Files.readString(received));
        }

        @Override
        public void close() throws InterruptedException {
            for (int i = processes.size() - 1; i >= 0; i--) { // the subscriber first, then the broker
                Process p = processes.get(i);
                p.destroy();
                p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @Order(16)
    void anMqttChannelAddedInSettingsDeliversItsTestToARealMosquittoAndNeverShowsItsPassword() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mosquitto")) && Files.isExecutable(Path.of("/usr/bin/mosquitto_sub"))
                && Files.isExecutable(Path.of("/usr/bin/mosquitto_passwd")), "channel test skipped: apt-get install -y mosquitto mosquitto-clients");
        WebDriver b = browser();
        login();
        String password = "broker-" + java.util.UUID.randomUUID();
        try (Broker broker = new Broker(tmp.resolve("mosquitto"), "hearthguard", password, "e2e-home/#")) {
            b.get(hub.base() + "/#/settings");
            awaitPage("#/settings");
            assertTrue(b.findElement(By.id("channels")).getText().contains("No channels yet"), b.findElement(By.id("channels")).getText());
            // with no channel yet the form is open
            new org.openqa.selenium.support.ui.Select(b.findElement(By.id("ch-type"))).selectByValue("mqtt");
            assertFalse(b.findElement(By.id("ch-url")).isDisplayed(), "the webhook's address is hidden for MQTT");
            b.findElement(By.id("ch-id")).sendKeys("home-broker");
            b.findElement(By.id("ch-brokerUri")).sendKeys(broker.uri());
            b.findElement(By.id("ch-username")).sendKeys("hearthguard");
            b.findElement(By.id("ch-topicPrefix")).sendKeys("e2e-home");
            b.findElement(By.id("ch-secret")).sendKeys(password);
            new org.openqa.selenium.support.ui.Select(b.findElement(By.id("ch-minSeverity"))).selectByValue("high");
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript(
                    "document.getElementById('ch-quietFrom').value='22:00'; document.getElementById('ch-quietTo').value='07:00';");
            b.findElement(By.cssSelector("#channel-form button[type=submit]")).click();
            awaitText(By.id("channel-result"), "channel home-broker is on");
            WebElement row = await(By.cssSelector("#channels li[data-id=home-broker][data-state=running]"));
            assertTrue(row.getText().contains("quiet 22:00-07:00") && row.getText().contains("From high up") && row.getText().contains("password set"),
                    row.getText());
            // the password went into the hub's configuration only: not into the page, not into the API
            assertEquals("", b.findElement(By.id("ch-secret")).getAttribute("value"));
            assertFalse(b.getPageSource().contains(password), "the page never holds the password after saving");
            String listed = hub.get("/api/channels", Map.of("Cookie", cookie)).body();
            assertFalse(listed.contains(password), listed);
            assertTrue(json(hub.get("/api/channels", Map.of("Cookie", cookie))).get("items").get(0).get("secretSet").asBoolean(), listed);
            // the channel connected with it: the retained status arrives at the subscriber
            broker.await("e2e-home/status online");
            row.findElement(By.cssSelector("button.test")).click();
            awaitText(By.id("channel-result"), "Test delivered through home-broker");
            String line = broker.await("Hearthguard test message");
            assertTrue(line.startsWith("e2e-home/events/digest ") && line.contains("\"test\":true"), line);
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('channels').scrollIntoView({block:'start'})");
            screenshot("19-settings-channel");
            onPhone(By.id("channels"), "19-settings-channel-phone");
            // a wrong password: saved (write-only), the channel cannot connect and the test says why
            assertEquals(200, hub.send("POST", "/api/channels", "{\"type\":\"mqtt\",\"id\":\"home-broker\",\"brokerUri\":\"" + broker.uri()
                    + "\",\"username\":\"hearthguard\",\"topicPrefix\":\"e2e-home\",\"secret\":\"not-the-password\"}", session(true)).statusCode());
            b.navigate().refresh();
            await(By.cssSelector("#channels li[data-id=home-broker] button.test")).click();
            awaitText(By.id("channel-result"), "the test did not arrive");
            // bad settings are refused with the reason, and change nothing
            String base = "{\"type\":\"mqtt\",\"id\":\"x\",\"brokerUri\":";
            assertProblem(hub.send("POST", "/api/channels", base + "\"http://broker:1883\"}", session(true)), 400, "'brokerUri'");
            assertProblem(hub.send("POST", "/api/channels", base + "\"tcp://broker\"}", session(true)), 400, "'brokerUri'");
            assertProblem(hub.send("POST", "/api/channels", base + "\"tcp://b:1883\",\"quietHours\":\"late\"}", session(true)), 400, "22:00-07:00");
            assertProblem(hub.send("POST", "/api/channels", base + "\"tcp://b:1883\",\"quietHoursZone\":\"Mars/Base\"}", session(true)), 400, "time zone");
            assertProblem(hub.send("POST", "/api/channels", base + "\"tcp://b:1883\",\"topicPrefix\":\"a/#\"}", session(true)), 400, "wildcards");
            assertProblem(hub.send("POST", "/api/channels", "{\"type\":\"mqtt\",\"id\":\"../etc\",\"brokerUri\":\"tcp://b:1883\"}", session(true)), 400, "'id'");
            assertProblem(hub.send("POST", "/api/channels", "{\"type\":\"webhook\",\"id\":\"hook\",\"url\":\"https://h.lan/x\",\"secret\":\"short\"}",
                    session(true)), 400, "16 characters");
            assertProblem(hub.send("POST", "/api/channels", "{\"type\":\"webhook\",\"id\":\"hook\",\"url\":\"file:///etc/passwd\",\"secret\":\"0123456789abcdef\"}",
                    session(true)), 400, "'url'");
            assertProblem(hub.send("POST", "/api/channels", "{\"type\":\"mqtt\",\"id\":\"y\",\"brokerUri\":\"tcp://b:1883\"}", session(false)), 403, "X-CSRF-Token");
            assertProblem(hub.send("POST", "/api/channels/home-broker/test", null, session(false)), 403, "X-CSRF-Token");
            assertEquals(1, json(hub.get("/api/channels", Map.of("Cookie", cookie))).get("items").size());
            // removed in the page: the channel stops
            b.findElement(By.xpath("//li[@data-id='home-broker']//button[text()='Remove']")).click();
            awaitText(By.id("channels"), "No channels yet");
            assertEquals(0, json(hub.get("/api/channels", Map.of("Cookie", cookie))).get("items").size());
            assertProblem(hub.send("POST", "/api/channels/home-broker/test", null, session(true)), 409, "not running");
        }
        assertEquals(List.of(), consoleErrors("409", "502"));
    }

    @Test
    @Order(17)
    void theRouterPasswordIsCheckedWithItsAdviceShownAndKeptNowhere() throws Exception {
        WebDriver b = browser();
        login();
        b.get(hub.base() + "/#/settings");
        awaitPage("#/settings");
        // a maker's default: the weakest verdict, with what to do
        b.findElement(By.id("router-password")).sendKeys("admin");
        b.findElement(By.cssSelector("#router-form button[type=submit]")).click();
        WebElement weak = await(By.id("router-verdict"));
        assertEquals("0", weak.getAttribute("data-score"), weak.getText());
        assertTrue(weak.getText().contains("What to do now") && b.findElements(By.cssSelector("#router-advice li")).size() >= 1, weak.getText());
        assertEquals("", b.findElement(By.id("router-password")).getAttribute("value"), "the field is emptied once sent");
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('router-verdict').scrollIntoView({block:'center'})");
        screenshot("20-router-password-weak");
        // a long random passphrase: strong
        String strong = "quartz-Lantern-97-orbit-Meadow-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        b.findElement(By.id("router-password")).sendKeys(strong);
        b.findElement(By.cssSelector("#router-form button[type=submit]")).click();
        // the verdict is drawn anew when the answer comes: a reference to the old one may go stale
        new WebDriverWait(b, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "4".equals(d.findElement(By.id("router-verdict")).getAttribute("data-score")));
        assertTrue(b.findElement(By.id("router-verdict")).getText().contains("strong"), b.findElement(By.id("router-verdict")).getText());
        onPhone(By.id("router-form"), "20-router-password-phone");
        // bad input is refused with the reason; the passwords were kept nowhere: not in the hub's files or its output
        assertProblem(hub.send("POST", "/api/router-password", "{\"password\":\"" + "x".repeat(300) + "\"}", session(true)), 400, "256");
        assertProblem(hub.send("POST", "/api/router-password", "{\"password\":\"\"}", session(true)), 400, "'password'");
        assertProblem(hub.send("POST", "/api/router-password", "{\"password\":\"admin\"}", session(false)), 403, "X-CSRF-Token");
        assertProblem(hub.send("POST", "/api/router-password", "{\"password\":\"admin\"}", Map.of("Origin", hub.base())), 401, "log in");
        assertFalse(hub.output().contains(strong), "the password is not in the hub's output");
        try (Stream<Path> files = Files.walk(hub.data)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".jar")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(strong), "the password is in " + f);
            }
        }
        assertEquals(List.of(), consoleErrors("400"));
    }

    @Test
    @Order(18)
    void theWifiSecurityModeTheFamilyChoosesCostsPointsUntilAGoodModeWinsThemBack() throws Exception {
        WebDriver b = browser();
        login();
        int before = json(hub.get("/api/score", Map.of("Cookie", cookie))).get("score").asInt();
        b.get(hub.base() + "/#/settings");
        awaitPage("#/settings");
        new org.openqa.selenium.support.ui.Select(await(By.id("wifi-mode"))).selectByValue("wep");
        b.findElement(By.cssSelector("#wifi-form button[type=submit]")).click();
        WebElement v = await(By.id("wifi-verdict"));
        assertEquals("25", v.getAttribute("data-points"), v.getText());
        assertTrue(v.getText().contains("Costs 25 points") && b.findElement(By.id("wifi-action")).getText().contains("WPA2-Personal (AES) or WPA3-Personal"),
                v.getText());
        JsonNode score = json(hub.get("/api/score", Map.of("Cookie", cookie)));
        assertEquals(Math.max(0, before - 25), score.get("score").asInt());
        assertTrue(score.toString().contains("The home Wi-Fi uses WEP"), "the reason is listed: " + score);
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('wifi-form').scrollIntoView({block:'center'})");
        screenshot("21-wifi-wep");
        // the family switches the router to WPA3 and says so: the points come back
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("wifi-mode"))).selectByValue("wpa3");
        b.findElement(By.cssSelector("#wifi-form button[type=submit]")).click();
        new WebDriverWait(b, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "0".equals(d.findElement(By.id("wifi-verdict")).getAttribute("data-points")));
        assertEquals(before, json(hub.get("/api/score", Map.of("Cookie", cookie))).get("score").asInt());
        onPhone(By.id("wifi-form"), "21-wifi-phone");
        // only a mode is taken: a password or an unknown mode is refused with the reason
        assertProblem(hub.send("POST", "/api/wifi-security", "{\"mode\":\"wpa2\",\"password\":\"hunter22\"}", session(true)), 400, "never the Wi-Fi password");
        assertProblem(hub.send("POST", "/api/wifi-security", "{\"mode\":\"wpa4\"}", session(true)), 400, "one of [open, wep, wpa, wpa2, wpa3]");
        assertProblem(hub.send("POST", "/api/wifi-security", "{\"mode\":\"wpa2\"}", session(false)), 403, "X-CSRF-Token");
        assertEquals(List.of(), consoleErrors("400"));
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), String.join(" ", cmd));
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    @Test
    @Order(18)
    void aDeviceQuarantinedFromItsPageIsListedOnTheResponsePageAndLetBackOnWithItsAudit() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nft")) && Files.isExecutable(Path.of("/usr/sbin/ip")),
                "response test skipped: apt-get install -y nftables iproute2");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "response test skipped: creating a network namespace needs root");
        WebDriver b = browser();
        login();
        // without the response bundle configured the page says it is off and nothing is blocked
        b.get(hub.base() + "/#/response");
        awaitPage("#/response");
        assertTrue(b.findElement(By.tagName("main")).getText().contains("Response is off in this hub"), b.findElement(By.tagName("main")).getText());
        // the hub's real response bundle with real nft, confined to a network namespace this test creates (it stands in for the gateway)
        String ns = "hg-e2e-gw-" + ProcessHandle.current().pid();
        run("ip", "netns", "add", ns);
        Path cfg = hub.data.resolve("config/io.hearthguard.response.cfg");
        try {
            Files.writeString(cfg, "commandPrefix=ip netns exec " + ns + "\n");
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!json(hub.get("/api/response", Map.of("Cookie", cookie))).get("available").asBoolean()) {
                assertTrue(System.nanoTime() < end, "the response service did not start:\n" + hub.output());
                Thread.sleep(200);
            }
            b.get(hub.base() + "/#/devices/dev-speaker");
            await(By.id("quarantine-device")).click();
            awaitText(By.id("quarantine-result"), "is quarantined");
            String table = run("ip", "netns", "exec", ns, "nft", "list", "table", "inet", "hearthguard");
            JsonNode speaker = json(hub.get("/api/devices/dev-speaker", Map.of("Cookie", cookie)));
            assertTrue(table.contains(speaker.get("macs").get(0).asText().toLowerCase(java.util.Locale.ROOT)), "the speaker's MAC is in the gateway's table:\n" + table);
            b.get(hub.base() + "/#/response");
            WebElement action = await(By.cssSelector("#response-active li.action[data-kind=quarantine]"));
            assertTrue(action.getText().contains("Kitchen speaker is quarantined") && action.getText().contains("dashboard:admin"), action.getText());
            assertTrue(b.findElement(By.id("response-audit")).getText().contains("Done"), b.findElement(By.id("response-audit")).getText());
            String actionId = action.getAttribute("data-id");
            screenshot("21-response");
            onPhone(By.id("response-active"), "21-response-phone");
            // undo without the CSRF token is refused and changes nothing
            assertProblem(hub.send("POST", "/api/response/" + actionId + "/undo", null, session(false)), 403, "X-CSRF-Token");
            assertProblem(hub.send("POST", "/api/response/" + actionId + "/undo", null, Map.of("Origin", hub.base())), 401, "log in");
            assertEquals(1, json(hub.get("/api/response", Map.of("Cookie", cookie))).get("active").size());
            await(By.cssSelector("#response-active li.action button.undo")).click();
            awaitText(By.id("response-result"), "can use the network again");
            assertTrue(b.findElement(By.id("response-active")).getText().contains("Nothing is quarantined or blocked"));
            assertTrue(b.findElement(By.id("response-audit")).getText().contains("Undone"), b.findElement(By.id("response-audit")).getText());
            assertFalse(run("ip", "netns", "exec", ns, "nft", "list", "ruleset").contains("hearthguard"), "undo leaves no table in the gateway");
            assertProblem(hub.send("POST", "/api/response/" + actionId + "/undo", null, session(true)), 404, "no action");
            screenshot("21-response-undone");
        } finally {
            Files.deleteIfExists(cfg);
            Thread.sleep(1000); // the response component stops before its namespace goes
            run("ip", "netns", "delete", ns);
        }
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    @Order(19)
    void thisIsNormalMakesAnAllowRuleThatMutesTheFindingAndItsReturnAndAForgottenDeviceLeavesTheList() throws Exception {
        WebDriver b = browser();
        login();
        String eaves = json(hub.get("/api/findings?category=eavesdrop", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        if (!"open".equals(json(hub.get("/api/findings/" + eaves, Map.of("Cookie", cookie))).get("state").asText())) {
            assertEquals(200, hub.send("POST", "/api/findings/" + eaves + "/reopen", null, session(true)).statusCode());
        }
        b.get(hub.base() + "/#/findings/" + eaves);
        await(By.id("allow-rule"));
        // scoped to the destination the finding names
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("allow-destination"))).selectByValue("avs-alexa-4-na.amazon.com");
        b.findElement(By.id("allow-rule")).click();
        awaitText(By.cssSelector("#action-result .msg"), "is normal for Kitchen speaker when it talks to avs-alexa-4-na.amazon.com");
        assertEquals("muted", b.findElement(By.id("finding-state")).getAttribute("data-state"));
        screenshot("22-finding-allowed");
        // it comes back open: the allow rule mutes it again
        assertEquals(200, hub.send("POST", "/api/findings/" + eaves + "/reopen", null, session(true)).statusCode());
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"muted".equals(json(hub.get("/api/findings/" + eaves, Map.of("Cookie", cookie))).get("state").asText())) {
            assertTrue(System.nanoTime() < end, "the allow rule did not mute the reopened finding");
            Thread.sleep(100);
        }
        // without a destination: backed by a mute rule of the findings bundle (stored muted, never notified)
        String upload = json(hub.get("/api/findings?category=" + "abnormal-upload", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        HttpResponse<String> made = hub.send("POST", "/api/allow-rules", "{\"finding\":\"" + upload + "\"}", session(true));
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(1, json(hub.get("/api/mute-rules", Map.of("Cookie", cookie))).get("items").size());
        // bad input: a destination the finding does not name, an unknown finding, no CSRF token
        assertProblem(hub.send("POST", "/api/allow-rules", "{\"finding\":\"" + eaves + "\",\"destination\":\"evil.example\"}", session(true)), 400, "'destination'");
        assertProblem(hub.send("POST", "/api/allow-rules", "{\"finding\":\"no-such-finding\"}", session(true)), 404, "no finding");
        assertProblem(hub.send("POST", "/api/allow-rules", "{\"finding\":\"" + eaves + "\"}", session(false)), 403, "X-CSRF-Token");
        // Settings lists both; removing them takes the mute rule with it, and a reopened finding stays open
        b.get(hub.base() + "/#/settings");
        awaitPage("#/settings");
        List<WebElement> rules = b.findElements(By.cssSelector("#allow-rules li[data-id]"));
        assertEquals(2, rules.size(), b.findElement(By.id("allow-rules")).getText());
        assertTrue(b.findElement(By.id("allow-rules")).getText().contains("when it talks to avs-alexa-4-na.amazon.com"), b.findElement(By.id("allow-rules")).getText());
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('allow-rules').scrollIntoView({block:'center'})");
        screenshot("23-settings-allow-rules");
        for (int i = 0; i < 2; i++) {
            b.findElement(By.cssSelector("#allow-rules li[data-id] button")).click();
            final int left = 1 - i;
            new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#allow-rules li[data-id]")).size() == left);
        }
        awaitText(By.id("allow-rules"), "Nothing is marked as normal");
        assertEquals(0, json(hub.get("/api/mute-rules", Map.of("Cookie", cookie))).get("items").size());
        assertEquals(200, hub.send("POST", "/api/findings/" + eaves + "/reopen", null, session(true)).statusCode());
        Thread.sleep(1000);
        assertEquals("open", json(hub.get("/api/findings/" + eaves, Map.of("Cookie", cookie))).get("state").asText());
        // forget a device: confirmed with a tick, then gone from the list (its findings stay)
        b.get(hub.base() + "/#/devices/dev-phone");
        WebElement forget = await(By.id("forget-device"));
        assertFalse(forget.isEnabled(), "forgetting needs the tick first");
        b.findElement(By.id("forget-sure")).click();
        forget.click();
        awaitPage("#/devices");
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#devices tbody tr")).size() == 3);
        assertTrue(b.findElements(By.cssSelector("#devices tr[data-id=dev-phone]")).isEmpty());
        assertFalse(hub.get("/api/devices", Map.of("Cookie", cookie)).body().contains("dev-phone"));
        assertProblem(hub.send("POST", "/api/devices/no-such-device/forget", null, session(true)), 404, "no device");
        assertEquals(List.of(), consoleErrors("400", "404"));
    }

    @Test
    @Order(20)
    void repeatedWrongPasswordsAreThrottledWith429AndRetryAfter() throws Exception {
        String wrong = "{\"username\":\"admin\",\"password\":\"wrong password here\"}";
        // the budget is 5 attempts; the 5th failure locks (the 6th attempt used to be checked too)
        for (int i = 0; i < 5; i++) {
            assertProblem(hub.send("POST", "/api/login", wrong, origin()), 401, "wrong user name or password");
        }
        HttpResponse<String> r = hub.send("POST", "/api/login", wrong, origin());
        assertProblem(r, 429, "try again in");
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        // even the right password waits until the lock expires
        assertEquals(429, hub.send("POST", "/api/login", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}", origin()).statusCode());
    }

    /** axe-core from npm, installed into target/axe by this test; the test skips with the reason when npm cannot fetch it. */
    static final String AXE_VERSION = "4.14.1";

    private static Path axe() throws Exception {
        Path dir = Path.of("target/axe").toAbsolutePath();
        Path js = dir.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(js)) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/npm")), "axe-core checks skipped: npm is not installed (apt-get install -y npm)");
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("npm", "install", "--prefix", dir.toString(), "--no-audit", "--no-fund", "--no-save", "--loglevel=error",
                    "axe-core@" + AXE_VERSION).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS);
            Assumptions.assumeTrue(done && p.exitValue() == 0 && Files.isRegularFile(js),
                    "axe-core checks skipped: npm could not install axe-core@" + AXE_VERSION + " (registry unreachable?): " + out);
        }
        return js;
    }

    @Test
    @Order(21)
    void axeCoreFindsNoSeriousOrCriticalViolationOnAnyPageAtEitherSize() throws Exception {
        WebDriver b = browser();
        String axe = Files.readString(axe());
        b.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String finding = json(hub.get("/api/findings?category=eavesdrop", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        String investigation = json(hub.get("/api/captures/jobs", Map.of("Cookie", cookie))).get("items").get(0).get("id").asText();
        List<String> pages = List.of("home", "devices", "devices/dev-speaker", "findings", "findings/" + finding, "skills", "captures",
                "captures/" + investigation, "protections", "response", "settings");
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            b.manage().window().setSize(size);
            for (String route : pages) {
                b.get(hub.base() + "/#/" + route);
                awaitPage("#/" + route);
                Thread.sleep(250);
                for (String v : axeSeriousHere(axe)) {
                    violations.add(route + " at " + size.width + " px: " + v);
                }
                checked++;
            }
        }
        b.manage().window().setSize(new Dimension(1366, 900));
        assertEquals(pages.size() * 2, checked);
        assertEquals(List.of(), violations);
    }

    /** Runs axe-core (its source given) on the page shown and returns its serious and critical violations. */
    private List<String> axeSeriousHere(String axe) throws IOException {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(axe);
        Object r = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(JSON.stringify({ passes: r.passes.length, bad: r.violations"
                + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')) })))"
                + ".catch((e) => done(JSON.stringify({ error: String(e) })));");
        JsonNode res = JSON.readTree(String.valueOf(r));
        assertFalse(res.has("error"), browser.getCurrentUrl() + ": " + res);
        List<String> out = new ArrayList<>();
        res.get("bad").forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Checks the page shown at both sizes: no sideways scroll, no serious axe violation (when axe-core is there), screenshots kept. */
    private void atBothSizes(By ready, String shot) throws Exception {
        String axe = null;
        try {
            axe = Files.readString(axe());
        } catch (org.opentest4j.TestAbortedException e) {
            System.out.println("axe-core not available, accessibility of " + shot + " not checked: " + e.getMessage());
        }
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            try {
                browser.navigate().refresh();
                await(ready);
                Thread.sleep(250);
                assertNoSidewaysScroll(shot);
                String text = browser.findElement(By.tagName("main")).getText();
                assertFalse(java.util.regex.Pattern.compile("\\b(null|undefined|NaN)\\b").matcher(text).find(), shot + " shows null/undefined/NaN: " + text);
                if (axe != null) {
                    assertEquals(List.of(), axeSeriousHere(axe), shot + " at " + size.width + " px");
                }
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", browser.findElement(ready));
                screenshot(shot + (size.width < 500 ? "-phone" : "-desktop"));
            } finally {
                browser.manage().window().setSize(new Dimension(1366, 900));
            }
        }
    }

    /** A day of three speakers, a camera and a laptop from bench/voicegen.py (seed 1), with its eavesdropping episodes; skips without python3. */
    private Path speakerDay() throws Exception {
        Path pcap = tmp.resolve("speaker-day.pcap");
        if (!Files.isRegularFile(pcap)) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "the generated speaker day needs python3");
            Process p = new ProcessBuilder("/usr/bin/python3", HubProcess.ROOT.resolve("bench/voicegen.py").toString(), "--seed", "1", "--days", "1",
                    "--out", tmp.resolve("speaker-day").toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(pcap), out);
        }
        return pcap;
    }

    @Test
    @Order(22)
    void aGeneratedSpeakerDayInvestigatedRaisesAnEavesdroppingFindingExplainedInHouseholdWordsWithItsTurnsDrawn() throws Exception {
        WebDriver b = browser();
        login();
        Path day = speakerDay();
        String homeBefore = hub.get("/api/devices", Map.of("Cookie", cookie)).body() + hub.get("/api/findings?limit=1000", Map.of("Cookie", cookie)).body();
        b.get(hub.base() + "/#/captures");
        await(By.id("upload-file")).sendKeys(day.toString());
        b.findElement(By.cssSelector("main form button[type=submit]")).click();
        // the list is redrawn every second while a job runs: a row may go stale under the wait
        WebElement job = new WebDriverWait(b, Duration.ofSeconds(300)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#earlier-reports li.job[data-state=done]")).stream()
                        .filter(e -> e.getText().contains("speaker-day.pcap")).findFirst().orElse(null));
        assertTrue(job.getText().contains("alarming") && job.getText().contains("2026"), "alarming sessions, in capture time: " + job.getText());
        String jobId = job.getAttribute("data-id");
        JsonNode inv = json(hub.get("/api/captures/jobs/" + jobId, Map.of("Cookie", cookie)));
        // the first high eavesdropping finding whose evidence has the listening turns: what the page must explain and draw
        int n = -1;
        JsonNode f = null;
        for (int i = 0; i < inv.get("findings").size() && f == null; i++) {
            JsonNode x = inv.get("findings").get(i);
            if ("eavesdrop".equals(x.path("category").asText()) && "high".equals(x.path("severity").asText()) && x.path("evidence").path("turns").size() > 0) {
                n = i;
                f = x;
            }
        }
        assertTrue(f != null, "the speaker day raises a high eavesdropping finding with its turns: " + inv.get("summary"));
        job.findElement(By.tagName("a")).click();
        await(By.id("inv-findings"));
        b.findElement(By.cssSelector("#inv-findings a[href='#/captures/" + jobId + "/findings/" + n + "']")).click();
        await(By.id("explain-what"));
        String device = f.get("device").get("name").asText();
        String title = b.findElement(By.cssSelector("main h1")).getText();
        assertTrue(title.startsWith("A speaker ") && !title.equals("Something to look at"), "a speaker's own explanation, not the general one: " + title);
        assertEquals(f.get("explanation").get("title").asText(), title);
        String what = b.findElement(By.id("explain-what")).getText();
        assertTrue(what.startsWith(device) && (what.contains("microphone") || what.contains("sending sound")), "what happened, naming the speaker: " + what);
        assertEquals(f.get("explanation").get("what").asText(), what);
        String steps = b.findElement(By.id("explain-steps")).getText();
        assertTrue(steps.contains("microphone-off button") && steps.contains("voice history"), "what to do now: " + steps);
        assertEquals(f.get("evidence").get("turns").size(), b.findElements(By.cssSelector("#session-timeline .turn")).size(), "every turn drawn");
        assertTrue(b.findElement(By.tagName("main")).getText().contains(f.get("evidence").get("remotes").get(0).asText()), "the voice service contacted is named");
        assertTrue(b.findElement(By.id("investigation-note")).getText().contains("nothing at home was changed"));
        assertTrue(b.findElements(By.cssSelector("#finding-actions button")).isEmpty(), "no home actions on a finding that is not the home's");
        atBothSizes(By.id("explain-what"), "24-investigated-eavesdrop-finding");
        String homeAfter = hub.get("/api/devices", Map.of("Cookie", cookie)).body() + hub.get("/api/findings?limit=1000", Map.of("Cookie", cookie)).body();
        assertEquals(homeBefore, homeAfter, "the investigation left the home as it was");
        b.get(hub.base() + "/#/captures/" + jobId + "/findings/99999");
        awaitText(By.tagName("main"), "has no finding number 99999");
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * Uninstalls the fixture bundle (its inventory outranks discovery's) so that what a replay
     * makes discovery find is the home's inventory; a no-op when it was never deployed.
     */
    private boolean withoutTheFixture() throws Exception {
        boolean removed = Files.deleteIfExists(hub.data.resolve("deploy/fixture.jar"));
        if (removed) {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (hub.get("/api/devices", Map.of("Cookie", cookie)).body().contains("dev-speaker")) {
                assertTrue(System.nanoTime() < end, "the fixture bundle was not uninstalled");
                Thread.sleep(200);
            }
        }
        return removed;
    }

    /** Whether the day's kitchen Echo is in the home with recorded voice sessions (waits up to 10 s for them to be stored). */
    private boolean speakerHasSessions() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            String id = deviceWithMac("44:65:0d:00:00:01");
            if (id != null && json(hub.get("/api/devices/" + id + "/voice-sessions", Map.of("Cookie", cookie))).path("total").asInt() > 0) {
                return true;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < end);
        return false;
    }

    /** Replays a capture into the home from the Captures page (the box ticked) and waits until the protections stored what it made them find. */
    private void replayIntoHome(Path capture) throws Exception {
        Set<String> before = new TreeSet<>();
        for (JsonNode j : json(hub.get("/api/captures/jobs", Map.of("Cookie", cookie))).get("items")) {
            before.add(j.path("id").asText());
        }
        browser.get(hub.base() + "/#/captures");
        browser.navigate().refresh(); // the same address again would keep the last upload's form
        awaitPage("#/captures");
        await(By.id("upload-file")).sendKeys(capture.toString());
        if (!browser.findElement(By.id("into-home")).isSelected()) {
            browser.findElement(By.id("into-home")).click();
        }
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        long end = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (true) {
            List<JsonNode> replays = new ArrayList<>();
            for (JsonNode j : json(hub.get("/api/captures/jobs", Map.of("Cookie", cookie))).get("items")) {
                if ("replay".equals(j.path("kind").asText())) {
                    replays.add(j);
                }
            }
            JsonNode mine = replays.stream().filter(j -> !before.contains(j.path("id").asText())).findFirst().orElse(null);
            if (mine != null && ("done".equals(mine.path("state").asText()) || "failed".equals(mine.path("state").asText()))) {
                assertEquals("done", mine.path("state").asText(), mine.toString());
                return;
            }
            assertTrue(System.nanoTime() < end, "the replay of " + capture.getFileName() + " did not finish: " + replays);
            Thread.sleep(300);
        }
    }

    @Test
    @Order(23)
    void aSpeakersPageShowsItsVoiceSessionsFromTheReplayedDayWithTheAlarmingOnesAndTheirReasons() throws Exception {
        WebDriver b = browser();
        login();
        Path day = speakerDay();
        boolean hadFixture = withoutTheFixture();
        // replayed into the home once (the explicit choice): the eavesdrop protection records each session in the hub's store.
        // In this class's hub the fixture's meter windows (stamped now) reached the protections first; the replay of the
        // older day still runs in its own time (it used to run at the fixture's, and no session was recorded)
        replayIntoHome(day);
        assertTrue(speakerHasSessions(), "the replayed day's sessions of the kitchen Echo are recorded (fixture deployed before: " + hadFixture + ")");
        String speaker = null;
        for (JsonNode d : json(hub.get("/api/devices", Map.of("Cookie", cookie))).get("items")) {
            if (d.get("macs").toString().contains("44:65:0d:00:00:01")) {
                speaker = d.get("id").asText();
                assertEquals("smart-speaker", d.get("type").asText(), d.toString());
            }
        }
        assertTrue(speaker != null, "the kitchen Echo of the day is in the home's inventory");
        JsonNode v = json(hub.get("/api/devices/" + speaker + "/voice-sessions", Map.of("Cookie", cookie)));
        JsonNode items = v.get("items");
        assertTrue(items.size() >= 5 && v.get("alarming").asInt() >= 1, "a day of sessions, some alarming: " + v.get("total") + " / " + v.get("alarming"));
        JsonNode alarm = null;
        for (JsonNode s : items) {
            assertTrue(s.get("start").asText().startsWith("2026-01-01"), "sessions in the capture's time: " + s);
            assertTrue(s.get("upstreamBytes").asLong() > 0 && s.get("turnCount").asInt() >= 1, s.toString());
            if (s.get("alarm").asBoolean()) {
                alarm = s;
            }
        }
        assertTrue(alarm != null && alarm.get("reasons").size() > 0, String.valueOf(alarm));
        assertProblem(hub.get("/api/devices/no-such-device/voice-sessions", Map.of("Cookie", cookie)), 404, "no device");
        // the day was replayed: its devices were online in the capture's time, not now
        JsonNode echo = json(hub.get("/api/devices/" + speaker, Map.of("Cookie", cookie)));
        assertFalse(echo.get("online").asBoolean(), echo.toString());
        assertEquals(echo.get("lastSeen").asText(), echo.path("onlineAsOf").asText(), echo.toString());
        b.get(hub.base() + "/#/devices/" + speaker);
        await(By.id("voice-sessions"));
        String facts = b.findElement(By.id("device-facts")).getText();
        assertTrue(facts.contains("not now — it was online in the time of the capture") && !facts.matches("(?s).*Online\\s+yes.*"), facts);
        // the replayed day's traffic chart spans the width of its box (it was drawn 600 px wide before the page was attached)
        WebElement fig = await(By.cssSelector("figure.chart svg#traffic"));
        long figWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) b).executeScript("return arguments[0].parentNode.clientWidth;", fig);
        int svgWidth = Integer.parseInt(fig.getAttribute("width"));
        assertTrue(svgWidth >= figWidth - 20 && svgWidth <= figWidth, "chart " + svgWidth + " px in a box of " + figWidth + " px");
        atBothSizes(By.id("device-facts"), "25a-speaker-facts-and-chart");
        assertEquals(items.size(), b.findElements(By.cssSelector("#voice-strip rect.session")).size(), "every session on the strip");
        JsonNode open = json(hub.get("/api/devices/" + speaker, Map.of("Cookie", cookie))).get("openFindings");
        assertFalse(open.toString().contains("eavesdrop.voice-session"), "session records are not open findings on the chart");
        assertTrue(open.size() >= 1, "the day's alarms are: " + open);
        long alarming = java.util.stream.StreamSupport.stream(items.spliterator(), false).filter(s -> s.get("alarm").asBoolean()).count();
        assertEquals(alarming, b.findElements(By.cssSelector("#voice-strip rect.session.alarm")).size(), "the alarming ones marked");
        assertEquals(Math.min(100, items.size()), b.findElements(By.cssSelector("#voice-table tbody tr")).size());
        assertTrue(b.findElement(By.id("voice-summary")).getText().contains(v.get("total").asInt() + " listening sessions recorded, " + v.get("alarming").asInt()),
                b.findElement(By.id("voice-summary")).getText());
        // the newest alarming session: its verdict in words, its reasons, and its turns one click away
        WebElement row = b.findElement(By.cssSelector("#voice-table tbody tr.alarm"));
        assertTrue(row.getText().contains(alarm.get("reasons").get(0).asText()), row.getText());
        assertFalse(row.getText().contains(alarm.get("verdict").asText()), "the verdict in words, not its id: " + row.getText());
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block:'center'})", row);
        row.findElement(By.tagName("summary")).click();
        assertEquals(alarm.get("turns").size(), row.findElements(By.cssSelector(".turn")).size(), "its turns drawn");
        screenshot("25-speaker-sessions-open");
        atBothSizes(By.id("voice-sessions"), "25-speaker-page");
        assertEquals(List.of(), consoleErrors());
    }

    /** Opens Settings' channel form (folded when channels exist) and chooses the kind of channel. */
    private void channelForm(String type) {
        browser.get(hub.base() + "/#/settings");
        browser.navigate().refresh();
        awaitPage("#/settings");
        WebElement add = await(By.id("channel-add"));
        if (add.getAttribute("open") == null) {
            add.findElement(By.tagName("summary")).click();
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ch-type"))).selectByValue(type);
    }

    private void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    @Test
    @Order(24)
    void anEmailChannelAddedInSettingsDeliversItsTestToARealSmtpServerIsChangedAndRemovedAndNeverShowsItsPassword() throws Exception {
        WebDriver b = browser();
        login();
        String mailPassword = "smtp-pass-" + Long.toHexString(System.nanoTime());
        int port = Ports.freeLoopbackPort(); // GreenMail binds it at start()
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("hub@example.org", "hubmailer", mailPassword);
        smtp.start();
        try {
            channelForm("email");
            assertFalse(b.findElement(By.id("ch-l-brokerUri")).isDisplayed(), "only the e-mail fields are shown");
            type("ch-id", "family-mail");
            type("ch-host", "127.0.0.1");
            new org.openqa.selenium.support.ui.Select(b.findElement(By.id("ch-security"))).selectByValue("NONE");
            type("ch-port", Integer.toString(port));
            type("ch-username", "hubmailer");
            type("ch-secret", mailPassword);
            type("ch-from", "hub@example.org");
            type("ch-to", "family@example.org, gran@example.org");
            b.findElement(By.cssSelector("#channel-form button[type=submit]")).click();
            WebElement ch = new WebDriverWait(b, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#channels li[data-id=family-mail][data-state=running]")));
            assertTrue(ch.getText().contains("e-mail to family@example.org, gran@example.org through 127.0.0.1:" + port + " (NONE)") && ch.getText().contains("password set"),
                    ch.getText());
            // write-only: in neither the page nor the API
            assertFalse(b.getPageSource().contains(mailPassword), "the password is not in the page");
            String listed = hub.get("/api/channels", Map.of("Cookie", cookie)).body();
            assertFalse(listed.contains(mailPassword), listed);
            assertTrue(listed.contains("\"secretSet\":true"), listed);
            ch.findElement(By.cssSelector("button.test")).click();
            awaitText(By.cssSelector("#channel-result .msg"), "Test delivered through family-mail");
            assertTrue(smtp.waitForIncomingEmail(15_000, 2), "the SMTP server received the test for both recipients");
            jakarta.mail.internet.MimeMessage[] got = smtp.getReceivedMessages();
            assertTrue(got[0].getSubject().contains("Hearthguard test message"), got[0].getSubject());
            assertEquals("hub@example.org", got[0].getFrom()[0].toString());
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('channels').scrollIntoView({block:'start'})");
            screenshot("26-settings-email-channel");
            // bad input is refused with the field named, nothing stored
            type("ch-id", "bad-mail");
            type("ch-to", "family@@example.org");
            b.findElement(By.cssSelector("#channel-form button[type=submit]")).click();
            awaitText(By.cssSelector("#channel-result .msg"), "'to' holds e-mail addresses");
            assertFalse(hub.get("/api/channels", Map.of("Cookie", cookie)).body().contains("bad-mail"));
            // changed: the form is filled from the channel, the password field left empty keeps the stored one
            b.navigate().refresh();
            awaitPage("#/settings");
            await(By.cssSelector("#channels li[data-id=family-mail]")).findElement(By.xpath(".//button[text()='Change']")).click();
            assertEquals("family@example.org, gran@example.org", b.findElement(By.id("ch-to")).getAttribute("value"));
            assertEquals("", b.findElement(By.id("ch-secret")).getAttribute("value"));
            type("ch-to", "family@example.org");
            b.findElement(By.cssSelector("#channel-form button[type=submit]")).click();
            // the list is drawn anew when the answer comes: a row found may go stale before its text is read
            new WebDriverWait(b, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                List<WebElement> li = d.findElements(By.cssSelector("#channels li[data-id=family-mail][data-state=running]"));
                return !li.isEmpty() && !li.get(0).getText().contains("gran@");
            });
            JsonNode mail = null;
            for (JsonNode c : json(hub.get("/api/channels", Map.of("Cookie", cookie))).get("items")) {
                if ("family-mail".equals(c.get("id").asText())) {
                    mail = c;
                }
            }
            assertEquals("[\"family@example.org\"]", mail.get("to").toString());
            assertTrue(mail.get("secretSet").asBoolean(), "the stored password was kept");
            b.findElement(By.cssSelector("#channels li[data-id=family-mail] button.test")).click();
            awaitText(By.cssSelector("#channel-result .msg"), "Test delivered through family-mail");
            assertTrue(smtp.waitForIncomingEmail(15_000, 3), "the changed channel still logs in with the kept password");
            // removed
            b.findElement(By.cssSelector("#channels li[data-id=family-mail]")).findElement(By.xpath(".//button[text()='Remove']")).click();
            awaitText(By.cssSelector("#channel-result .msg"), "Channel family-mail removed");
            assertFalse(hub.get("/api/channels", Map.of("Cookie", cookie)).body().contains("family-mail"));
            assertEquals(List.of(), consoleErrors("400"));
        } finally {
            smtp.stop();
        }
    }

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    @Order(25)
    void theCaptureInterfaceIsChosenInSettingsFromTheMachinesOwnRestartsCaptureAndAWrongNameIsRefusedWithTheReason() throws Exception {
        WebDriver b = browser();
        login();
        // two ends of a veth pair this test makes (no traffic crosses it) and removes
        String a = "hgdash" + (ProcessHandle.current().pid() % 1000), z = a + "z";
        Assumptions.assumeTrue(sh("ip", "link", "add", a, "type", "veth", "peer", "name", z) == 0, "needs root and ip(8) to make a veth pair");
        try {
            sh("ip", "link", "set", a, "up");
            sh("ip", "link", "set", z, "up");
            JsonNode state = json(hub.get("/api/capture-interface", Map.of("Cookie", cookie)));
            List<String> names = new ArrayList<>();
            state.get("interfaces").forEach(i -> names.add(i.get("name").asText()));
            assertTrue(names.containsAll(List.of("lo", a, z, "any")), "the machine's interfaces: " + names);
            b.get(hub.base() + "/#/settings");
            b.navigate().refresh(); // the page may be Settings already, drawn before the veth pair existed
            awaitPage("#/settings");
            WebElement field = await(By.id("capture-interface"));
            assertEquals(1, b.findElements(By.cssSelector("#capture-interfaces option[value='" + a + "']")).size(), "the interfaces are offered");
            // a name the machine does not have: refused with the reason, nothing stored
            type("capture-interface", "wlan-nope");
            b.findElement(By.cssSelector("#capture-form button[type=submit]")).click();
            awaitText(By.cssSelector("#capture-result .msg"), "this machine has no network interface 'wlan-nope'; it has:");
            assertTrue(b.findElement(By.cssSelector("#capture-result .msg")).getText().contains(a));
            assertFalse(hub.get("/api/capture-interface", Map.of("Cookie", cookie)).body().contains("wlan-nope"));
            // the first end: capture starts on it
            field = b.findElement(By.id("capture-interface"));
            type("capture-interface", a);
            if (!b.findElement(By.id("capture-enabled")).isSelected()) {
                b.findElement(By.id("capture-enabled")).click();
            }
            b.findElement(By.cssSelector("#capture-form button[type=submit]")).click();
            awaitText(By.cssSelector("#capture-result .msg"), "Capture restarted on " + a);
            awaitText(By.id("capture-status"), "Listening on " + a);
            JsonNode first = json(hub.get("/api/capture-interface", Map.of("Cookie", cookie)));
            assertEquals(a, first.get("running").get("source").asText());
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("document.getElementById('capture-setting').scrollIntoView({block:'center'})");
            screenshot("27-settings-capture-interface");
            // changed to the other end: a new live session on it
            type("capture-interface", z);
            b.findElement(By.cssSelector("#capture-form button[type=submit]")).click();
            awaitText(By.cssSelector("#capture-result .msg"), "Capture restarted on " + z);
            JsonNode second = json(hub.get("/api/capture-interface", Map.of("Cookie", cookie)));
            assertEquals(z, second.get("running").get("source").asText());
            assertFalse(second.get("running").get("id").asText().equals(first.get("running").get("id").asText()), "capture restarted");
            atBothSizes(By.id("capture-setting"), "27-settings-capture");
            assertProblem(hub.send("POST", "/api/capture-interface", "{\"interface\":\"../../etc\"}", session(true)), 400, "no network interface");
            assertEquals(List.of(), consoleErrors("400"));
        } finally {
            hub.send("POST", "/api/capture-interface", "{\"interface\":\"lo\",\"enabled\":false}", session(true));
            sh("ip", "link", "del", a);
        }
        assertTrue(json(hub.get("/api/capture-interface", Map.of("Cookie", cookie))).path("running").isMissingNode(), "capture stopped again");
    }

    @Test
    @Order(27)
    void settingsListEveryDeployAttemptWhoWhenWhichFileAndTheVerdictReadOnly() throws Exception {
        WebDriver b = browser();
        login();
        // a jar that is no bundle, offered through the API: refused, and audited like the folder's
        HttpResponse<String> refused = hub.send("POST", "/api/deploy?name=not-a-bundle.jar", "this is not a jar", session(true));
        assertEquals(422, refused.statusCode(), refused.body());
        String reason = json(refused).get("reason").asText();
        b.get(hub.base() + "/#/settings");
        b.navigate().refresh();
        awaitPage("#/settings");
        WebElement bad = await(By.cssSelector("#deploy-audit tr[data-verdict=refused]"));
        assertTrue(bad.getText().contains("not-a-bundle.jar") && bad.getText().contains("admin (this dashboard)") && bad.getText().contains("refused"), bad.getText());
        assertTrue(bad.getText().contains(reason), "the reason as the deploy bundle gave it: " + reason + " / " + bad.getText());
        List<String> installed = b.findElements(By.cssSelector("#deploy-audit tr[data-verdict=installed]")).stream().map(WebElement::getText).toList();
        assertTrue(installed.stream().anyMatch(t -> t.contains("fixture.jar") && t.contains("deploy folder") && t.contains("added")), installed.toString());
        assertEquals(json(hub.get("/api/deploy/audit?limit=50", Map.of("Cookie", cookie))).get("items").size(),
                b.findElements(By.cssSelector("#deploy-audit tbody tr")).size(), "every attempt is listed");
        assertTrue(b.findElements(By.cssSelector("#deploy-audit button, #deploy-audit input")).isEmpty(), "read-only");
        atBothSizes(By.id("deploy-audit"), "28-settings-deploy-audit");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    @Order(28)
    void aForgottenDeviceLeavesDiscoverysInventoryAndComesBackAsANewDevice() throws Exception {
        WebDriver b = browser();
        login();
        withoutTheFixture();
        byte[] router = { (byte) 192, (byte) 168, 1, 1 };
        int first = 1_764_300_000, later = first + 86_400;
        replayIntoHome(Files.write(tmp.resolve("old-tablet.pcap"), pcap(3, first, router, 40)));
        String id = deviceWithMac("44:65:0d:12:34:28");
        assertTrue(id != null, "discovery found the device of the capture");
        assertEquals(200, hub.send("POST", "/api/devices/" + id + "/label", "{\"name\":\"Old tablet\",\"room\":\"Attic\"}", session(true)).statusCode());
        awaitNewDeviceAnnouncements(id, 1);
        // forgotten from its page: discovery drops it (the API no longer knows the id at all; a device only hidden would still answer)
        b.get(hub.base() + "/#/devices/" + id);
        awaitPage("#/devices/" + id);
        b.findElement(By.id("forget-sure")).click();
        b.findElement(By.id("forget-device")).click();
        awaitPage("#/devices");
        assertTrue(b.findElements(By.cssSelector("#devices tr[data-id='" + id + "']")).isEmpty());
        assertProblem(hub.get("/api/devices/" + id, Map.of("Cookie", cookie)), 404, "no device");
        // a day later it is on the network again: a new device, first seen then, without the family's old name
        replayIntoHome(Files.write(tmp.resolve("old-tablet-again.pcap"), pcap(3, later, router, 40)));
        JsonNode back = json(hub.get("/api/devices/" + id, Map.of("Cookie", cookie)));
        // discovery announced it as a new device once more (a known device coming back is never announced again)
        awaitNewDeviceAnnouncements(id, 2);
        assertFalse(back.get("namedByYou").asBoolean() || back.toString().contains("Old tablet") || back.toString().contains("Attic"), back.toString());
        assertTrue(hub.get("/api/devices", Map.of("Cookie", cookie)).body().contains(id), "listed again");
        assertEquals(List.of(), consoleErrors("404"));
    }

    /** Waits up to 15 s until discovery has announced the device as new {@code times} times (its new-device findings, repeats counted). */
    private void awaitNewDeviceAnnouncements(String device, long times) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long seen;
        do {
            seen = 0;
            for (JsonNode f : json(hub.get("/api/findings?category=new-device&limit=1000", Map.of("Cookie", cookie))).get("items")) {
                if (device.equals(f.path("device").path("id").asText()) && "discovery.new-device".equals(f.path("rule").asText())) {
                    seen += f.path("count").asLong();
                }
            }
            if (seen == times) {
                return;
            }
            Thread.sleep(300);
        } while (System.nanoTime() < end);
        assertEquals(times, seen, "announcements of " + device + " as a new device");
    }

    /** The home's threat-intel findings about one device (id), as the API lists them. */
    private List<JsonNode> intel(String device) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : json(hub.get("/api/findings?category=threat-intel&limit=1000", Map.of("Cookie", cookie))).get("items")) {
            if (device.equals(f.path("device").path("id").asText()) && "threat-intel.contact".equals(f.path("rule").asText())) {
                out.add(f);
            }
        }
        return out;
    }

    private String deviceWithMac(String mac) throws Exception {
        for (JsonNode d : json(hub.get("/api/devices", Map.of("Cookie", cookie))).get("items")) {
            if (d.get("macs").toString().contains(mac)) {
                return d.get("id").asText();
            }
        }
        return null;
    }

    @Test
    @Order(26)
    void thisIsNormalTeachesTheThreatIntelProtectionToStopRaisingThatFindingForThatDeviceOnly() throws Exception {
        browser();
        login();
        withoutTheFixture();
        // the real threat-intel protection of the hub, with a list naming one address (re-read within 10 s)
        Files.createDirectories(hub.data.resolve("threatintel"));
        Files.writeString(hub.data.resolve("threatintel/test-list.txt"), "203.0.113.66\n");
        byte[] bad = { (byte) 203, 0, 113, 66 };
        Path first = tmp.resolve("to-listed-address.pcap");
        Files.write(first, pcap(5, 1_764_100_000, bad, 31));
        String a = null;
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (a == null || intel(a).isEmpty()) {
            assertTrue(System.nanoTime() < end, "the threat-intel protection raised nothing for the listed address:\n" + hub.output());
            replayIntoHome(first); // until the list has been read: the protection's cooldown keeps repeats out
            a = deviceWithMac("44:65:0d:12:34:1f");
        }
        JsonNode raised = intel(a).get(0);
        long count = raised.get("count").asLong();
        // "This is normal for …, only when it talks to 203.0.113.66", in the browser
        browser.get(hub.base() + "/#/findings/" + raised.get("id").asText());
        await(By.id("allow-rule"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("allow-destination"))).selectByValue("203.0.113.66");
        browser.findElement(By.id("allow-rule")).click();
        awaitText(By.cssSelector("#action-result .msg"), "when it talks to 203.0.113.66");
        // two hours later (past the protection's own cooldown and the findings' merge window) the same device and another one contact it again
        Path later = tmp.resolve("to-listed-address-later.pcap");
        Files.write(later, pcap(5, 1_764_100_000 + 7_200, bad, 31, 32));
        replayIntoHome(later);
        String other = deviceWithMac("44:65:0d:12:34:20");
        assertTrue(other != null, "the second device was discovered");
        assertEquals(1, intel(other).size(), "the protection still raises it for another device: " + intel(other));
        List<JsonNode> again = intel(a);
        assertEquals(1, again.size(), again.toString());
        assertEquals(count, again.get(0).get("count").asLong(), "the protection did not raise it again for the device the family allowed: " + again);
        assertEquals(raised.get("lastSeen").asText(), again.get(0).get("lastSeen").asText());
        // the rule taken back: the protection raises it for that device again
        for (JsonNode r : json(hub.get("/api/allow-rules", Map.of("Cookie", cookie))).get("items")) {
            assertEquals(204, hub.send("DELETE", "/api/allow-rules/" + r.get("id").asText(), null, session(true)).statusCode());
        }
        Path third = tmp.resolve("to-listed-address-next-day.pcap");
        Files.write(third, pcap(5, 1_764_100_000 + 86_400, bad, 31));
        replayIntoHome(third);
        List<JsonNode> back = intel(a);
        assertTrue(back.size() == 2 || back.get(0).get("count").asLong() > count, "without the rule it is raised again: " + back);
        assertEquals(List.of(), consoleErrors());
    }
}
