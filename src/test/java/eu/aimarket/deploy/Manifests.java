package eu.aimarket.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rendered objects of one kustomization, each read strictly into its API type by {@link
 * KubernetesSchema}, with the look-ups the tests need.
 */
record Manifests(String kustomization, List<Object> objects) {

  /** The name of the application's Deployment, Service, container and friends. */
  static final String APP = "ai-marketplace";

  static Manifests render(String kustomization) {
    List<JsonNode> documents = Kustomize.render(kustomization);
    return new Manifests(
        kustomization, documents.stream().map(KubernetesSchema::read).collect(Collectors.toList()));
  }

  <T> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The one object of a type; fails when there is none or more than one. */
  <T> T one(Class<T> type) {
    List<T> found = all(type);
    if (found.size() != 1) {
      throw new AssertionError(
          kustomization
              + " renders "
              + found.size()
              + " objects of type "
              + type.getSimpleName()
              + ", expected exactly one");
    }
    return found.get(0);
  }

  <T extends HasMetadata> T named(Class<T> type, String name) {
    return all(type).stream()
        .filter(object -> name.equals(object.getMetadata().getName()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    kustomization + " renders no " + type.getSimpleName() + " named " + name));
  }

  Deployment appDeployment() {
    return named(Deployment.class, APP);
  }

  Container appContainer() {
    return appDeployment().getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(container -> APP.equals(container.getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kustomization + ": no container named " + APP));
  }
}
