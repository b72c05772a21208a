package org.escalationrouter.mime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Counts a multipart's delimiter lines in its raw bytes the way Jakarta Mail's {@code
 * MimeMultipart} finds them (a line that is {@code --boundary} and white space before the preamble
 * ends or a part's body; the lines of a part's header block are never delimiters; {@code
 * --boundary--} ends the parts; without a boundary parameter, the first line starting with {@code
 * --} that is not all dashes), in one pass that keeps at most one line's start and stops at the
 * first delimiter beyond the parts a walk may take.
 */
final class DelimiterScan {

  /** A boundary line longer than this, when the boundary must be guessed, is not followed. */
  private static final int GUESS_CAP = 64 * 1024;

  private static final int CHUNK = 8192;

  private enum State {
    PREAMBLE,
    HEADERS,
    BODY
  }

  /**
   * What the scan found.
   *
   * @param boundary the delimiter as found ({@code --} and the boundary), null when none was found
   * @param cutAt where the first delimiter line beyond {@code allowed} parts starts (its part has a
   *     header block), or -1 when the multipart has no more parts than that
   */
  record Found(byte[] boundary, long cutAt) {}

  private final InputStream in;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkLength;
  private int chunkPos;
  private long position;
  private byte[] boundary;
  private byte[] head;
  private int headLength;
  private int lineLength;
  private int trimmedLength;
  private boolean terminated;

  private DelimiterScan(InputStream in, byte[] boundary) {
    this.in = in;
    this.boundary = boundary;
    this.head = new byte[boundary == null ? GUESS_CAP : boundary.length + 2];
  }

  /**
   * Scans {@code raw}, the multipart's body, for the delimiters of {@code boundaryParameter} (null
   * when its Content-Type names none), until the delimiter that would start part {@code allowed +
   * 1}.
   */
  static Found scan(InputStream raw, String boundaryParameter, int allowed) throws IOException {
    byte[] boundary =
        boundaryParameter == null
            ? null
            : ("--" + boundaryParameter).getBytes(StandardCharsets.ISO_8859_1);
    return new DelimiterScan(raw, boundary).run(allowed);
  }

  private Found run(int allowed) throws IOException {
    State state = State.PREAMBLE;
    int delimiters = 0;
    long cutAt = -1;
    long start = position;
    while (readLine(state != State.BODY)) {
      switch (state) {
        case PREAMBLE -> {
          if (boundary == null && !guessBoundary()) {
            if (headLength == head.length && head[0] == '-' && head[1] == '-') {
              return new Found(null, -1); // too long to follow: Jakarta Mail decides alone
            }
            break;
          }
          if (isPreambleClose()) {
            return new Found(boundary, -1);
          }
          if (isPreambleDelimiter()) {
            delimiters++;
            state = State.HEADERS;
            cutAt = delimiters > allowed ? start : -1;
          }
        }
        case HEADERS -> {
          if (lineLength == 0) {
            if (cutAt >= 0) {
              return new Found(boundary, cutAt);
            }
            state = State.BODY;
          }
        }
        case BODY -> {
          if (isClose()) {
            return new Found(boundary, -1);
          }
          if (isDelimiter()) {
            delimiters++;
            state = State.HEADERS;
            cutAt = delimiters > allowed ? start : -1;
          }
        }
      }
      start = position;
    }
    // the end of the bytes: a part whose header block never ends is not a part
    return new Found(boundary, -1);
  }

  /** Jakarta Mail's guess: the first line of more than two characters starting with "--". */
  private boolean guessBoundary() {
    if (trimmedLength > head.length || trimmedLength <= 2 || head[0] != '-' || head[1] != '-') {
      return false;
    }
    if (trimmedLength > 4 && allDashes()) {
      return false;
    }
    boundary = Arrays.copyOf(head, trimmedLength);
    return true;
  }

  private boolean allDashes() {
    for (int i = 0; i < trimmedLength; i++) {
      if (head[i] != '-') {
        return false;
      }
    }
    return true;
  }

  // before the first part the trimmed line must be exactly the delimiter or the close delimiter
  private boolean isPreambleDelimiter() {
    return trimmedLength == boundary.length && startsWithBoundary();
  }

  private boolean isPreambleClose() {
    return trimmedLength == boundary.length + 2 && startsWithBoundary() && dashesAfterBoundary();
  }

  // in a body: the delimiter then only white space up to a line break
  private boolean isDelimiter() {
    return terminated && trimmedLength == boundary.length && startsWithBoundary();
  }

  // in a body: the delimiter and "--", whatever follows
  private boolean isClose() {
    return lineLength >= boundary.length + 2 && startsWithBoundary() && dashesAfterBoundary();
  }

  private boolean startsWithBoundary() {
    if (headLength < boundary.length) {
      return false;
    }
    return Arrays.equals(head, 0, boundary.length, boundary, 0, boundary.length);
  }

  private boolean dashesAfterBoundary() {
    return headLength >= boundary.length + 2
        && head[boundary.length] == '-'
        && head[boundary.length + 1] == '-';
  }

  /**
   * Reads the next line, keeping its first bytes, its length, and its length without trailing
   * spaces and tabs. A line ends at CR LF, LF or a lone CR; where Jakarta Mail reads lines (the
   * preamble and header blocks, {@code lineReader}) CR CR LF is one line break too.
   */
  private boolean readLine(boolean lineReader) throws IOException {
    headLength = 0;
    lineLength = 0;
    trimmedLength = 0;
    terminated = false;
    int b = next();
    if (b < 0) {
      return false;
    }
    while (b >= 0) {
      if (b == '\n') {
        terminated = true;
        return true;
      }
      if (b == '\r') {
        terminated = true;
        if (peek(0) == '\n') {
          next();
        } else if (lineReader && peek(0) == '\r' && peek(1) == '\n') {
          next();
          next();
        }
        return true;
      }
      if (headLength < head.length) {
        head[headLength++] = (byte) b;
      }
      lineLength++;
      if (b != ' ' && b != '\t') {
        trimmedLength = lineLength;
      }
      b = next();
    }
    return true;
  }

  private int next() throws IOException {
    if (!ensure(1)) {
      return -1;
    }
    position++;
    return chunk[chunkPos++] & 0xff;
  }

  /** The byte {@code ahead} bytes past the next one, not read yet; -1 past the end. */
  private int peek(int ahead) throws IOException {
    return ensure(ahead + 1) ? chunk[chunkPos + ahead] & 0xff : -1;
  }

  // at least n bytes not read yet in the chunk, unless the bytes end first
  private boolean ensure(int n) throws IOException {
    if (chunkLength - chunkPos >= n) {
      return true;
    }
    int left = chunkLength - chunkPos;
    System.arraycopy(chunk, chunkPos, chunk, 0, left);
    chunkPos = 0;
    chunkLength = left;
    while (chunkLength < n) {
      int read = in.read(chunk, chunkLength, CHUNK - chunkLength);
      if (read <= 0) {
        return false;
      }
      chunkLength += read;
    }
    return true;
  }
}
