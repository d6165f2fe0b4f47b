package eu.aimarket.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** View-only formatting for the pages, in the reader's language. */
@TemplateExtension(namespace = "fmt")
public final class PageExtensions {

  private PageExtensions() {}

  /** A country's name in the reader's language, e.g. "Deutschland" for DE in German. */
  static String country(String code, @TemplateAttribute("locale") Object locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = new Locale("", code).getDisplayCountry(of(locale));
    return name.isBlank() || name.equals(code) ? code : name;
  }

  /** A language's name in the reader's language, e.g. "Französisch" for fr in German. */
  static String language(String code, @TemplateAttribute("locale") Object locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(of(locale));
    return name.isBlank() ? code : name;
  }

  /** A score with one decimal, in the reader's notation (63.8 or 63,8). */
  static String score(double value, @TemplateAttribute("locale") Object locale) {
    NumberFormat format = NumberFormat.getNumberInstance(of(locale));
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** A number as the reader writes it, with as many decimals as it has. */
  static String number(Number value, @TemplateAttribute("locale") Object locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(of(locale));
    format.setMaximumFractionDigits(4);
    return format.format(value);
  }

  /** A date as the reader writes it, e.g. "12 Mar 2027" or "12.03.2027". */
  static String date(OffsetDateTime value, @TemplateAttribute("locale") Object locale) {
    if (value == null) {
      return "";
    }
    return value.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(of(locale)));
  }

  /** The machine-readable date for a {@code <time datetime>} attribute. */
  static String isoDate(OffsetDateTime value) {
    return value == null ? "" : value.toLocalDate().toString();
  }

  private static Locale of(Object locale) {
    if (locale instanceof Locale l) {
      return l;
    }
    return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
  }
}
