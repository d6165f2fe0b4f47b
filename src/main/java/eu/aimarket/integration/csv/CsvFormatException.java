package eu.aimarket.integration.csv;

/** A text that is not RFC 4180 CSV, with the line and column (field number) where it breaks. */
public class CsvFormatException extends RuntimeException {

  private final int line;
  private final int column;

  public CsvFormatException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
