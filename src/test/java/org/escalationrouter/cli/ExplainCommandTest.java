package org.escalationrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.escalationrouter.parse.ImageMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code explain} answers for any file, one JSON object per line, and changes nothing. */
class ExplainCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static final String PRINCIPALS_LETTER =
      "From: Jane <jane@example.com>\r\nTo: support@example.com\r\nSubject: My account\r\n"
          + "Message-ID: <x1@example.com>\r\n\r\n"
          + "Please forward this letter to the principals of the firm.\r\n";

  record Run(int exit, List<Map<String, Object>> lines, String err) {}

  @SuppressWarnings("unchecked")
  private static Run explain(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = Stream.concat(Stream.of("explain"), Stream.of(args)).toArray(String[]::new);
    int exit =
        CommandLine.run(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    List<Map<String, Object>> lines =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .map(l -> (Map<String, Object>) JSON.readValue(l, Map.class))
            .toList();
    return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void namesTheImagesOcrDidNotReadAndWhy() throws IOException {
    byte[] mail =
        ImageMail.withBody("Please forward this letter to the principals of the firm.")
            .attach("logo.png", "image/png", ImageMail.logo("ACME"))
            .bytes();
    Path letter = Files.write(dir.resolve("with-logo.eml"), mail);

    Map<String, Object> r = explain("--json", letter.toString()).lines().get(0);

    assertThat(r.get("imagesNotRead"))
        .isEqualTo(List.of("logo.png (small image: logo, icon or signature)"));
    assertThat(String.valueOf(r.get("flags"))).contains("OCR_SKIPPED_SMALL_IMAGE");
  }

  @Test
  void aLetterWhoseAttachmentCouldNotBeReadGoesToAPersonWhateverTheJudgeFound() throws IOException {
    String mail =
        "From: Jane <jane@example.com>\r\nTo: support@example.com\r\nSubject: My letter\r\n"
            + "Message-ID: <x2@example.com>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nSee the attached letter.\r\n"
            + "--b\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data;"
            + " name=letter.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQA=\r\n"
            + "--b--\r\n";
    Path letter = Files.writeString(dir.resolve("sealed.eml"), mail);

    Map<String, Object> r = explain("--json", letter.toString()).lines().get(0);

    assertThat(r.get("severity")).isEqualTo("low");
    assertThat(r.get("unread")).isEqualTo(List.of("ENCRYPTED"));
    assertThat(r.get("route")).isEqualTo("unread-to-head-of-service");
    assertThat(r.get("executive")).isEqualTo("head-of-service");
  }

  @Test
  void explainsALetterAskingForThePrincipalsAsJson() throws IOException {
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    Run run = explain("--json", letter.toString());
    assertThat(run.exit()).isZero();
    Map<String, Object> r = run.lines().get(0);
    assertThat(r.get("file")).isEqualTo(letter.toString());
    assertThat(((Map<?, ?>) r.get("automated")).get("kind")).isNull();
    assertThat(r.get("severity")).isEqualTo("high");
    assertThat(r.get("executive")).isEqualTo("ceo");
    assertThat(r.get("route")).isEqualTo("principal-request-to-ceo");
    assertThat((List<?>) r.get("signals")).isNotEmpty();
  }

  @Test
  void unreadableFileGivesAnErrorObjectAndNonZeroExit() throws IOException {
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    Run run = explain("--json", dir.resolve("missing.eml").toString(), letter.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(0)).containsKey("error");
    assertThat(run.lines().get(1)).containsEntry("executive", "ceo");
  }

  @Test
  void rulesThatSendElsewhereDoNotSendWhileExplaining() throws IOException {
    Path routes = dir.resolve("routes");
    Files.createDirectories(routes);
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.toList()) {
        Files.copy(f, routes.resolve(f.getFileName()));
      }
    }
    Path sideEffect = dir.resolve("webhook");
    Path rules = routes.resolve("escalation.camel.yaml");
    Files.writeString(
        rules,
        Files.readString(rules)
            .replace(
                "                  - to: escalate:ceo?policy=principal",
                "                  - to: file:"
                    + sideEffect
                    + "\n                  - to: escalate:ceo?policy=principal"));
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    Run run = explain("--json", "--routes", routes.toString(), letter.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.lines().get(0)).containsEntry("executive", "ceo");
    assertThat(sideEffect).doesNotExist();
  }

  @Test
  void theRoutesBuiltIntoTheJarRouteLikeTheShippedFolder() throws IOException {
    // what explain uses when it runs where there is no ./routes (and no --routes)
    Path builtIn = org.escalationrouter.route.BuiltInRoutes.writeTo(dir.resolve("built-in"));
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    Run shipped = explain("--json", "--routes", "routes", letter.toString());
    Run packed = explain("--json", "--routes", builtIn.toString(), letter.toString());
    assertThat(packed.exit()).isZero();
    assertThat(packed.lines().get(0).get("executive"))
        .isNotNull()
        .isEqualTo(shipped.lines().get(0).get("executive"));
  }

  @Test
  void awayFromARoutesFolderItRoutesByTheBuiltInRoutesAndSaysSo() throws Exception {
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new ExplainCommand()
            .run(
                new String[] {"--json", letter.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                dir.resolve("no-routes-here"));
    assertThat(exit).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("routes built into this jar");
    Run shipped = explain("--json", "--routes", "routes", letter.toString());
    assertThat(JSON.readValue(out.toString(StandardCharsets.UTF_8).strip(), Map.class))
        .containsEntry("executive", shipped.lines().get(0).get("executive"));
  }

  @Test
  void aRoutesOptionWithoutAFolderIsRefused() throws IOException {
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    Run run = explain(letter.toString(), "--routes");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--routes needs a folder");
  }

  @Test
  void brokenRoutesAreRefusedWithOneLine() throws IOException {
    Path letter = Files.writeString(dir.resolve("letter.eml"), PRINCIPALS_LETTER);
    Run run = explain("--routes", dir.resolve("nowhere").toString(), letter.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void showsControlCharactersOfTheSendersWordsAsSymbolsInThePlainReport() throws IOException {
    Path letter =
        Files.writeString(
            dir.resolve("escapes.eml"),
            "From: Jane <jane@example.com>\r\nSubject: \u001b]0;owned\u0007refund\u001b[2J\r\n\r\n"
                + "Please forward this \u001b[31mletter\u001b[0m to the principals of the firm.\r\n",
            StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CommandLine.run(
        new String[] {"explain", letter.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).doesNotContain("\u001b").doesNotContain("\u0007").contains("\u241b[2J");
    assertThat(report).contains("principal-request");
  }
}
