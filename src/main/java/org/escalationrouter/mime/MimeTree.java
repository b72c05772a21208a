package org.escalationrouter.mime;

import jakarta.mail.Part;

/**
 * The one walk over a message's parts: every feature that looks inside a message (the letter
 * parser, delivery notices, the case page's list of files) reads its parts through the {@link
 * MimePart} this returns, so they agree on what each part is and share the limits of {@link
 * MimeLimits}.
 */
public final class MimeTree {

  private MimeTree() {}

  /** The message (or part) as the root of a walk with the default limits. */
  public static MimePart of(Part message) {
    return of(message, MimeLimits.DEFAULT);
  }

  /** The message (or part) as the root of a walk bounded by {@code limits}. */
  public static MimePart of(Part message, MimeLimits limits) {
    return MimePart.root(message, limits);
  }
}
