package org.escalationrouter.adminfiles;

/**
 * Something wrong in an admin's file, located so they can fix it.
 *
 * @param endpoint true when only one endpoint of a rule cannot be made (unknown component or
 *     option, unresolved placeholder): the rest of the file can still run without that rule
 */
public record Problem(String file, int line, String message, boolean endpoint) {

  public Problem(String file, int line, String message) {
    this(file, line, message, false);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
