package org.escalationrouter.escalate;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The e-mail templates in {@code escalate/} on the class path: {@code NAME.txt} for the plain-text
 * part, {@code NAME.html} for the HTML part. An engine of their own, apart from the dashboard's.
 */
final class MailTemplates {

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  MailTemplates() {
    // set up now, when the daemon starts, not in the first escalation's commit (ADR 0012)
    text.getConfiguration();
    html.getConfiguration();
  }

  String text(String name, Object model) {
    return text.process(name, context(model));
  }

  String html(String name, Object model) {
    return html.process(name, context(model));
  }

  private static Context context(Object model) {
    Context context = new Context(Locale.ENGLISH);
    context.setVariable("m", model);
    return context;
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("escalate/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
