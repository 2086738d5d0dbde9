package dev.groundwork.assembly.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether class path entries added to an app's class path (a test run's test classes and test
 * libraries) can change what the app does: they can when one holds a class or resource the app's
 * own class path also holds (which one loads depends on the order), or offers an implementation of
 * a service the app's libraries or the JDK look up ({@code META-INF/services}), which is loaded
 * beside the app's own. Otherwise every class and resource the app loads comes from its own class
 * path, and its synthesis is the same with the extra entries as without.
 *
 * <p>Files that no code loads by name are not compared: manifests, signatures, licences, Maven
 * metadata and {@code module-info.class}.
 */
public final class ClasspathExtras {
  private static final Pattern VERSIONED = Pattern.compile("^META-INF/versions/\\d+/");
  private ClasspathExtras() {}

  /**
   * One line per way {@code extras} can change the app on {@code classpath}: a name both hold, or a
   * service provider for an interface {@code classpath} or the JDK has. Empty when there is none.
   */
  public static List<String> conflicts(List<Path> classpath, List<Path> extras) throws IOException {
    // name -> the extra entry holding it; service interface class file -> the extra entry providing it
    Map<String, Path> names = new LinkedHashMap<>();
    Map<String, Path> services = new LinkedHashMap<>();
    for (Path extra : extras) {
      forEachName(extra, (name, ignored) -> {
        if (name.startsWith("META-INF/services/") && name.length() > "META-INF/services/".length()) {
          services.putIfAbsent(name.substring("META-INF/services/".length()).replace('.', '/') + ".class", extra);
        } else if (!loadedByNoOne(name)) {
          names.putIfAbsent(name, extra);
        }
      });
    }
    // one line per pair of entries: how many names the extra shadows or shares, and the first of them
    Map<String, List<String>> shared = new TreeMap<>();
    Map<String, String> found = new TreeMap<>();
    for (Path entry : classpath) {
      forEachName(entry, (name, ignored) -> {
        Path shadowing = names.get(name);
        if (shadowing != null) {
          shared.computeIfAbsent(shadowing.getFileName() + " holds %d of the names " + entry.getFileName()
              + " on the app's class path holds (%s)", k -> new ArrayList<>()).add(name);
        }
        Path provider = services.get(name);
        if (provider != null) {
          found.putIfAbsent("service:" + name, provider.getFileName() + " provides the service " + serviceName(name)
              + " of " + entry.getFileName() + " on the app's class path");
        }
      });
    }
    shared.forEach((line, sharedNames) -> found.put("names:" + line, String.format(Locale.ROOT, line,
        sharedNames.size(), sharedNames.size() == 1 ? sharedNames.get(0) : sharedNames.get(0) + ", …")));
    for (Map.Entry<String, Path> service : services.entrySet()) {
      if (inJdk(serviceName(service.getKey()))) {
        found.putIfAbsent("service:" + service.getKey(), service.getValue().getFileName() + " provides the JDK service "
            + serviceName(service.getKey()));
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Each file's name in {@code entry} as a class loader looks it up: a multi-release jar's {@code
   * META-INF/versions/<n>/} prefix removed, since that copy stands for the unprefixed name.
   */
  private static void forEachName(Path entry, BiConsumer<String, Path> action) throws IOException {
    forEachFile(entry, (name, from) -> action.accept(VERSIONED.matcher(name).replaceFirst(""), from));
  }

  private static void forEachFile(Path entry, BiConsumer<String, Path> action) throws IOException {
    if (Files.isDirectory(entry)) {
      try (Stream<Path> walk = Files.walk(entry)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          action.accept(entry.relativize(file).toString().replace('\\', '/'), entry);
        }
      }
    } else if (Files.isRegularFile(entry)) {
      try (ZipFile zip = new ZipFile(entry.toFile(), StandardCharsets.UTF_8)) {
        for (Enumeration<? extends ZipEntry> it = zip.entries(); it.hasMoreElements(); ) {
          ZipEntry zipEntry = it.nextElement();
          if (!zipEntry.isDirectory()) {
            action.accept(zipEntry.getName(), entry);
          }
        }
      }
    }
  }

  /**
   * Files no class loader lookup reaches by name in practice: they say what a jar is (for Maven, an
   * OSGi container, a signature check, a reader), not what it does.
   */
  static boolean loadedByNoOne(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return name.endsWith("module-info.class")
        || upper.equals("META-INF/MANIFEST.MF")
        || upper.startsWith("OSGI-INF/")
        || upper.equals("META-INF/INDEX.LIST")
        || upper.startsWith("META-INF/MAVEN/")
        || (upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
            || upper.endsWith(".EC")))
        || upper.matches("(META-INF/)?(LICENSE|NOTICE|DEPENDENCIES|README|COPYRIGHT)[^/]*");
  }

  private static String serviceName(String classFile) {
    return classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
  }

  private static boolean inJdk(String className) {
    try {
      Class.forName(className, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
