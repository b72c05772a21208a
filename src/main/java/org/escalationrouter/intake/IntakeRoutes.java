package org.escalationrouter.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.escalationrouter.cluster.Ownership;
import org.escalationrouter.route.RoutesFolderMissing;
import org.escalationrouter.route.RoutesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads {@code routes/intake.camel.yaml} into the application's Camel context and makes one route
 * from its {@code mailbox-intake} template for each mailbox. Each of these routes, and the drop
 * folder's, runs under the policy {@link Ownership} gives it: with several daemons on one database
 * a route runs only on the node that holds its source.
 */
@Component
class IntakeRoutes implements CamelContextConfiguration {

  static final String FILE = "intake.camel.yaml";
  static final String TEMPLATE = "mailbox-intake";
  static final String LETTERS_ROUTE = "letters-intake";
  private static final Logger log = LoggerFactory.getLogger(IntakeRoutes.class);

  private final RoutesSettings routes;
  private final Mailboxes mailboxes;
  private final LetterSettings letters;
  private final Ownership ownership;

  IntakeRoutes(
      RoutesSettings routes, Mailboxes mailboxes, LetterSettings letters, Ownership ownership) {
    this.routes = routes;
    this.mailboxes = mailboxes;
    this.letters = letters;
    this.ownership = ownership;
  }

  @Override
  public void beforeApplicationStart(CamelContext context) {
    if (!Files.isDirectory(routes.dir())) {
      throw new RoutesFolderMissing(routes.dir());
    }
    Path file = routes.dir().resolve(FILE);
    // route id -> the source it reads, for the ownership policies
    Map<String, String> sources = new HashMap<>();
    sources.put(LETTERS_ROUTE, LetterDrop.MAILBOX);
    context.addRoutePolicyFactory(
        (ctx, routeId, route) ->
            sources.containsKey(routeId)
                ? ownership.policyFor(sources.get(routeId)).orElse(null)
                : null);
    try {
      Files.createDirectories(letters.inbox());
      PluginHelper.getRoutesLoader(context)
          .loadRoutes(ResourceHelper.fromString(FILE, Files.readString(file)));
      for (IntakeSettings.Mailbox mailbox : mailboxes.all()) {
        String routeId = "intake-" + mailbox.displayName().replaceAll("[^A-Za-z0-9_.@-]", "_");
        sources.put(routeId, mailbox.displayName());
        TemplatedRouteBuilder.builder(context, TEMPLATE)
            .routeId(routeId)
            .parameter("mailbox", mailbox.displayName())
            .add();
        log.info("Reading mailbox {} ({})", mailbox.displayName(), mailbox);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot load intake routes from " + file.toAbsolutePath(), e);
    }
  }

  @Override
  public void afterApplicationStart(CamelContext context) {
    // nothing to do
  }
}
