package org.innoport.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.innoport.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Renders the public dashboard in a real (headless) Chromium, in Vietnamese and English, and keeps screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DashboardBrowserTests {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start("indicators-dashboard");
        chromium.driver().manage().window().setSize(new Dimension(1400, 1800));
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theDashboardShowsTargetCardsWithDrawnChartsInVietnameseAndEnglish() throws IOException {
        render("vi", "Tiến triển hạn chế");
        render("en", "Limited progress");
    }

    private void render(String language, String expectedRating) throws IOException {
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/dashboard?lang=" + language);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("canvas[data-drawn='true']")).isEmpty());
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElements(By.cssSelector(".target-card"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findElement(By.id("target-T01")).getText()).contains(expectedRating);
        assertThat(browser.findElement(By.cssSelector("#target-T01 .target-text")).getDomAttribute("title"))
                .startsWith("Phấn đấu đến năm 2025");
        assertThat(Files.size(chromium.screenshot(language))).isPositive();
    }
}
