package org.escalationrouter.trust;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which replies by e-mail may act for an executive ({@code escalation.replies.*}).
 *
 * @param trustedHosts the authserv-ids (host names) of the operator's own mail servers whose {@code
 *     Authentication-Results} headers are believed, e.g. {@code mx1.example.com}
 * @param acceptUnauthenticated for local and demo setups only: the From address alone is enough.
 *     Off by default; the embedded demo mail server turns it on.
 */
@ConfigurationProperties("escalation.replies")
record ReplySettings(
    List<String> trustedHosts, @DefaultValue("false") boolean acceptUnauthenticated) {

  ReplySettings {
    trustedHosts =
        trustedHosts == null
            ? List.of()
            : trustedHosts.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .toList();
  }
}
