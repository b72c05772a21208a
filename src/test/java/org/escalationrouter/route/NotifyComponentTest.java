package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A route test on Camel's test kit: {@code notify:} steps only record their channels, once each and
 * in order, and the exchange goes on; nothing is posted while the case is routed.
 */
class NotifyComponentTest extends CamelTestSupport {

  @Override
  protected CamelContext createCamelContext() throws Exception {
    CamelContext context = super.createCamelContext();
    context.addComponent(NotifyComponent.SCHEME, new NotifyComponent());
    return context;
  }

  @Override
  protected RoutesBuilder createRouteBuilder() {
    return new RouteBuilder() {
      @Override
      public void configure() {
        from("direct:rule")
            .routeId("rule")
            .to("notify:slack?webhook=https://hooks.example.org/services/a")
            .to("notify:json?webhook=https://tickets.example.org/api")
            .to("notify:slack?webhook=https://hooks.example.org/services/a")
            .to("mock:after");
      }
    };
  }

  @Test
  void notifyStepsRecordEachChannelOnceInOrderAndTheExchangeGoesOn() throws Exception {
    MockEndpoint after = getMockEndpoint("mock:after");
    after.expectedMessageCount(1);
    Exchange done = template().send("direct:rule", e -> e.getMessage().setBody("case"));
    after.assertIsSatisfied();
    assertThat(NotifyComponent.targets(done))
        .containsExactly(
            new NotifyTarget("slack", "https://hooks.example.org/services/a"),
            new NotifyTarget("json", "https://tickets.example.org/api"));
    assertThat(NotifyComponent.targets(done).get(0).toString())
        .isEqualTo("slack webhook on hooks.example.org")
        .doesNotContain("services");
  }
}
