package eu.aimarket.demand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Must-haves and nice-to-haves are stored as JSON: they are read and written whole, never queried
 * by the database, and a requirement's revision keeps them exactly as the buyer set them.
 */
final class JsonColumns {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private JsonColumns() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read stored " + type.getSimpleName(), e);
    }
  }

  @Converter
  static class MustHavesConverter implements AttributeConverter<MustHaves, String> {
    @Override
    public String convertToDatabaseColumn(MustHaves value) {
      return write(value == null ? MustHaves.none() : value);
    }

    @Override
    public MustHaves convertToEntityAttribute(String json) {
      return json == null ? MustHaves.none() : read(json, MustHaves.class);
    }
  }

  @Converter
  static class NiceToHavesConverter implements AttributeConverter<NiceToHaves, String> {
    @Override
    public String convertToDatabaseColumn(NiceToHaves value) {
      return write(value == null ? NiceToHaves.none() : value);
    }

    @Override
    public NiceToHaves convertToEntityAttribute(String json) {
      return json == null ? NiceToHaves.none() : read(json, NiceToHaves.class);
    }
  }
}
