package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.escalationrouter.e2e.Daemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the dashboard, in Debian's Chromium: logs in, finds the new case, reads the letter
 * with its evidence marked, acknowledges it; and the escalation e-mail's HTML part as a mail
 * program shows it, with its deadline, case link and action links. Fails when Chromium or its
 * driver is missing (scripts/test-services.sh installs both).
 */
class DashboardBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path work;

  @Test
  void adminLogsInFindsTheCaseSeesTheEvidenceAndAcknowledges() throws Exception {
    chromiumIsInstalled();
    try (Daemon daemon = new Daemon(work.resolve("daemon")).start()) {
      daemon.send(
          "jane@example.com",
          "support@localhost",
          "Disputed cancellation fee",
          "Dear Sir or Madam,\n\nI was charged a cancellation fee twice. Please forward this"
              + " letter to the principals of the firm. Nobody has answered me in three weeks.\n\n"
              + "Jane Doe",
          "<browser-1@example.com>");
      daemon.send(
          "sam@example.com",
          "support@localhost",
          "Overcharged again",
          "I will contact my attorney about this charge.",
          "<browser-2@example.com>");
      await().atMost(Duration.ofSeconds(30)).until(() -> daemon.cases().size() == 2);
      String caseId =
          daemon.cases().stream()
              .filter(c -> String.valueOf(c.get("sender")).contains("jane"))
              .findFirst()
              .orElseThrow()
              .get("id")
              .toString();

      WebDriver browser = chromium();
      try {
        browser.get(daemon.url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(Daemon.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement link = wait.until(b -> b.findElement(By.linkText(caseId)));
        assertThat(browser.findElement(By.cssSelector("table.cases")).getText())
            .contains("Disputed cancellation fee")
            .contains("principal-request");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(
            ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(),
            screenshots.resolve("cases.png"),
            StandardCopyOption.REPLACE_EXISTING);

        link.click();
        wait.until(b -> b.findElement(By.id("case-status")));
        assertThat(browser.findElements(By.cssSelector("pre.letter mark")))
            .extracting(WebElement::getText)
            .anySatisfy(t -> assertThat(t).containsIgnoringCase("principals"));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("open");
        Files.copy(
            ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(),
            screenshots.resolve("case.png"),
            StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.id("acknowledge")).click();
        wait.until(b -> b.findElement(By.id("case-status")).getText().equals("acknowledged"));
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
            .contains("Acknowledged by admin");
        assertThat(String.valueOf(daemon.get("/api/cases/" + caseId).get("status")))
            .isEqualTo("acknowledged");
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void escalationMailReadsWellInTheBrowserWithDeadlineCaseLinkAndBothActions() throws Exception {
    chromiumIsInstalled();
    try (Daemon daemon = new Daemon(work.resolve("daemon")).start()) {
      daemon.send(
          "jane@example.com",
          "support@localhost",
          "Cancellation fee",
          "Dear Sir or Madam,\n\nI was charged a $149 fee I never agreed to. Please forward this"
              + " letter to the principals of the firm.\n\nJane Doe",
          "<browser-mail-1@example.com>");
      jakarta.mail.internet.MimeMessage mail =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> daemon.inbox("ceo"), l -> !l.isEmpty())
              .get(0);
      Path html = work.resolve("escalation.html");
      Files.writeString(html, htmlPart(mail));

      WebDriver browser = chromium();
      try {
        browser.manage().window().setSize(new Dimension(800, 1100));
        browser.get(html.toUri().toString());
        assertThat(browser.findElement(By.id("summary")).getText())
            .startsWith("A customer, jane@example.com, wrote to customer service on");
        assertThat(browser.findElement(By.id("deadline")).getText())
            .matches("(?s)Acknowledge by \\w+day \\d{1,2} \\w+, \\d\\d:\\d\\d your time.*");
        assertThat(browser.findElement(By.id("case-link")).getAttribute("href"))
            .matches("http://localhost:8080/cases/ESC-\\d+");
        assertThat(browser.findElement(By.id("acknowledge-link")).getAttribute("href"))
            .contains("/ack/");
        assertThat(browser.findElement(By.id("resolve-link")).getAttribute("href"))
            .contains("/ack/");
        assertThat(browser.findElements(By.cssSelector("#customer-text mark")))
            .extracting(WebElement::getText)
            .anySatisfy(t -> assertThat(t).contains("principals"));
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(
            ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(),
            screenshots.resolve("escalation-mail.png"),
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        browser.quit();
      }
    }
  }

  private static String htmlPart(jakarta.mail.Part p) throws Exception {
    if (p.isMimeType("text/html")) {
      return (String) p.getContent();
    }
    if (p.isMimeType("multipart/*")) {
      jakarta.mail.Multipart multi = (jakarta.mail.Multipart) p.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        String found = htmlPart(multi.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void chromiumIsInstalled() {
    assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
  }

  private ChromeDriver chromium() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    return driver;
  }
}
