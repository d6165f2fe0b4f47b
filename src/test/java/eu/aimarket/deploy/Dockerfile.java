package eu.aimarket.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read into its instructions: comments dropped, continuation lines joined, each
 * instruction tagged with the build stage it belongs to. Enough to check what an image copies and
 * how its final stage runs, without a Docker engine.
 */
record Dockerfile(String path, List<Instruction> instructions) {

  /** One instruction; {@code stage} counts the FROM lines before it, starting at 0. */
  record Instruction(int stage, String keyword, String arguments) {}

  /** A COPY or ADD: the stage or image it copies from (empty: the build context), and what. */
  record Copy(int stage, Optional<String> from, List<String> sources, String destination) {}

  static Dockerfile read(String path) {
    List<Instruction> instructions = new ArrayList<>();
    int stage = -1;
    StringBuilder pending = new StringBuilder();
    for (String line : ProjectFiles.read(path).split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      pending.append(trimmed);
      String instruction = pending.toString().strip();
      pending.setLength(0);
      if (instruction.isEmpty()) {
        continue;
      }
      String[] parts = instruction.split("\\s+", 2);
      String keyword = parts[0].toUpperCase(Locale.ROOT);
      if (keyword.equals("FROM")) {
        stage++;
      }
      instructions.add(new Instruction(stage, keyword, parts.length > 1 ? parts[1] : ""));
    }
    return new Dockerfile(path, List.copyOf(instructions));
  }

  int finalStage() {
    return instructions.get(instructions.size() - 1).stage();
  }

  List<Instruction> all(String keyword, int stage) {
    return instructions.stream()
        .filter(
            instruction -> instruction.stage() == stage && instruction.keyword().equals(keyword))
        .toList();
  }

  /** The name a stage is known by ({@code FROM image AS name}), if any. */
  Optional<String> stageName(int stage) {
    String[] from = all("FROM", stage).get(0).arguments().split("\\s+");
    if (from.length == 3 && from[1].equalsIgnoreCase("AS")) {
      return Optional.of(from[2]);
    }
    return Optional.empty();
  }

  List<Copy> copies() {
    List<Copy> copies = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (!instruction.keyword().equals("COPY") && !instruction.keyword().equals("ADD")) {
        continue;
      }
      List<String> words = new ArrayList<>(List.of(instruction.arguments().split("\\s+")));
      Optional<String> from = Optional.empty();
      while (!words.isEmpty() && words.get(0).startsWith("--")) {
        String flag = words.remove(0);
        if (flag.startsWith("--from=")) {
          from = Optional.of(flag.substring("--from=".length()));
        }
      }
      if (words.size() < 2 || words.get(0).startsWith("[")) {
        throw new AssertionError(
            path + ": cannot read '" + instruction.arguments() + "' (use the shell form)");
      }
      copies.add(
          new Copy(
              instruction.stage(),
              from,
              List.copyOf(words.subList(0, words.size() - 1)),
              words.get(words.size() - 1)));
    }
    return copies;
  }
}
