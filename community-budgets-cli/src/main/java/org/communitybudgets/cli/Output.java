package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where and how a command writes its rows: one JSON object a line, or CSV with a header, a column
 * per field, lists joined with {@code "; "} (a condition by its code) and reasons left out, every
 * cell that a spreadsheet would take for a formula prefixed with a single quote; the format follows
 * the file's extension unless {@code --format} says.
 */
final class Output {
  /** The forms rows can be written in. */
  enum Format {
    jsonl,
    csv
  }

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where the rows go (default: standard output).")
  Path out;

  @Option(names = "--format", paramLabel = "jsonl|csv", description = "jsonl (one JSON object a line) or csv (a header, then a row per line; lists joined with \"; \", reasons left out). Default: csv for a FILE ending .csv, jsonl otherwise.")
  Format format;

  /** A writer of rows with those CSV columns, in the format asked for. */
  Rows open(ObjectMapper mapper, List<String> columns) throws IOException {
    Writer w = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
              flush();
            }
          }
        : FileAccess.writer(out);
    Format f = format != null ? format : out != null && out.toString().endsWith(".csv") ? Format.csv : Format.jsonl;
    return f == Format.csv ? new CsvRows(w, columns) : new JsonRows(w, mapper);
  }

  /** Rows being written. */
  interface Rows extends Closeable {
    void write(JsonNode row) throws IOException;
  }

  private record JsonRows(Writer w, ObjectMapper mapper) implements Rows {
    @Override
    public void write(JsonNode row) throws IOException {
      w.write(mapper.writeValueAsString(row));
      w.write('\n');
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }

  static final class CsvRows implements Rows {
    private final List<String> columns;
    private final SequenceWriter out;
    private final Writer w;

    CsvRows(Writer w, List<String> columns) throws IOException {
      this.w = w;
      this.columns = columns;
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      columns.forEach(schema::addColumn);
      this.out = new CsvMapper().writerFor(Map.class).with(schema.build()).writeValues(w);
    }

    @Override
    public void write(JsonNode row) throws IOException {
      Map<String, String> values = new LinkedHashMap<>();
      for (String c : columns) {
        values.put(c, neutral(flat(row.get(c))));
      }
      out.write(values);
    }

    /**
     * A cell a spreadsheet shows as text rather than evaluates: one that begins with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote before it, as
     * OWASP's advice on CSV injection has it, whatever the rest says.
     */
    static String neutral(String cell) {
      return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** A field as one cell: text as it is, a list joined with "; ", a condition by its code, a map as key=value. */
    static String flat(JsonNode v) {
      if (v == null || v.isNull() || v.isMissingNode()) {
        return "";
      }
      if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(x.has("code") ? x.get("code").asText() : x.has("rule") ? x.get("rule").asText() : flat(x)));
        return String.join("; ", items);
      }
      if (v.isObject()) {
        List<String> items = new ArrayList<>();
        v.properties().forEach(e -> items.add(e.getKey() + "=" + flat(e.getValue())));
        return String.join("; ", items);
      }
      return v.asText();
    }

    @Override
    public void close() throws IOException {
      out.close();
      w.close();
    }
  }
}
