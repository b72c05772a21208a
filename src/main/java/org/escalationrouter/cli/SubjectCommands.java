package org.escalationrouter.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.privacy.ErasureReport;
import org.escalationrouter.privacy.PrivacyCommandContext;
import org.escalationrouter.privacy.SubjectAddress;
import org.escalationrouter.privacy.SubjectData;
import org.escalationrouter.privacy.SubjectErasure;
import org.escalationrouter.privacy.SubjectExport;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code erase EMAIL [--force]} and {@code export EMAIL [--zip FILE]}: access and erasure requests
 * for operators without the web. They open the daemon's database with its own settings (Spring
 * options such as {@code --spring.profiles.active=postgres} pass through) and nothing else.
 */
final class SubjectCommands {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SubjectCommands() {}

  static final class Erase implements CommandLine.Command {
    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
      Arguments a = Arguments.of(args);
      if (a.email == null) {
        err.println("erase: name one e-mail address");
        return 2;
      }
      SubjectAddress subject = new SubjectAddress(a.email);
      try (ConfigurableApplicationContext context = start(a.spring)) {
        ErasureReport report =
            context.getBean(SubjectErasure.class).erase(subject, a.force, operator());
        out.println(JSON.writeValueAsString(report));
        if (!report.erased()) {
          err.println(
              "erase: refused, deadlines still run on "
                  + String.join(", ", report.openCases())
                  + " (give --force to erase anyway)");
          return 1;
        }
        return 0;
      }
    }
  }

  static final class Export implements CommandLine.Command {
    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
      Arguments a = Arguments.of(args);
      if (a.email == null) {
        err.println("export: name one e-mail address");
        return 2;
      }
      SubjectAddress subject = new SubjectAddress(a.email);
      try (ConfigurableApplicationContext context = start(a.spring)) {
        SubjectExport export = context.getBean(SubjectExport.class);
        SubjectData data = export.collect(subject, a.zip == null ? "json" : "zip", operator());
        if (a.zip == null) {
          out.println(SubjectExport.json(data));
        } else {
          try (OutputStream file = Files.newOutputStream(a.zip)) {
            export.zip(data, file);
          }
          out.println("wrote " + a.zip);
        }
        return 0;
      }
    }
  }

  private record Arguments(String email, boolean force, Path zip, String[] spring) {
    static Arguments of(String[] args) {
      String email = null;
      boolean force = false;
      Path zip = null;
      List<String> spring = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--force")) {
          force = true;
        } else if (arg.equals("--zip") && i + 1 < args.length) {
          zip = Path.of(args[++i]);
        } else if (arg.startsWith("--")) {
          spring.add(arg);
        } else if (email == null) {
          email = arg;
        }
      }
      return new Arguments(email, force, zip, spring.toArray(String[]::new));
    }
  }

  private static ConfigurableApplicationContext start(String[] springArgs) {
    return new SpringApplicationBuilder(PrivacyCommandContext.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(springArgs);
  }

  /** The audit trail's actor: the operating-system user who ran the command. */
  private static String operator() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
