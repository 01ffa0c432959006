package org.communitybudgets.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files a command names; one that cannot be opened is reported with what the command
 * meant to do with it and why it could not: no such file, no such folder to write it in, a folder
 * where a file was expected, or permission denied.
 */
final class FileAccess {
  private FileAccess() {}

  /** A file that could not be read or written, in words a person can act on. */
  static final class Problem extends IOException {
    private static final long serialVersionUID = 1L;

    Problem(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** An opening of a file, which may fail. */
  @FunctionalInterface
  private interface Opening<T> {
    T open(Path file) throws IOException;
  }

  static BufferedReader reader(Path file) throws IOException {
    return opened("read", file, f -> Files.newBufferedReader(f, StandardCharsets.UTF_8));
  }

  static String readString(Path file) throws IOException {
    return opened("read", file, f -> Files.readString(f, StandardCharsets.UTF_8));
  }

  static BufferedWriter writer(Path file) throws IOException {
    return opened("write", file, f -> Files.newBufferedWriter(f, StandardCharsets.UTF_8));
  }

  /** What the opening gives, or why the file could not be opened to {@code verb}. */
  private static <T> T opened(String verb, Path file, Opening<T> opening) throws IOException {
    if (Files.isDirectory(file)) {
      throw new Problem("cannot " + verb + " " + file + ": it is a folder, not a file", null);
    }
    try {
      return opening.open(file);
    } catch (IOException e) {
      throw explained(verb, file, e);
    }
  }

  /**
   * Writes the text to the file and says so on the console, or, with no file, prints it there:
   * what a command that writes one document does with its {@code -o FILE}.
   */
  static void writeOrPrint(java.util.Optional<Path> file, String text, java.io.PrintWriter console) throws IOException {
    if (file.isPresent()) {
      writeString(file.get(), text);
      console.println("wrote " + file.get());
    } else {
      console.print(text);
    }
    console.flush();
  }

  static void writeString(Path file, String text) throws IOException {
    try (BufferedWriter w = writer(file)) {
      w.write(text);
    }
  }

  static void writeLines(Path file, Iterable<String> lines) throws IOException {
    try (BufferedWriter w = writer(file)) {
      for (String line : lines) {
        w.write(line);
        w.newLine();
      }
    }
  }

  /** The failure to read or write the file, saying which and why. */
  static Problem explained(String verb, Path file, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      Path folder = file.toAbsolutePath().getParent();
      why = "read".equals(verb) || folder == null || Files.isDirectory(folder) ? "no such file" : "no such folder " + file.getParent();
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      why = f.getReason();
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new Problem("cannot " + verb + " " + file + ": " + why, e);
  }
}
