package eu.aimarket.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.Map;

/**
 * The part of the Keycloak operator's custom resources ({@code k8s.keycloak.org/v2alpha1}) that our
 * manifests use, field for field as in the operator's CRD, read strictly like {@link
 * CloudNativePg}. The realm itself stays a JSON tree: it is Keycloak's realm representation.
 */
final class KeycloakOperator {

  static final String API_VERSION = "k8s.keycloak.org/v2alpha1";

  private KeycloakOperator() {}

  record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) {}

  record KeycloakSpec(
      Integer instances,
      String image,
      Boolean startOptimized,
      Database db,
      Http http,
      Hostname hostname,
      Proxy proxy,
      Ingress ingress,
      ResourceRequirements resources) {}

  record Database(
      String vendor,
      String host,
      Integer port,
      String database,
      String schema,
      String url,
      SecretKeySelector usernameSecret,
      SecretKeySelector passwordSecret,
      Integer poolInitialSize,
      Integer poolMinSize,
      Integer poolMaxSize) {}

  record Http(String tlsSecret, Boolean httpEnabled, Integer httpPort, Integer httpsPort) {}

  record Hostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {}

  record Proxy(String headers) {}

  record Ingress(
      Boolean enabled, String className, Map<String, String> annotations, String tlsSecret) {}

  record RealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {}

  record RealmImportSpec(
      String keycloakCRName,
      JsonNode realm,
      Map<String, Placeholder> placeholders,
      ResourceRequirements resources,
      Map<String, String> labels) {}

  record Placeholder(SecretKeySelector secret) {}
}
