package eu.aimarket.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the application reads in the prod profile, taken from {@code
 * application.properties}: every {@code ${NAME}} or {@code ${NAME:default}} in a value that is in
 * force in prod (a {@code %prod.} key, or an unprofiled key that no {@code %prod.} key overrides).
 * Deployment files are checked against this set, so a new variable cannot be forgotten in them.
 */
final class ProdEnvironment {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
  private static final String PROFILE = "prod";

  private ProdEnvironment() {}

  static Set<String> variables() {
    Properties properties = load();
    Set<String> variables = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      if (inForceInProd(key, properties)) {
        Matcher reference = REFERENCE.matcher(properties.getProperty(key));
        while (reference.find()) {
          variables.add(reference.group(1));
        }
      }
    }
    return variables;
  }

  /** The value a key has in prod, as written (placeholders unresolved), or null. */
  static String property(String key) {
    Properties properties = load();
    String prod = properties.getProperty("%" + PROFILE + "." + key);
    return prod != null ? prod : properties.getProperty(key);
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(ProjectFiles.path("src/main/resources/application.properties"))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static boolean inForceInProd(String key, Properties properties) {
    if (!key.startsWith("%")) {
      return properties.getProperty("%" + PROFILE + "." + key) == null;
    }
    int dot = key.indexOf('.');
    if (dot < 0) {
      return false;
    }
    for (String profile : key.substring(1, dot).split(",")) {
      if (profile.trim().equals(PROFILE)) {
        return true;
      }
    }
    return false;
  }
}
