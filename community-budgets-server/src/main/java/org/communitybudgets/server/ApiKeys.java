package org.communitybudgets.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients that call with an API key, found by the SHA-256 of the key they send. The service
 * keeps only the hashes: a key is random (32 bytes, as {@link #newKey} makes one), so its hash
 * cannot be turned back into it, and a lookup by hash takes the same time whatever key is sent.
 */
final class ApiKeys {
  private final Map<String, ServiceSettings.Client> byHash = new ConcurrentHashMap<>();

  ApiKeys(List<ServiceSettings.Client> clients) {
    for (ServiceSettings.Client c : clients) {
      if (c.name() == null || c.name().isBlank()) {
        throw new IllegalArgumentException("community-budgets.security.clients: a client has no name");
      }
      for (String h : c.keyHashes()) {
        String hash = h.strip().toLowerCase(Locale.ROOT);
        if (!hash.matches("[0-9a-f]{64}")) {
          throw new IllegalArgumentException("community-budgets.security.clients: a key hash of client '" + c.name()
              + "' is not the 64 hex digits of a SHA-256");
        }
        ServiceSettings.Client before = byHash.put(hash, c);
        if (before != null && before != c) {
          throw new IllegalArgumentException("community-budgets.security.clients: clients '" + before.name() + "' and '" + c.name()
              + "' have the same key hash");
        }
      }
    }
  }

  /** Adds a client. */
  void add(ServiceSettings.Client client) {
    client.keyHashes().forEach(h -> byHash.put(h, client));
  }

  /** The client whose key this is. */
  Optional<ServiceSettings.Client> client(String key) {
    return Optional.ofNullable(byHash.get(hash(key)));
  }

  /** The SHA-256 of a key, in hex: what the configuration keeps of it. */
  static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new random key: 32 bytes, base64url, prefixed {@code cb_}. */
  static String newKey() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return "cb_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
