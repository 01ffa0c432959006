package org.communitybudgets.rules.build;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Compiles the standard rules into Drools' executable model when the library is built, so that
 * building the standard engine at run time parses no DRL and starts no Java compiler.
 *
 * <p>Run by the build as a single-file program with the module's compile classpath:
 * {@code java -cp CLASSPATH StandardModelGenerator.java CLASSES SOURCES}. It reads every {@code .drl}
 * file under {@code CLASSES/org/communitybudgets/rules}, writes the generated Java sources under
 * {@code SOURCES}, compiles them into {@code CLASSES} and lists the generated model classes in
 * {@code CLASSES/org/communitybudgets/rules/standard-rules.models}, which the engine reads at start-up.
 */
public final class StandardModelGenerator {
  static final String RULES = "org/communitybudgets/rules";
  static final String MODELS = RULES + "/standard-rules.models";

  private StandardModelGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: StandardModelGenerator CLASSES_DIR GENERATED_SOURCES_DIR");
    }
    Path classes = Path.of(args[0]);
    Path sources = Path.of(args[1]);
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    List<String> drl;
    try (Stream<Path> files = Files.walk(classes.resolve(RULES))) {
      drl = files.filter(p -> p.toString().endsWith(".drl")).map(p -> classes.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    if (drl.isEmpty()) {
      throw new IllegalStateException("no .drl files under " + classes.resolve(RULES));
    }
    for (String path : drl) {
      kfs.write("src/main/resources/" + path, Files.readAllBytes(classes.resolve(path)));
    }
    SourceWriter.modelClasses.clear();
    KieBuilderImpl builder = (KieBuilderImpl) ks.newKieBuilder(kfs, StandardModelGenerator.class.getClassLoader());
    builder.buildAll(SourceWriter::new, name -> true);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      errors.forEach(m -> System.err.println(m.getPath() + ":" + m.getLine() + ": " + m.getText()));
      throw new IllegalStateException(errors.size() + " errors in the standard rules");
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
    compile(written, classes);
    Files.writeString(classes.resolve(MODELS), String.join("\n", SourceWriter.modelClasses) + "\n", StandardCharsets.UTF_8);
  }

  private static void compile(List<Path> files, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the build needs a JDK: no system Java compiler");
    }
    List<String> args = new ArrayList<>(List.of(
        "--release", "17", "-proc:none", "-nowarn", "-XDsuppressNotes", "-encoding", "UTF-8",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
    files.forEach(f -> args.add(f.toString()));
    int rc = javac.run(null, null, null, args.toArray(String[]::new));
    if (rc != 0) {
      throw new UncheckedIOException(new IOException("the generated executable model did not compile"));
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
