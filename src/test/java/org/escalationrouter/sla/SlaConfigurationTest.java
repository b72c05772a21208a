package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ExtendWith(OutputCaptureExtension.class)
class SlaConfigurationTest {

  static final String SECRET = "s3cr3t-that-must-never-appear-in-logs-0123456789";
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  final TimerDatabase db = TimerDatabase.h2InMemory();
  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(SlaConfiguration.class, SlaScheduler.class)
          .withBean(JdbcClient.class, () -> db.jdbc)
          .withBean(
              TransactionTemplate.class,
              () -> new TransactionTemplate(new DataSourceTransactionManager(db.dataSource)))
          .withBean(
              EscalationChain.class,
              () ->
                  new OrgChart()
                      .person("ceo", BusinessCalendar.officeHours(BusinessCalendarTest.WARSAW)))
          .withBean(SlaActions.class, RecordedNotices::new)
          .withPropertyValues("escalation.sla.enabled=false");

  /*
   * What SlaConfiguration logs, heard on its own logger: whether its lines reach standard output
   * depends on how earlier tests in the same JVM left the logging system, so the output alone
   * made the warning's test pass or fail by test order.
   */
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  final Logger configurationLog = (Logger) LoggerFactory.getLogger(SlaConfiguration.class);
  Level levelBefore;

  @BeforeEach
  void listen() {
    levelBefore = configurationLog.getLevel();
    configurationLog.setLevel(Level.INFO);
    logged.start();
    configurationLog.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    configurationLog.detachAppender(logged);
    configurationLog.setLevel(levelBefore);
  }

  private String loggedLines() {
    return String.join("\n", logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }

  @Test
  void defaultsPollEveryFiveSeconds() {
    runner.run(
        context -> {
          SlaSettings settings = context.getBean(SlaSettings.class);
          assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(5));
          assertThat(settings.batchSize()).isEqualTo(50);
          assertThat(context).hasSingleBean(SlaTimers.class).hasSingleBean(AckLinks.class);
          assertThat(context.getBean(SlaScheduler.class).isRunning()).isFalse();
        });
  }

  @Test
  void pollIntervalAndSwitchComeFromProperties() {
    runner
        .withPropertyValues("escalation.sla.poll-interval=2s", "escalation.sla.enabled=true")
        .run(
            context -> {
              assertThat(context.getBean(SlaSettings.class).pollInterval())
                  .isEqualTo(Duration.ofSeconds(2));
              assertThat(context.getBean(SlaScheduler.class).isRunning()).isTrue();
            });
  }

  @Test
  void linksSignedWithTheConfiguredSecretSurviveARestart(CapturedOutput output) {
    String[] token = new String[1];
    ApplicationContextRunner withSecret =
        runner.withPropertyValues("escalation.sla.link-secret=" + SECRET);

    withSecret.run(
        context ->
            token[0] =
                context
                    .getBean(AckLinks.class)
                    .sign("C-1", "ceo", LinkAction.ACKNOWLEDGE, NOW.plusSeconds(3600)));
    withSecret.run(
        context ->
            assertThat(context.getBean(AckLinks.class).verify(token[0], NOW))
                .isInstanceOf(Verdict.Valid.class));

    assertThat(output).doesNotContain(SECRET).doesNotContain("link-secret is not set");
    assertThat(loggedLines()).doesNotContain(SECRET).doesNotContain("link-secret is not set");
  }

  @Test
  void withoutASecretLinksDieAtRestartAndTheLogSaysSo() {
    String[] token = new String[1];

    runner.run(
        context ->
            token[0] =
                context
                    .getBean(AckLinks.class)
                    .sign("C-1", "ceo", LinkAction.ACKNOWLEDGE, NOW.plusSeconds(3600)));
    runner.run(
        context ->
            assertThat(context.getBean(AckLinks.class).verify(token[0], NOW))
                .isInstanceOf(Verdict.Forged.class));

    assertThat(logged.list)
        .filteredOn(e -> e.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).contains("escalation.sla.link-secret is not set"));
  }

  @Test
  void shortSecretStopsStartupWithoutEchoingIt() {
    runner
        .withPropertyValues("escalation.sla.link-secret=tooShort123")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).hasStackTraceContaining("at least 32 bytes");
              assertThat(context.getStartupFailure()).hasStackTraceContaining("link-secret");
            });
  }

  @Test
  void usesTheApplicationsClockWhenThereIsOne() {
    TestClock clock = TestClock.at(Instant.parse("2025-06-16T07:00:00Z"));
    runner
        .withBean(Clock.class, () -> clock)
        .run(
            context -> {
              SlaTimers timers = context.getBean(SlaTimers.class);
              timers.schedule(
                  "C-1",
                  "ceo",
                  SlaSchedule.of(
                      SlaTimersTest.PRINCIPAL,
                      BusinessCalendar.officeHours(BusinessCalendarTest.WARSAW),
                      clock.instant()),
                  0);
              assertThat(db.count("created_at = timestamp with time zone '2025-06-16 07:00:00+00'"))
                  .isEqualTo(6);
            });
  }
}
