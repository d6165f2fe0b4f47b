package eu.aimarket.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where sign-in leads: only ever to a path on this site. */
class AccountPagesTargetTest {

  @ParameterizedTest
  @CsvSource({
    "/catalogue, /catalogue",
    "/offerings/42?tab=claims, /offerings/42?tab=claims",
    "/, /",
    "/dashboard#organisations, /dashboard#organisations"
  })
  void keepsLocalPaths(String next, String expected) {
    assertEquals(expected, AccountPages.localTarget(next));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "catalogue",
        "/catalogue\r\nSet-Cookie: x=1",
        " /catalogue"
      })
  void sendsEverythingElseToTheDashboard(String next) {
    assertEquals("/dashboard", AccountPages.localTarget(next));
  }
}
