package org.escalationrouter.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.e2e.Daemon;

/**
 * A browser-like HTTP client for the tests: cookies kept, redirects not followed. Public for the
 * tests of other features that download from the dashboard.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Daemon daemon;
  private final HttpClient http;

  public WebSession(Daemon daemon) {
    this.daemon = daemon;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Logs in through the form, as a person does; returns the response to the form's POST. */
  public HttpResponse<String> logIn(String user, String password) throws Exception {
    String token = csrfOf(get("/login").body());
    return postForm(
        "/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token));
  }

  /** A download, as bytes. */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(daemon.url(path))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(daemon.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> getWithBasic(String path, String user, String password)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(daemon.url(path)))
            .header("Authorization", basic(user, password))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postWithBasic(String path, String user, String password)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(daemon.url(path)))
            .header("Authorization", basic(user, password))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(daemon.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String csrfOf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF token in the page:\n" + html);
    }
    return m.group(1);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
