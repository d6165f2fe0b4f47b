package eu.aimarket.tender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A response's offerings and evidence are read and written whole, so they are stored as JSON. */
final class TenderJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private TenderJson() {}

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a stored tender response", e);
    }
  }

  @Converter
  static class OfferingIdsConverter implements AttributeConverter<List<UUID>, String> {
    @Override
    public String convertToDatabaseColumn(List<UUID> value) {
      return write(value == null ? List.of() : value);
    }

    @Override
    public List<UUID> convertToEntityAttribute(String json) {
      return json == null ? List.of() : List.copyOf(read(json, new TypeReference<List<UUID>>() {}));
    }
  }

  @Converter
  static class EvidenceConverter implements AttributeConverter<Map<String, String>, String> {
    @Override
    public String convertToDatabaseColumn(Map<String, String> value) {
      return write(value == null ? Map.of() : new TreeMap<>(value));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
      return json == null
          ? Map.of()
          : new TreeMap<>(read(json, new TypeReference<Map<String, String>>() {}));
    }
  }
}
