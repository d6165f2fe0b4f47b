package eu.aimarket.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;

/**
 * Reads rendered manifests into the Kubernetes API model (fabric8's classes, generated from the
 * API's OpenAPI schema) and the operators' resources into {@link CloudNativePg} and {@link
 * KeycloakOperator}, strictly: a field the schema does not know, or a value of the wrong type (a
 * number where the API wants a string, or the reverse), fails with the object and the path.
 *
 * <p>fabric8's classes collect unknown fields in an "additional properties" map instead of failing;
 * the deserializer modifier below removes that catch-all, so unknown fields surface.
 */
final class KubernetesSchema {

  /** Every object type our manifests may contain, by "apiVersion/kind". */
  static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("v1/ConfigMap", ConfigMap.class),
          Map.entry("v1/Secret", Secret.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
          Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
          Map.entry(CloudNativePg.API_VERSION + "/Cluster", CloudNativePg.Cluster.class),
          Map.entry(
              CloudNativePg.API_VERSION + "/ScheduledBackup", CloudNativePg.ScheduledBackup.class),
          Map.entry(KeycloakOperator.API_VERSION + "/Keycloak", KeycloakOperator.Keycloak.class),
          Map.entry(
              KeycloakOperator.API_VERSION + "/KeycloakRealmImport",
              KeycloakOperator.RealmImport.class));

  private static final ObjectMapper STRICT = strictMapper();

  private KubernetesSchema() {}

  /** The object as its API type; fails on an unknown type or anything the schema rejects. */
  static Object read(JsonNode object) {
    String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    Class<?> modelClass = TYPES.get(type);
    if (modelClass == null) {
      throw new AssertionError(
          "unexpected object type "
              + type
              + " ("
              + name(object)
              + "): add it to KubernetesSchema.TYPES with its model class");
    }
    return read(object, modelClass);
  }

  static <T> T read(JsonNode object, Class<T> modelClass) {
    try {
      return STRICT.treeToValue(object, modelClass);
    } catch (JsonProcessingException e) {
      throw new AssertionError(
          object.path("kind").asText()
              + " "
              + name(object)
              + " does not match the API schema: "
              + e.getOriginalMessage()
              + " at "
              + e.getLocation(),
          e);
    }
  }

  private static String name(JsonNode object) {
    return object.path("metadata").path("name").asText("(no name)");
  }

  private static ObjectMapper strictMapper() {
    SimpleModule noCatchAll = new SimpleModule("no-additional-properties");
    noCatchAll.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public BeanDeserializerBuilder updateBuilder(
              DeserializationConfig config,
              BeanDescription description,
              BeanDeserializerBuilder builder) {
            if (description.getBeanClass().getName().startsWith("io.fabric8.")) {
              builder.setAnySetter(null);
              builder.setIgnoreUnknownProperties(false);
            }
            return builder;
          }
        });
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(noCatchAll)
            .build();
    // The API server rejects a number or a boolean where it expects a string (a classic in
    // ConfigMap data and env values), so the check must too.
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
