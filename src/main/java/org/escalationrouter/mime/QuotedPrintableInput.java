package org.escalationrouter.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * A quoted-printable body decoded in a loop (RFC 2045 6.7), leniently: a soft line break ({@code =}
 * before the line's end, trailing blanks allowed) is dropped, {@code =XX} becomes its byte, and an
 * {@code =} that starts neither is kept as it is. Angus Mail's decoder calls itself once per soft
 * line break, so a body of a few thousand breaks overflows the stack; this one does not recurse.
 */
final class QuotedPrintableInput extends InputStream {

  /** The most blanks read after an {@code =} while looking for the line's end. */
  private static final int MAX_BLANKS = 76;

  private final PushbackInputStream in;

  QuotedPrintableInput(InputStream raw) {
    this.in = new PushbackInputStream(raw, MAX_BLANKS + 2);
  }

  @Override
  public int read() throws IOException {
    while (true) {
      int c = in.read();
      if (c != '=') {
        return c;
      }
      int a = in.read();
      if (a == '\n') {
        continue; // soft line break
      }
      if (a == '\r') {
        int b = in.read();
        if (b != '\n' && b != -1) {
          in.unread(b);
        }
        continue; // soft line break, a bare CR one too
      }
      if (a == ' ' || a == '\t') {
        if (softBreakAfterBlanks(a)) {
          continue;
        }
        return '=';
      }
      int b = a == -1 ? -1 : in.read();
      int hi = Character.digit(a, 16);
      int lo = b == -1 ? -1 : Character.digit(b, 16);
      if (hi >= 0 && lo >= 0) {
        return hi << 4 | lo;
      }
      if (b != -1) {
        in.unread(b);
      }
      if (a != -1) {
        in.unread(a);
      }
      return '=';
    }
  }

  /**
   * After "= " the blanks run to the line's end: a soft line break with trailing blanks, consumed.
   * Otherwise everything read is put back and the {@code =} stands for itself.
   */
  private boolean softBreakAfterBlanks(int first) throws IOException {
    byte[] seen = new byte[MAX_BLANKS + 1];
    int n = 0;
    seen[n++] = (byte) first;
    int c = in.read();
    while ((c == ' ' || c == '\t') && n < MAX_BLANKS) {
      seen[n++] = (byte) c;
      c = in.read();
    }
    if (c == '\n' || c == -1) {
      return true;
    }
    if (c == '\r') {
      int d = in.read();
      if (d != '\n' && d != -1) {
        in.unread(d);
      }
      return true;
    }
    in.unread(c);
    in.unread(seen, 0, n);
    return false;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      int c = read();
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      b[off + n++] = (byte) c;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
