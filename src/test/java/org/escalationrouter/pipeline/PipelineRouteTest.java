package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline route's order and its error handling, with the steps replaced by a recorder: what
 * admission lets go is never read, and a step that fails sends the message to quarantine while the
 * route itself completes, so the mailbox moves on.
 */
class PipelineRouteTest {

  /** Stands in for {@link PipelineSteps}: records the calls, fails where told to. */
  public static final class RecordingSteps {
    final List<String> calls = new ArrayList<>();
    boolean admit = true;
    boolean failRead;
    Error errorInRead;

    public void admit(Exchange e) {
      calls.add("admit");
      if (admit) {
        e.setProperty(PipelineSteps.KEY, "mid:<x@example.org>");
      }
    }

    public void read(Exchange e) {
      calls.add("read");
      if (errorInRead != null) {
        throw errorInRead;
      }
      if (failRead) {
        throw new IllegalStateException("unreadable letter");
      }
    }

    public void record(Exchange e) {
      calls.add("record");
    }

    public void quarantine(Exchange e) {
      calls.add("quarantine");
    }
  }

  private DefaultCamelContext context;
  private final RecordingSteps steps = new RecordingSteps();

  @BeforeEach
  void startPipelineWithRecordingSteps() throws Exception {
    context = new DefaultCamelContext();
    context.getRegistry().bind("pipelineSteps", steps);
    context.addRoutes(new PipelineRoute());
    AdviceWith.adviceWith(context, "case-pipeline", a -> a.weaveAddLast().to("mock:end"));
    context.start();
  }

  @AfterEach
  void stop() {
    context.stop();
  }

  private void send() {
    ProducerTemplate producer = context.createProducerTemplate();
    NotifyBuilder done = new NotifyBuilder(context).whenDone(1).create();
    producer.sendBody(
        PipelineRoute.ENTRY,
        new IncomingMessage(
            "support", "INBOX uid 1", "1.eml", new byte[] {'x'}, Instant.now(), true));
    assertThat(
            done.matches(
                Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
        .isTrue();
  }

  @Test
  void admittedMessageIsReadThenRecorded() throws Exception {
    MockEndpoint end = context.getEndpoint("mock:end", MockEndpoint.class);
    end.expectedMessageCount(1);
    send();
    end.assertIsSatisfied();
    assertThat(steps.calls).containsExactly("admit", "read", "record");
  }

  @Test
  void messageAdmissionLetsGoIsNeitherReadNorRecorded() {
    steps.admit = false;
    send();
    assertThat(steps.calls).containsExactly("admit");
  }

  @Test
  void failingStepQuarantinesTheMessageAndTheRouteCompletes() throws Exception {
    steps.failRead = true;
    MockEndpoint end = context.getEndpoint("mock:end", MockEndpoint.class);
    end.expectedMessageCount(0);
    send();
    assertThat(steps.calls).containsExactly("admit", "read", "quarantine");
    end.assertIsSatisfied();
  }

  @Test
  void stepThatOverflowsTheStackOrRunsOutOfMemoryQuarantinesTheMessage() {
    for (Error error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"))) {
      steps.calls.clear();
      steps.errorInRead = error;
      send();
      assertThat(steps.calls).containsExactly("admit", "read", "quarantine");
    }
  }
}
