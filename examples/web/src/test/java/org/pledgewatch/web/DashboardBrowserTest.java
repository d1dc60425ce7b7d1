package org.pledgewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real headless Chromium: Debian's {@code chromium} and {@code chromium-driver},
 * never a downloaded browser. Without them the test is skipped with a message saying how to install
 * them; with {@code PLEDGEWATCH_REQUIRE_BROWSER} set (CI sets it) a missing browser is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {
  static final File CHROMIUM =
      new File(System.getenv().getOrDefault("PLEDGEWATCH_CHROMIUM", "/usr/bin/chromium"));
  static final File CHROMEDRIVER =
      new File(System.getenv().getOrDefault("PLEDGEWATCH_CHROMEDRIVER", "/usr/bin/chromedriver"));

  @TempDir static Path data;

  static WebDriver browser;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL");
    registry.add("spring.security.user.name", () -> Http.USER);
    registry.add("spring.security.user.password", () -> Http.PASSWORD);
  }

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired ComplianceService service;

  @BeforeAll
  static void startBrowser() {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      String how =
          "no browser at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": install them with 'apt-get install chromium chromium-driver' (or set PLEDGEWATCH_CHROMIUM and PLEDGEWATCH_CHROMEDRIVER)";
      if (System.getenv("PLEDGEWATCH_REQUIRE_BROWSER") != null) {
        fail("PLEDGEWATCH_REQUIRE_BROWSER is set, but " + how);
      }
      Assumptions.abort("browser test skipped: " + how);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1800");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  WebElement row(String commitment) {
    return browser.findElement(By.cssSelector("tr.pledge[data-commitment='" + commitment + "']"));
  }

  void open(String asOf) {
    open("", asOf);
  }

  void open(String agreement, String asOf) {
    browser.get(
        "http://localhost:"
            + port
            + "/?"
            + (agreement.isEmpty() ? "" : "agreement=" + agreement + "&")
            + "asOf="
            + asOf);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
  }

  @Test
  void theDashboardShowsEveryPledgeDrawsTheTimelineAndFollowsPostedEvidence() throws Exception {
    open("2024-06-01");
    List<WebElement> rows = browser.findElements(By.cssSelector("tr.pledge"));
    assertThat(rows).hasSize(13);
    assertThat(row("tmm24-joint-statement").getAttribute("data-status")).isEqualTo("met");
    assertThat(row("tmm24-lad-ministerial").getAttribute("data-status")).isEqualTo("met");
    assertThat(row("tmm24-working-group").findElements(By.cssSelector(".mark")))
        .extracting(WebElement::getText)
        .containsExactly("GT", "MX", "US");
    // Feb to June 2024: five points for each of the thirteen pledges.
    assertThat(browser.findElements(By.cssSelector("#timeline svg rect.cell"))).hasSize(13 * 5);
    assertThat(
            browser
                .findElement(
                    By.cssSelector(
                        "#timeline svg rect.cell[data-commitment='tmm24-joint-statement'][data-date='2024-06-01']"))
                .getAttribute("class"))
        .contains("status-met");

    assertThat(row("tmm24-working-group").getAttribute("data-status"))
        .isEqualTo("insufficient-evidence");
    assertThat(
            Http.post(port, "/api/agreements/tmm24/evidence", Http.workingGroupMet("e-browser-1"))
                .status())
        .isEqualTo(201);
    open("2024-06-01");
    assertThat(row("tmm24-working-group").getAttribute("data-status")).isEqualTo("in-progress");
    assertThat(row("tmm24-working-group").findElement(By.cssSelector(".status")).getText())
        .isEqualTo("in progress");

    row("tmm24-working-group").click();
    WebElement explanation =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation")));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElement(explanation, "Sources"));
    assertThat(explanation.getText())
        .contains(
            "Trilateral working group",
            "shared: a criterion's evidence kinds, corroborated",
            "U.S. Department of State",
            "The trilateral working group on border security held its first meeting.",
            "Would be satisfied by");

    Path shot = Path.of("target", "dashboard.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);

    // Evidence that stops months before the as-of date is said to be stale, as in the reports.
    assertThat(browser.findElement(By.id("stale")).isDisplayed()).isFalse();
    open("2026-12-02");
    assertThat(browser.findElement(By.id("stale")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("stale")).getText())
        .isEqualTo(
            "Warning: the newest evidence was published on 2026-03-02, 275 days before 2026-12-02: what happened since is not in these verdicts.");
  }

  /**
   * The G7 pack in the page: chosen from the list of agreements, its one commitment with the eight
   * members' marks, and the scorecard with each member's score and the G7 percentage.
   */
  @Test
  void theDashboardShowsTheG7PackAndItsScorecard() throws Exception {
    open("2026-06-13");
    assertThat(browser.findElements(By.cssSelector("#agreements a")))
        .extracting(a -> a.getAttribute("data-agreement"))
        .containsExactly("tmm24", "g7-2025");
    assertThat(
            browser
                .findElement(By.cssSelector("#agreements a[aria-current]"))
                .getAttribute("data-agreement"))
        .isEqualTo("tmm24");
    browser.findElement(By.cssSelector("#agreements a[data-agreement='g7-2025']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#agreements a[aria-current]"), "data-agreement", "g7-2025"));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    assertThat(browser.getCurrentUrl()).contains("agreement=g7-2025", "asOf=2026-06-13");
    assertThat(browser.findElement(By.id("agreement-title")).getText())
        .isEqualTo("2025 G7 Kananaskis Summit (Canada), Kananaskis, Alberta, Canada, 2025-06-17");
    assertThat(browser.findElement(By.id("summary")).getText())
        .isEqualTo(
            "Compliance as of 2026-06-13: 1 pledge, 87 evidence items considered, the latest published 2026-06-13.");
    assertThat(browser.findElements(By.cssSelector("tr.pledge"))).hasSize(1);
    assertThat(row("g7-2025-ai-smes").getAttribute("data-status")).isEqualTo("partially-met");
    assertThat(row("g7-2025-ai-smes").findElements(By.cssSelector(".mark")))
        .extracting(WebElement::getText)
        .containsExactly("CA", "DE", "EU", "FR", "IT", "JP", "UK", "US");
    WebElement scores =
        browser.findElement(
            By.cssSelector("#scorecard tr.score-row[data-commitment='g7-2025-ai-smes']"));
    assertThat(scores.findElements(By.cssSelector("td.score")))
        .extracting(c -> c.getAttribute("data-party") + " " + c.getText())
        .containsExactly("CA +1", "DE 0", "EU +1", "FR 0", "IT 0", "JP 0", "UK +1", "US 0");
    assertThat(
            scores.findElement(By.cssSelector("td.score[data-party='US']")).getAttribute("title"))
        .isEqualTo("US: partially met; decided by us-04, us-00, us-01, us-02, us-03, us-05");
    assertThat(browser.findElement(By.id("percentage")).getText()).isEqualTo("69%");
    Path shot = Path.of("target", "dashboard-g7.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  static final String PAYLOAD =
      "<img src=x onerror=\\\"window.__pwned=1\\\"><script>window.__pwned=2</script>";

  /**
   * Evidence is untrusted input: script in its text, its titles and its address must not run,
   * neither in the dashboard nor in the HTML report. The payloads are shown as text.
   */
  @Test
  void scriptInEvidenceRunsNeitherInTheDashboardNorInTheHtmlReport(@TempDir Path dir)
      throws Exception {
    String body =
        """
        {"sources": [{"id": "hostile-src", "type": "official", "publisher": "Publisher %1$s",
                      "title": "Title %1$s", "url": "https://example.org/\\"><img src=x onerror=\\"window.__pwned=3\\">",
                      "publishedOn": "2024-05-02"},
                     {"id": "hostile-src-2", "type": "official", "publisher": "Another",
                      "title": "Script address", "url": "javascript:window.__pwned=4", "publishedOn": "2024-05-02"}],
         "evidence": [{"id": "e-hostile", "commitment": "tmm24-operational-cell", "kind": "body-established",
                       "stance": "supports", "parties": ["MX"], "occurredOn": "2024-05-01", "source": "hostile-src",
                       "quote": "Quote %1$s"},
                      {"id": "e-hostile-2", "commitment": "tmm24-operational-cell", "kind": "body-established",
                       "stance": "supports", "parties": ["GT"], "occurredOn": "2024-05-01", "source": "hostile-src-2",
                       "quote": "A second item"}]}
        """
            .formatted(PAYLOAD);
    Http.Response posted = Http.post(port, "/api/agreements/tmm24/evidence", body);
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);

    open("2024-06-01");
    row("tmm24-operational-cell").click();
    WebElement explanation =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation")));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElement(explanation, "Quote <img"));
    assertThat(explanation.getText())
        .contains("Publisher <img src=x", "Quote <img src=x onerror=\"window.__pwned=1\"><script>");
    // Only http(s) addresses become links, and the one that is cannot leave its attribute.
    assertThat(explanation.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(explanation.findElements(By.tagName("img"))).isEmpty();
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.__pwned === undefined"))
        .isEqualTo(true);

    Path report = dir.resolve("report.html");
    Files.writeString(
        report,
        org.pledgewatch.report.ReportWriter.html(
            service.report("tmm24", java.time.LocalDate.of(2024, 6, 1))));
    browser.get(report.toUri().toString());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Quote <img src=x");
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.__pwned === undefined"))
        .isEqualTo(true);
  }
}
