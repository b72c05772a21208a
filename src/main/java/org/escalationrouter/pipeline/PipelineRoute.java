package org.escalationrouter.pipeline;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one pipeline every mailbox and the drop folder feed: admit (automated mail is recorded
 * there), read (parse, judge), record (correlate first: a reply, a follow-up, or a new letter,
 * which alone is routed). A message that fails any step is quarantined and the intake moves on.
 */
@Component
class PipelineRoute extends RouteBuilder {

  static final String ENTRY = "direct:pipeline";

  @Override
  public void configure() {
    from(ENTRY)
        .routeId("case-pipeline")
        .onException(Exception.class)
        .handled(true)
        .bean("pipelineSteps", "quarantine")
        .end()
        .bean("pipelineSteps", "admit")
        .filter(exchangeProperty(PipelineSteps.KEY).isNotNull())
        .bean("pipelineSteps", "read")
        .bean("pipelineSteps", "record")
        .end();
  }
}
