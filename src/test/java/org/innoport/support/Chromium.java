package org.innoport.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver, one throw-away profile per browser.
 * Nothing is downloaded: the binaries come from the system ({@code apt-get install chromium chromium-driver}),
 * and a missing browser fails the test with that instruction instead of skipping it.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String BINARY = setting("innoport.browser.chromium", "CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String DRIVER = setting("innoport.browser.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String name;
    private int step;

    private Chromium(String name) {
        this.name = name;
        try {
            this.profile = Files.createTempDirectory("innoport-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // Without the background-networking flags Chromium keeps trying to reach the internet (closed here).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Starts a browser; fails (does not skip) with installation advice when Chromium or ChromeDriver is missing. */
    public static Chromium start(String name) {
        requireInstalled();
        return new Chromium(name);
    }

    public static void requireInstalled() {
        if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(DRIVER))) {
            fail("""
                    Browser tests need Chromium and ChromeDriver, but %s or %s is missing.
                    Install them with: sudo apt-get update && sudo apt-get install -y chromium chromium-driver
                    (.ci/run does this), or point -Dinnoport.browser.chromium / -Dinnoport.browser.chromedriver
                    (or CHROMIUM_BINARY / CHROMEDRIVER) at your own installation.""".formatted(BINARY, DRIVER));
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves {@code target/screenshots/<browser name>-<NN>-<what>.png} and returns the file. */
    public Path screenshot(String what) {
        step++;
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(name, step, what));
            File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
