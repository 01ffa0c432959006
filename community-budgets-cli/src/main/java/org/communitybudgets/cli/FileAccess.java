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

  static BufferedReader reader(Path file) throws IOException {
    refuseFolder("read", file);
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw explained("read", file, e);
    }
  }

  static String readString(Path file) throws IOException {
    refuseFolder("read", file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw explained("read", file, e);
    }
  }

  static BufferedWriter writer(Path file) throws IOException {
    refuseFolder("write", file);
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw explained("write", file, e);
    }
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

  private static void refuseFolder(String verb, Path file) throws Problem {
    if (Files.isDirectory(file)) {
      throw new Problem("cannot " + verb + " " + file + ": it is a folder, not a file", null);
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
