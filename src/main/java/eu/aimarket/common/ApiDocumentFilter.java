package eu.aimarket.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shapes the generated OpenAPI document into the API's contract: only the JSON API under {@code
 * /api} (the pages are for people, not programs), and every error answer described once, here, as
 * the RFC 9457 problem the error mapper sends, instead of repeating that content on each of them.
 * The definition names the problem schema among the components because no operation refers to it by
 * itself any more; title, version and description come from the configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

  static final String API_PREFIX = "/api/";
  private static final String SCHEMA_REF = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    Map<String, PathItem> items = openAPI.getPaths().getPathItems();
    for (String path : List.copyOf(items.keySet())) {
      if (!path.startsWith(API_PREFIX)) {
        openAPI.getPaths().removePathItem(path);
      }
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(ApiDocumentFilter::describeProblems);
    removeUnusedSchemas(openAPI);
  }

  /** Drops the component schemas that only the pages used, following references transitively. */
  private static void removeUnusedSchemas(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    Set<String> used = new HashSet<>();
    Deque<Schema> pending = new ArrayDeque<>();
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(operation -> pending.addAll(schemasOf(operation)));
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      String ref = schema.getRef();
      if (ref != null && ref.startsWith(SCHEMA_REF)) {
        String name = ref.substring(SCHEMA_REF.length());
        if (used.add(name) && components.containsKey(name)) {
          pending.push(components.get(name));
        }
      }
      pending.addAll(nested(schema));
    }
    for (String name : List.copyOf(components.keySet())) {
      if (!used.contains(name)) {
        openAPI.getComponents().removeSchema(name);
      }
    }
  }

  private static List<Schema> schemasOf(Operation operation) {
    List<Schema> schemas = new ArrayList<>();
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .map(Parameter::getSchema)
          .filter(Objects::nonNull)
          .forEach(schemas::add);
    }
    if (operation.getRequestBody() != null) {
      schemas.addAll(schemasOf(operation.getRequestBody().getContent()));
    }
    if (operation.getResponses() != null) {
      operation.getResponses().getAPIResponses().values().stream()
          .map(response -> schemasOf(response.getContent()))
          .forEach(schemas::addAll);
    }
    return schemas;
  }

  private static List<Schema> schemasOf(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return List.of();
    }
    return content.getMediaTypes().values().stream()
        .map(MediaType::getSchema)
        .filter(Objects::nonNull)
        .toList();
  }

  private static List<Schema> nested(Schema schema) {
    List<Schema> nested = new ArrayList<>();
    if (schema.getProperties() != null) {
      nested.addAll(schema.getProperties().values());
    }
    for (Schema one :
        new Schema[] {schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()}) {
      if (one != null) {
        nested.add(one);
      }
    }
    for (List<Schema> many :
        List.of(listOf(schema.getAllOf()), listOf(schema.getAnyOf()), listOf(schema.getOneOf()))) {
      nested.addAll(many);
    }
    return nested;
  }

  private static List<Schema> listOf(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }

  private static void describeProblems(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (isError(status) && noContent(response)) {
                response.setContent(problemContent());
              }
            });
  }

  private static boolean isError(String status) {
    return status.startsWith("4") || status.startsWith("5");
  }

  private static boolean noContent(APIResponse response) {
    return response.getContent() == null
        || response.getContent().getMediaTypes() == null
        || response.getContent().getMediaTypes().isEmpty();
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
  }
}
