package dev.groundwork.constructs.compute;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether an environment variable's name suggests it carries a secret, so a literal value
 * is refused and the user is pointed to {@link ContainerOptions#secrets()}.
 *
 * <p>Matches whole words of the name ({@code DB_PASSWORD}, {@code apiKey}, {@code GITHUB_TOKEN}),
 * not substrings ({@code MONKEY_COUNT} is fine), and lets names that only refer to a secret pass
 * ({@code DB_SECRET_ARN}, {@code SIGNING_KEY_ID}, {@code TOKEN_URL}).
 */
final class SecretLikeNames {
  private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PWD", "PASSPHRASE",
      "SECRET", "SECRETS", "TOKEN", "TOKENS", "KEY", "KEYS", "APIKEY", "CREDENTIAL", "CREDENTIALS");
  private static final Set<String> REFERENCE_WORDS =
      ImmutableSet.of("ARN", "ID", "NAME", "PATH", "URL", "URI", "ENDPOINT", "REGION", "FILE");

  private SecretLikeNames() {}

  static boolean looksSecret(String name) {
    List<String> words = Arrays.stream(
            name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> w.toUpperCase(Locale.ROOT))
        .toList();
    if (words.isEmpty() || REFERENCE_WORDS.contains(words.get(words.size() - 1))) {
      return false;
    }
    return words.stream().anyMatch(SECRET_WORDS::contains);
  }
}
