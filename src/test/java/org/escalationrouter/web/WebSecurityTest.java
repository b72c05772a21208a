package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.escalationrouter.e2e.Daemon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Login, case scope, CSRF and escaping on a running daemon with two executives' accounts: Margaret
 * Hale (ceo) and Ewa Nowak (coo), and three letters, one of them carrying a script.
 */
class WebSecurityTest {

  private static final String HALE_PASSWORD = ExecutiveLogins.HALE_PASSWORD;
  private static final String NOWAK_PASSWORD = ExecutiveLogins.NOWAK_PASSWORD;
  private static final String OPS_PASSWORD = "ops-password";

  @TempDir static Path work;
  private static Daemon daemon;
  private static String ceoCase;
  private static String cooCase;
  private static String scriptCase;

  @BeforeAll
  static void startWithTwoExecutivesAndThreeCases() throws Exception {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    daemon =
        ExecutiveLogins.start(
            work,
            "--escalation.web.users[2].username=scraper",
            "--escalation.web.users[2].password-hash={bcrypt}" + bcrypt.encode(OPS_PASSWORD),
            "--escalation.web.users[2].role=ops",
            "--escalation.web.users[3].username=target",
            "--escalation.web.users[3].password-hash={bcrypt}" + bcrypt.encode(OPS_PASSWORD),
            "--escalation.web.users[3].role=ops");
    daemon.send(
        "jane@example.com",
        "support@localhost",
        "Disputed fee",
        "Please forward this letter to the principals of the firm.",
        "<sec-1@example.com>");
    ceoCase = awaitCaseFrom("jane@example.com");
    daemon.send(
        "sam@example.com",
        "support@localhost",
        "Overcharged",
        "I will contact my attorney about this charge.",
        "<sec-2@example.com>");
    cooCase = awaitCaseFrom("sam@example.com");
    daemon.send(
        "mallory@example.com",
        "support@localhost",
        "Hello <b>there</b>",
        "<script>alert(1)</script>\nPlease forward this letter to the principals of the firm.",
        "<sec-3@example.com>");
    scriptCase = awaitCaseFrom("mallory@example.com");
  }

  @AfterAll
  static void stop() {
    daemon.close();
  }

