package eu.aimarket.integration.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedCommasQuotesAndLineBreaksAndKeepsEachRecordsLine() {
    String text =
        "\uFEFFname,description\r\n"
            + "plain,\"with, comma\"\r\n"
            + "\"say \"\"hi\"\"\",\"two\nlines\"\n"
            + "\n"
            + "last,\r\n";

    List<CsvReader.Record> records = CsvReader.read(text);

    assertEquals(4, records.size());
    assertEquals(List.of("name", "description"), records.get(0).fields());
    assertEquals(List.of("plain", "with, comma"), records.get(1).fields());
    assertEquals(List.of("say \"hi\"", "two\nlines"), records.get(2).fields());
    assertEquals(3, records.get(2).line());
    assertEquals(List.of("last", ""), records.get(3).fields());
    assertEquals(6, records.get(3).line(), "the quoted line break and the empty line count");
  }

  @Test
  void namesTheLineAndColumnOfBrokenQuoting() {
    CsvFormatException stray =
        assertThrows(CsvFormatException.class, () -> CsvReader.read("a,b\nx,y\"z\n"));
    assertEquals(2, stray.line());
    assertEquals(2, stray.column());

    CsvFormatException unclosed =
        assertThrows(CsvFormatException.class, () -> CsvReader.read("a,b\nx,\"open\nmore"));
    assertEquals(2, unclosed.line());
    assertEquals(2, unclosed.column());

    CsvFormatException trailing =
        assertThrows(CsvFormatException.class, () -> CsvReader.read("\"a\"b,c"));
    assertEquals(1, trailing.line());
    assertEquals(1, trailing.column());
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBack() {
    List<String> fields = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", "");
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(fields);

    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n", out.toString());
    assertEquals(fields, CsvReader.read(out.toString()).get(0).fields());
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertEquals("'=HYPERLINK(\"x\")", CsvWriter.text("=HYPERLINK(\"x\")"));
    assertEquals("'+1", CsvWriter.text("+1"));
    assertEquals("Mistral AI", CsvWriter.text("Mistral AI"));
  }
}
