package eu.aimarket.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * Every operation the application serves, read from the JAX-RS annotations of the built classes
 * (not from a list someone keeps), so that tests covering "every endpoint" notice a new one.
 */
public final class Endpoints {

  /** One operation: an HTTP method on a path template such as {@code /api/v1/offerings/{id}}. */
  public record Operation(String method, String path) implements Comparable<Operation> {

    /** Pages are everything outside the JSON API. */
    public boolean page() {
      return !path.startsWith("/api/");
    }

    public String key() {
      return method + " " + path;
    }

    @Override
    public int compareTo(Operation other) {
      int byPath = path.compareTo(other.path);
      return byPath != 0 ? byPath : method.compareTo(other.method);
    }
  }

  private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
  private static final List<String> HTTP_METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  /** The application's classes as Maven builds them; test classes are not part of it. */
  private static final Path MAIN_CLASSES = Path.of("target", "classes");

  private Endpoints() {}

  /** All operations of the application, sorted by path, then method. */
  public static Set<Operation> all() {
    Index index = index(MAIN_CLASSES);
    Set<Operation> operations = new TreeSet<>();
    for (String method : HTTP_METHODS) {
      DotName annotation = DotName.createSimple("jakarta.ws.rs." + method);
      for (AnnotationInstance instance : index.getAnnotations(annotation)) {
        if (instance.target().kind() != AnnotationTarget.Kind.METHOD) {
          continue;
        }
        MethodInfo resourceMethod = instance.target().asMethod();
        ClassInfo resource = resourceMethod.declaringClass();
        String path =
            join(
                pathOf(resource.declaredAnnotation(PATH)), pathOf(resourceMethod.annotation(PATH)));
        operations.add(new Operation(method, path));
      }
    }
    if (operations.isEmpty()) {
      throw new IllegalStateException("No JAX-RS operations found under " + MAIN_CLASSES);
    }
    return operations;
  }

  /** Operations that answer GET with a page of the site. */
  public static Set<Operation> pages() {
    Set<Operation> pages = new TreeSet<>();
    for (Operation operation : all()) {
      if (operation.page() && operation.method().equals("GET")) {
        pages.add(operation);
      }
    }
    return pages;
  }

  private static String pathOf(AnnotationInstance path) {
    return path == null ? "" : path.value().asString();
  }

  /** Joins class and method paths as JAX-RS does; a template's regular expression is dropped. */
  static String join(String classPath, String methodPath) {
    String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
    joined = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static Index index(Path classes) {
    Indexer indexer = new Indexer();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          indexer.index(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built classes under " + classes, e);
    }
    return indexer.complete();
  }
}
