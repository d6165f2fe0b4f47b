package eu.aimarket.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A saved search's criteria are read and written whole, so they are stored as JSON. */
@Converter
class CriteriaConverter implements AttributeConverter<SearchCriteria, String> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String convertToDatabaseColumn(SearchCriteria criteria) {
    try {
      return MAPPER.writeValueAsString(criteria);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store search criteria", e);
    }
  }

  @Override
  public SearchCriteria convertToEntityAttribute(String json) {
    try {
      return MAPPER.readValue(json, SearchCriteria.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read stored search criteria", e);
    }
  }
}
