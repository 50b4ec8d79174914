package io.activityplatform.api.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its driver, found on this machine or named by the system properties
 * {@code chromium.binary} and {@code chromium.driver} (not under {@code console.}: that prefix is the service's
 * configuration); absent means the browser tests are skipped.
 */
final class Chromium {

    static final String MISSING = "Browser tests skipped: no Chromium found. Install Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver) or set -Dchromium.binary and "
            + "-Dchromium.driver";

    private Chromium() {
    }

    static Optional<Path> browser() {
        return find("chromium.binary", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    static Optional<Path> driver() {
        return find("chromium.driver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    static boolean installed() {
        return browser().isPresent() && driver().isPresent();
    }

    private static Optional<Path> find(String property, String... candidates) {
        String configured = System.getProperty(property);
        return (configured != null ? Stream.of(configured) : Stream.of(candidates)).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    /** A fresh headless browser at 1280×800 with its own profile directory. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().orElseThrow().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().orElseThrow().toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        chrome.manage().window().setSize(new Dimension(1280, 800));
        return chrome;
    }

    /** What the page logged (errors, warnings), for a failing test's report. */
    static java.util.List<String> consoleLog(ChromeDriver chrome) {
        return chrome.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }
}
