package dev.groundwork.constructs.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.constructs.Construct;

/**
 * The compiled main classes of one module ({@code target/classes}), loaded without initialising
 * them: a jsii class's static initialiser would start Node.js, and reading signatures needs none.
 */
public final class ModuleClasses {
  private final Path root;
  private final List<Class<?>> classes;

  private ModuleClasses(Path root, List<Class<?>> classes) {
    this.root = root;
    this.classes = classes;
  }

  /** The classes under {@code root}, e.g. {@code target/classes}. */
  public static ModuleClasses at(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Class<?>> classes = walk.map(root::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.contains("package-info"))
          .sorted()
          .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
          .toList();
      return new ModuleClasses(root, classes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** The class named {@code name}, not initialised. */
  static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ModuleClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("compiled class " + name + " is not on the test classpath", e);
    }
  }

  /** The class {@code simpleName} in {@code type}'s package, if this module has it. */
  public Optional<Class<?>> sibling(Class<?> type, String simpleName) {
    String name = type.getPackageName() + "." + simpleName;
    return classes.stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  /** Every top-level class, in name order. */
  public List<Class<?>> all() {
    return classes;
  }

  /** The public top-level classes that are constructs (extend {@code software.constructs.Construct}). */
  public List<Class<?>> publicConstructs() {
    return classes.stream()
        .filter(c -> Modifier.isPublic(c.getModifiers()) && Construct.class.isAssignableFrom(c))
        .toList();
  }

  /** Where the classes were read, for messages. */
  public Path root() {
    return root;
  }
}
