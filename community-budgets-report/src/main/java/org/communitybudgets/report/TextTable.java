package org.communitybudgets.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  TextTable(String... header) {
    this.header = List.of(header);
    this.rightAligned = new boolean[header.length];
  }

  /** Aligns the given columns (counting from 0) to the right, for amounts and counts. */
  TextTable alignRight(int... columns) {
    for (int c : columns) {
      rightAligned[c] = true;
    }
    return this;
  }

  TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the table has " + header.size() + " columns: " + Arrays.toString(cells));
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  int size() {
    return rows.size();
  }

  /** The widest a line of the text report is. */
  static final int WIDTH = 120;

  /**
   * The table, each column as wide as its widest cell; if that makes a line wider than {@link
   * #WIDTH}, the widest columns of text (not those aligned right) are narrowed and their cells
   * wrapped at spaces onto further lines.
   */
  @Override
  public String toString() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    narrow(widths);
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    for (int c = 0; c < widths.length; c++) {
      out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.append('\n');
    rows.forEach(r -> line(out, r, widths));
    return out.toString();
  }

  /**
   * Narrows the widest wrappable column, a character at a time, until the table fits or none can
   * narrow more: a column is never narrower than its longest word, so that no word is broken.
   */
  private void narrow(int[] widths) {
    int[] floor = new int[widths.length];
    for (int c = 0; c < widths.length; c++) {
      floor[c] = longestWord(header.get(c));
      for (List<String> row : rows) {
        floor[c] = Math.max(floor[c], longestWord(row.get(c)));
      }
    }
    while (total(widths) > WIDTH) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (!rightAligned[c] && widths[c] > floor[c] && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
    }
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split(" ")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  private static int total(int[] widths) {
    int sum = 2 * (widths.length - 1);
    for (int w : widths) {
      sum += w;
    }
    return sum;
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    List<List<String>> wrapped = new java.util.ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> parts = split(cells.get(c), widths[c]);
      wrapped.add(parts);
      height = Math.max(height, parts.size());
    }
    for (int k = 0; k < height; k++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String cell = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
        String pad = " ".repeat(Math.max(0, widths[c] - cell.length()));
        line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** The text in lines of at most {@code width}, broken at spaces where it can be, else anywhere. */
  static List<String> split(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    String rest = text;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    lines.add(rest);
    return lines;
  }

  /**
   * The text as lines of at most {@link #WIDTH}, each after {@code indent} spaces, ending with a
   * newline.
   */
  static String wrap(String text, int indent) {
    StringBuilder out = new StringBuilder();
    for (String line : split(text, WIDTH - indent)) {
      out.append(" ".repeat(indent)).append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * The text after {@code prefix}, as lines of at most {@link #WIDTH}, later lines indented by
   * {@code indent} spaces, ending with a newline.
   */
  static String hang(String prefix, String text, int indent) {
    List<String> first = split(prefix + text, WIDTH);
    StringBuilder out = new StringBuilder(first.get(0)).append('\n');
    String rest = String.join(" ", first.subList(1, first.size()));
    if (!rest.isEmpty()) {
      out.append(wrap(rest, indent));
    }
    return out.toString();
  }
}
