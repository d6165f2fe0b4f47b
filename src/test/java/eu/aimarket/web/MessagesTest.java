package eu.aimarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the pages exists in every language, and no translation names a key too many. */
class MessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr"})
  void everyKeyIsTranslated(String language) throws IOException {
    Set<String> keys =
        Arrays.stream(Messages.class.getDeclaredMethods())
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    Properties translated = load(language);
    Set<String> missing = new TreeSet<>(keys);
    missing.removeAll(translated.stringPropertyNames());
    Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
    unknown.removeAll(keys);
    assertEquals(Set.of(), missing, "keys missing in msg_" + language);
    assertEquals(Set.of(), unknown, "keys in msg_" + language + " that Messages does not have");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr"})
  void enumTranslationsNameEveryConstantOfTheirEnum(String language) throws IOException {
    Properties translated = load(language);
    for (Method method : Messages.class.getDeclaredMethods()) {
      for (Class<?> parameter : method.getParameterTypes()) {
        if (parameter.isEnum()) {
          String template = translated.getProperty(method.getName());
          for (Object constant : parameter.getEnumConstants()) {
            assertTrue(
                template.contains("{#is " + ((Enum<?>) constant).name() + "}"),
                method.getName() + " in msg_" + language + " does not name " + constant);
          }
        }
      }
    }
  }

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
