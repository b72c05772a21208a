package org.escalationrouter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Keys and certificates that a test makes for itself: RSA key pairs, Google service account key
 * files, and self-signed certificates (made by the JDK's keytool) as PKCS#12 and as PEM.
 */
public final class TestKeys {

  /** A certificate with its key, in a PKCS#12 file (with {@code password}) and a PEM file. */
  public record Certificate(X509Certificate certificate, Path pkcs12, String password, Path pem) {}

  private TestKeys() {}

  public static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /** The JSON key file Google gives for a service account, signing with {@code keys}. */
  public static Path serviceAccountKeyFile(
      Path dir, String clientEmail, KeyPair keys, String tokenUri) throws IOException {
    String privateKey = pem("PRIVATE KEY", keys.getPrivate().getEncoded()).replace("\n", "\\n");
    Path file = dir.resolve(clientEmail.replace('@', '_') + ".json");
    Files.writeString(
        file,
        "{\n  \"type\": \"service_account\",\n  \"project_id\": \"escalation-test\",\n"
            + "  \"private_key_id\": \"k-"
            + Integer.toHexString(keys.getPublic().hashCode())
            + "\",\n  \"private_key\": \""
            + privateKey
            + "\",\n  \"client_email\": \""
            + clientEmail
            + "\",\n  \"client_id\": \"1234567890\",\n  \"token_uri\": \""
            + tokenUri
            + "\"\n}\n");
    return file;
  }

  /** A self-signed certificate for {@code name}, valid two days, made by keytool. */
  public static Certificate selfSigned(Path dir, String name, String password)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path pkcs12 = dir.resolve(name + ".p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                name,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-sigalg",
                "SHA256withRSA",
                "-dname",
                "CN=" + name,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                pkcs12.toString(),
                "-storepass",
                password)
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(pkcs12)) {
      store.load(in, password.toCharArray());
    }
    X509Certificate certificate = (X509Certificate) store.getCertificate(name);
    PrivateKey key = (PrivateKey) store.getKey(name, password.toCharArray());
    Path pem = dir.resolve(name + ".pem");
    Files.writeString(
        pem, pem("CERTIFICATE", certificate.getEncoded()) + pem("PRIVATE KEY", key.getEncoded()));
    return new Certificate(certificate, pkcs12, password, pem);
  }
}
