package org.escalationrouter.trust;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a reply really comes from the address in its From header. Only a header written by one of
 * the operator's trusted mail servers counts, and the topmost such header decides: receiving
 * servers add theirs on top, and one that follows RFC 8601 section 5 removes copies claiming its
 * own name that arrived with the message. DKIM ({@code header.d}, or {@code header.i}) or SPF
 * ({@code smtp.mailfrom}) must have passed for the address's domain or a parent of it.
 */
@Component
public class SenderProof {

  /** The answer, with a reason fit for the case's timeline. */
  public record Proof(boolean proven, String reason) {}

  private final ReplySettings settings;

  SenderProof(ReplySettings settings) {
    this.settings = settings;
  }

  /**
   * @param address the From address the reply claims
   * @param authenticationResults the message's {@code Authentication-Results} headers, top first
   */
  public Proof of(String address, List<String> authenticationResults) {
    Optional<String> domain = domainOf(address);
    if (domain.isEmpty()) {
      return new Proof(false, "no usable From address");
    }
    Optional<AuthenticationResults> trusted =
        authenticationResults.stream()
            .map(AuthenticationResults::parse)
            .filter(h -> settings.trustedHosts().contains(h.authservId()))
            .findFirst();
    if (trusted.isPresent()) {
      Optional<String> passed =
          trusted.get().results().stream()
              .filter(r -> r.result().equals("pass"))
              .filter(r -> aligned(authenticatedDomain(r), domain.get()))
              .map(r -> r.method() + "=pass from " + trusted.get().authservId())
              .findFirst();
      if (passed.isPresent()) {
        return new Proof(true, passed.get());
      }
    }
    if (settings.acceptUnauthenticated()) {
      return new Proof(true, "unauthenticated replies accepted (escalation.replies)");
    }
    return new Proof(
        false,
        trusted.isEmpty()
            ? "no Authentication-Results from a trusted host"
            : "neither DKIM nor SPF passed for " + domain.get());
  }

  /** The {@code Authentication-Results} headers of a raw message, top first; none if unreadable. */
  public static List<String> authenticationResults(byte[] raw) {
    if (raw == null) {
      return List.of();
    }
    try {
      String[] values =
          new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Authentication-Results");
      return values == null ? List.of() : List.of(values);
    } catch (MessagingException e) {
      return List.of();
    }
  }

  private static Optional<String> authenticatedDomain(AuthenticationResults.Result r) {
    String value =
        switch (r.method()) {
          case "dkim" -> r.properties().getOrDefault("header.d", r.properties().get("header.i"));
          case "spf" -> r.properties().get("smtp.mailfrom");
          default -> null;
        };
    return value == null ? Optional.empty() : Optional.of(value.substring(value.indexOf('@') + 1));
  }

  /** The authenticated domain is the address's domain or one of its parents. */
  private static boolean aligned(Optional<String> authenticated, String domain) {
    return authenticated
        .filter(d -> domain.equals(d) || (d.contains(".") && domain.endsWith("." + d)))
        .isPresent();
  }

  private static Optional<String> domainOf(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String a = address.trim();
    int lt = a.lastIndexOf('<');
    if (lt >= 0 && a.endsWith(">")) {
      a = a.substring(lt + 1, a.length() - 1);
    }
    int at = a.lastIndexOf('@');
    return at < 0 || at == a.length() - 1
        ? Optional.empty()
        : Optional.of(a.substring(at + 1).toLowerCase(Locale.ROOT));
  }
}
