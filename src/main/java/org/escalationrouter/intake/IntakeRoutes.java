package org.escalationrouter.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.escalationrouter.route.RoutesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads {@code routes/intake.camel.yaml} into the application's Camel context and makes one route
 * from its {@code mailbox-intake} template for each mailbox.
 */
@Component
class IntakeRoutes implements CamelContextConfiguration {

  static final String FILE = "intake.camel.yaml";
  static final String TEMPLATE = "mailbox-intake";
  private static final Logger log = LoggerFactory.getLogger(IntakeRoutes.class);

  private final RoutesSettings routes;
  private final Mailboxes mailboxes;
  private final LetterSettings letters;

  IntakeRoutes(RoutesSettings routes, Mailboxes mailboxes, LetterSettings letters) {
    this.routes = routes;
    this.mailboxes = mailboxes;
    this.letters = letters;
  }

  @Override
  public void beforeApplicationStart(CamelContext context) {
    Path file = routes.dir().resolve(FILE);
    try {
      Files.createDirectories(letters.inbox());
      PluginHelper.getRoutesLoader(context)
          .loadRoutes(ResourceHelper.fromString(FILE, Files.readString(file)));
      for (IntakeSettings.Mailbox mailbox : mailboxes.all()) {
        TemplatedRouteBuilder.builder(context, TEMPLATE)
            .routeId("intake-" + mailbox.displayName().replaceAll("[^A-Za-z0-9_.@-]", "_"))
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
