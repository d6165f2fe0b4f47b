package eu.aimarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageResolutionTest {

  @ParameterizedTest
  @CsvSource({
    "'fr-CA,fr;q=0.9,en;q=0.8', fr",
    "'de-AT', de",
    "'en-US,de;q=0.5', en",
    "'it,es', en",
    "'', en",
    "'*;q=0.1', en",
    "'not a header;;;q=x', en"
  })
  void theBestSupportedMatchOfAcceptLanguageWins(String header, String expected) {
    assertEquals(expected, Language.fromAcceptLanguage(header));
  }

  @ParameterizedTest
  @CsvSource({
    "/catalogue, /catalogue",
    "/catalogue?lang=de, /catalogue",
    "/catalogue?q=x&lang=de&page=2, /catalogue?q=x&page=2",
    "/catalogue?language=de, /catalogue?language=de"
  })
  void theSwitcherDropsAnEarlierLanguageParameterFromTheWayBack(String uri, String expected) {
    assertEquals(expected, Language.withoutLanguageParameter(uri));
  }

  @ParameterizedTest
  @CsvSource({
    "/catalogue?q=x, /catalogue?q=x",
    "https://elsewhere.example/, /",
    "//elsewhere.example, /",
    "javascript:alert(1), /",
    "'/\\\\elsewhere', /"
  })
  void theSwitcherOnlyGoesBackToThisSite(String next, String expected) {
    assertEquals(expected, LanguageSwitch.sameSiteTarget(next));
  }
}
