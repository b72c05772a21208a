package org.escalationrouter.route;

import java.nio.file.Path;

/** The daemon was started where its routes folder is not: it cannot route, so it does not start. */
public final class RoutesFolderMissing extends IllegalStateException {

  private final Path folder;

  public RoutesFolderMissing(Path folder) {
    super("routes folder not found: " + folder.toAbsolutePath());
    this.folder = folder.toAbsolutePath();
  }

  Path folder() {
    return folder;
  }
}
