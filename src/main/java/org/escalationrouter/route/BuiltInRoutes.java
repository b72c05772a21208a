package org.escalationrouter.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The routes folder the project ships ({@code routes/} of the source tree), packed into the jar
 * under {@value #RESOURCE_DIR} so that a command run away from a routes folder still has rules to
 * show: {@code explain} uses them when there is no {@code ./routes} and no {@code --routes}, and
 * says so. The daemon never falls back to them: it routes real mail only by the admins' folder.
 */
public final class BuiltInRoutes {

  static final String RESOURCE_DIR = "default-routes";

  /** Every file of the shipped routes folder; a test keeps the list equal to the folder. */
  static final List<String> FILES =
      List.of("escalation.camel.yaml", "executives.yaml", "intake.camel.yaml", "sla-policies.yaml");

  private BuiltInRoutes() {}

  /** Writes the shipped routes into {@code dir} (created if needed) and returns it. */
  public static Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : FILES) {
        try (InputStream in =
            BuiltInRoutes.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "/" + name)) {
          if (in == null) {
            throw new IllegalStateException(
                "the jar lacks its built-in routes file " + RESOURCE_DIR + "/" + name);
          }
          Files.copy(in, dir.resolve(name));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the built-in routes to " + dir, e);
    }
  }
}
