package dev.groundwork.constructs.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generated blocks in the Markdown files under {@code docs/}: {@code <!-- defaults: X -->},
 * the table, {@code <!-- /defaults: X -->}. The generator owns what is between the markers;
 * where the block lives is the docs' choice, so a block may move to any page.
 */
public final class DefaultsBlocks {
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- defaults: (\\w+) -->\\n(.*?)<!-- /defaults: \\1 -->", Pattern.DOTALL);

  /**
   * One block.
   *
   * @param name the name in its markers
   * @param file the Markdown file holding it
   * @param content what is between the markers
   */
  public record Block(String name, Path file, String content) {}

  private DefaultsBlocks() {}

  /** Every block in the Markdown files under {@code docs}, in file order. */
  public static List<Block> find(Path docs) {
    List<Block> blocks = new ArrayList<>();
    for (Path file : markdown(docs)) {
      Matcher m = BLOCK.matcher(JavaSources.read(file));
      while (m.find()) {
        blocks.add(new Block(m.group(1), file, m.group(2)));
      }
    }
    return blocks;
  }

  /**
   * What is wrong with the blocks of {@code rendered} (name to content) under {@code docs}: a name
   * without a block, a name with several, a block whose content is stale. With {@code write},
   * stale blocks are rewritten instead. Messages name the fix and {@code regenerate}.
   */
  public static List<String> check(Path docs, Map<String, String> rendered, boolean write, String regenerate) {
    List<Block> blocks = find(docs);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> table : rendered.entrySet()) {
      String name = table.getKey();
      List<Block> own = blocks.stream().filter(b -> b.name().equals(name)).toList();
      if (own.isEmpty()) {
        problems.add(name + " has no defaults table under docs/. Fix: put the lines '<!-- defaults: " + name
            + " -->' and '<!-- /defaults: " + name + " -->' on its page, then run " + regenerate);
      } else if (own.size() > 1) {
        problems.add(name + " has " + own.size() + " defaults tables under docs/ (" + own.stream()
            .map(b -> docs.relativize(b.file()).toString()).toList() + "). Fix: keep one.");
      } else if (!own.get(0).content().equals(table.getValue())) {
        if (write) {
          rewrite(own.get(0), table.getValue());
        } else {
          problems.add(name + "'s defaults table in docs/" + docs.relativize(own.get(0).file())
              + " is stale. Fix: run " + regenerate);
        }
      }
    }
    return problems;
  }

  private static void rewrite(Block block, String content) {
    String text = JavaSources.read(block.file());
    String start = "<!-- defaults: " + block.name() + " -->\n";
    String end = "<!-- /defaults: " + block.name() + " -->";
    int from = text.indexOf(start) + start.length();
    int to = text.indexOf(end, from);
    try {
      Files.writeString(block.file(), text.substring(0, from) + content + text.substring(to));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + block.file(), e);
    }
  }

  private static List<Path> markdown(Path docs) {
    try (Stream<Path> walk = Files.walk(docs)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + docs, e);
    }
  }
}
