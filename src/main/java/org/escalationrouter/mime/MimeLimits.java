package org.escalationrouter.mime;

/**
 * How far a walk over one message goes: the strictest bounds the readers of parts kept before they
 * shared one walker. A part nested deeper than {@code maxDepth} levels, or beyond the {@code
 * maxParts}th of a message, is not read; its parent says so ({@link MimePart#omission()}).
 *
 * @param maxDepth levels of multiparts and attached messages below the message itself
 * @param maxParts parts of one message, the message itself included
 */
public record MimeLimits(int maxDepth, int maxParts) {

  /** Delivery notices and the case page stopped at 8 levels; the letter parser had no bound. */
  public static final int MAX_DEPTH = 8;

  /** The letter parser's default part budget ({@code escalation.parse.max-parts}). */
  public static final int DEFAULT_MAX_PARTS = 200;

  public static final MimeLimits DEFAULT = new MimeLimits(MAX_DEPTH, DEFAULT_MAX_PARTS);

  public MimeLimits {
    maxDepth = maxDepth > 0 ? Math.min(maxDepth, MAX_DEPTH) : MAX_DEPTH;
    maxParts = maxParts > 0 ? maxParts : DEFAULT_MAX_PARTS;
  }

  /** The default depth with another part budget (the parser's, which its settings may change). */
  public static MimeLimits withMaxParts(int maxParts) {
    return new MimeLimits(MAX_DEPTH, maxParts);
  }
}
