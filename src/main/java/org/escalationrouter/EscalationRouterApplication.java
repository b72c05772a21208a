package org.escalationrouter;

import org.escalationrouter.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The daemon, or with a command ({@code explain}, {@code validate}, {@code evaluate}, …) a one-shot
 * tool that starts neither the mail server, the database nor the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EscalationRouterApplication {

  public static void main(String[] args) {
    if (args.length > 0 && CommandLine.isCommand(args[0])) {
      System.exit(CommandLine.run(args, System.out, System.err));
    }
    SpringApplication.run(EscalationRouterApplication.class, args);
  }
}
