package eu.aimarket.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shapes the generated OpenAPI document into the API's contract: only the JSON API under {@code
 * /api} (the pages are for people, not programs), and every error answer described once, here, as
 * the RFC 9457 problem the error mapper sends, instead of repeating that content on each of them.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

  static final String API_PREFIX = "/api/";

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

  private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
  }
}
