package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.TestFolders;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Store.AskedQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The owner's page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium;
 * nothing is downloaded): log in, read the chart's data points, try a question, search the content,
 * accept a suggestion, refuse a wrong token. Leaves a screenshot of the insights in
 * target/admin.png.
 */
@Timeout(180)
class OwnerPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static Bots.Started bot;
    private static ChromeDriver browser;
    private static Path profile;
    private static final Map<String, Long> seeded = new HashMap<>();

    /**
     * Selenium looks for DevTools support matching the browser's version and warns when it has
     * none; these tests use WebDriver only. Held here so that the logger (and its level) is not
     * collected.
     */
    private static final java.util.logging.Logger CDP_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @BeforeAll
    static void start() throws Exception {
        CDP_FINDER.setLevel(java.util.logging.Level.SEVERE);
        bot = Bots.start(Map.of(AdminSettings.ADMIN_TOKEN, AdminPagesTest.TOKEN));
        seed(bot.store());
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1700",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
        browser.manage()
                .timeouts()
                .pageLoadTimeout(Duration.ofSeconds(30))
                .implicitlyWait(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (bot != null) {
            bot.bot().stop();
        }
        if (profile != null) {
            TestFolders.deleteTree(profile);
        }
    }

    /**
     * Questions over the last six days in every band, on two platforms, and a did-you-mean click.
     */
    private static void seed(Store store) {
        Instant now = Instant.now();
        List<Store.Recorded> records = new ArrayList<>();
        String[] bands = {AskedQuestion.ANSWER, AskedQuestion.SUGGEST, AskedQuestion.DECLINE};
        String[] answered = {
            "faq:what-is-a-tpm",
            "faq:tpm-vs-pm",
            "faq:tpm-salary",
            "term:roadmap",
            "faq:how-to-become-a-tpm"
        };
        String[] unsure = {
            "tpm okr",
            "who signs off the launch checklist",
            "<b>who won the game</b>",
            "is jira a tpm skill"
        };
        for (int daysAgo = 0; daysAgo < 6; daysAgo++) {
            Instant at = now.minus(Duration.ofDays(daysAgo)).minusSeconds(60);
            String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
            for (int b = 0; b < bands.length; b++) {
                int count = (b == 0 ? 12 : 3) + daysAgo * (b + 1) % 5;
                for (int i = 0; i < count; i++) {
                    String text = b == 0 ? "" : unsure[(i + b) % unsure.length];
                    records.add(
                            Store.Recorded.of(
                                    new AskedQuestion(
                                            text,
                                            b == 0 ? answered[(i * 7 + daysAgo) % 9 % 5] : "none",
                                            b == 0 ? 0.9 : 0.3,
                                            b == 0,
                                            i % 3 == 0 ? "discord" : "slack",
                                            at,
                                            bands[b])));
                }
                seeded.merge(day + " " + bands[b], (long) count, Long::sum);
            }
        }
        records.add(Store.Recorded.of(new Store.Feedback("faq:what-is-a-tpm", true, "slack", now)));
        records.add(Store.Recorded.of(new Store.Feedback("faq:tpm-salary", false, "discord", now)));
        records.add(
                Store.Recorded.of(new Store.SuggestionClick("tpm okr", "term:tpm", "slack", now)));
        store.recordAll(records);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + bot.port() + path;
    }

    @Test
    void theOwnerLogsInReadsTheChartTriesAQuestionAndAcceptsASuggestion() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/admin"));
        browser.findElement(By.id("token")).sendKeys("not-the-token-at-all");
        browser.findElement(By.id("login")).click();
        assertTrue(browser.findElement(By.id("problem")).getText().contains("not right"));
        assertFalse(browser.getPageSource().contains("Most asked"), "no data after a wrong token");

        browser.findElement(By.id("token")).sendKeys(AdminPagesTest.TOKEN);
        browser.findElement(By.id("login")).click();
        browser.findElement(By.id("band-chart")); // waits for the page
        assertEquals("Insights · tpm-faq-bot", browser.getTitle());
        Map<String, Long> charted = new HashMap<>();
        for (WebElement bar : browser.findElements(By.cssSelector("#band-chart rect.bar"))) {
            long count = Long.parseLong(bar.getDomAttribute("data-count"));
            if (count > 0) {
                charted.put(
                        bar.getDomAttribute("data-day") + " " + bar.getDomAttribute("data-band"),
                        count);
            }
        }
        assertEquals(
                seeded,
                charted,
                "the chart's data points are the recorded questions per day and band");
        assertTrue(
                browser.findElement(By.id("unanswered"))
                        .getText()
                        .contains("<b>who won the game</b>"),
                "typed text shown as text");
        assertTrue(browser.findElement(By.id("clicks")).getText().contains("tpm okr"));
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "admin.png"),
                StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.linkText("Try it")).click();
        browser.findElement(By.id("q")).sendKeys("what does a tpm do all day?");
        browser.findElement(By.id("ask")).click();
        assertFalse(browser.findElement(By.id("answer")).getText().isBlank());
        assertEquals("search", browser.findElement(By.id("route")).getText());
        assertFalse(
                browser.findElements(By.cssSelector("#candidates tr.candidate")).isEmpty(),
                "the candidates and their features");
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "admin-try.png"),
                StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.linkText("Search content")).click();
        browser.findElement(By.id("q")).sendKeys("kind:term AND aliases:pm");
        browser.findElement(By.id("search")).click();
        List<String> paths =
                browser.findElements(By.cssSelector("#hits code.path")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertTrue(paths.contains("faq/terms/product-manager.md"), paths.toString());
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("title:(roadmap");
        browser.findElement(By.id("search")).click();
        assertTrue(browser.findElement(By.id("problem")).getText().contains("could not be read"));

        browser.findElement(By.linkText("Suggestions")).click();
        WebElement row = browser.findElement(By.cssSelector("#suggestions tr.suggestion"));
        assertEquals("tpm okr", row.findElement(By.className("text")).getText());
        row.findElement(By.className("accept")).click();
        assertEquals(
                "Accepted",
                browser.findElement(By.cssSelector("#suggestions tr.suggestion .accepted"))
                        .getText());
        assertEquals(
                List.of(
                        new Store.AcceptedPhrasing(
                                "term:tpm",
                                "tpm okr",
                                bot.store().acceptedPhrasings().get(0).at())),
                bot.store().acceptedPhrasings());
    }
}
