package org.innoport.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.innoport.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer in a real (headless) Chromium uploads the PII-shaped fixture, opens a province's explanation and asks
 * "what if": htmx swaps the recomputed table in place (no page load, no inline script under the CSP).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CompositeIndexBrowserTests {

    private static final Path FIXTURE = Path.of("src/test/resources/indicators/composite").toAbsolutePath();
    private static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start("composite-index");
        chromium.driver().manage().window().setSize(new Dimension(1400, 1800));
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerUploadsAnIndexExplainsAProvinceAndAsksWhatIfWithoutLeavingThePage() throws Exception {
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("innoport-demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(d -> !d.findElements(By.id("logout-button")).isEmpty());

        browser.get("http://localhost:" + port + "/composite-indices");
        browser.findElement(By.id("file")).sendKeys(FIXTURE.resolve("framework.csv").toString());
        browser.findElement(By.id("import-framework")).click();
        wait.until(d -> !d.findElements(By.id("run-form")).isEmpty());
        browser.findElement(By.id("data")).sendKeys(FIXTURE.resolve("data.csv").toString());
        browser.findElement(By.id("published")).sendKeys(FIXTURE.resolve("expected-scores.csv").toString());
        browser.findElement(By.id("start-run")).click();
        wait.until(d -> !d.findElements(By.id("ranking")).isEmpty());
        assertThat(browser.findElement(By.id("validation")).getText())
                .startsWith("Largest difference from the published scores: 0.00");
        assertThat(Files.size(chromium.screenshot("ranking"))).isPositive();

        browser.get(browser.findElement(By.cssSelector("a[href$='/units/VN-05']")).getDomProperty("href"));
        wait.until(d -> !d.findElements(By.id("what-if-form")).isEmpty());
        String explainUrl = browser.getCurrentUrl();
        String overallBefore = browser.findElement(By.cssSelector("#node-PII td:nth-child(3)")).getText();
        new Select(browser.findElement(By.id("indicator"))).selectByValue("P1.1.1");
        browser.findElement(By.id("value")).sendKeys("1000");
        browser.findElement(By.id("what-if-submit")).click();

        wait.until(d -> !d.findElements(By.id("what-if-result")).isEmpty());
        assertThat(browser.getCurrentUrl()).isEqualTo(explainUrl);
        assertThat(browser.findElement(By.id("what-if-result")).getText())
                .startsWith("If \"P1.1.1\" = 1000: overall score").contains("(was " + overallBefore + ")");
        assertThat(Files.size(chromium.screenshot("what-if"))).isPositive();
    }
}
