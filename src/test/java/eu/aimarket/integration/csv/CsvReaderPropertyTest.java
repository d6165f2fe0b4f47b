package eu.aimarket.integration.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text arrives, the CSV reader either reads records or says, with a line inside the text,
 * where it is not CSV: it never fails in another way (which the import would answer with a 500).
 */
class CsvReaderPropertyTest {

  @Property(tries = 3000)
  void readsOrNamesALineOfTheText(@ForAll("csvLike") String text) {
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    try {
      for (CsvReader.Record record : CsvReader.read(text)) {
        assertTrue(
            record.line() >= 1 && record.line() <= lines, record + " in " + lines + " lines");
      }
    } catch (CsvFormatException e) {
      assertTrue(e.line() >= 1 && e.line() <= lines, e.line() + " of " + lines + ": " + text);
      assertTrue(e.column() >= 1, "column " + e.column());
    }
  }

  @Provide
  Arbitrary<String> csvLike() {
    // Mostly the characters that matter to CSV, so quoting goes wrong in every way.
    return Arbitraries.strings()
        .withChars('"', ',', '\n', '\r', 'a', ' ', '=', '\uFEFF', 'é')
        .ofMaxLength(120);
  }
}
