package eu.aimarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.matching.web.MatchMessages;
import eu.aimarket.tender.web.TenderMessages;
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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text of the pages exists in every language, and no translation names a key too many. */
class MessagesTest {

  /** Each bundle of the pages with the prefix of its translation files. */
  static Stream<Arguments> bundles() {
    return Stream.of("de", "fr")
        .flatMap(
            language ->
                Stream.of(
                    Arguments.of(Messages.class, "msg", language),
                    Arguments.of(MatchMessages.class, "match", language),
                    Arguments.of(TenderMessages.class, "tender", language)));
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyKeyIsTranslated(Class<?> bundle, String name, String language) throws IOException {
    Set<String> keys =
        Arrays.stream(bundle.getDeclaredMethods())
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    Properties translated = load(name, language);
    Set<String> missing = new TreeSet<>(keys);
    missing.removeAll(translated.stringPropertyNames());
    Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
    unknown.removeAll(keys);
    assertEquals(Set.of(), missing, "keys missing in " + name + "_" + language);
    assertEquals(
        Set.of(), unknown, "keys in " + name + "_" + language + " that the bundle does not have");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void enumTranslationsNameEveryConstantOfTheirEnum(Class<?> bundle, String name, String language)
      throws IOException {
    Properties translated = load(name, language);
    for (Method method : bundle.getDeclaredMethods()) {
      for (Class<?> parameter : method.getParameterTypes()) {
        if (parameter.isEnum()) {
          String template = translated.getProperty(method.getName());
          for (Object constant : parameter.getEnumConstants()) {
            assertTrue(
                template.contains("{#is " + ((Enum<?>) constant).name() + "}"),
                method.getName() + " in " + name + "_" + language + " does not name " + constant);
          }
        }
      }
    }
  }

  private static Properties load(String name, String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/messages/" + name + "_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
