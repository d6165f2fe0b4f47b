package eu.aimarket.deploy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The exclusion rules of a build context, as Docker applies them: patterns in order, the last one
 * that matches a path (or one of its parent folders) decides, and {@code !} re-includes. BuildKit
 * reads {@code <Dockerfile>.dockerignore} beside the Dockerfile before {@code .dockerignore} at the
 * root of the context.
 */
final class DockerIgnore {

  private record Rule(Pattern pattern, boolean reinclude) {}

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  static DockerIgnore forDockerfile(String dockerfile) {
    for (String candidate : List.of(dockerfile + ".dockerignore", ".dockerignore")) {
      if (Files.isRegularFile(ProjectFiles.path(candidate))) {
        return parse(ProjectFiles.read(candidate));
      }
    }
    return parse("");
  }

  static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String line : text.split("\n")) {
      String pattern = line.strip();
      if (pattern.isEmpty() || pattern.startsWith("#")) {
        continue;
      }
      boolean reinclude = pattern.startsWith("!");
      if (reinclude) {
        pattern = pattern.substring(1).strip();
      }
      pattern = trimSlashes(pattern);
      rules.add(new Rule(Pattern.compile(toRegex(pattern)), reinclude));
    }
    return new DockerIgnore(List.copyOf(rules));
  }

  /** Whether a path relative to the context root (with "/" separators) stays out of the build. */
  boolean excludes(String path) {
    boolean excluded = false;
    for (Rule rule : rules) {
      if (matchesOrParentMatches(rule.pattern(), trimSlashes(path))) {
        excluded = !rule.reinclude();
      }
    }
    return excluded;
  }

  private static boolean matchesOrParentMatches(Pattern pattern, String path) {
    String candidate = path;
    while (true) {
      if (pattern.matcher(candidate).matches()) {
        return true;
      }
      int slash = candidate.lastIndexOf('/');
      if (slash < 0) {
        return false;
      }
      candidate = candidate.substring(0, slash);
    }
  }

  private static String trimSlashes(String path) {
    String trimmed = path;
    while (trimmed.startsWith("/") || trimmed.startsWith("./")) {
      trimmed = trimmed.substring(trimmed.indexOf('/') + 1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean folder = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        regex.append(folder ? "(?:.*/)?" : ".*");
        i += folder ? 2 : 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
