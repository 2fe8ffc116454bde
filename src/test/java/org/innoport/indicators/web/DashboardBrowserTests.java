package org.innoport.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Renders the public dashboard in a real (headless) Chromium, in Vietnamese and English, and keeps screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DashboardBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed for browser tests: "
                    + "apt-get update -qq && apt-get install -y -qq chromium chromium-driver");
        }
        profile = Files.createTempDirectory("innoport-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
        browser.manage().window().setSize(new Dimension(1400, 1800));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardShowsTargetCardsWithDrawnChartsInVietnameseAndEnglish() throws IOException {
        render("vi", "Tiến triển hạn chế");
        render("en", "Limited progress");
    }

    private void render(String language, String expectedRating) throws IOException {
        browser.get("http://localhost:" + port + "/dashboard?lang=" + language);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("canvas[data-drawn='true']")).isEmpty());
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElements(By.cssSelector(".target-card"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findElement(By.id("target-T01")).getText()).contains(expectedRating);
        assertThat(browser.findElement(By.cssSelector("#target-T01 .target-text")).getDomAttribute("title"))
                .startsWith("Phấn đấu đến năm 2025");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = dir.resolve("indicators-dashboard-" + language + ".png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isPositive();
    }
}
