package io.activityplatform.api.console;

import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;

import io.activityplatform.service.security.TestTokens;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.LogEnd;
import io.activityplatform.api.support.ProjectionGate;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.RecordPosition;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in real headless Chromium against this service on the real Kafka and PostgreSQL; the other
 * services' events (delivery, progress, results) are played by {@link LogDriver} on the real log. Skipped, with
 * the reason, when no Chromium is installed.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ConsoleBrowserTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static ChromeDriver chrome;
    private static Path profile;

    @Inject
    LogDriver log;

    @Inject
    ProjectionGate gate;

    @Inject
    Clock clock;

    @TestHTTPResource("/console/")
    URL console;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!Chromium.installed()) {
            // Surefire counts a class aborted in @BeforeAll as 0 tests, without the reason: say it here.
            System.out.println("[ConsoleBrowserTest] " + Chromium.MISSING);
        }
        Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
        profile = Files.createTempDirectory("console-chromium-");
        chrome = Chromium.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    @AfterEach
    void reportThePage(org.junit.jupiter.api.TestInfo test) {
        // Printed for every test so a failure's report shows what the page said and where it was.
        System.out.println("[" + test.getDisplayName() + "] at " + chrome.getCurrentUrl());
        Chromium.consoleLog(chrome).forEach(line -> System.out.println("[browser] " + line));
    }

    @BeforeEach
    void signedIn() {
        chrome.manage().window().setSize(new Dimension(1280, 800));
        chrome.get(console + "#token=" + TestTokens.operator());
        waitFor(By.cssSelector("table#activities"));
    }

    @Test
    void signingInTakesATokenAndKeepsItOutOfTheUrl() {
        chrome.executeScript("sessionStorage.clear()");
        chrome.get(console.toString());

        WebElement token = waitFor(By.id("token"));
        assertThat(chrome.getCurrentUrl()).endsWith("#/signin");
        String byForm = TestTokens.operator();
        token.sendKeys(byForm);
        chrome.findElement(By.cssSelector("form.signin button[type=submit]")).click();

        waitFor(By.cssSelector("table#activities"));
        assertThat(chrome.executeScript("return sessionStorage.getItem('activity-console.token')"))
                .isEqualTo(byForm);
        String byLink = TestTokens.viewer();
        chrome.get(console + "#token=" + byLink);
        waitFor(By.cssSelector("table#activities"));
        assertThat(chrome.getCurrentUrl()).doesNotContain(byLink).endsWith("#/board");
        assertThat(chrome.executeScript("return sessionStorage.getItem('activity-console.token')"))
                .isEqualTo(byLink);
    }

    @Test
    void aScriptIsCreatedFromItsSchemaAndWatchedLiveToItsResult() {
        String computer = log.computer();
        chrome.get(console + "#/create");
        waitFor(By.id("param-code"));
        assertThat(new Select(chrome.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ExecuteScriptRequest");
        chrome.findElement(By.id("param-interpreter")).sendKeys("/bin/sh");
        chrome.findElement(By.cssSelector("input[name=computer][value='" + computer + "']")).click();
        chrome.findElement(By.id("create-submit")).click();

        // The API's field error, shown beside the field it names.
        WebElement codeError = waitFor(By.id("param-code-error"));
        waitUntil(() -> !codeError.getText().isBlank());
        assertThat(chrome.findElement(By.id("param-code")).getAttribute("aria-invalid")).isEqualTo("true");

        chrome.findElement(By.id("param-code")).sendKeys("echo hello");
        chrome.findElement(By.id("summary")).sendKeys("Say hello");
        chrome.findElement(By.id("create-submit")).click();
        waitUntil(() -> chrome.getCurrentUrl().contains("#/activity/"));
        UUID id = UUID.fromString(chrome.getCurrentUrl().replaceAll(".*#/activity/", ""));
        markPage();
        waitForStatus("QUEUED");

        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        waitForStatus("IN_PROGRESS");
        log.progress(id, 40, "hello\n", 1);
        log.progress(id, 80, "world\n", 2);
        waitUntil(() -> chrome.findElement(By.id("output")).getText().equals("hello\nworld"));
        waitUntil(() -> "80".equals(chrome.findElement(By.id("progress")).getAttribute("value")));
        log.move(id, ActivityStatus.SUCCEEDED, 2, new ActivityResult(0, "said hello", List.of(
                new ActivityResult.Artifact("report.txt", "text/plain", "all good\n"))), null);
        waitForStatus("SUCCEEDED");
        waitUntil(() -> chrome.findElement(By.id("result-text")).getText().equals("said hello"));
        assertThat(chrome.findElement(By.id("result")).getText()).contains("Download report.txt");
        waitUntil(() -> timeline().contains("IN_PROGRESS → SUCCEEDED"));
        // Settled: the server ended the stream, and the page stops waiting instead of reconnecting.
        waitUntil(() -> liveIndicator().contains("finished"));
        assertThat(timeline()).contains("created as QUEUED", "QUEUED → IN_PROGRESS", "user:test-operator");
        assertThat(chrome.findElements(By.cssSelector("#actions button"))).isEmpty();
        assertPageNeverReloaded();
    }

    @Test
    void theBoardShowsNewActivitiesAndStatusChangesLiveWithCounts() {
        String computer = log.computer();
        chrome.get(console + "#/board?computer=" + computer);
        waitFor(By.cssSelector("[data-count=QUEUED]"));
        waitUntil(() -> chrome.findElement(By.cssSelector(".live")).getText().contains("live"));
        markPage();

        UUID first = createScript("alice", computer);
        UUID second = createScript("bob", computer);
        WebElement row = waitFor(By.cssSelector("tr[data-id='" + first + "']"));
        assertThat(row.getText()).contains("QUEUED", "ExecuteScriptRequest", "user:alice");
        waitFor(By.cssSelector("tr[data-id='" + second + "']"));
        waitUntil(() -> count("QUEUED").equals("2"));

        log.move(first, ActivityStatus.IN_PROGRESS, 1);
        waitFor(By.cssSelector("tr[data-id='" + first + "'][data-status=IN_PROGRESS]"));
        waitUntil(() -> count("IN_PROGRESS").equals("1") && count("QUEUED").equals("1"));
        assertPageNeverReloaded();

    }

    @Test
    void aBlockedActivityIsApproved() {
        UUID id = createWith("alice", with(script(log.computer()), "requireApproval", true));
        chrome.get(console + "#/activity/" + id);
        waitForStatus("BLOCKED");

        waitFor(By.cssSelector("button[data-command=approve]")).click();

        waitForStatus("QUEUED");
        assertThat(waitFor(By.id("action-message")).getText()).contains("Done: QUEUED");
        waitUntil(() -> timeline().contains("BLOCKED → QUEUED"));
        given().get("/activities/" + id).then().statusCode(200);
        assertThat(given().get("/activities/" + id).jsonPath().getString("status")).isEqualTo("QUEUED");
    }

    @Test
    void aRunningActivityIsCanceledAndItsLateResultStillShows() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        chrome.get(console + "#/activity/" + id);
        waitForStatus("IN_PROGRESS");

        chrome.findElement(By.id("reason")).sendKeys("wrong script");
        waitFor(By.cssSelector("button[data-command=cancel]")).click();

        waitForStatus("CANCELED");
        waitFor(By.id("late-result"));
        markPage();
        // Canceled while running is not settled yet: the page keeps listening for the late result.
        assertThat(liveIndicator()).contains("live");
        log.apply(new ResultRecorded(UUID.randomUUID(), id, clock.instant(), Actor.agent("agent"), "message-system",
                ActivityStatus.SUCCEEDED, new ActivityResult(0, "finished anyway", List.of()), null));
        waitUntil(() -> chrome.findElements(By.id("result-text")).stream()
                .anyMatch(e -> e.getText().equals("finished anyway")));
        assertThat(chrome.findElement(By.id("late-result")).getText()).contains("still reported a late result");
        waitUntil(() -> liveIndicator().contains("finished"));
        waitUntil(() -> timeline().contains("wrong script"));
        assertPageNeverReloaded();
    }

    @Test
    void aCommandOnAStaleVersionThatIsStillPossibleIsExplainedAs412() {
        UUID id = createWith("alice", with(script(log.computer()), "requireApproval", true));
        chrome.get(console + "#/activity/" + id);
        waitForStatus("BLOCKED");
        WebElement cancel = waitFor(By.cssSelector("button[data-command=cancel]"));

        // Someone approves first; the page's cancel (If-Match "1") still makes sense from QUEUED: re-read, retry.
        loseTheRaceTo(id, ActivityStatus.QUEUED, cancel);

        waitUntil(() -> chrome.findElement(By.id("action-message")).getText().contains("changed since you looked"));
        assertThat(chrome.findElement(By.id("action-message")).getText()).contains("QUEUED");
        waitForStatus("QUEUED");
        waitUntil(() -> timeline().contains("REJECTED"));
        assertThat(timeline()).contains("VERSION_CONFLICT");
    }

    @Test
    void aCommandTheNewStatusNoLongerAllowsIsExplainedAs409() {
        UUID id = createWith("alice", with(script(log.computer()), "requireApproval", true));
        chrome.get(console + "#/activity/" + id);
        waitForStatus("BLOCKED");
        WebElement approve = waitFor(By.cssSelector("button[data-command=approve]"));

        // Someone cancels first: the page's approval can never apply now, whatever version it names.
        loseTheRaceTo(id, ActivityStatus.CANCELED, approve);

        waitUntil(() -> chrome.findElement(By.id("action-message")).getText().contains("not possible"));
        assertThat(chrome.findElement(By.id("action-message")).getText())
                .contains("Could not approve: the activity is CANCELED now", "final", "ALREADY_FINAL")
                .doesNotContain("changed since you looked");
        waitForStatus("CANCELED");
        waitUntil(() -> timeline().contains("REJECTED"));
        assertThat(timeline()).contains("ALREADY_FINAL");
    }

    /** Another user's change from BLOCKED reaches the log first; this service applies it after {@code click}. */
    private void loseTheRaceTo(UUID id, ActivityStatus to, WebElement click) {
        gate.close();
        try {
            RecordPosition first = log.publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(),
                    Actor.user("someone-else"), "activity-api", ActivityStatus.BLOCKED, to, 1,
                    "changed elsewhere", null, null));
            click.click();
            await().atMost(BOUND).until(() -> LogEnd.of(first.partition()) > first.offset() + 1);
        } finally {
            gate.open();
        }
    }

    @Test
    void aBulkApprovalShowsItsDryRunFirstAndExplainsAConflict() {
        String computer = log.computer();
        UUID one = createWith("alice", with(script(computer), "requireApproval", true));
        UUID two = createWith("alice", with(script(computer), "requireApproval", true));
        chrome.get(console + "#/bulk?computer=" + computer);
        new Select(waitFor(By.id("bulk-command"))).selectByValue("approve");
        assertThat(chrome.findElement(By.id("bulk-apply")).isEnabled()).isFalse();

        chrome.findElement(By.id("bulk-preview")).click();
        waitUntil(() -> chrome.findElement(By.id("bulk-result")).getText().contains("Dry run"));
        assertThat(chrome.findElement(By.id("bulk-counts")).getText()).isEqualTo("WOULD_CHANGE: 2");
        assertThat(given().get("/activities/" + one).jsonPath().getString("status")).isEqualTo("BLOCKED");

        // Between the preview and the real thing, one of them is canceled: its approval is a conflict.
        given().post("/activities/" + two + "/cancel").then().statusCode(200);
        WebElement apply = chrome.findElement(By.id("bulk-apply"));
        assertThat(apply.getText()).contains("approve 2");
        apply.click();

        waitUntil(() -> chrome.findElement(By.id("bulk-result")).getText().contains("Done"));
        assertThat(chrome.findElement(By.id("bulk-counts")).getText()).isEqualTo("CHANGED: 1 · CONFLICT: 1");
        assertThat(chrome.findElement(By.cssSelector("tr[data-outcome=CONFLICT]")).getText())
                .contains(two.toString().substring(0, 8), "CANCELED");
        assertThat(given().get("/activities/" + one).jsonPath().getString("status")).isEqualTo("QUEUED");
    }

    @Test
    void atPhoneWidthTheBoardIsOneColumnAndKeyboardReachable() {
        chrome.manage().window().setSize(new Dimension(390, 844));
        chrome.get(console + "#/board");
        waitFor(By.cssSelector("table#activities"));

        Number pageWidth = (Number) chrome.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) chrome.executeScript("return window.innerWidth");
        assertThat(pageWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
        // From a fresh load, the keyboard's first stop is the skip link, then the sections.
        chrome.navigate().refresh();
        waitFor(By.cssSelector("table#activities"));
        var keyboard = new org.openqa.selenium.interactions.Actions(chrome);
        keyboard.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(chrome.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        keyboard.sendKeys(org.openqa.selenium.Keys.TAB).sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(chrome.switchTo().activeElement().getText()).isEqualTo("Create");
        keyboard.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        waitFor(By.id("type"));
    }

    private String timeline() {
        return chrome.findElement(By.id("timeline")).getText();
    }

    private String liveIndicator() {
        return chrome.findElement(By.cssSelector(".live")).getText();
    }

    private String count(String status) {
        return chrome.findElement(By.cssSelector("[data-count=" + status + "]")).getText();
    }

    private void waitForStatus(String status) {
        waitFor(By.cssSelector("h1 .status[data-status=" + status + "]"));
    }

    /** A marker only this page load has: still there later means nothing reloaded the page. */
    private void markPage() {
        ((JavascriptExecutor) chrome).executeScript("window.__consoleTestMark = 'same page'");
    }

    private void assertPageNeverReloaded() {
        assertThat(chrome.executeScript("return window.__consoleTestMark")).isEqualTo("same page");
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(chrome, BOUND).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(chrome, BOUND).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
