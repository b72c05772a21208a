package org.escalationrouter.mailauth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Google service account's JSON key file ({@code client_email}, {@code private_key}, {@code
 * token_uri}), and the RS256-signed assertion of the JWT bearer grant (RFC 7523) made with it: the
 * service account ({@code iss}) acting as a mailbox user ({@code sub}) by domain-wide delegation.
 */
final class ServiceAccountKey {

  /** Google accepts assertions valid for one hour at most. */
  static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String WHAT = "service account key file";

  private final String clientEmail;
  private final String tokenUri;
  private final NimbusJwtEncoder encoder;

  private ServiceAccountKey(String clientEmail, String tokenUri, RSAKey key) {
    this.clientEmail = clientEmail;
    this.tokenUri = tokenUri;
    this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
  }

  /** Reads {@code file}; a missing or malformed one fails naming the file, never its content. */
  static ServiceAccountKey read(String file) {
    JsonNode json;
    try {
      json = JSON.readTree(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new KeyFileException(WHAT, file, "no such file");
    } catch (IOException e) {
      throw new KeyFileException(WHAT, file, "not readable (" + e.getClass().getSimpleName() + ")");
    } catch (JacksonException e) {
      throw new KeyFileException(WHAT, file, "not JSON");
    }
    String clientEmail = text(json, "client_email", file);
    String privateKey = text(json, "private_key", file);
    String tokenUri = text(json, "token_uri", file);
    String keyId = json.path("private_key_id").asString(null);
    return new ServiceAccountKey(clientEmail, tokenUri, rsaKey(privateKey, keyId, file));
  }

  private static String text(JsonNode json, String field, String file) {
    String value = json.path(field).asString(null);
    if (value == null || value.isBlank()) {
      throw new KeyFileException(
          WHAT, file, "no " + field + " (is it the JSON key of a service account?)");
    }
    return value;
  }

  private static RSAKey rsaKey(String pem, String keyId, String file) {
    try {
      byte[] pkcs8 =
          PemBlocks.parse(pem)
              .first("PRIVATE KEY")
              .orElseThrow(() -> new KeyFileException(WHAT, file, "private_key is not a PEM key"));
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
      return new RSAKey.Builder(publicKey)
          .privateKey(key)
          .keyID(keyId)
          .keyUse(KeyUse.SIGNATURE)
          .build();
    } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
      throw new KeyFileException(WHAT, file, "private_key is not a PKCS#8 RSA key");
    }
  }

  String clientEmail() {
    return clientEmail;
  }

  String tokenUri() {
    return tokenUri;
  }

  /** The assertion for acting as {@code subject} with {@code scope}, issued {@code now}. */
  Jwt assertion(String subject, String scope, Instant now) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(clientEmail)
            .subject(subject)
            .audience(List.of(tokenUri))
            .claim("scope", scope)
            .issuedAt(now)
            .expiresAt(now.plus(ASSERTION_LIFETIME))
            .build();
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
    return encoder.encode(JwtEncoderParameters.from(header, claims));
  }

  @Override
  public String toString() {
    return "service account " + clientEmail; // never the key
  }
}
