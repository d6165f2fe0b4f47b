package eu.aimarket.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API's OpenAPI definition. It names the problem schema among the components because no
 * operation refers to it by itself: {@link ApiDocumentFilter} gives every error answer that
 * content. Title, version and description come from the configuration.
 */
@OpenAPIDefinition(
    info = @Info(title = "ai-marketplace API", version = "1"),
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiDefinition extends Application {}
