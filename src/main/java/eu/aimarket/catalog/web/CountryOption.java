package eu.aimarket.catalog.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A country for a select box, named in the reader's language. */
public record CountryOption(String code, String name) {

  /** Every ISO 3166-1 country, sorted by its name in {@code locale}. */
  static List<CountryOption> all(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new CountryOption(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(CountryOption::name, collator))
        .toList();
  }
}
