package org.escalationrouter.parse;

/**
 * Where a reader stands in a letter: the source and path prefixes of what it finds, how deep it is
 * inside attached messages, and the kind its new text takes (NEW_TEXT only for the letter itself;
 * an attached message's own words are ATTACHMENT text).
 */
record Nest(String sourcePrefix, String pathPrefix, int depth, TextPart.Kind newKind) {

  static final Nest TOP = new Nest("", "", 0, TextPart.Kind.NEW_TEXT);

  boolean isTop() {
    return depth == 0;
  }

  String bodySource() {
    return sourcePrefix + "body";
  }

  String attachmentSource(String name) {
    return sourcePrefix + "attachment:" + name;
  }

  String path(String name) {
    return pathPrefix + name;
  }

  Nest child(String name) {
    return new Nest(
        attachmentSource(name) + "/", path(name) + "/", depth + 1, TextPart.Kind.ATTACHMENT);
  }
}
