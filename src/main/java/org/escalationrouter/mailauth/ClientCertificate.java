package org.escalationrouter.mailauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Collections;

/**
 * An application's certificate and private key for {@code private_key_jwt} client authentication
 * (Microsoft Entra ID's certificate credentials): a PEM file with the certificate and an
 * unencrypted PKCS#8 key, or a PKCS#12 file with its password. The signing key carries the
 * certificate, so Spring Security's assertion names it in the {@code x5t#S256} header.
 */
final class ClientCertificate {

  private static final String WHAT = "client certificate file";

  private ClientCertificate() {}

  /** The signing key of {@code file}; a missing or malformed one fails naming the file only. */
  static RSAKey read(String file, String password) {
    byte[] content;
    try {
      content = Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new KeyFileException(WHAT, file, "no such file");
    } catch (IOException e) {
      throw new KeyFileException(WHAT, file, "not readable (" + e.getClass().getSimpleName() + ")");
    }
    String text = new String(content, StandardCharsets.US_ASCII);
    return PemBlocks.looksLikePem(text) ? fromPem(text, file) : fromPkcs12(content, password, file);
  }

  private static RSAKey fromPem(String text, String file) {
    PemBlocks pem;
    try {
      pem = PemBlocks.parse(text);
    } catch (IllegalArgumentException e) {
      throw new KeyFileException(WHAT, file, e.getMessage());
    }
    if (pem.has("ENCRYPTED PRIVATE KEY") || pem.has("RSA PRIVATE KEY")) {
      throw new KeyFileException(
          WHAT,
          file,
          "the key must be an unencrypted PKCS#8 'BEGIN PRIVATE KEY' block"
              + " (openssl pkcs8 -topk8 -nocrypt), or use a PKCS#12 file with a password");
    }
    byte[] certificate =
        pem.first("CERTIFICATE")
            .orElseThrow(() -> new KeyFileException(WHAT, file, "no CERTIFICATE block"));
    byte[] key =
        pem.first("PRIVATE KEY")
            .orElseThrow(() -> new KeyFileException(WHAT, file, "no PRIVATE KEY block"));
    try {
      X509Certificate cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(certificate));
      PrivateKey privateKey =
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key));
      return signingKey(cert, privateKey, file);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KeyFileException(WHAT, file, "not an X.509 certificate and RSA key in PKCS#8");
    }
  }

  private static RSAKey fromPkcs12(byte[] content, String password, String file) {
    if (password == null) {
      throw new KeyFileException(
          WHAT, file, "not PEM, and no client-certificate-password for PKCS#12 is given");
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(content), password.toCharArray());
      for (String alias : Collections.list(store.aliases())) {
        Key key = store.getKey(alias, password.toCharArray());
        Certificate cert = store.getCertificate(alias);
        if (key instanceof PrivateKey privateKey && cert instanceof X509Certificate x509) {
          return signingKey(x509, privateKey, file);
        }
      }
      throw new KeyFileException(WHAT, file, "no private key with a certificate in it");
    } catch (IOException e) {
      // a wrong password surfaces here, as does a file that is not PKCS#12
      throw new KeyFileException(WHAT, file, "not PKCS#12, or the password is wrong");
    } catch (GeneralSecurityException e) {
      throw new KeyFileException(
          WHAT, file, "its key cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static RSAKey signingKey(X509Certificate cert, PrivateKey key, String file) {
    if (!(cert.getPublicKey() instanceof RSAPublicKey publicKey)
        || !(key instanceof RSAPrivateKey rsaKey)
        || !publicKey.getModulus().equals(rsaKey.getModulus())) {
      throw new KeyFileException(WHAT, file, "the key is not the RSA key of the certificate");
    }
    try {
      // from the certificate: x5c and x5t#S256
      return new RSAKey.Builder(RSAKey.parse(cert))
          .privateKey(rsaKey)
          .keyUse(KeyUse.SIGNATURE)
          .build();
    } catch (JOSEException e) {
      throw new KeyFileException(
          WHAT, file, "the certificate cannot be used (" + e.getMessage() + ")");
    }
  }
}
