package eu.aimarket.integration.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated fields, optionally quoted with {@code "}, a doubled quote for
 * a quote inside a quoted field, and line breaks (CRLF, LF or CR) inside quoted fields. Each record
 * keeps the line it starts on, so errors can point at it. Empty lines are skipped; a byte order
 * mark at the start is ignored.
 */
public final class CsvReader {

  /** One record: the physical line it starts on (from 1) and its fields. */
  public record Record(int line, List<String> fields) {}

  private CsvReader() {}

  public static List<Record> read(String text) {
    List<Record> records = new ArrayList<>();
    int length = text.length();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    while (i < length) {
      if (isLineBreak(text.charAt(i))) {
        i = skipLineBreak(text, i);
        line++;
        continue;
      }
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      boolean recordEnded = false;
      while (!recordEnded) {
        StringBuilder field = new StringBuilder();
        int column = fields.size() + 1;
        if (i < length && text.charAt(i) == '"') {
          int quoteLine = line;
          i++;
          boolean closed = false;
          while (i < length) {
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < length && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
                continue;
              }
              i++;
              closed = true;
              break;
            }
            if (isLineBreak(c)) {
              int next = skipLineBreak(text, i);
              field.append(text, i, next);
              i = next;
              line++;
              continue;
            }
            field.append(c);
            i++;
          }
          if (!closed) {
            throw new CsvFormatException(
                quoteLine, column, "a quoted field is not closed before the end of the file");
          }
          if (i < length && text.charAt(i) != ',' && !isLineBreak(text.charAt(i))) {
            throw new CsvFormatException(
                line, column, "after a closing quote only a comma or a line break may follow");
          }
        } else {
          while (i < length && text.charAt(i) != ',' && !isLineBreak(text.charAt(i))) {
            if (text.charAt(i) == '"') {
              throw new CsvFormatException(
                  line, column, "a quote inside a field needs the whole field in quotes");
            }
            field.append(text.charAt(i));
            i++;
          }
        }
        fields.add(field.toString());
        if (i < length && text.charAt(i) == ',') {
          i++;
          continue;
        }
        recordEnded = true;
        if (i < length) {
          i = skipLineBreak(text, i);
          line++;
        }
      }
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    return records;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static int skipLineBreak(String text, int i) {
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return i + 2;
    }
    return i + 1;
  }
}
