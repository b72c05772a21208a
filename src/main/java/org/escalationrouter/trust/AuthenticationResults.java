package org.escalationrouter.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code Authentication-Results} header (RFC 8601): the host that checked the message and what
 * each method found, e.g. {@code mx.example.com; dkim=pass header.d=example.com; spf=fail}.
 *
 * @param authservId who wrote the header, lower case
 * @param results one entry per method, in order
 */
record AuthenticationResults(String authservId, List<Result> results) {

  /** One method's outcome: {@code dkim=pass header.d=example.com}. */
  record Result(String method, String result, Map<String, String> properties) {}

  static AuthenticationResults parse(String header) {
    String[] parts = withoutComments(header.replaceAll("\\s+", " ")).split(";");
    String[] id = parts[0].trim().split(" ");
    List<Result> results = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      result(parts[i]).ifPresent(results::add);
    }
    return new AuthenticationResults(id[0].toLowerCase(Locale.ROOT), List.copyOf(results));
  }

  private static java.util.Optional<Result> result(String resinfo) {
    String[] tokens = resinfo.trim().split(" ");
    int eq = tokens[0].indexOf('=');
    if (eq <= 0) {
      return java.util.Optional.empty();
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (int t = 1; t < tokens.length; t++) {
      int at = tokens[t].indexOf('=');
      if (at > 0) {
        properties.put(
            tokens[t].substring(0, at).toLowerCase(Locale.ROOT),
            unquoted(tokens[t].substring(at + 1)).toLowerCase(Locale.ROOT));
      }
    }
    return java.util.Optional.of(
        new Result(
            tokens[0].substring(0, eq).toLowerCase(Locale.ROOT),
            tokens[0].substring(eq + 1).toLowerCase(Locale.ROOT),
            properties));
  }

  /** Comments in parentheses, which may nest, are dropped; a lone ")" is kept as text. */
  private static String withoutComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String unquoted(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
