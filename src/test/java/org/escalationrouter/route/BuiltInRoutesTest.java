package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routes packed into the jar are the shipped folder, whole, and they are valid. */
class BuiltInRoutesTest {

  @TempDir Path dir;

  @Test
  void theBuiltInRoutesAreTheShippedFolderFileForFile() throws IOException {
    try (Stream<Path> shipped = Files.list(Path.of("routes"))) {
      assertThat(shipped.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(BuiltInRoutes.FILES);
    }
    Path written = BuiltInRoutes.writeTo(dir.resolve("routes"));
    for (String name : BuiltInRoutes.FILES) {
      assertThat(Files.readString(written.resolve(name)))
          .as(name)
          .isEqualTo(Files.readString(Path.of("routes", name)));
    }
    RouteSet routes = RouteSet.read(written);
    assertThat(routes.problems()).isEmpty();
    assertThat(routes.version()).isEqualTo(RouteSet.read(Path.of("routes")).version());
  }
}
