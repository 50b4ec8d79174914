package io.activityplatform.systemtests.console;

import static io.activityplatform.systemtests.RunningPlatform.API;
import static io.activityplatform.systemtests.RunningPlatform.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.systemtests.Http;
import io.activityplatform.systemtests.RunningPlatform;
import io.activityplatform.systemtests.ServiceEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in real headless Chromium against the whole platform: the three packaged services as processes on
 * one Kafka and their PostgreSQL, and reference agents that run the scripts for real (/bin/sh, output streamed,
 * SIGTERM on cancel). One platform start for every scenario; they share it and each uses activities of its own.
 * Skipped, with the reason, when no Chromium is installed. Takes the README's screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleEndToEndTest {

    private static final String ACCOUNT = "console";
    private static final String KEY = "console-registration-key";
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static RunningPlatform platform;
    static ScriptAgents agents;
    static ScriptAgents.Running web;
    static ScriptAgents.Running idle;
    static ServiceEndpoint api;
    static ChromeDriver chrome;
    static String console;

    @BeforeAll
    static void startPlatformAndBrowser() throws Exception {
        if (!Browser.installed()) {
            // Surefire counts a class aborted in @BeforeAll as 0 tests, without the reason: say it here.
            System.out.println("[ConsoleEndToEndTest] " + Browser.MISSING);
        }
        Assumptions.assumeTrue(Browser.installed(), Browser.MISSING);
        Path repo = Path.of("").toAbsolutePath().getParent();
        platform = RunningPlatform.start(repo, dir, Map.of(
                MESSAGES, config("messages.accounts." + ACCOUNT + ".registration-key=" + KEY,
                        "messages.exchange.interval=1s", "messages.reactions.interval=1s")));
        Http.authorize(platform.token("admin", ACCOUNT));
        api = platform.endpoint(API);
        String messages = platform.endpoint(MESSAGES).baseUrl().toString();
        agents = new ScriptAgents(messages, dir.resolve("agents"));
        web = agents.register(ACCOUNT, KEY, "web-1");
        // Registered but never exchanging: its activities stay QUEUED (for the board's picture).
        idle = agents.register(ACCOUNT, KEY, "web-2");
        web.resume();
        chrome = Browser.start(Files.createDirectories(dir.resolve("chromium")));
        console = api.resolve("/console/").toString();
    }

    private static Map<String, String> config(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "settings", ".properties");
        Files.write(file, List.of(lines));
        return Map.of("QUARKUS_CONFIG_LOCATIONS", file.toUri().toString());
    }

    @AfterAll
    static void stopAll() {
        if (chrome != null) {
            chrome.quit();
        }
        if (agents != null) {
            agents.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @AfterEach
    void reportThePage(TestInfo test) {
        // Printed for every test so a failure's report shows what the page said and where it was.
        System.out.println("[" + test.getDisplayName() + "] at " + chrome.getCurrentUrl());
        Browser.consoleLog(chrome).forEach(line -> System.out.println("[browser] " + line));
        Browser.block(chrome);
        web.resume();
    }

    @Test
    @Order(1)
    void signInCreateAScriptAndWatchItRunLiveToItsResult() throws Exception {
        chrome.get(console);
        waitFor(By.id("token")).sendKeys(platform.token("operator", ACCOUNT));
        chrome.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        waitFor(By.cssSelector("table#activities"));

        // No computer takes it yet: the page must show it QUEUED first.
        web.pause();
        Path go = dir.resolve("go-create");
        chrome.get(console + "#/create");
        waitFor(By.id("param-code")).sendKeys("echo hello; echo '::progress 50'; " + awaitFile(go)
                + "; echo world; echo '::progress 100'");
        chrome.findElement(By.id("param-interpreter")).sendKeys("/bin/sh");
        chrome.findElement(By.cssSelector("input[name=computer][value='" + web.computerId() + "']")).click();
        chrome.findElement(By.id("summary")).sendKeys("Say hello on web-1");
        chrome.findElement(By.id("create-submit")).click();
        waitUntil(() -> chrome.getCurrentUrl().contains("#/activity/"));
        UUID id = UUID.fromString(chrome.getCurrentUrl().replaceAll(".*#/activity/", ""));
        waitForStatus("QUEUED");
        markPage();

        web.resume();
        waitForStatus("IN_PROGRESS");
        waitUntil(() -> output().equals("hello"));
        waitUntil(() -> "50".equals(chrome.findElement(By.id("progress")).getAttribute("value")));
        Files.createFile(go);
        waitForStatus("SUCCEEDED");
        waitUntil(() -> output().equals("hello\nworld"));
        waitUntil(() -> "100".equals(chrome.findElement(By.id("progress")).getAttribute("value")));
        waitUntil(() -> text("result-text").equals("hello\nworld"));
        waitUntil(() -> timeline().contains("IN_PROGRESS → SUCCEEDED"));
        assertThat(timeline()).contains("created as QUEUED", "QUEUED → IN_PROGRESS", "user:system-test",
                "agent:" + web.computerId());
        assertThat(chrome.findElements(By.cssSelector("#actions button[data-command=cancel]"))).isEmpty();
        // Settled: the server ended the stream, and the page stops waiting instead of reconnecting.
        waitUntil(() -> liveIndicator().contains("finished"));
        assertPageNeverReloaded();
        assertThat(status(id)).isEqualTo("SUCCEEDED");
        Browser.screenshot(chrome, "console-activity.png");
    }

    @Test
    @Order(2)
    void aBlockedScriptIsApprovedAndThenRuns() {
        UUID id = create(script(web.computerId(), "echo approved", Map.of("requireApproval", true)));
        chrome.get(console + "#/activity/" + id);
        waitForStatus("BLOCKED");
        markPage();

        waitFor(By.cssSelector("button[data-command=approve]")).click();

        waitUntil(() -> text("action-message").contains("Done: QUEUED"));
        waitForStatus("SUCCEEDED");
        waitUntil(() -> output().equals("approved"));
        waitUntil(() -> timeline().contains("BLOCKED → QUEUED"));
        assertPageNeverReloaded();
    }

    @Test
    @Order(3)
    void aRunningScriptIsCanceledAndTheComputersLateResultShows() {
        UUID id = create(script(web.computerId(),
                "trap 'echo cleaning up; exit 3' TERM; echo running; sleep 60 & wait", Map.of()));
        chrome.get(console + "#/activity/" + id);
        waitForStatus("IN_PROGRESS");
        waitUntil(() -> output().equals("running"));
        markPage();

        chrome.findElement(By.id("reason")).sendKeys("wrong script");
        chrome.findElement(By.cssSelector("button[data-command=cancel]")).click();

        waitForStatus("CANCELED");
        waitFor(By.id("late-result"));
        // The agent got the cancel at its next exchange, stopped the script, and still reported how it ended.
        waitUntil(() -> !chrome.findElements(By.id("result-text")).isEmpty()
                && text("result-text").contains("cleaning up"));
        assertThat(text("result-text")).contains("canceled: activity canceled");
        assertThat(text("late-result")).contains("still reported a late result");
        assertThat(text("error")).contains("CANCELED");
        waitUntil(() -> timeline().contains("result recorded (FAILED)"));
        assertThat(timeline()).contains("IN_PROGRESS → CANCELED", "wrong script");
        waitUntil(() -> liveIndicator().contains("finished"));
        assertPageNeverReloaded();
    }

    /**
     * A page whose live stream was cut (a proxy, a laptop waking up) still offers cancel on a script that has
     * finished since: the API answers 409, and the page says the activity is final, not that it should retry.
     */
    @Test
    @Order(4)
    void cancellingOneThatFinishedMeanwhileIsExplainedAs409() throws Exception {
        Path go = dir.resolve("go-409");
        UUID id = create(script(web.computerId(), awaitFile(go) + "; echo done", Map.of()));
        await().atMost(BOUND).until(() -> status(id).equals("IN_PROGRESS"));
        Browser.block(chrome, "*/stream*");
        chrome.get(console + "#/activity/" + id);
        waitForStatus("IN_PROGRESS");
        WebElement cancel = waitFor(By.cssSelector("button[data-command=cancel]"));

        Files.createFile(go);
        await().atMost(BOUND).until(() -> status(id).equals("SUCCEEDED"));
        assertThat(chrome.findElements(By.cssSelector("h1 .status[data-status=IN_PROGRESS]"))).hasSize(1);
        cancel.click();

        waitUntil(() -> text("action-message").contains("Could not cancel"));
        assertThat(text("action-message")).contains("the activity is SUCCEEDED now", "not possible", "final")
                .doesNotContain("changed since you looked");
        // The answer also brought the page up to date.
        waitForStatus("SUCCEEDED");
        assertThat(status(id)).isEqualTo("SUCCEEDED");
    }

    /** The same cut stream, but the command still makes sense from where the activity is now: a 412. */
    @Test
    @Order(5)
    void approvingAStaleVersionIsExplainedAs412AndWorksOnceReRead() {
        UUID id = create(script(web.computerId(), "echo second look", Map.of("requireApproval", true)));
        Browser.block(chrome, "*/stream*");
        chrome.get(console + "#/activity/" + id);
        waitForStatus("BLOCKED");
        WebElement approve = waitFor(By.cssSelector("button[data-command=approve]"));
        // Someone else approves and holds it again (no computer takes it in between): BLOCKED, but version 3
        // instead of the page's 1.
        web.pause();
        assertThat(Http.post(api.resolve("/activities/" + id + "/approve"), Map.of()).status()).isEqualTo(200);
        assertThat(Http.post(api.resolve("/activities/" + id + "/hold"), Map.of()).status()).isEqualTo(200);

        approve.click();

        waitUntil(() -> text("action-message").contains("changed since you looked"));
        assertThat(text("action-message")).contains("version \"1\"", "BLOCKED");
        waitUntil(() -> chrome.findElement(By.id("actions")).getAttribute("data-key").startsWith("3:"));
        web.resume();
        waitFor(By.cssSelector("button[data-command=approve]")).click();
        waitUntil(() -> text("action-message").contains("Done: QUEUED"));
        await().atMost(BOUND).until(() -> status(id).equals("SUCCEEDED"));
    }

    @Test
    @Order(6)
    void theBoardFollowsTheFleetLiveWithCounts() throws Exception {
        chrome.get(console + "#/board?computer=" + web.computerId());
        waitFor(By.cssSelector("[data-count=SUCCEEDED]"));
        waitUntil(() -> liveIndicator().contains("live"));
        markPage();
        int succeeded = Integer.parseInt(count("SUCCEEDED"));

        UUID id = create(script(web.computerId(), "echo from the board", Map.of("summary", "Watched on the board")));

        waitFor(By.cssSelector("tr[data-id='" + id + "'][data-status=SUCCEEDED]"));
        assertThat(read(By.cssSelector("tr[data-id='" + id + "']")))
                .contains("ExecuteScriptRequest", "Watched on the board");
        waitUntil(() -> Integer.parseInt(count("SUCCEEDED")) == succeeded + 1);
        assertPageNeverReloaded();

        // The picture for the README: the whole board, with activities in several statuses.
        create(script(web.computerId(), "echo disk full >&2; exit 3", Map.of("summary", "Rotate logs")));
        create(script(web.computerId(), "echo patching; sleep 45", Map.of("summary", "Apply security updates")));
        create(script(idle.computerId(), "uptime", Map.of("summary", "Check uptime")));
        create(script(web.computerId(), "reboot", Map.of("summary", "Reboot after kernel update",
                "requireApproval", true)));
        chrome.get(console + "#/board");
        waitFor(By.cssSelector("tr[data-status=FAILED]"));
        waitFor(By.cssSelector("tr[data-status=IN_PROGRESS]"));
        waitFor(By.cssSelector("tr[data-status=QUEUED]"));
        waitFor(By.cssSelector("tr[data-status=BLOCKED]"));
        Browser.screenshot(chrome, "console-board.png");
    }

    private static Map<String, Object> script(String computer, String code, Map<String, Object> extra) {
        Map<String, Object> request = new HashMap<>(extra);
        request.put("type", "ExecuteScriptRequest");
        request.put("computerId", computer);
        request.put("parameters", Map.of("interpreter", "/bin/sh", "code", code));
        return request;
    }

    /** A shell loop that ends when {@code file} exists, bounded (a minute) so no script outlives a failed test. */
    private static String awaitFile(Path file) {
        return "for i in $(seq 600); do [ -e " + file + " ] && break; sleep 0.1; done";
    }

    /** Creates with a client-chosen id, so a 202 (not yet visible) still names it. */
    private static UUID create(Map<String, Object> request) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(request);
        body.put("id", id);
        Http.Response response = Http.post(api.resolve("/activities"), body);
        assertThat(response.status()).as("create: %s", response.body()).isIn(201, 202);
        return id;
    }

    private static String status(UUID id) {
        JsonNode activity = Http.get(api.resolve("/activities/" + id)).body();
        return activity == null ? "MISSING" : activity.path("status").asText();
    }

    private static String text(String id) {
        return read(By.id(id));
    }

    /**
     * The element's text, found anew when the page re-rendered it between finding and reading (a live event
     * arriving at that moment replaces it): what the user sees is the new element's text.
     */
    private static String read(By element) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chrome.findElement(element).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static String output() {
        return text("output");
    }

    private static String timeline() {
        return text("timeline");
    }

    private static String liveIndicator() {
        return read(By.cssSelector(".live"));
    }

    private static String count(String status) {
        return read(By.cssSelector("[data-count=" + status + "]"));
    }

    private static void waitForStatus(String status) {
        waitFor(By.cssSelector("h1 .status[data-status=" + status + "]"));
    }

    /** A marker only this page load has: still there later means nothing reloaded the page. */
    private static void markPage() {
        chrome.executeScript("window.__consoleTestMark = 'same page'");
    }

    private static void assertPageNeverReloaded() {
        assertThat(chrome.executeScript("return window.__consoleTestMark")).isEqualTo("same page");
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(chrome, BOUND).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(chrome, BOUND).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> condition.getAsBoolean());
    }
}
