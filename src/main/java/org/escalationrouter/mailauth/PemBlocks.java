package org.escalationrouter.mailauth;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of a PEM text ({@code -----BEGIN CERTIFICATE-----} …): their type and DER bytes. A
 * file may hold a certificate and its key one after the other; text between blocks is ignored.
 */
record PemBlocks(List<Block> blocks) {

  record Block(String type, byte[] der) {}

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

  static boolean looksLikePem(String text) {
    return text.contains("-----BEGIN ");
  }

  /** The blocks of {@code text}; one that is not Base64 fails without echoing it. */
  static PemBlocks parse(String text) {
    List<Block> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      try {
        found.add(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("its " + m.group(1) + " block is not valid Base64");
      }
    }
    return new PemBlocks(List.copyOf(found));
  }

  Optional<byte[]> first(String type) {
    return blocks.stream().filter(b -> b.type().equals(type)).map(Block::der).findFirst();
  }

  boolean has(String type) {
    return first(type).isPresent();
  }
}
