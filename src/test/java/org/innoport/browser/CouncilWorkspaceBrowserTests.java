package org.innoport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.innoport.directory.People;
import org.innoport.evaluation.Attendance;
import org.innoport.evaluation.CouncilManagement;
import org.innoport.evaluation.CouncilRole;
import org.innoport.evaluation.CouncilView;
import org.innoport.evaluation.Dossier;
import org.innoport.evaluation.EvaluationMother;
import org.innoport.evaluation.NewCouncil;
import org.innoport.evaluation.NewMember;
import org.innoport.evaluation.TestDossiers;
import org.innoport.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The expert's council workspace in a real browser: the demo expert signs in, declares no conflict of interest,
 * fills a score sheet (live total), signs it after confirming, and sees it locked. Screenshots in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CouncilWorkspaceBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CouncilManagement management;

    @Autowired
    People people;

    @Autowired
    TestDossiers testDossiers;

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

    /** A convened selection council of seven with the demo expert (Nguyễn Văn An) as a reviewer. */
    private CouncilView convenedCouncilWithTheDemoExpert(Dossier dossier) {
        String token = EvaluationMother.token();
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(EvaluationMother.expert(people, "Vương Trình Duyệt " + token + " số " + i,
                    "evb-" + token + "-" + i, EvaluationMother.FISHERIES_INSTITUTE).id());
        }
        UUID subject = testDossiers.batch(List.of(dossier));
        return EvaluationMother.asOfficer(() -> {
            CouncilView council = management.create(new NewCouncil(org.innoport.evaluation.CouncilType.SELECTION,
                    "Hội đồng tuyển chọn nhiệm vụ Ứng dụng công nghệ số " + token, "45/QĐ-SKHCN", LocalDate.of(2026, 11, 20),
                    new NewCouncil.Subject(TestDossiers.KIND, subject), null, "SELECTION", null, null));
            List<CouncilRole> roles = List.of(CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.SCIENTIFIC_SECRETARY,
                    CouncilRole.VICE_CHAIR, CouncilRole.MEMBER, CouncilRole.MEMBER);
            management.addMember(council.id(), new NewMember(EvaluationMother.NGUYEN_VAN_AN, CouncilRole.REVIEWER));
            CouncilView full = council;
            for (int i = 0; i < 6; i++) {
                full = management.addMember(council.id(), new NewMember(others.get(i), roles.get(i)));
            }
            Set<UUID> everyone = Set.copyOf(full.members().stream().map(CouncilView.MemberView::id).toList());
            return management.convene(council.id(), new Attendance(everyone, Set.of(), false));
        });
    }

    @Test
    void theDemoExpertDeclaresNoConflictFillsAScoreSheetSignsItAndSeesItLocked() {
        Dossier dossier = EvaluationMother.dossier("Hồ sơ đăng ký: Hệ thống giám sát tàu cá bằng vệ tinh",
                UUID.randomUUID(), EvaluationMother.MEDICAL_UNIVERSITY);
        CouncilView council = convenedCouncilWithTheDemoExpert(dossier);
        String did = dossier.id().toString();

        chromium = Chromium.start("council-workspace");
        WebDriver browser = chromium.driver();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("expert");
        browser.findElement(By.id("password")).sendKeys("innoport-demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("profile-link")));

        browser.get(url("/councils"));
        browser.findElement(By.cssSelector("#council-" + council.id() + " a")).click();
        waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("my-dossiers")));
        assertThat(browser.findElement(By.id("council-name")).getText()).isEqualTo(council.name());
        assertThat(browser.findElement(By.id("access-" + did)).getText()).isEqualTo("Chưa kê khai");
        assertThat(browser.findElements(By.id("open-" + did))).isEmpty();
        chromium.screenshot("workspace-undeclared");

        browser.findElement(By.id("no-conflict-" + did)).click();
        click(browser, browser.findElement(By.id("submit-declaration-" + did)));
        WebElement open = waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("open-" + did)));
        assertThat(browser.findElement(By.id("access-" + did)).getText()).isEqualTo("Được đánh giá");
        chromium.screenshot("workspace-declared");
        click(browser, open);

        waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("sheet-form")));
        assertThat(browser.findElement(By.id("dossier-summary")).getText()).contains("Hệ thống giám sát tàu cá");
        int[] points = {12, 20, 16, 12, 12, 8};
        for (int i = 0; i < points.length; i++) {
            WebElement input = browser.findElement(By.id("score-C" + (i + 1)));
            input.clear();
            input.sendKeys(String.valueOf(points[i]));
        }
        waitFor(browser, ExpectedConditions.textToBe(By.id("live-total"), "80"));
        browser.findElement(By.id("comment")).sendKeys("Hồ sơ có tính ứng dụng cao, cần làm rõ dự toán.");
        chromium.screenshot("sheet-filled");
        click(browser, browser.findElement(By.id("save-sheet")));

        WebElement sign = waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("sign-sheet")));
        assertThat(browser.findElement(By.id("live-total")).getText()).isEqualTo("80");
        click(browser, sign);
        waitFor(browser, ExpectedConditions.alertIsPresent());
        assertThat(browser.switchTo().alert().getText()).contains("không thể sửa");
        browser.switchTo().alert().accept();

        WebElement locked = waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("sheet-locked")));
        assertThat(locked.getText()).contains("Phiếu đã ký");
        assertThat(browser.findElements(By.id("save-sheet"))).isEmpty();
        assertThat(browser.findElements(By.id("sign-sheet"))).isEmpty();
        assertThat(browser.findElement(By.id("score-C1")).isEnabled()).isFalse();
        Path shot = chromium.screenshot("sheet-signed-locked");
        assertThat(Files.exists(shot)).isTrue();

        browser.get(url("/councils/" + council.id()));
        assertThat(browser.findElement(By.id("dossier-" + did)).getText()).contains("Đã ký");
    }

    /** Scrolls the element to the middle of the window first: the sticky footer may cover the bottom edge. */
    private static void click(WebDriver browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static <T> T waitFor(WebDriver browser, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
