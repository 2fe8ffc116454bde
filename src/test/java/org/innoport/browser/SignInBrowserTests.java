package org.innoport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import org.innoport.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a person sees in a real browser: the Vietnamese sign-in page, the language switch remembered across pages,
 * signing out, and a wrong password. Screenshots of every step land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInBrowserTests {

    private static final String INSTANCE_NAME = "Sở Khoa học và Công nghệ thành phố Hải Phòng";

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerSignsInOnTheVietnamesePageSwitchesToEnglishAndSignsOut(TestInfo test) {
        chromium = Chromium.start("sign-in-journey");
        WebDriver browser = chromium.driver();

        browser.get(url("/"));
        waitFor(browser, language("vi"));
        assertThat(browser.getPageSource()).contains(INSTANCE_NAME);
        assertThat(browser.findElement(By.id("login-link")).getText()).isEqualTo("Đăng nhập");
        chromium.screenshot("home-vi");

        browser.findElement(By.id("login-link")).click();
        waitFor(browser, ExpectedConditions.urlContains("/login"));
        assertThat(language(browser)).isEqualTo("vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Tên đăng nhập");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Mật khẩu");
        assertThat(browser.findElement(By.id("login-submit")).getText()).isEqualTo("Đăng nhập");
        chromium.screenshot("login-vi");

        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("innoport-demo");
        browser.findElement(By.id("login-submit")).click();
        WebElement profile = waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("profile-link")));
        assertThat(profile.getText()).isEqualTo("officer");
        assertThat(browser.findElement(By.id("logout-button")).getText()).isEqualTo("Đăng xuất");
        assertThat(browser.findElements(By.id("login-link"))).isEmpty();
        chromium.screenshot("signed-in-vi");

        browser.findElement(By.id("lang-en")).click();
        waitFor(browser, language("en"));
        assertThat(browser.findElement(By.id("logout-button")).getText()).isEqualTo("Sign out");
        assertThat(browser.findElement(By.id("lang-en")).getDomAttribute("class")).contains("active");
        assertThat(browser.findElement(By.id("profile-link")).getText()).isEqualTo("officer");
        chromium.screenshot("signed-in-en");

        browser.get(url("/"));
        waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("logout-button")));
        assertThat(browser.getCurrentUrl()).doesNotContain("lang=");
        assertThat(language(browser)).as("the language choice is remembered on the next page").isEqualTo("en");
        assertThat(browser.findElement(By.id("logout-button")).getText()).isEqualTo("Sign out");
        Cookie remembered = browser.manage().getCookieNamed("innoport-lang");
        assertThat(remembered).as("language cookie").isNotNull();
        assertThat(remembered.getValue()).isEqualTo("en");
        chromium.screenshot("reloaded-en");

        browser.findElement(By.id("logout-button")).click();
        WebElement login = waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
        assertThat(login.getText()).isEqualTo("Sign in");
        assertThat(language(browser)).isEqualTo("en");
        assertThat(browser.findElements(By.id("profile-link"))).isEmpty();
        assertThat(browser.findElements(By.id("logout-button"))).isEmpty();
        chromium.screenshot("signed-out-en");

        browser.get(url("/profile"));
        waitFor(browser, ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("a signed-out browser is sent to the sign-in page").isEqualTo("Sign in");
        chromium.screenshot("profile-needs-sign-in-en");
    }

    @Test
    void aWrongPasswordShowsTheVietnameseErrorOnTheSignInPage() {
        chromium = Chromium.start("wrong-password");
        WebDriver browser = chromium.driver();

        browser.get(url("/login"));
        waitFor(browser, language("vi"));
        browser.findElement(By.id("username")).sendKeys("expert");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        chromium.screenshot("login-vi");
        browser.findElement(By.id("login-submit")).click();

        WebElement error = waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(language(browser)).isEqualTo("vi");
        assertThat(browser.findElements(By.id("profile-link"))).isEmpty();
        assertThat(browser.findElement(By.id("login-link")).getText()).isEqualTo("Đăng nhập");
        chromium.screenshot("error-vi");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String language(WebDriver browser) {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static Function<WebDriver, Boolean> language(String expected) {
        return browser -> expected.equals(language(browser));
    }

    private static <T> T waitFor(WebDriver browser, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
