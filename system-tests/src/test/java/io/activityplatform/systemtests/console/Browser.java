package io.activityplatform.systemtests.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium and its driver (as activity-api's console tests find them: on this machine or named
 * by {@code -Dchromium.binary} and {@code -Dchromium.driver}); absent means the browser tests are skipped.
 */
final class Browser {

    static final String MISSING = "Browser tests skipped: no Chromium found. Install Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver) or set -Dchromium.binary and "
            + "-Dchromium.driver";

    private Browser() {
    }

    static boolean installed() {
        return binary().isPresent() && driver().isPresent();
    }

    private static Optional<Path> binary() {
        return find("chromium.binary", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    private static Optional<Path> driver() {
        return find("chromium.driver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    private static Optional<Path> find(String property, String... candidates) {
        String configured = System.getProperty(property);
        return (configured != null ? Stream.of(configured) : Stream.of(candidates)).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    /** A fresh headless browser at 1280×800 with its own profile directory. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary().orElseThrow().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().orElseThrow().toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        chrome.manage().window().setSize(new Dimension(1280, 800));
        chrome.executeCdpCommand("Network.enable", Map.of());
        return chrome;
    }

    /**
     * Requests to URLs matching these patterns fail from now on, as behind a proxy that drops them (empty: none
     * do): a page whose live stream is cut keeps showing what it last saw.
     */
    static void block(ChromeDriver chrome, String... urlPatterns) {
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(urlPatterns)));
    }

    /** What the page logged (errors, warnings), for a failing test's report. */
    static List<String> consoleLog(ChromeDriver chrome) {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    /**
     * Saves a screenshot of the whole page (1280 wide, up to 1600 high) under the repository's docs/images (the
     * README shows them), then goes back to 1280×800.
     */
    static void screenshot(ChromeDriver chrome, String name) throws IOException {
        Path images = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("images");
        Files.createDirectories(images);
        Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight");
        chrome.manage().window().setSize(new Dimension(1280, Math.min(height.intValue(), 1600)));
        try {
            Files.write(images.resolve(name), chrome.getScreenshotAs(OutputType.BYTES));
        } finally {
            chrome.manage().window().setSize(new Dimension(1280, 800));
        }
    }
}
