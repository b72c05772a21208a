package org.escalationrouter.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Parses the files named on the command line and prints one line per file; run by {@link
 * LimitsInSmallHeapTest} in a JVM with a small heap. Exit 3 on OutOfMemoryError.
 */
public final class SmallHeapParse {

  private SmallHeapParse() {}

  public static void main(String[] args) throws Exception {
    LetterParser parser = LetterParser.withDefaults();
    for (String file : args) {
      try {
        Letter letter = parser.parse(Files.readAllBytes(Path.of(file)), file);
        int chars = letter.parts().stream().mapToInt(p -> p.text().length()).sum();
        TreeSet<String> flags = new TreeSet<>();
        letter.flags().forEach(f -> flags.add(f.name()));
        System.out.println(
            "PARSED " + Path.of(file).getFileName() + " chars=" + chars + " flags=" + flags);
      } catch (OutOfMemoryError e) {
        System.out.println("OOM " + file);
        System.exit(3);
      }
    }
    System.exit(0);
  }
}
