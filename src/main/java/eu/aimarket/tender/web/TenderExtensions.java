package eu.aimarket.tender.web;

import eu.aimarket.tender.TenderOutcome;
import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How the tender pages show deadlines: to the minute, in UTC, as the forms take them. */
@TemplateExtension(namespace = "tenderfmt")
public class TenderExtensions {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TenderExtensions() {}

  static String utc(OffsetDateTime time) {
    return time == null ? "" : MINUTES.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** The outcomes a buyer chooses from, in the order the form offers them. */
  static List<TenderOutcome> outcomes() {
    return List.of(TenderOutcome.AWARDED, TenderOutcome.NONE_SUITABLE, TenderOutcome.CANCELLED);
  }

  static String iso(OffsetDateTime time) {
    return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }
}
