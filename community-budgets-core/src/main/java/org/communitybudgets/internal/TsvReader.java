package org.communitybudgets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitybudgets.InvalidValueException;

/**
 * Reads the tab-separated tables that the catalogues ship as resources. Not part of the public
 * API: it may change in any release.
 *
 * <p>A table is UTF-8 text with one record a line. Lines that start with {@code #} are comments
 * and blank lines are ignored; the first other line is the header, which must name exactly the
 * expected columns in order. Every cell is stripped of surrounding spaces. A cell holding only
 * {@code -} is empty. Every error is an {@link IllegalArgumentException} whose message names the
 * source, the line number and, where it is about one cell, the column: {@code
 * standard-funding-lines.tsv line 7, column 'department': must be one of DWP, HOME_OFFICE, …, was
 * 'DWQ'}.
 */
public final class TsvReader {
  /** Reads a cell holding an ISO date. */
  public static java.time.LocalDate date(String cell) {
    try {
      return java.time.LocalDate.parse(cell);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CellException("a date like 2011-04-01");
    }
  }

  /** Reads a cell holding the id of a standard policy document, such as {@code OFFER}. */
  public static org.communitybudgets.source.PolicyDocument standardDocument(String cell) {
    return org.communitybudgets.source.PolicyDocument.standard(cell)
        .orElseThrow(
            () ->
                new CellException(
                    "one of "
                        + String.join(
                            ", ",
                            org.communitybudgets.source.PolicyDocument.standard().stream()
                                .map(org.communitybudgets.source.PolicyDocument::id)
                                .toList())));
  }

  /**
   * Reads a table shipped as a resource beside {@code owner}.
   *
   * @param load reads the table from a reader, naming it {@code resource} in its messages
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static <T> T readResource(
      Class<?> owner, String resource, java.util.function.BiFunction<Reader, String, T> load) {
    try (java.io.InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing");
      }
      return load.apply(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The cell that stands for "nothing". */
  public static final String NONE = "-";

  private TsvReader() {}

  /**
   * Reads every data row of the table.
   *
   * @param reader the text; read to its end but not closed
   * @param sourceName the name used in error messages, e.g. {@code standard-funding-lines.tsv}
   * @param columns the expected header, in order
   * @return the data rows in the order of the text
   * @throws IllegalArgumentException if the header is missing or wrong, or a row has the wrong
   *     number of cells
   * @throws UncheckedIOException if the text cannot be read
   */
  public static List<Row> read(Reader reader, String sourceName, List<String> columns) {
    return read(reader, sourceName, columns, List.of());
  }

