package org.escalationrouter.mailauth;

/**
 * A key or certificate file that cannot be used: missing, unreadable or malformed. The message
 * names the file and what is wrong with it, never its content.
 */
final class KeyFileException extends RuntimeException {

  KeyFileException(String what, String file, String problem) {
    super("cannot use the " + what + " " + file + ": " + problem);
  }
}
