package dev.groundwork.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.TemplateReader;
import dev.groundwork.assembly.UnreadableTemplateException;
import dev.groundwork.check.UnreadableTemplates.Unreadable;
import dev.groundwork.core.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the templates a check reads: a file is a template; a directory with {@code
 * manifest.json} is a cloud assembly (its stacks, stages and nested stacks); any other directory
 * is searched, in name order, for both. In a search, a {@code .json}, {@code .yaml}, {@code
 * .yml} or {@code .template} file is a template when it has {@code Resources} or {@code
 * AWSTemplateFormatVersion}, and other files (package.json, workflows, ...) are skipped; hidden
 * directories and {@code node_modules} are not searched.
 *
 * <p>A template's stack is named after its path below the directory searched (or its file name),
 * without the extension: {@code legacy/website.yaml} is stack {@code legacy/website}. Files that
 * look like templates but cannot be read are collected with the reason, never dropped.
 */
final class TemplateDiscovery {
  private static final Pattern EXTENSION = Pattern.compile("(\\.template)?\\.(json|ya?ml|template)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LOOKS_LIKE_TEMPLATE = Pattern.compile("[\"']?(Resources|AWSTemplateFormatVersion)[\"']?\\s*:");
  private static final String MANIFEST = "manifest.json";

  private final CheckRequest request;
  private final List<StackTemplate> stacks = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();
  private int skipped;

  private TemplateDiscovery(CheckRequest request) {
    this.request = request;
  }

  /** What was found. */
  record Found(List<StackTemplate> stacks, List<Unreadable> unreadable, int skippedFiles) {}

  /**
   * Reads every template {@code request} names.
   *
   * @throws dev.groundwork.core.GroundworkValidationException when a path does not exist or
   *     nothing at all was found
   */
  static Found find(CheckRequest request) {
    Problems problems = Problems.ofValue("groundwork check");
    for (Path path : request.paths()) {
      if (!Files.exists(path)) {
        problems.add("CHECK_PATH_MISSING", "<path>", path, "an existing template, directory or cloud assembly",
            "Check the spelling, or run the check where the path is relative to.");
      }
    }
    problems.throwIfAny();
    TemplateDiscovery discovery = new TemplateDiscovery(request);
    for (Path path : request.paths()) {
      if (Files.isDirectory(path)) {
        discovery.directory(path, path);
      } else {
        discovery.file(path, path.getParent(), true);
      }
    }
    if (discovery.stacks.isEmpty() && discovery.unreadable.isEmpty()) {
      problems.add("CHECK_NOTHING_FOUND", "<path>", request.paths(), "paths holding at least one CloudFormation "
          + "template (a file with Resources) or cloud assembly", "Point the check at the templates or at cdk.out.");
      problems.throwIfAny();
    }
    return new Found(discovery.stacks, discovery.unreadable, discovery.skipped);
  }

  private void directory(Path dir, Path root) {
    if (Files.isRegularFile(dir.resolve(MANIFEST))) {
      assembly(dir);
      return;
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (Files.isDirectory(child)) {
        if (!name.startsWith(".") && !name.equals("node_modules")) {
          directory(child, root);
        }
      } else if (EXTENSION.matcher(name).find()) {
        file(child, root, false);
      }
    }
  }

  private void assembly(Path dir) {
    SynthesizedApp app = SynthesizedApp.read(dir, request::tierOf).withNestedStacks();
    app.stacks().forEach(s -> stacks.add(s.relativeTo(request.base())));
  }

  /** One file; {@code given} when named on the command line, so it must be a template. */
  private void file(Path file, Path root, boolean given) {
    String stack = stackName(file, root);
    String shown = shown(file);
    JsonNode json;
    try {
      json = TemplateReader.read(file, shown);
    } catch (UnreadableTemplateException e) {
      if (given || mentionsTemplateSections(file)) {
        unreadable.add(new Unreadable(uniqueName(stack), e));
      } else {
        skipped++;
      }
      return;
    }
    if (!json.has("Resources") && !json.has("AWSTemplateFormatVersion")) {
      if (given) {
        unreadable.add(new Unreadable(uniqueName(stack), new UnreadableTemplateException(shown, 0, 0,
            "not a CloudFormation template: it has neither Resources nor AWSTemplateFormatVersion", null)));
      } else {
        skipped++;
      }
      return;
    }
    stacks.add(StackTemplate.of(uniqueName(stack), Optional.empty(), Optional.of(request.tierOf(StackTemplate.APP_LEVEL_ENVIRONMENT)),
        request.base(), file, json));
  }

  private static boolean mentionsTemplateSections(Path file) {
    try {
      return LOOKS_LIKE_TEMPLATE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
    } catch (IOException | UncheckedIOException e) {
      return true;
    }
  }

  private static String stackName(Path file, Path root) {
    Path relative = root != null && file.startsWith(root) && !file.equals(root)
        ? root.relativize(file) : file.getFileName();
    return EXTENSION.matcher(relative.toString().replace('\\', '/')).replaceFirst("");
  }

  private String uniqueName(String name) {
    String unique = name;
    for (int n = 2; names.contains(unique); n++) {
      unique = name + "-" + n;
    }
    names.add(unique);
    return unique;
  }

  /** How reports name a file: relative to the base directory when under it. */
  private String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(request.base())
        ? request.base().relativize(absolute).toString().replace('\\', '/') : absolute.toString();
  }
}
