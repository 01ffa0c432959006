package org.communitybudgets.rules.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.drools.compiler.compiler.io.memory.MemoryFile;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.ModelWriter;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles rule files to Drools' executable model when a program is built, so that building an
 * engine with them parses no DRL and starts no Java compiler. The library compiles its standard
 * rules this way; a council compiles its own rules the same way at its own build and hands them to
 * {@code CommunityBudgetsEngine.builder().compiledRules(loader, modelsResource)}.
 *
 * <p>Run as a program, with the compiled classes the rules match (the library's and the
 * council's) and {@code org.drools:drools-model-codegen} on the classpath:
 *
 * <pre>
 * java -cp CLASSPATH org.communitybudgets.rules.compile.RuleModelCompiler \
 *     target/classes org/council/rules target/generated-sources/rules org/council/rules/council.models
 * </pre>
 *
 * It reads every {@code .drl} file under {@code CLASSES/RULES}, writes the generated Java sources
 * under {@code SOURCES}, compiles them into {@code CLASSES} with the JDK's compiler, and writes the
 * list {@code CLASSES/MODELS}: a {@code model} line per generated model class and a {@code source}
 * line per rule file, which the engine reads. A rule file that does not compile stops it with the
 * file, line and message.
 */
public final class RuleModelCompiler {
  private RuleModelCompiler() {}

  /**
   * Compiles the rule files.
   *
   * @param args the classes directory, the folder of rule files within it, the directory for the
   *     generated sources, and the path of the models list within the classes directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: RuleModelCompiler CLASSES_DIR RULES_FOLDER GENERATED_SOURCES_DIR MODELS_RESOURCE");
    }
    compile(Path.of(args[0]), args[1], Path.of(args[2]), args[3]);
  }

  /**
   * Compiles every {@code .drl} file under {@code classes/rules}; see the class comment.
   *
   * @return the number of rule files compiled
   * @throws IllegalStateException if a rule file does not compile
   */
  public static int compile(Path classes, String rules, Path sources, String models) throws IOException {
    List<String> drl;
    try (Stream<Path> files = Files.walk(classes.resolve(rules))) {
      drl = files.filter(p -> p.toString().endsWith(".drl"))
          .map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
    if (drl.isEmpty()) {
      throw new IllegalStateException("no .drl files under " + classes.resolve(rules));
    }
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    for (String path : drl) {
      kfs.write("src/main/resources/" + path, Files.readAllBytes(classes.resolve(path)));
    }
    SourceWriter.modelClasses.clear();
    KieBuilderImpl builder = (KieBuilderImpl) ks.newKieBuilder(kfs, RuleModelCompiler.class.getClassLoader());
    builder.buildAll(SourceWriter::new, name -> true);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      StringBuilder text = new StringBuilder(errors.size() + " problems in the rule files:");
      errors.forEach(m -> text.append("\n  ").append(m.getPath()).append(':').append(m.getLine()).append(": ").append(m.getText()));
      throw new IllegalStateException(text.toString());
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    MemoryFileSystem mfs = module instanceof CanonicalKieModule c
        ? ((MemoryKieModule) c.getInternalKieModule()).getMemoryFileSystem()
        : ((MemoryKieModule) module).getMemoryFileSystem();
    List<Path> written = new ArrayList<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(".java")) {
        Path target = sources.resolve(name.replaceFirst("^src/main/java/", ""));
        Files.createDirectories(target.getParent());
        Files.write(target, mfs.getFileContents((MemoryFile) mfs.getFile(name)));
        written.add(target);
      }
    }
    javac(written, classes);
    StringBuilder list = new StringBuilder("# Drools executable models of the rule files below, written by RuleModelCompiler\n");
    SourceWriter.modelClasses.forEach(m -> list.append("model ").append(m).append('\n'));
    drl.forEach(d -> list.append("source ").append(d).append('\n'));
    Path out = classes.resolve(models);
    Files.createDirectories(out.getParent());
    Files.writeString(out, list, StandardCharsets.UTF_8);
    return drl.size();
  }

  /**
   * Compiles the generated sources against the classes directory and adds their classes to it. They
   * are compiled to a directory of their own first: javac compiles into a directory that holds a
   * {@code module-info.class} as that module, whose requirements the class path does not give.
   */
  private static void javac(List<Path> files, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("compiling rules needs a JDK: this Java runtime has no compiler");
    }
    Path out = Files.createTempDirectory("rule-model-classes");
    try {
      List<String> args = new ArrayList<>(List.of(
          "--release", "17", "-proc:none", "-nowarn", "-XDsuppressNotes", "-encoding", "UTF-8",
          "-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "-d", out.toString()));
      files.forEach(f -> args.add(f.toString()));
      if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
        throw new IllegalStateException("the generated executable model did not compile");
      }
      try (Stream<Path> compiled = Files.walk(out)) {
        for (Path file : (Iterable<Path>) compiled.filter(Files::isRegularFile)::iterator) {
          Path target = classes.resolve(out.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      try (Stream<Path> tree = Files.walk(out)) {
        tree.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Writes the model's Java sources instead of compiling them, and remembers the model classes. */
  static final class SourceWriter extends CanonicalModelKieProject {
    static final List<String> modelClasses = new ArrayList<>();

    SourceWriter(InternalKieModule module, ClassLoader loader) {
      super(module, loader);
    }

    @Override
    public void writeProjectOutput(MemoryFileSystem target, BuildContext context) {
      MemoryFileSystem src = new MemoryFileSystem();
      ModelWriter writer = new ModelWriter();
      for (ModelBuilderImpl<?> model : modelBuilders.values()) {
        ModelWriter.Result result = writer.writeModel(src, List.copyOf(model.getPackageSources()));
        modelClasses.addAll(result.getModelFiles());
      }
      src.copyFolder(src.getFolder("src/main/java"), target, target.getFolder("src/main/java"));
    }
  }
}