  @Test
  void withoutLoginTheApiAnswers401AndPagesRedirectToTheLoginForm() throws Exception {
    WebSession anonymous = new WebSession(daemon);
    assertThat(anonymous.get("/api/cases").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/cases/" + ceoCase).statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    HttpResponse<String> page = anonymous.get("/cases/" + ceoCase);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(anonymous.get("/").statusCode()).isEqualTo(302);
    // no Basic challenge, so a browser never offers (and then caches) Basic credentials
    assertThat(anonymous.get("/api/cases").headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/css/app.css").statusCode()).isEqualTo(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDescriptionNeedsALoginAndDescribesEveryApiEndpoint() throws Exception {
    assertThat(new WebSession(daemon).get("/v3/api-docs").statusCode()).isEqualTo(401);
    Map<String, Object> docs =
        daemon.api().get().uri(daemon.url("/v3/api-docs")).retrieve().body(Map.class);
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) docs.get("paths");
    java.util.Set<String> described = new java.util.TreeSet<>();
    paths.forEach(
        (path, ops) -> ops.keySet().forEach(m -> described.add(m.toUpperCase() + " " + path)));
    java.util.Set<String> served = new java.util.TreeSet<>();
    daemon
        .bean(
            "requestMappingHandlerMapping",
            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
                .class)
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/"))
                    .forEach(
                        p ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> served.add(m.name() + " " + p))));
    assertThat(served).contains("GET /api/cases", "POST /api/cases/{id}/acknowledge");
    assertThat(described).containsAll(served);
  }

  @Test
  void actuatorShowsTheBuildTheCommitAndTheBillOfMaterials() {
    Map<String, Object> info = daemon.get("/actuator/info");
    assertThat(info.get("build").toString()).contains("version=");
    assertThat(info).containsKey("git");
    assertThat(daemon.get("/actuator/sbom/application").toString()).contains("CycloneDX");
  }

  @Test
  void wrongPasswordIsRefused() throws Exception {
    WebSession s = new WebSession(daemon);
    assertThat(s.getWithBasic("/api/cases", "admin", "guess").statusCode()).isEqualTo(401);
    HttpResponse<String> form = s.logIn("admin", "guess");
    assertThat(form.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
  }

  @Test
  void anExecutiveCannotSeeAnotherExecutivesCaseByApiOrPage() throws Exception {
    WebSession hale = new WebSession(daemon);
    assertThat(hale.getWithBasic("/api/cases/" + ceoCase, "hale", HALE_PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(hale.getWithBasic("/api/cases/" + cooCase, "hale", HALE_PASSWORD).statusCode())
        .isIn(403, 404);
    assertThat(
            hale.postWithBasic("/api/cases/" + cooCase + "/acknowledge", "hale", HALE_PASSWORD)
                .statusCode())
        .isIn(403, 404);
    String list = hale.getWithBasic("/api/cases", "hale", HALE_PASSWORD).body();
    assertThat(list).contains(ceoCase).doesNotContain("\"" + cooCase + "\"");

    assertThat(hale.logIn("hale", HALE_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(hale.get("/cases/" + ceoCase).statusCode()).isEqualTo(200);
    assertThat(hale.get("/cases/" + cooCase).statusCode()).isIn(403, 404);
    String page = hale.get("/").body();
    assertThat(page).contains(ceoCase).doesNotContain(">" + cooCase + "<");
    assertThat(hale.get("/mailboxes").statusCode()).isEqualTo(403);
    assertThat(hale.getWithBasic("/actuator/prometheus", "hale", HALE_PASSWORD).statusCode())
        .isEqualTo(403);

    WebSession nowak = new WebSession(daemon);
    assertThat(nowak.getWithBasic("/api/cases/" + cooCase, "nowak", NOWAK_PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(nowak.getWithBasic("/api/cases/" + ceoCase, "nowak", NOWAK_PASSWORD).statusCode())
        .isIn(403, 404);
  }

  @Test
  void aFormPostWithoutTheCsrfTokenChangesNothing() throws Exception {
    WebSession admin = new WebSession(daemon);
    assertThat(admin.logIn("admin", Daemon.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> forged = admin.postForm("/cases/" + ceoCase + "/acknowledge", "");
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> wrongToken =
        admin.postForm("/cases/" + ceoCase + "/acknowledge", "_csrf=forged");
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(status(ceoCase)).isEqualTo("open");

    String token = WebSession.csrfOf(admin.get("/cases/" + ceoCase).body());
    HttpResponse<String> real =
        admin.postForm("/cases/" + ceoCase + "/acknowledge", "_csrf=" + WebSession.enc(token));
    assertThat(real.statusCode()).isEqualTo(302);
    assertThat(status(ceoCase)).isEqualTo("acknowledged");
    assertThat(daemon.get("/api/cases/" + ceoCase).get("timeline").toString())
        .contains("Acknowledged by admin");
  }

  @Test
  void theApiWithBasicNeedsNoCsrfToken() throws Exception {
    WebSession script = new WebSession(daemon);
    HttpResponse<String> resolved =
        script.postWithBasic("/api/cases/" + cooCase + "/resolve", "nowak", NOWAK_PASSWORD);
    assertThat(resolved.statusCode()).isEqualTo(200);
    assertThat(status(cooCase)).isEqualTo("resolved");
  }

  @Test
  void aLetterCarryingAScriptRendersAsText() throws Exception {
    WebSession admin = new WebSession(daemon);
    admin.logIn("admin", Daemon.ADMIN_PASSWORD);
    String page = admin.get("/cases/" + scriptCase).body();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<b>there</b>");
    assertThat(page).containsPattern("<mark>[^<]*principals[^<]*</mark>");
    String list = admin.get("/?q=mallory").body();
    assertThat(list).contains(scriptCase).contains("Hello &lt;b&gt;there&lt;/b&gt;");
  }

  @Test
  void adminPagesShowExecutivesMailboxesAndRules() throws Exception {
    WebSession admin = new WebSession(daemon);
    admin.logIn("admin", Daemon.ADMIN_PASSWORD);
    HttpResponse<String> executives = admin.get("/executives");
    assertThat(executives.statusCode()).isEqualTo(200);
    assertThat(executives.body()).contains("Margaret Hale").contains("Ewa Nowak");
    HttpResponse<String> mailboxes = admin.get("/mailboxes");
    assertThat(mailboxes.statusCode()).isEqualTo(200);
    assertThat(mailboxes.body()).contains("Quarantine (0 held)").contains("support");
    HttpResponse<String> routes = admin.get("/routes");
    assertThat(routes.statusCode()).isEqualTo(200);
    assertThat(routes.body()).contains("The last reload was applied");
  }

  @Test
  void theCaseListFiltersBySignalSeverityExecutiveAndSearch() throws Exception {
    WebSession admin = new WebSession(daemon);
    admin.logIn("admin", Daemon.ADMIN_PASSWORD);
    String all = admin.get("/?status=all").body();
    assertThat(all).contains(">" + ceoCase + "<").contains(">" + cooCase + "<");
    String legal = admin.get("/?status=all&signal=legal-threat").body();
    assertThat(legal).contains(">" + cooCase + "<").doesNotContain(">" + ceoCase + "<");
    String ceo = admin.get("/?status=all&executive=ceo").body();
    assertThat(ceo).contains(">" + ceoCase + "<").doesNotContain(">" + cooCase + "<");
    assertThat(admin.get("/?status=all&severity=low").body()).contains("No cases match.");
    String search = admin.get("/?status=all&q=OVERCHARGED").body();
    assertThat(search).contains(">" + cooCase + "<").doesNotContain(">" + ceoCase + "<");
    assertThat(admin.get("/?status=all&q=%25").body()).contains("No cases match.");
  }

  @Test
  void quarantineRoutesAndAddressesAreForAdminsOnlyAndOpsGetOnlyTheActuator() throws Exception {
    WebSession s = new WebSession(daemon);
    for (String path :
        List.of("/api/quarantine", "/api/routes", "/api/addresses", "/api/cluster")) {
      assertThat(s.getWithBasic(path, "hale", HALE_PASSWORD).statusCode()).as(path).isEqualTo(403);
      assertThat(s.getWithBasic(path, "scraper", OPS_PASSWORD).statusCode())
          .as(path)
          .isEqualTo(403);
      assertThat(s.getWithBasic(path, "admin", Daemon.ADMIN_PASSWORD).statusCode())
          .as(path)
          .isEqualTo(200);
    }
    assertThat(s.postWithBasic("/api/quarantine/1/reprocess", "hale", HALE_PASSWORD).statusCode())
        .isEqualTo(403);
    assertThat(s.getWithBasic("/api/cases", "scraper", OPS_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(s.getWithBasic("/api/cases/" + ceoCase, "scraper", OPS_PASSWORD).statusCode())
        .isEqualTo(403);
    assertThat(s.getWithBasic("/actuator/prometheus", "scraper", OPS_PASSWORD).statusCode())
        .isEqualTo(200);
  }

  @Test
  void healthDetailsAreOnlyForAdminAndOps() throws Exception {
    WebSession s = new WebSession(daemon);
    String anonymous = s.get("/actuator/health").body();
    assertThat(anonymous)
        .contains("\"status\"")
        .doesNotContain("support")
        .doesNotContain("components");
    assertThat(s.getWithBasic("/actuator/health", "hale", HALE_PASSWORD).body())
        .doesNotContain("components");
    assertThat(s.getWithBasic("/actuator/health", "scraper", OPS_PASSWORD).body())
        .contains("components")
        .contains("support");
    assertThat(s.getWithBasic("/actuator/health", "admin", Daemon.ADMIN_PASSWORD).body())
        .contains("components");
  }

  @Test
  void pagesCarryAContentSecurityPolicyNoReferrerAndASameSiteCookie() throws Exception {
    WebSession s = new WebSession(daemon);
    for (String path : List.of("/login", "/ack/not-a-token", "/api/cases")) {
      HttpResponse<String> r = s.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              v -> assertThat(v).contains("default-src 'none'").contains("script-src 'self'"));
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
    HttpResponse<String> login = new WebSession(daemon).get("/login");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).contains("JSESSIONID").containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void anAccountIsLockedAfterFiveFailedLoginsEvenForTheRightPassword() throws Exception {
    WebSession s = new WebSession(daemon);
    assertThat(s.getWithBasic("/actuator/prometheus", "target", OPS_PASSWORD).statusCode())
        .isEqualTo(200);
    for (int i = 0; i < 3; i++) {
      assertThat(s.getWithBasic("/actuator/prometheus", "target", "guess" + i).statusCode())
          .isEqualTo(401);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(s.logIn("target", "guess-form" + i).headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }
    assertThat(s.getWithBasic("/actuator/prometheus", "target", OPS_PASSWORD).statusCode())
        .isEqualTo(429);
    assertThat(new WebSession(daemon).logIn("target", OPS_PASSWORD).statusCode()).isEqualTo(429);
    // other accounts are untouched
    assertThat(s.getWithBasic("/actuator/prometheus", "scraper", OPS_PASSWORD).statusCode())
        .isEqualTo(200);
  }

  private static String status(String caseId) {
    return String.valueOf(daemon.get("/api/cases/" + caseId).get("status"));
  }

  private static String awaitCaseFrom(String sender) {
    List<Map<String, Object>> cases =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                daemon::cases,
                l -> l.stream().anyMatch(c -> String.valueOf(c.get("sender")).contains(sender)));
    return cases.stream()
        .filter(c -> String.valueOf(c.get("sender")).contains(sender))
        .findFirst()
        .orElseThrow()
        .get("id")
        .toString();
  }
}
