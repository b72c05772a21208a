package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed links of an escalation e-mail on a running daemon: a link scanner that opens every
 * link in the mail (GET and HEAD, as Safe Links, Proofpoint or a chat preview do) changes nothing;
 * the executive's press of the confirmation page's button does.
 */
class SignedLinkTest {

  private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern FORM = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\"");

  @TempDir Path work;

  @Test
  void scannersAndForgedLinksChangeNothingAndTheButtonResolves() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      daemon.send(
          "kim@example.com",
          "support@localhost",
          "Complaint",
          "Please forward this letter to the principals of the firm. See https://example.com/x",
          "<link-1@example.com>");
      String caseId = awaitCase(daemon);
      MimeMessage escalation =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MailFixtures.inbox(daemon.imapPort, "ceo", "ceo"), l -> !l.isEmpty())
              .get(0);
      List<String> links = ourLinks(escalation, daemon);
      assertThat(links).hasSizeGreaterThanOrEqualTo(2);
      String timelineBefore = daemon.timeline(caseId);

      // a link altered by one character is refused, whatever the method
      String forged = links.get(links.size() - 1) + "x";
      HttpClient http = HttpClient.newHttpClient();
      assertThat(get(http, forged).statusCode()).isIn(400, 403);
      HttpResponse<String> post =
          http.send(
              HttpRequest.newBuilder(URI.create(forged))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isIn(400, 403);

      HttpClient scanner =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
      for (String link : links) {
        for (String method : List.of("GET", "HEAD", "GET")) {
          HttpResponse<String> r =
              scanner.send(
                  HttpRequest.newBuilder(URI.create(link))
                      .method(method, HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).as(method + " " + link).isEqualTo(200);
        }
      }
      assertThat(daemon.status(caseId)).isEqualTo("open");
      assertThat(daemon.timeline(caseId)).isEqualTo(timelineBefore);

      // the executive opens the resolve link in a browser, reads the summary, presses the button
      String resolve = links.stream().filter(l -> l.contains("/ack/")).toList().get(1);
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String page = get(browser, resolve).body();
      assertThat(page).contains(caseId).contains("Complaint").contains("principals of the firm");
      assertThat(page).contains("Nothing changes until you press the button");
      Matcher form = FORM.matcher(page);
      Matcher csrf = CSRF.matcher(page);
      assertThat(form.find()).as(page).isTrue();
      assertThat(csrf.find()).as(page).isTrue();
      HttpResponse<String> pressed =
          browser.send(
              HttpRequest.newBuilder(URI.create(daemon.url(form.group(1))))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(pressed.statusCode()).isEqualTo(200);
      assertThat(pressed.body()).contains("Done");
      assertThat(daemon.status(caseId)).isEqualTo("resolved");
      assertThat(daemon.timeline(caseId)).contains("Resolved by ceo by signed link");

      // opened again afterwards: says so, changes nothing
      assertThat(get(browser, resolve).body()).contains("already");
    }
  }

  /** Every link of ours anywhere in the mail, the attached original included, in order. */
  private static List<String> ourLinks(MimeMessage mail, Daemon daemon) throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.writeTo(raw);
    String text = raw.toString(StandardCharsets.UTF_8).replace("=\r\n", "");
    Set<String> links = new LinkedHashSet<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String link = m.group();
      if (link.startsWith("http://localhost:8080")) {
        links.add(link.replace("http://localhost:8080", daemon.url("")));
      }
    }
    return List.copyOf(links);
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String awaitCase(Daemon daemon) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(daemon::cases, l -> !l.isEmpty())
        .get(0)
        .get("id")
        .toString();
  }
}
