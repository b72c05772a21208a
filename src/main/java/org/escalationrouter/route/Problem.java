package org.escalationrouter.route;

/** Something wrong in an admin's file, located so they can fix it. */
public record Problem(String file, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
