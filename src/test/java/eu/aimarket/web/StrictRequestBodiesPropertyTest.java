package eu.aimarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.aimarket.common.DomainException;
import eu.aimarket.testsupport.HostileText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The UTF-8 check of request bodies: whatever text is encoded as UTF-8 passes, and any body with a
 * sequence that is not UTF-8 (overlong, an encoded surrogate, a stray or truncated byte) is refused
 * naming the line the sequence is on.
 */
class StrictRequestBodiesPropertyTest {

  @Property(tries = 2000)
  void textEncodedAsUtf8Passes(@ForAll("text") String text) {
    StrictRequestBodies.requireUtf8(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 2000)
  void aSequenceThatIsNotUtf8IsRefusedOnItsLine(
      @ForAll("text") String before,
      @ForAll("invalid") byte[] invalid,
      @ForAll("text") String after) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(invalid);
    body.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    DomainException refused =
        assertThrows(
            DomainException.class, () -> StrictRequestBodies.requireUtf8(body.toByteArray()));
    long line = before.chars().filter(c -> c == '\n').count() + 1;
    assertEquals("body", refused.fieldErrors().get(0).field(), refused.getMessage());
    assertEquals(
        true,
        refused.getMessage().contains("line " + line + ","),
        refused.getMessage() + " should name line " + line);
  }

  @Provide
  Arbitrary<String> text() {
    // Any code points (no lone surrogates: Java would encode them as '?'), with line breaks.
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '\u00FF').withChars('\n', '\r').ofMaxLength(200),
        Arbitraries.integers()
            .between(0, 0x10FFFF)
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
            .list()
            .ofMaxSize(60)
            .map(
                points -> {
                  StringBuilder text = new StringBuilder();
                  points.forEach(text::appendCodePoint);
                  return text.toString();
                }),
        Arbitraries.of(HostileText.PAYLOADS));
  }

  @Provide
  Arbitrary<byte[]> invalid() {
    return Arbitraries.of(HostileText.INVALID_UTF8);
  }
}
