package org.innoport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.innoport.exchange.AuctionBidders;
import org.innoport.exchange.AuctionMother;
import org.innoport.exchange.AuctionTestClock;
import org.innoport.exchange.Auctions;
import org.innoport.exchange.MutableClock;
import org.innoport.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.ObjectMapper;

/**
 * The live panel in a real browser: a qualified bidder's page connects to the auction's event stream, shows its
 * standing and a countdown, bids through the form (confirming the dialog) and sees itself leading, then outbid when
 * the other bidder bids, without reloading. Screenshots land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
class AuctionLiveBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Auctions auctions;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

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
    void aBidderSeesItsStandingChangeLiveAfterBiddingThroughTheForm() {
        UUID id = biddingAuction();
        chromium = Chromium.start("auction-live");
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("applicant");
        browser.findElement(By.id("password")).sendKeys("innoport-demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-link")));

        browser.get(url("/exchange/auctions/" + id));
        wait.until(ExpectedConditions.textToBe(By.id("live-standing"), "Đủ điều kiện, chưa trả giá"));
        assertThat(browser.findElement(By.id("live-countdown")).getText()).startsWith("Còn");
        WebElement submit = browser.findElement(By.cssSelector("#bid-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        chromium.screenshot("qualified");

        submit.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("live-standing"), "Bạn đang dẫn đầu"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('auction-live').scrollIntoView()");
        assertThat(browser.findElement(By.id("live-count")).getText()).isEqualTo("1");
        chromium.screenshot("leading");

        AuctionBidders.as("applicant2", "APPLICANT", () -> auctions.bid(id,
                new Auctions.NewBid(AuctionMother.START + AuctionMother.STEP), UUID.randomUUID().toString()));
        wait.until(ExpectedConditions.textToBe(By.id("live-standing"), "Đã có người trả cao hơn bạn"));
        assertThat(browser.findElement(By.id("live-best")).getText()).contains("1.010.000.000");
        assertThat(browser.findElement(By.id("amountVnd")).getDomProperty("value"))
                .isEqualTo(String.valueOf(AuctionMother.START + 2 * AuctionMother.STEP));
        chromium.screenshot("outbid");
    }

    private UUID biddingAuction() {
        AtomicReference<UUID> id = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> {
            id.set(auctions.create(json.convertValue(AuctionMother.auction(clock.instant(), "ENGLISH", null),
                    Auctions.NewAuction.class)).id());
            auctions.openRegistration(id.get(), null);
        });
        List<UUID> registrations = new ArrayList<>();
        AuctionBidders.as("applicant", "APPLICANT", () -> registrations.add(auctions.register(id.get()).id()));
        AuctionBidders.as("applicant2", "APPLICANT", () -> registrations.add(auctions.register(id.get()).id()));
        AuctionBidders.as("officer", "OFFICER", () -> {
            registrations.forEach(r -> auctions.confirmDeposit(id.get(), r, null));
            clock.advance(Duration.ofHours(1).plusMinutes(1));
            auctions.start(id.get(), null);
        });
        return id.get();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
