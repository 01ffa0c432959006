package org.communitybudgets.rules.internal.ruleset;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.communitybudgets.rules.internal.Problems;

/** Lists the {@code .drl} files of a folder on the classpath, in a directory or inside a jar. */
public final class ClasspathFolder {
  private ClasspathFolder() {}

  public static List<String> drlFiles(ClassLoader loader, String location, Problems problems) {
    String folder = location.endsWith("/") ? location : location + "/";
    TreeSet<String> found = new TreeSet<>();
    try {
      for (URL url : Collections.list(loader.getResources(folder))) {
        switch (url.getProtocol()) {
          case "file" -> fromDirectory(Path.of(url.toURI()), folder, found);
          case "jar" -> fromJar(url, folder, found);
          default -> problems.add(location, 0, null, "cannot list rule files at " + url);
        }
      }
    } catch (IOException | URISyntaxException e) {
      problems.add(location, 0, null, "could not be listed: " + e.getMessage());
    }
    if (found.isEmpty()) {
      problems.add(location, 0, null, "no .drl files in this classpath folder" + closedPackage(folder));
    }
    return new ArrayList<>(found);
  }

  /**
   * Why a folder's files may be hidden: a named module's resources are readable from other modules
   * only in the packages it opens. Empty unless the package of the resource (the folder before its
   * last '/', so a folder ending in '/' is its own package) is in a named module that does not open
   * it.
   */
  public static String closedPackage(String resource) {
    String path = resource.replaceAll("^/+", "");
    String pkg = path.contains("/") ? path.substring(0, path.lastIndexOf('/')).replace('/', '.') : "";
    return ModuleLayer.boot().modules().stream()
        .filter(m -> m.getPackages().contains(pkg) && !m.isOpen(pkg))
        .findFirst()
        .map(m -> ": it is package " + pkg + " of module " + m.getName() + ", which does not open it to the engine;"
            + " add 'opens " + pkg + ";' to that module's module-info.java")
        .orElse("");
  }

  private static void fromDirectory(Path dir, String folder, TreeSet<String> found) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".drl"))
          .forEach(p -> found.add(folder + dir.relativize(p).toString().replace('\\', '/')));
    }
  }

  private static void fromJar(URL url, String folder, TreeSet<String> found) throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      jar.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith(folder) && n.endsWith(".drl"))
          .forEach(found::add);
    }
  }
}