  /**
   * As {@link #read(Reader, String, List)}, with columns after them that a table may leave out:
   * its header is the columns and, optionally, the first of the trailing ones, or the first two,
   * and so on. A trailing column the table leaves out reads as {@code -}, none.
   */
  public static List<Row> read(Reader reader, String sourceName, List<String> columns, List<String> optionalTrailing) {
    Checks.required(reader, "reader");
    String source = Checks.nonBlank(sourceName, "source name");
    List<String> required = Checks.listOf(columns, "columns");
    List<String> all = new ArrayList<>(required);
    all.addAll(Checks.listOf(optionalTrailing, "optional columns"));
    List<String> expected = required;
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    try {
      BufferedReader lines = new BufferedReader(reader);
      int lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        List<String> cells =
            Arrays.stream(line.split("\t", -1)).map(String::strip).collect(Collectors.toList());
        if (!headerSeen) {
          if (cells.size() >= required.size() && cells.size() <= all.size() && cells.equals(all.subList(0, cells.size()))) {
            expected = all.subList(0, cells.size());
          }
          if (!cells.equals(expected)) {
            throw new IllegalArgumentException(
                source
                    + " line "
                    + lineNumber
                    + ": header must be '"
                    + String.join(", ", expected)
                    + "' (tab-separated), was '"
                    + String.join(", ", cells)
                    + "'");
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != expected.size()) {
          throw new IllegalArgumentException(
              source
                  + " line "
                  + lineNumber
                  + ": must have "
                  + expected.size()
                  + " tab-separated columns, was "
                  + cells.size());
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
          byColumn.put(expected.get(i), cells.get(i));
        }
        for (int i = expected.size(); i < all.size(); i++) {
          byColumn.put(all.get(i), "-");
        }
        rows.add(new Row(source, lineNumber, byColumn));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(
          source + ": must have a header row '" + String.join(", ", expected) + "', was none");
    }
    return List.copyOf(rows);
  }

  /** One data row of a table, with the helpers that turn its cells into values. */
  public static final class Row {
    private final String sourceName;
    private final int lineNumber;
    private final Map<String, String> cells;

    Row(String sourceName, int lineNumber, Map<String, String> cells) {
      this.sourceName = sourceName;
      this.lineNumber = lineNumber;
      this.cells = Map.copyOf(cells);
    }

    /** The name of the table the row came from. */
    public String sourceName() {
      return sourceName;
    }

    /** The row's line number in the text, counting from 1 and including comment lines. */
    public int lineNumber() {
      return lineNumber;
    }

    /** Where the row is, for messages: {@code standard-funding-lines.tsv line 7}. */
    public String where() {
      return sourceName + " line " + lineNumber;
    }

    /** The stripped cell of the column, exactly as written (possibly {@code -} or empty). */
    public String text(String column) {
      String cell = cells.get(column);
      if (cell == null) {
        throw new IllegalArgumentException("no column '" + column + "' in " + sourceName);
      }
      return cell;
    }

    /** The cell, which must not be empty or {@code -}. */
    public String required(String column) {
      String cell = text(column);
      if (cell.isEmpty() || cell.equals(NONE)) {
        throw error(column, "given", cell);
      }
      return cell;
    }

    /** The cell, or empty if it is empty or {@code -}. */
    public Optional<String> optional(String column) {
      String cell = text(column);
      return cell.isEmpty() || cell.equals(NONE) ? Optional.empty() : Optional.of(cell);
    }

    /** The cell read by {@code parser}, or empty if the cell is empty or {@code -}. */
    public <T> Optional<T> optional(String column, Function<String, T> parser) {
      return optional(column).map(cell -> convert(column, cell, parser));
    }

    /** The required cell read by {@code parser}; a failure names the column. */
    public <T> T parse(String column, Function<String, T> parser) {
      return convert(column, required(column), parser);
    }

    /** The required cell as the constant of {@code type} of that exact name. */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      return enumConstant(column, required(column), type);
    }

    /**
     * The cell as a comma-separated list of constants of {@code type}; {@code -} or an empty
     * cell is the empty list.
     */
    public <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
      List<E> values = new ArrayList<>();
      for (String item : list(column)) {
        values.add(enumConstant(column, item, type));
      }
      return List.copyOf(values);
    }

    /** The cell as a comma-separated list of stripped items; {@code -} or empty is none. */
    public List<String> list(String column) {
      Optional<String> cell = optional(column);
      if (cell.isEmpty()) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (String item : cell.get().split(",", -1)) {
        String stripped = item.strip();
        if (stripped.isEmpty()) {
          throw error(column, "a comma-separated list without empty items", cell.get());
        }
        items.add(stripped);
      }
      return List.copyOf(items);
    }

    /** The cell as {@code yes} or {@code no}. */
    public boolean yesNo(String column) {
      String cell = text(column).toLowerCase(Locale.ROOT);
      if (cell.equals("yes")) {
        return true;
      }
      if (cell.equals("no")) {
        return false;
      }
      throw error(column, "yes or no", text(column));
    }

    /**
     * An error about one cell: {@code <source> line <n>, column '<column>': must be
     * <requirement>, was '<value>'}.
     */
    public IllegalArgumentException error(String column, String requirement, String value) {
      return new IllegalArgumentException(
          where() + ", column '" + column + "': must be " + requirement + ", was '" + value + "'");
    }

    /**
     * An error about the row as a whole, wrapping the failure of the value built from it: {@code
     * <source> line <n>: <cause's message>}.
     */
    public IllegalArgumentException error(RuntimeException cause) {
      return new IllegalArgumentException(where() + ": " + cause.getMessage(), cause);
    }

    private <T> T convert(String column, String cell, Function<String, T> parser) {
      try {
        return parser.apply(cell);
      } catch (InvalidValueException e) {
        IllegalArgumentException wrapped = error(column, e.requirement(), cell);
        wrapped.initCause(e);
        throw wrapped;
      } catch (CellException e) {
        throw error(column, e.getMessage(), cell);
      } catch (RuntimeException e) {
        IllegalArgumentException wrapped =
            error(column, "readable (" + e.getMessage() + ")", cell);
        wrapped.initCause(e);
        throw wrapped;
      }
    }

    private <E extends Enum<E>> E enumConstant(String column, String cell, Class<E> type) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(cell)) {
          return constant;
        }
      }
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw error(column, "one of " + names, cell);
    }
  }

  /**
   * Thrown by a cell parser to say what the cell must be; the reader adds the source, line,
   * column and value.
   */
  public static final class CellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param requirement what the cell must be, e.g. {@code "a date like 2011-04-01"}
     */
    public CellException(String requirement) {
      super(requirement);
    }
  }
}
