package org.communitybudgets.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The records of an input file, one at a time and never all at once: a JSON-lines file (one JSON
 * object a line; blank lines are skipped) or a JSON array of objects, told apart by the first
 * character that is not white space. Each record carries the line it begins on. A line of JSON
 * lines is kept as text, to be read as JSON where it is decided, so that a line that is not JSON
 * is reported at its line and the lines after it are still read; in a JSON array nothing after a
 * syntax error can be read, so the error is the last record.
 */
final class InputRecords implements Iterator<InputRecords.Record>, Closeable {
  /**
   * A record: its line, and its text (a line of JSON lines, read as JSON where it is decided), its
   * JSON (an element of an array), or why it is not JSON.
   */
  record Record(long line, Optional<String> text, Optional<JsonNode> json, Optional<String> error) {}

  private final ObjectMapper mapper;
  private final Reader reader;
  private final MappingIterator<Map<String, String>> csv;
  private final BufferedReader lines;
  private final JsonParser array;
  private long lineNumber;
  private Record next;
  private boolean done;
  private boolean broken;

  private InputRecords(ObjectMapper mapper, Reader reader, boolean isCsv) throws IOException {
    this.mapper = mapper;
    if (isCsv) {
      this.reader = reader;
      this.lines = null;
      this.array = null;
      this.csv = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
      return;
    }
    this.csv = null;
    PushbackReader in = new PushbackReader(reader, 1);
    int first;
    long skippedLines = 0;
    do {
      first = in.read();
      if (first == '\n') {
        skippedLines++;
      }
    } while (first != -1 && Character.isWhitespace(first));
    if (first != -1) {
      in.unread(first);
    }
    this.reader = in;
    this.lineNumber = skippedLines;
    if (first == '[') {
      this.lines = null;
      this.array = mapper.getFactory().createParser(in);
      this.array.nextToken();
    } else {
      this.lines = new BufferedReader(in);
      this.array = null;
    }
  }

  /**
   * The records of the file, or of standard input when the path is {@code -}: a file whose name
   * ends {@code .csv} is CSV with a header naming the fields, each row a record whose empty cells
   * are left out.
   */
  static InputRecords open(ObjectMapper mapper, String path) throws IOException {
    Reader r = "-".equals(path)
        ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
        : FileAccess.reader(Path.of(path));
    return new InputRecords(mapper, r, isCsv(path));
  }

  /** True if the file is read as CSV. */
  static boolean isCsv(String path) {
    return path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = csv != null ? nextRow() : array == null ? nextLine() : nextElement();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Record r = next;
    next = null;
    return r;
  }

  private Record nextLine() throws IOException {
    String text;
    do {
      text = lines.readLine();
      lineNumber++;
    } while (text != null && text.isBlank());
    if (text == null) {
      return null;
    }
    return new Record(lineNumber, Optional.of(text), Optional.empty(), Optional.empty());
  }

  private Record nextRow() throws IOException {
    if (broken) {
      return null;
    }
    try {
      if (!csv.hasNextValue()) {
        return null;
      }
      Map<String, String> row = csv.nextValue();
      long line = csv.getCurrentLocation().getLineNr() - 1;
      ObjectNode node = mapper.createObjectNode();
      row.forEach((k, v) -> {
        if (v != null && !v.isEmpty()) {
          node.put(k, v);
        }
      });
      return new Record(line, Optional.empty(), Optional.of(node), Optional.empty());
    } catch (JsonProcessingException | RuntimeException e) {
      broken = true;
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      return new Record(csv.getCurrentLocation().getLineNr(), Optional.empty(), Optional.empty(),
          Optional.of("not CSV, and nothing after it can be read: " + why));
    }
  }

  private Record nextElement() throws IOException {
    if (broken) {
      return null;
    }
    try {
      JsonToken t = array.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        return null;
      }
      long line = array.currentTokenLocation().getLineNr() + lineNumber;
      JsonNode node = mapper.readTree(array);
      return new Record(line, Optional.empty(), Optional.of(node), Optional.empty());
    } catch (JsonProcessingException e) {
      broken = true;
      long line = e.getLocation() == null ? lineNumber : e.getLocation().getLineNr() + lineNumber;
      return new Record(line, Optional.empty(), Optional.empty(), Optional.of("not JSON, and nothing after it can be read: " + e.getOriginalMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /**
   * The value a record holds, read as {@code type}, or an {@link IllegalArgumentException} saying
   * in the domain's words why it is none.
   */
  static <T> T value(ObjectMapper mapper, Record record, Class<T> type) {
    if (record.error().isPresent()) {
      throw new IllegalArgumentException(record.error().get());
    }
    try {
      return record.text().isPresent()
          ? mapper.readValue(record.text().get(), type)
          : mapper.treeToValue(record.json().orElseThrow(), type);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      throw new IllegalArgumentException(org.communitybudgets.json.JsonProblems.of(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * The records of a file as {@code type}, the first {@code limit} of them; a record that is none
   * is an {@link IllegalArgumentException} naming the file and its line.
   */
  static <T> List<T> read(ObjectMapper mapper, String file, Class<T> type, int limit) throws IOException {
    List<T> all = new java.util.ArrayList<>();
    try (InputRecords records = open(mapper, file)) {
      while (all.size() < limit && records.hasNext()) {
        Record r = records.next();
        try {
          all.add(value(mapper, r, type));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + r.line() + ": " + e.getMessage(), e);
        }
      }
    }
    return all;
  }
}
