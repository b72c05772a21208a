package org.escalationrouter.parse;

import jakarta.mail.Multipart;
import org.escalationrouter.mime.MimeMessages;
import org.escalationrouter.mime.MimeTree;

/**
 * Milliseconds to read a letter of many tiny parts (bench/mime-bomb.sh): Jakarta Mail splitting
 * every part, as the walk used to have it do, beside the bounded walk and the whole parse now.
 * Usage: ManyPartsBench [parts, default 20000] [runs, default 3]
 */
final class ManyPartsBench {

  private ManyPartsBench() {}

  public static void main(String[] args) throws Exception {
    int parts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    byte[] raw = HostileFiles.manyParts(parts);
    LetterParser parser = LetterParser.withDefaults();
    System.out.printf("%d parts, %d bytes, best of %d runs%n", parts, raw.length, runs);
    long split = Long.MAX_VALUE;
    long walk = Long.MAX_VALUE;
    long parse = Long.MAX_VALUE;
    int splitCount = 0;
    int walked = 0;
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      splitCount = ((Multipart) MimeMessages.read(raw).getContent()).getCount();
      long t1 = System.nanoTime();
      walked = MimeTree.of(MimeMessages.read(raw)).flatten(true).size();
      long t2 = System.nanoTime();
      parser.parse(raw, "bomb.eml");
      long t3 = System.nanoTime();
      split = Math.min(split, t1 - t0);
      walk = Math.min(walk, t2 - t1);
      parse = Math.min(parse, t3 - t2);
    }
    System.out.printf(
        "  before: Jakarta Mail splits every part  %7d ms (%d parts)%n",
        split / 1_000_000, splitCount);
    System.out.printf(
        "  after:  MimeTree walk, bounded          %7d ms (%d parts)%n", walk / 1_000_000, walked);
    System.out.printf("  after:  LetterParser.parse              %7d ms%n", parse / 1_000_000);
  }
}
