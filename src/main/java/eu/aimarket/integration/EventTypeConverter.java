package eu.aimarket.integration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores event types by their wire names, which never change. */
@Converter
public class EventTypeConverter implements AttributeConverter<EventType, String> {

  @Override
  public String convertToDatabaseColumn(EventType type) {
    return type == null ? null : type.wireName();
  }

  @Override
  public EventType convertToEntityAttribute(String name) {
    if (name == null) {
      return null;
    }
    return EventType.fromWireName(name)
        .orElseThrow(() -> new IllegalStateException("Unknown stored event type " + name));
  }
}
