package eu.aimarket.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${NAME}} placeholders of a Keycloak realm file, which Keycloak fills from environment
 * variables while it imports the realm (the operator sets them from Secrets).
 */
final class RealmPlaceholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(:[^}]*)?}");

  private RealmPlaceholders() {}

  /** Names of the placeholders without a default, anywhere in the realm. */
  static Set<String> in(JsonNode realm) {
    Set<String> names = new TreeSet<>();
    collect(realm, names);
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isTextual()) {
      Matcher matcher = PLACEHOLDER.matcher(node.asText());
      while (matcher.find()) {
        if (matcher.group(2) == null) {
          names.add(matcher.group(1));
        }
      }
    }
    node.forEach(child -> collect(child, names));
  }
}
