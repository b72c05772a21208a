package org.escalationrouter.parse;

import java.util.Set;

/**
 * An attachment as found: its name, the type detected from its content, and what became of it.
 *
 * @param path nesting path, e.g. {@code fwd.eml/letter.pdf}
 */
public record AttachmentInfo(
    String name, String path, String mediaType, long size, int textLength, Set<LetterFlag> flags) {

  public AttachmentInfo {
    flags = Set.copyOf(flags);
  }
}
