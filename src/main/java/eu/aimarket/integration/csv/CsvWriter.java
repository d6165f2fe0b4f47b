package eu.aimarket.integration.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, quoted when they hold a comma, a quote or a line
 * break (quotes doubled), records ended by CRLF.
 */
public final class CsvWriter {

  /** The media type of what this writes, with the optional header parameter of RFC 4180. */
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(escape(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * Free text as a spreadsheet may safely open it: a leading {@code = + - @} or control character
   * would start a formula, so such text gets a leading apostrophe (OWASP's advice on CSV
   * injection). Numbers and codes are written as they are.
   */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }
}
